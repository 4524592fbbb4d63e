// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// `segmentdesk-cli lint`: checks a query offline, for definitions kept in version control.
namespace CliLint {

struct Options
{
    QString queryPath; ///< "-" for standard input
    QString fieldsPath; ///< SendGrid's field-definitions JSON; empty for reserved fields only
    bool format = false;
};

/// Prints diagnostics (or the formatted query) and returns the exit code: 0 clean or
/// warnings only, 1 errors, 2 unreadable input.
int run(const Options &options);

} // namespace CliLint
