// SPDX-License-Identifier: MIT
#include "interimprofileid.h"

#include <QHostAddress>
#include <QUrl>

QString interimProfileId(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    const QHostAddress address(host);
    if (host == QStringLiteral("localhost") || (!address.isNull() && address.isLoopback()))
        return QStringLiteral("sandbox");
    return QStringLiteral("host:") + host;
}
