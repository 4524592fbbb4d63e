// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What SendGrid says in its error bodies (`errors[].message`, `error`), in the window's language
/// where the message is one it is known to send: the segment checks of the Segments API and the
/// answers of its gateway (401, 403, 404, 429), as the sandbox sends them too. Any other message
/// is SendGrid's own words and stays as it came.
namespace SendGridWords {

QString translated(const QString &message);

} // namespace SendGridWords
