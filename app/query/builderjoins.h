// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "buildernode.h"

#include <optional>

/// The JOIN form of engagement, as SendGrid's own example writes it:
/// `FROM contact_data AS c JOIN event_data AS e ON c.contact_id = e.contact_id WHERE
/// e.event_type = 'open' AND e.event_timestamp > now() - INTERVAL 30 DAY AND …`. Each joined
/// event_data is one engagement condition: its terms, next to each other among the WHERE's
/// top-level AND terms, read as "has an event that …", which is what `c.contact_id IN
/// (SELECT …)` says too; so the builder draws it as one condition and can write either form.
namespace BuilderJoins {

/// One join's engagement condition, made of the WHERE's top-level terms first … last.
struct Fold
{
    qsizetype first = 0;
    qsizetype last = 0;
    BuilderCondition condition;
    BuilderShape shape;
};

/// The WHERE's top-level AND terms (one term when it is no AND chain; none without WHERE).
QList<const Expr *> conjuncts(const SelectStatement &s);

/// Every join of `s` as a fold of `terms` (conjuncts(s)), in order of `first`; nothing when
/// one of them is not of the form above (then the head stays a locked piece). `text` is the
/// statement's text (LEFT JOIN is not in the tree).
std::optional<QList<Fold>> fold(const SelectStatement &s, const QList<const Expr *> &terms,
                                QStringView text);

} // namespace BuilderJoins
