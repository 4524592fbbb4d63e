// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "token.h"

#include <QList>
#include <QVarLengthArray>

#include <functional>

struct SelectStatement;
struct Expr;
/// A node of the tree; owned by the tree's AstArena, never deleted through this pointer.
using ExprPtr = Expr *;

/// One node of a query expression. A small tagged tree: every kind uses the fields named in
/// its comment; `range` always covers the node's text. Names and values are views: of the
/// query text or of text its arena keeps (AstArena), or of string literals in the code, so a
/// node costs no allocation but its own. Copy them (toString()) to keep them beyond the tree.
struct Expr
{
    enum class Kind {
        Literal, ///< literalType, value
        Column, ///< qualifier (may be empty), name
        Path, ///< qualifier, name, path: `e.DATA:payload.unique_args.id`
        Function, ///< name, children = arguments
        Unary, ///< op ("NOT" or "-"), children[0]
        Binary, ///< op (= != < <= > >= + - * / %), children[0..1]
        Logical, ///< op (AND or OR), children: two or more operands of one unparenthesized chain
        InList, ///< negated, children[0] IN (children[1..])
        InSelect, ///< negated, children[0] IN (subquery)
        IsNull, ///< negated, children[0]
        Like, ///< negated, children[0] LIKE children[1]
        Between, ///< negated, children[0] BETWEEN children[1] AND children[2]
        Array, ///< children = elements
        Interval, ///< children[0] = amount, name = unit (lower case)
        Timestamp, ///< value = the text of TIMESTAMP '…'
        Star, ///< `*` in count(*)
        Error ///< a part that could not be parsed; a diagnostic says why
    };
    enum class LiteralType { String, Number, Boolean, Null };

    Kind kind = Kind::Error;
    SourceRange range;
    QStringView op;
    bool negated = false;
    LiteralType literalType = LiteralType::Null;
    QStringView value;
    QStringView qualifier;
    QStringView name;
    QList<QStringView> path;
    // Inline room for three: most nodes (binary, unary, LIKE, BETWEEN) then need no allocation.
    QVarLengthArray<ExprPtr, 3> children;
    SelectStatement *subquery = nullptr;
};

struct SelectItem
{
    ExprPtr expr = nullptr;
    QStringView alias;
};

struct TableRef
{
    QStringView table;
    QStringView alias;
    SourceRange range;
    /// The name columns use to refer to this table: the alias, or the table name.
    QStringView referenceName() const { return alias.isEmpty() ? table : alias; }
};

struct Join
{
    TableRef table;
    ExprPtr on = nullptr;
};

struct SelectStatement
{
    QList<SelectItem> items;
    TableRef from;
    QList<Join> joins;
    ExprPtr where = nullptr;
    QList<ExprPtr> groupBy;
    ExprPtr having = nullptr;
    SourceRange range;
    /// SELECT … FROM … JOIN …: the statement's text before WHERE, GROUP BY or its end.
    SourceRange head;
    /// GROUP BY … [HAVING …]; empty without GROUP BY.
    SourceRange grouping;
};

/// Equality of meaning: same tree, same values; source ranges and letter case of keywords
/// are ignored.
bool structurallyEqual(const Expr *a, const Expr *b);
bool structurallyEqual(const SelectStatement *a, const SelectStatement *b);
/// Calls `visit` for `root` and every node below it, sub-selects included. Recurses once per
/// level: trees from the parser are at most QueryLimits::MaxDepth deep.
void forEachNode(const Expr *root, const std::function<void(const Expr &)> &visit);
void forEachNode(const SelectStatement &statement, const std::function<void(const Expr &)> &visit);
