// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"

#include <QDateTime>
#include <QVariantList>

/// SQLite SQL for a parsed V2 statement, for the sandbox: one column `contact_id` with the
/// matching contacts. User text only ever reaches SQLite as bound parameters.
/// Expected schema: contact_data (one column per field, contact_id unique; list columns as JSON
/// arrays; times as ISO-8601 UTC text) and event_data (contact_id, event_source, event_type,
/// event_timestamp, data).
struct CompiledSql
{
    QString sql;
    QVariantList bindings; ///< positional, in order of the `?` in `sql`
    QString error; ///< why the statement cannot be evaluated; empty on success

    bool ok() const { return error.isEmpty(); }
};

namespace SqliteCompiler {

/// `now` is what NOW(), CURRENT_TIMESTAMP and intervals are relative to.
CompiledSql compile(const SelectStatement &statement, const QDateTime &now);
/// SendGrid's LIKE pattern (`%` any run, `%%` a literal percent) as a SQLite pattern for
/// `LIKE ? ESCAPE '\'`.
QString likePattern(QStringView sendGridPattern);
/// An ISO-8601 time in the stored form `yyyy-MM-ddTHH:mm:ssZ`; the input when it is no time.
QString normalizedTime(QStringView text);

} // namespace SqliteCompiler
