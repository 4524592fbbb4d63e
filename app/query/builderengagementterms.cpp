// SPDX-License-Identifier: MIT
#include "builderengagementterms.h"

#include "builderexpressions.h"
#include "formatter.h"

using namespace BuilderExpressions;
using K = Expr::Kind;

namespace {

struct Found
{
    std::optional<QString> type, singleSend, days;
    bool mailSource = false;
    bool strict = false;
};

const QList<QStringView> &singleSendPath()
{
    static const QList<QStringView> path = {u"payload", u"unique_args", u"singlesend_id"};
    return path;
}

/// One term into `found`; false when it is no engagement term or repeats one.
bool take(const Expr &t, QStringView ev, bool unqualified, Found &found)
{
    if (t.kind != K::Binary)
        return false;
    const Expr &left = *t.children[0];
    const auto text = stringValue(*t.children[1]);
    const bool ours = sameName(left.qualifier, ev) || (unqualified && left.qualifier.isEmpty());
    const bool column = left.kind == K::Column && ours;
    const bool equals = t.op == u"=" && text;
    if (column && equals && !found.type && sameName(left.name, u"event_type")) {
        found.type = text;
    } else if (column && equals && !found.mailSource && sameName(left.name, u"event_source")
               && *text == u"mail") {
        found.mailSource = true;
    } else if (left.kind == K::Path && ours && equals && !found.singleSend
               && sameName(left.name, u"data") && left.path == singleSendPath()) {
        found.singleSend = text;
    } else if (column && !found.days && (t.op == u">=" || t.op == u">")
               && sameName(left.name, u"event_timestamp")) {
        const auto since = sinceNow(*t.children[1]);
        if (!since || since->unit != u"day")
            return false;
        found.days = since->count;
        found.strict = t.op == u">";
    } else {
        return false;
    }
    return true;
}

QString column(QStringView ev, QStringView name)
{
    return QueryFormatter::quoteIdentifier(ev) + u'.' + QueryFormatter::quoteIdentifier(name);
}

} // namespace

namespace BuilderEngagementTerms {

std::optional<BuilderCondition> read(const QList<const Expr *> &terms, QStringView ev,
                                     bool unqualified, bool never, BuilderShape &shape)
{
    Found found;
    for (const Expr *t : terms)
        if (!take(*t, ev, unqualified, found))
            return std::nullopt;
    const auto op
        = found.type ? BuilderOperators::engagementOperator(*found.type, never) : std::nullopt;
    if (!op || found.singleSend == QString())
        return std::nullopt;
    shape.mailSource = found.mailSource;
    shape.strict = found.strict;
    return BuilderCondition {
        BuilderOperators::engagementField(),
        BuilderFieldType::Engagement,
        *op,
        {found.singleSend.value_or(QString()), found.days.value_or(QString())}};
}

QStringList write(const BuilderCondition &c, const BuilderShape &shape, QStringView ev)
{
    QStringList terms;
    if (shape.mailSource)
        terms << column(ev, u"event_source") + QStringLiteral(" = 'mail'");
    terms << column(ev, u"event_type") + QStringLiteral(" = ")
            + QueryFormatter::quoteString(BuilderOperators::eventType(c.op));
    const QString singleSend = c.values.value(0);
    if (!singleSend.isEmpty())
        terms << column(ev, u"data") + QStringLiteral(":payload.unique_args.singlesend_id = ")
                + QueryFormatter::quoteString(singleSend);
    const QString days = c.values.value(1);
    if (!days.isEmpty())
        terms << column(ev, u"event_timestamp")
                + (shape.strict ? QStringLiteral(" > ") : QStringLiteral(" >= "))
                + QStringLiteral("now() - INTERVAL ") + days + QStringLiteral(" DAY");
    return terms;
}

} // namespace BuilderEngagementTerms
