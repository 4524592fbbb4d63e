// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The window's languages: English source strings, German (resources/translations, embedded by
/// qt_add_lrelease), and the English plural forms ("1 segment", "2 segments") in between.
namespace Translations {

/// Installs SegmentDesk's translation for `language` ("de", "en", "de_AT"; empty: the system's
/// UI languages, as LANGUAGE, LC_ALL, LC_MESSAGES and LANG give them) over the English plural
/// forms, with Qt's own translation for its dialogs' buttons where installed. Returns the
/// language used: "de", or "en" when no translation matched.
QString install(const QString &language = {});

} // namespace Translations
