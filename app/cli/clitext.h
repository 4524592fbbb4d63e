// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QString>

/// Text from outside (a server's names and messages, a history, a query file) made safe to
/// print: a control character could retitle, recolour or clear the terminal, or start a line
/// that looks like the program's own. Each is shown as an escape instead: \x1b, \r, \n, \t,
/// \x7f, \u009b (C1 controls), \u202e (bidirectional overrides and isolates, which reorder
/// what is shown), \u2028. Plain-text output escapes on a terminal and in a pipe alike, so a
/// table row stays one line for scripts too; --json keeps the data exact (see json()).
namespace CliText {

/// For one-line values (names, ids, statuses, emails): every control character escaped.
QString visible(const QString &text);
/// For texts whose lines are meant (a query, an error of several lines): line breaks and tabs
/// kept, every other control character escaped.
QString visibleLines(const QString &text);
/// The error's display text, each part from the server (message, errors[], detail) visible():
/// a line break a server sent is shown as \n, only the lines between parts are real.
QString errorText(ApiError error);
/// JSON text with the control characters JSON allows raw (DEL, C1, the bidirectional ones,
/// U+2028/U+2029) written as \u escapes: still valid JSON, with the same values.
QByteArray json(const QByteArray &json);

} // namespace CliText
