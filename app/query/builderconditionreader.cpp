// SPDX-License-Identifier: MIT
#include "builderconditionreader.h"

#include "builderexpressions.h"
#include "builderfields.h"
#include "fieldcatalogue.h"
#include "token.h"

namespace {

using Op = BuilderOperator;
using K = Expr::Kind;
using namespace BuilderExpressions;

/// The value and wildcards of a SendGrid LIKE pattern that one of the text operators wrote.
std::optional<std::pair<Op, QString>> likeOperator(QStringView pattern)
{
    QString text;
    bool leading = false, trailing = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const bool percent = pattern[i] == u'%';
        if (percent && i + 1 < pattern.size() && pattern[i + 1] == u'%') {
            text += u'%';
            ++i;
        } else if (percent && i == 0) {
            leading = true;
        } else if (percent && i == pattern.size() - 1) {
            trailing = true;
        } else if (percent) {
            return std::nullopt; // a wildcard in the middle: no builder operator says that
        } else {
            text += pattern[i];
        }
    }
    if (text.isEmpty() || (!leading && !trailing))
        return std::nullopt;
    // `%%%x` reads as a percent sign then a wildcard: drawn only when writing the value back
    // gives the same pattern.
    QString escaped = text;
    escaped.replace(u'%', QStringLiteral("%%"));
    const QString written = (leading ? QStringLiteral("%") : QString()) + escaped
        + (trailing ? QStringLiteral("%") : QString());
    if (written != pattern)
        return std::nullopt;
    const Op op = leading && trailing ? Op::Contains : leading ? Op::EndsWith : Op::StartsWith;
    return std::make_pair(op, text);
}

} // namespace

BuilderConditionReader::BuilderConditionReader(const FieldCatalogue &catalogue, QStringView alias,
                                               bool unqualified)
    : m_catalogue(catalogue)
    , m_alias(alias)
    , m_unqualified(unqualified && !alias.isEmpty())
{ }

std::optional<BuilderCondition> BuilderConditionReader::read(const Expr &e,
                                                             BuilderShape *shape) const
{
    switch (e.kind) {
    case K::Binary:
        return comparison(e, shape);
    case K::Like:
        return like(e);
    case K::InList:
        return oneOf(e);
    case K::IsNull:
        return empty(e);
    case K::Between:
        return between(e, shape);
    case K::Function:
        return inList(e, false);
    case K::Unary:
        return e.op == u"NOT" ? inList(*e.children[0], true) : std::nullopt;
    case K::InSelect:
        return engagement(e, shape);
    default:
        return std::nullopt;
    }
}

std::optional<QString> BuilderConditionReader::field(const Expr &e) const
{
    const bool ours = qualifiedBy(e, m_alias)
        || (m_unqualified && e.qualifier.isEmpty()
            && !m_catalogue.columnType(FieldCatalogue::eventTable(), e.name));
    if (e.kind != K::Column || !ours || sameName(e.name, u"current_timestamp"))
        return std::nullopt;
    return e.name.toString();
}

std::optional<BuilderFieldType> BuilderConditionReader::typeOf(const QString &field,
                                                               const Expr &value) const
{
    if (m_catalogue.columnType(FieldCatalogue::contactTable(), field)) {
        const auto known = BuilderFields::type(m_catalogue, field);
        // list_ids is only drawn through array_contains, and a custom field that happens to be
        // called "engagement" is no engagement condition.
        if (known == BuilderFieldType::List || known == BuilderFieldType::Engagement)
            return std::nullopt;
        return known;
    }
    // A custom field the catalogue does not know: its value says what it holds.
    if (numberValue(value))
        return BuilderFieldType::Number;
    const auto text = timeValue(value);
    if (sinceNow(value) || (text && isTimestamp(*text)))
        return BuilderFieldType::Date;
    return BuilderFieldType::Text;
}

std::optional<BuilderCondition> BuilderConditionReader::comparison(const Expr &e,
                                                                   BuilderShape *shape) const
{
    static const QList<std::pair<QStringView, Op>> numberOps
        = {{u"=", Op::Equals},  {u"!=", Op::NotEquals},  {u"<", Op::LessThan},
           {u"<=", Op::AtMost}, {u">", Op::GreaterThan}, {u">=", Op::AtLeast}};
    const auto name = field(*e.children[0]);
    const Expr &value = *e.children[1];
    const auto type = name ? typeOf(*name, value) : std::nullopt;
    if (!type)
        return std::nullopt;
    if (*type == BuilderFieldType::Date)
        return dateComparison(*name, e, shape);
    if (*type == BuilderFieldType::Number) {
        const auto number = numberValue(value);
        for (const auto &[text, op] : numberOps)
            if (number && e.op == text)
                return BuilderCondition {*name, *type, op, {*number}};
        return std::nullopt;
    }
    const auto text = stringValue(value);
    if (!text || (e.op != u"=" && e.op != u"!="))
        return std::nullopt;
    return BuilderCondition {*name, *type, e.op == u"=" ? Op::Is : Op::IsNot, {*text}};
}

std::optional<BuilderCondition> BuilderConditionReader::dateComparison(const QString &field,
                                                                       const Expr &e,
                                                                       BuilderShape *shape) const
{
    const BuilderFieldType date = BuilderFieldType::Date;
    if (const auto since = sinceNow(*e.children[1])) {
        if (e.op == u"<" && since->unit == u"day")
            return BuilderCondition {field, date, Op::MoreThanDaysAgo, {since->count}};
        const Op within = since->unit == u"day" ? Op::WithinLastDays
            : since->unit == u"week"            ? Op::WithinLastWeeks
                                                : Op::WithinLastMonths;
        // `>` and `>=` differ by one instant: both are "within the last", and the shape keeps
        // which one was written.
        if ((e.op == u">=" || e.op == u">")
            && (since->unit == u"day" || since->unit == u"week" || since->unit == u"month")) {
            if (shape)
                shape->strict = e.op == u">";
            return BuilderCondition {field, date, within, {since->count}};
        }
        return std::nullopt;
    }
    // Only full times: a bare day would be written back as a whole day's range.
    bool keyword = false;
    const auto time = timeValue(*e.children[1], &keyword);
    if (!time || !isTimestamp(*time))
        return std::nullopt;
    if (shape)
        shape->timestampKeyword = keyword;
    if (e.op == u"=")
        return BuilderCondition {field, date, Op::On, {*time}};
    if (e.op == u"<")
        return BuilderCondition {field, date, Op::Before, {*time}};
    if (e.op == u">")
        return BuilderCondition {field, date, Op::After, {*time}};
    return std::nullopt;
}

std::optional<BuilderCondition> BuilderConditionReader::like(const Expr &e) const
{
    const auto name = field(*e.children[0]);
    const auto pattern = stringValue(*e.children[1]);
    if (!name || !pattern || typeOf(*name, *e.children[1]) != BuilderFieldType::Text)
        return std::nullopt;
    const auto found = likeOperator(*pattern);
    if (!found)
        return std::nullopt;
    const Op op = !e.negated             ? found->first
        : found->first == Op::Contains   ? Op::DoesNotContain
        : found->first == Op::StartsWith ? Op::DoesNotStartWith
                                         : Op::DoesNotEndWith;
    return BuilderCondition {*name, BuilderFieldType::Text, op, {found->second}};
}

std::optional<BuilderCondition> BuilderConditionReader::oneOf(const Expr &e) const
{
    const auto name = field(*e.children[0]);
    if (!name || typeOf(*name, *e.children[1]) != BuilderFieldType::Text)
        return std::nullopt;
    QStringList values;
    for (qsizetype i = 1; i < e.children.size(); ++i) {
        const auto text = stringValue(*e.children[i]);
        if (!text)
            return std::nullopt;
        values << *text;
    }
    return BuilderCondition {*name, BuilderFieldType::Text, e.negated ? Op::IsNoneOf : Op::IsOneOf,
                             values};
}

std::optional<BuilderCondition> BuilderConditionReader::empty(const Expr &e) const
{
    const auto name = field(*e.children[0]);
    Expr text;
    text.kind = K::Literal;
    text.literalType = Expr::LiteralType::String; // an unknown field counts as text
    const auto type = name ? typeOf(*name, text) : std::nullopt;
    if (!type)
        return std::nullopt;
    return BuilderCondition {*name, *type, e.negated ? Op::IsNotEmpty : Op::IsEmpty, {}};
}

std::optional<BuilderCondition> BuilderConditionReader::between(const Expr &e,
                                                                BuilderShape *shape) const
{
    const auto name = field(*e.children[0]);
    const auto found = name && !e.negated ? typeOf(*name, *e.children[1]) : std::nullopt;
    if (!found)
        return std::nullopt;
    const BuilderFieldType type = *found;
    if (type == BuilderFieldType::Number) {
        const auto low = numberValue(*e.children[1]), high = numberValue(*e.children[2]);
        if (low && high)
            return BuilderCondition {*name, type, Op::Between, {*low, *high}};
    }
    bool keyword = false, highKeyword = false;
    const auto low = timeValue(*e.children[1], &keyword);
    const auto high = timeValue(*e.children[2], &highKeyword);
    if (type != BuilderFieldType::Date || !low || !high || !isTimestamp(*low) || !isTimestamp(*high)
        || keyword != highKeyword)
        return std::nullopt;
    if (shape)
        shape->timestampKeyword = keyword;
    const QString day = low->left(10);
    if (*low == day + QStringLiteral("T00:00:00Z") && *high == day + QStringLiteral("T23:59:59Z"))
        return BuilderCondition {*name, type, Op::On, {day}};
    return BuilderCondition {*name, type, Op::Between, {*low, *high}};
}

std::optional<BuilderCondition> BuilderConditionReader::inList(const Expr &e, bool negated) const
{
    if (e.kind != K::Function || e.name != u"array_contains" || e.children.size() != 2)
        return std::nullopt;
    const auto name = field(*e.children[0]);
    if (!name || !sameName(*name, BuilderOperators::listField()))
        return std::nullopt;
    const Expr &ids = *e.children[1];
    QStringList values;
    if (ids.kind == K::Array) {
        for (const ExprPtr &id : ids.children)
            values << stringValue(*id).value_or(QString());
    } else {
        values << stringValue(ids).value_or(QString());
    }
    if (values.contains(QString()))
        return std::nullopt; // not a list id: a number, a column, an empty text …
    return BuilderCondition {*name, BuilderFieldType::List, negated ? Op::NotInList : Op::InList,
                             values};
}
