// SPDX-License-Identifier: MIT
#include "builderlabels.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BuilderLabels", text);
}

using Op = BuilderOperator;

const char *engagementLabel(Op op)
{
    switch (op) {
    case Op::WasSent:
        return QT_TRANSLATE_NOOP("BuilderLabels", "was sent an email");
    case Op::WasDelivered:
        return QT_TRANSLATE_NOOP("BuilderLabels", "was delivered an email");
    case Op::WasOpened:
        return QT_TRANSLATE_NOOP("BuilderLabels", "opened an email");
    case Op::WasClicked:
        return QT_TRANSLATE_NOOP("BuilderLabels", "clicked in an email");
    case Op::WasBounced:
        return QT_TRANSLATE_NOOP("BuilderLabels", "bounced");
    case Op::WasUnsubscribed:
        return QT_TRANSLATE_NOOP("BuilderLabels", "unsubscribed");
    case Op::NeverSent:
        return QT_TRANSLATE_NOOP("BuilderLabels", "was not sent an email");
    case Op::NeverDelivered:
        return QT_TRANSLATE_NOOP("BuilderLabels", "was not delivered an email");
    case Op::NeverOpened:
        return QT_TRANSLATE_NOOP("BuilderLabels", "did not open an email");
    case Op::NeverClicked:
        return QT_TRANSLATE_NOOP("BuilderLabels", "did not click in an email");
    case Op::NeverBounced:
        return QT_TRANSLATE_NOOP("BuilderLabels", "did not bounce");
    default:
        return QT_TRANSLATE_NOOP("BuilderLabels", "did not unsubscribe");
    }
}

const char *comparisonLabel(Op op)
{
    switch (op) {
    case Op::Is:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is");
    case Op::IsNot:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is not");
    case Op::Contains:
        return QT_TRANSLATE_NOOP("BuilderLabels", "contains");
    case Op::DoesNotContain:
        return QT_TRANSLATE_NOOP("BuilderLabels", "does not contain");
    case Op::StartsWith:
        return QT_TRANSLATE_NOOP("BuilderLabels", "starts with");
    case Op::EndsWith:
        return QT_TRANSLATE_NOOP("BuilderLabels", "ends with");
    case Op::DoesNotStartWith:
        return QT_TRANSLATE_NOOP("BuilderLabels", "does not start with");
    case Op::DoesNotEndWith:
        return QT_TRANSLATE_NOOP("BuilderLabels", "does not end with");
    case Op::IsOneOf:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is one of");
    case Op::IsNoneOf:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is none of");
    case Op::IsEmpty:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is empty");
    case Op::IsNotEmpty:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is not empty");
    case Op::Equals:
        return "=";
    case Op::NotEquals:
        return "≠";
    case Op::LessThan:
        return "<";
    case Op::AtMost:
        return "≤";
    case Op::GreaterThan:
        return ">";
    case Op::AtLeast:
        return "≥";
    case Op::Between:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is between");
    case Op::On:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is on");
    case Op::Before:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is before");
    case Op::After:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is after");
    case Op::WithinLastDays:
    case Op::WithinLastWeeks:
    case Op::WithinLastMonths:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is within the last");
    case Op::MoreThanDaysAgo:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is more than");
    case Op::InList:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is in list");
    case Op::NotInList:
        return QT_TRANSLATE_NOOP("BuilderLabels", "is not in list");
    default:
        return engagementLabel(op);
    }
}

} // namespace

namespace BuilderLabels {

QString operatorLabel(BuilderOperator op)
{
    return tr(comparisonLabel(op));
}

QString typeLabel(BuilderFieldType type)
{
    switch (type) {
    case BuilderFieldType::Text:
        return tr("text");
    case BuilderFieldType::Number:
        return tr("number");
    case BuilderFieldType::Date:
        return tr("date");
    case BuilderFieldType::List:
        return tr("lists");
    case BuilderFieldType::Engagement:
        break;
    }
    return tr("email activity");
}

QString fieldLabel(const QString &field, BuilderFieldType type)
{
    if (type == BuilderFieldType::List)
        return tr("list membership");
    if (type == BuilderFieldType::Engagement)
        return tr("email activity");
    return tr("%1 (%2)").arg(field, typeLabel(type));
}

QString lockReason(BuilderLockReason reason)
{
    switch (reason) {
    case BuilderLockReason::Arithmetic:
        return tr("uses arithmetic");
    case BuilderLockReason::ComparesFields:
        return tr("compares two fields");
    case BuilderLockReason::Function:
        return tr("uses a function the builder does not offer");
    case BuilderLockReason::Pattern:
        return tr("uses a text pattern the builder does not offer");
    case BuilderLockReason::ValueForm:
        return tr("has a value the field's editor does not take");
    case BuilderLockReason::SubSelect:
        return tr("uses a sub-select other than email activity");
    case BuilderLockReason::OtherTable:
        return tr("reads another table in a way the builder does not draw");
    case BuilderLockReason::TooDeep:
        return tr("nests groups deeper than the builder draws");
    case BuilderLockReason::Grouping:
        return tr("groups rows (GROUP BY)");
    case BuilderLockReason::Other:
        return tr("is written in a form the builder does not offer");
    case BuilderLockReason::Unknown:
        break;
    }
    return tr("typed as SQL");
}

} // namespace BuilderLabels
