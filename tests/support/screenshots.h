// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QImage;
class QWidget;

/// Pictures for a person to look at: saved in the folder SEGMENTDESK_SCREENSHOT_DIR names, and
/// nowhere when it is unset, so a test run writes nothing outside its own temporary folder.
/// False only when a picture was asked for and could not be saved.
namespace Screenshots {
bool keep(const QImage &picture, const QString &file);
/// Grabs `widget` after the layout requests queued before it (new rows, a resize) are handled.
bool keep(QWidget *widget, const QString &file);
} // namespace Screenshots
