// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"

#include <memory>

class AstArena;

/// A query as written: a V2 statement (`SELECT … FROM contact_data …`) or an SGQL v1 expression
/// (contacts search), its comments and every problem found while reading it.
struct ParsedQuery
{
    enum class Form { Statement, Expression };

    Form form = Form::Statement;
    std::shared_ptr<const AstArena> arena; ///< owns the tree below; shared by copies
    SelectStatement *statement = nullptr; ///< Form::Statement
    ExprPtr expression = nullptr; ///< Form::Expression
    QList<Comment> comments;
    QList<Diagnostic> diagnostics; ///< placed (line and column set)

    bool hasErrors() const { return ::hasErrors(diagnostics); }
};

namespace QueryParser {

/// Reads a V2 `query_dsl` statement.
ParsedQuery parseStatement(QStringView text);
/// Reads an SGQL v1 expression (`email LIKE '%gmail.com'`).
ParsedQuery parseExpression(QStringView text);
/// A statement when the text starts with SELECT (or a data-changing keyword), else an expression.
ParsedQuery parse(QStringView text);

} // namespace QueryParser
