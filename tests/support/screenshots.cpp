// SPDX-License-Identifier: MIT
#include "screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QWidget>

namespace Screenshots {

bool keep(const QImage &picture, const QString &file)
{
    const QString dir = qEnvironmentVariable("SEGMENTDESK_SCREENSHOT_DIR");
    return dir.isEmpty() || picture.save(QDir(dir).filePath(file));
}

bool keep(QWidget *widget, const QString &file)
{
    if (qEnvironmentVariableIsEmpty("SEGMENTDESK_SCREENSHOT_DIR"))
        return true;
    QCoreApplication::sendPostedEvents();
    return keep(widget->grab().toImage(), file);
}

} // namespace Screenshots
