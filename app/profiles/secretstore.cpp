// SPDX-License-Identifier: MIT
#include "secretstore.h"

QString SecretStore::keyFor(const QUuid &profile)
{
    return QStringLiteral("segmentdesk/") + profile.toString(QUuid::WithoutBraces);
}
