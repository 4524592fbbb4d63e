// SPDX-License-Identifier: MIT
#pragma once

#include "buildernode.h"

#include <memory>
#include <optional>

/// The text a BuilderQuery was read from, and its tree as read: what BuilderWriter writes back
/// verbatim, or edits in place.
struct BuilderSource
{
    QString text;
    BuilderNode root;
};

/// The builder's reading of a whole query: the statement's head (drawn when it is the usual
/// `SELECT contact_id, updated_at FROM contact_data [AS alias]`, else locked), the WHERE
/// clause as a root group, and a locked tail (GROUP BY / HAVING) when there is one.
struct BuilderQuery
{
    enum class Form { Statement, Expression };

    /// The deepest nesting of groups the builder draws (the root is level 1). Each level of
    /// NOT ( … ) costs the SQL about two and a half levels of QueryLimits::MaxDepth; the
    /// deepest shape (every level negated, each with an engagement sub-select) parses up to 12
    /// levels. 10 leaves locked pieces room for their own depth, and is more than real
    /// segments use. Deeper groups read from SQL stay locked pieces; the model and the JSON
    /// reader refuse to nest deeper.
    static constexpr int MaxGroupDepth = 10;

    Form form = Form::Statement; ///< Expression: an SGQL v1 condition without SELECT
    QString alias; ///< what conditions qualify contact_data's columns with; may be empty
    std::optional<BuilderLocked> head; ///< a SELECT … FROM … [JOIN …] the builder cannot draw
    BuilderNode root; ///< always a group; no children: no WHERE
    std::optional<BuilderLocked> tail;
    /// Set by BuilderReader; shared, as undo snapshots copy the query. Not part of its meaning.
    std::shared_ptr<const BuilderSource> source;

    friend bool operator==(const BuilderQuery &a, const BuilderQuery &b)
    {
        return a.form == b.form && a.alias == b.alias && a.head == b.head && a.root == b.root
            && a.tail == b.tail;
    }
};
