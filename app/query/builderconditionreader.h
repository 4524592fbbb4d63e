// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "buildernode.h"

#include <optional>

class FieldCatalogue;

/// Recognises the SQL shapes BuilderConditionWriter writes (and only those): a condition the
/// builder can draw, or nothing, and the expression stays a locked piece. A shape is only
/// drawn when writing the condition back selects exactly the same contacts.
class BuilderConditionReader
{
public:
    /// `alias`: the name contact_data's columns may be qualified with (empty: unqualified only).
    /// `unqualified`: whether contact_data's columns may also go without the alias (not where
    /// another table could own them).
    BuilderConditionReader(const FieldCatalogue &catalogue, QStringView alias,
                           bool unqualified = false);

    /// `shape`, when given, receives how the condition was written.
    std::optional<BuilderCondition> read(const Expr &e, BuilderShape *shape = nullptr) const;

private:
    std::optional<QString> field(const Expr &e) const;
    std::optional<BuilderFieldType> typeOf(const QString &field, const Expr &value) const;
    std::optional<BuilderCondition> comparison(const Expr &e, BuilderShape *shape) const;
    std::optional<BuilderCondition> dateComparison(const QString &field, const Expr &e,
                                                   BuilderShape *shape) const;
    std::optional<BuilderCondition> like(const Expr &e) const;
    std::optional<BuilderCondition> oneOf(const Expr &e) const;
    std::optional<BuilderCondition> empty(const Expr &e) const;
    std::optional<BuilderCondition> between(const Expr &e, BuilderShape *shape) const;
    std::optional<BuilderCondition> inList(const Expr &e, bool negated) const;
    std::optional<BuilderCondition> engagement(const Expr &e, BuilderShape *shape) const;

    const FieldCatalogue &m_catalogue;
    QStringView m_alias;
    bool m_unqualified;
};
