// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "query/ast.h"

#include <QStringList>

/// The SGQL v1 conditions of a live preview (`POST /v3/marketing/contacts/search`): who matches
/// an unsaved definition, and against the saved one who joins and who leaves. Each fails with
/// the reason a definition has no contacts-search equivalent; a wrong number is never asked for.
///
/// A segment holds the contacts its condition is TRUE for; a condition on an empty field is
/// NULL, and `NOT NULL` is NULL too. So "not in the old segment" is not `NOT old` (that misses
/// every contact whose old condition is NULL) but `old` rewritten to be TRUE exactly where it
/// is FALSE or NULL: each nullable comparison gains `OR field IS NULL`.
namespace LivePreviewQuery {

/// Who matches `unsaved`, within `parentListIds` when there are any.
Result<QString> matches(const SelectStatement &unsaved, const QStringList &parentListIds);
/// Who matches `to` and is not in the segment `from`: joins (from = saved, to = unsaved) or
/// leaves (from = unsaved, to = saved).
Result<QString> arrivals(const SelectStatement &from, const SelectStatement &to,
                         const QStringList &parentListIds);
/// The conditions of `unsaved` on the contact alone (its top-level AND terms that read only
/// contact fields and list membership), within `parentListIds`: a search that matches every
/// contact the segment holds and maybe more, since email activity is left out. Fails when
/// nothing is left to search.
Result<QString> contactConditions(const SelectStatement &unsaved, const QStringList &parentListIds);

} // namespace LivePreviewQuery
