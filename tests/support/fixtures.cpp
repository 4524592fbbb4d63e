// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include "testconfig.h"

#include <QFile>
#include <QJsonDocument>

namespace Fixtures {

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(SEGMENTDESK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(SEGMENTDESK_TEST_DATA_DIR "/") + relative;
}

QJsonObject openApi(const QString &fileName)
{
    QFile file(dataPath(QStringLiteral("openapi/") + fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing OpenAPI file %s", qPrintable(fileName));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace Fixtures
