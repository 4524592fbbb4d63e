// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// Recorded bodies from tests/data and the reference material next to the project.
namespace Fixtures {

QByteArray data(const QString &name); ///< tests/data/<name>; empty (and a warning) if missing
QString dataPath(const QString &relative); ///< tests/data/<relative>
QJsonObject openApi(const QString &fileName); ///< one of reference/openapi/*.json

/// A made-up key in SendGrid's shape (never a real one).
inline QString fakeApiKey()
{
    return QStringLiteral("SG.test-key-not-real.0123456789abcdefghijklmnopqrstuvwxyzABCDEF");
}

} // namespace Fixtures
