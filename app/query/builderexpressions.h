// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "isotime.h"
#include "token.h"

#include <optional>

/// Small matchers over expression nodes, shared by the parts of BuilderConditionReader.
namespace BuilderExpressions {

inline std::optional<QString> stringValue(const Expr &e)
{
    if (e.kind == Expr::Kind::Literal && e.literalType == Expr::LiteralType::String)
        return e.value.toString();
    return std::nullopt;
}

/// A time's text: a string, or SGQL v1's `TIMESTAMP '…'` (then `keyword` is set).
inline std::optional<QString> timeValue(const Expr &e, bool *keyword = nullptr)
{
    if (e.kind == Expr::Kind::Timestamp) {
        if (keyword)
            *keyword = true;
        return e.value.toString();
    }
    return stringValue(e);
}

inline std::optional<QString> numberValue(const Expr &e)
{
    if (e.kind == Expr::Kind::Literal && e.literalType == Expr::LiteralType::Number)
        return e.value.toString();
    if (e.kind == Expr::Kind::Unary && e.op == u"-") {
        const auto inner = numberValue(*e.children[0]);
        if (inner && !inner->startsWith(u'-'))
            return u'-' + *inner;
    }
    return std::nullopt;
}

inline bool isTimestamp(const QString &text)
{
    return text.size() > 10 && text[10] == u'T' && isIsoTime(text);
}

struct Since
{
    QString count;
    QString unit; ///< lower case: day, week, month …
};

/// `now() - INTERVAL n UNIT` with a whole, positive n.
inline std::optional<Since> sinceNow(const Expr &e)
{
    if (e.kind != Expr::Kind::Binary || e.op != u"-")
        return std::nullopt;
    const Expr &now = *e.children[0];
    const Expr &interval = *e.children[1];
    if (now.kind != Expr::Kind::Function || now.name != u"now" || !now.children.isEmpty()
        || interval.kind != Expr::Kind::Interval)
        return std::nullopt;
    const auto count = numberValue(*interval.children[0]);
    if (!count || count->contains(u'.') || count->startsWith(u'-') || count->startsWith(u'0'))
        return std::nullopt;
    return Since {*count, interval.name.toString()};
}

inline bool qualifiedBy(const Expr &column, QStringView alias)
{
    return alias.isEmpty() ? column.qualifier.isEmpty() : sameName(column.qualifier, alias);
}

} // namespace BuilderExpressions
