// SPDX-License-Identifier: MIT
#include "icons.h"

#include "tintedsvgiconengine.h"

#include <QFile>

namespace Icons {

QIcon action(const char *name)
{
    const QString resource = QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
    if (!QFile::exists(resource)) {
        qWarning("no icon named %s", name);
        return {};
    }
    return QIcon(new TintedSvgIconEngine(resource));
}

QIcon application()
{
    // Drawn at each size asked, as the hicolor PNGs are; it has no #404040 ink to tint.
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/segmentdesk.svg")));
}

} // namespace Icons
