// SPDX-License-Identifier: MIT
#include "localpaths.h"

#include <QDir>
#include <QStandardPaths>

QString LocalPaths::dataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("SegmentDesk/SegmentDesk"));
}

QString LocalPaths::historyFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("history.sqlite"));
}
