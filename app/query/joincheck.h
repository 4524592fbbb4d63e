// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "diagnostictext.h"

#include <optional>

/// The linter's check of what a join's ON relates (internal to the query library).
namespace JoinCheck {

/// Why `join` pairs every row of its table with every row of the tables `before` it (their
/// reference names): its ON names no column of the joined table, or none of a table before
/// it (`ON c.contact_id = c.contact_id`, `ON 1 = 1`). A count over such a join may never
/// finish. Nothing when ON relates them.
std::optional<DiagnosticText> unrelatedTables(const Join &join, const QList<QStringView> &before);

} // namespace JoinCheck
