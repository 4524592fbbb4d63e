// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// `segmentdesk-cli builder`: the visual builder's reading of a query as JSON, and back, so
/// scripts (and people checking the builder) see what it draws and what it keeps locked.
namespace CliBuilder {

struct Options
{
    QString path; ///< "-" for standard input
    QString fieldsPath; ///< SendGrid's field-definitions JSON, for the types of custom fields
    bool toSql = false; ///< read the builder's JSON and print its SQL
};

/// Prints the JSON (or the SQL with toSql) and returns the exit code: 0 done, 1 the SQL does
/// not parse or the JSON is not a builder's, 2 unreadable input.
int run(const Options &options);

} // namespace CliBuilder
