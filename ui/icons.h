// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

/// The icons of the window, from resources/icons (embedded with qt_add_resources).
namespace Icons {

/// An icon of the action set by its file name without ".svg" ("save", "delete"), drawn in the
/// palette's text colour; a name not in the set gives a null icon (and a warning).
QIcon action(const char *name);
/// SegmentDesk's own icon, in its own colours.
QIcon application();

} // namespace Icons
