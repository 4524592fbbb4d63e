// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "buildernode.h"

#include <optional>

/// The terms of an engagement condition, as SendGrid documents them, in either of its forms:
/// the WHERE of `contact_id [NOT] IN (SELECT contact_id FROM event_data …)`, or the terms over
/// `JOIN event_data AS e` in the statement's own WHERE. Shared by reader and writer so that both
/// forms mean and look the same.
namespace BuilderEngagementTerms {

/// `terms` AND-ed, over event_data called `ev`: one `event_type = '…'`, and at most one of each
/// `event_source = 'mail'`, `data:payload.unique_args.singlesend_id = '…'`, `event_timestamp
/// >= | > now() - INTERVAL n DAY`. Columns qualified by `ev`, or also unqualified when
/// `unqualified`. Fills `shape`'s mailSource and strict.
std::optional<BuilderCondition> read(const QList<const Expr *> &terms, QStringView ev,
                                     bool unqualified, bool never, BuilderShape &shape);

/// The terms of `condition` (an engagement condition) over event_data called `ev`, in the
/// order the builder writes them.
QStringList write(const BuilderCondition &condition, const BuilderShape &shape, QStringView ev);

} // namespace BuilderEngagementTerms
