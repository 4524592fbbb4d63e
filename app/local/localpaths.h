// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Where SegmentDesk keeps its local files. The window and the CLI must share them (the CLI's
/// saves go into the window's history), but the CLI runs under another application name, so
/// neither may ask QStandardPaths::AppDataLocation for its own name.
namespace LocalPaths {

/// The window's AppDataLocation (organisation and application "SegmentDesk"): on Linux
/// $XDG_DATA_HOME/SegmentDesk/SegmentDesk, usually ~/.local/share/SegmentDesk/SegmentDesk; the
/// same on macOS under ~/Library/Application Support. Windows builds, when they come, must check
/// that Roaming (the window's) and Local (GenericDataLocation) agree or move the window here.
QString dataDir();
/// The HistoryStore file in dataDir().
QString historyFile();

} // namespace LocalPaths
