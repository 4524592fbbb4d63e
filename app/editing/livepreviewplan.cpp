// SPDX-License-Identifier: MIT
#include "livepreviewplan.h"

#include "livepreviewquery.h"

#include "query/parser.h"

#include <QCoreApplication>

namespace {

using Figure = LivePreviewPlan::Figure;

Figure none(const QString &reason)
{
    return {Figure::Way::None, {}, reason};
}

/// The search when one says the same as the segment; else the sandbox, when there is one to
/// ask; else why there is no figure.
Figure exactly(const Result<QString> &search, bool inSandbox)
{
    if (search.isOk())
        return {Figure::Way::Search, search.value(), {}};
    if (inSandbox)
        return {Figure::Way::Sandbox, {}, {}};
    return none(search.error());
}

/// The sandbox answers all figures at once when it answers one: each query then runs once.
void askSandboxForAll(LivePreviewPlan &plan)
{
    const auto bySandbox
        = [](const std::optional<Figure> &f) { return f && f->way == Figure::Way::Sandbox; };
    if (!bySandbox(plan.matches) && !bySandbox(plan.joins) && !bySandbox(plan.leaves))
        return;
    plan.matches = {Figure::Way::Sandbox, {}, {}};
    if (plan.joins)
        plan.joins = plan.leaves = plan.matches;
}

} // namespace

LivePreviewPlan LivePreviewPlan::make(const QString &query, const QString &savedQuery,
                                      const QStringList &parentListIds, bool inSandbox)
{
    LivePreviewPlan plan;
    const ParsedQuery unsaved = QueryParser::parseStatement(query);
    if (unsaved.hasErrors() || !unsaved.statement) {
        plan.matches = none(QCoreApplication::translate(
            "LivePreview", "the query has errors; fix them to see a preview"));
        return plan;
    }
    const Result<QString> matches = LivePreviewQuery::matches(*unsaved.statement, parentListIds);
    plan.matches = exactly(matches, inSandbox);
    if (plan.matches.way == Figure::Way::None) {
        const Result<QString> bound
            = LivePreviewQuery::contactConditions(*unsaved.statement, parentListIds);
        if (bound.isOk())
            plan.matches = {Figure::Way::SearchAtMost, bound.value(), {}};
    }
    if (savedQuery.trimmed().isEmpty()) {
        askSandboxForAll(plan);
        return plan;
    }
    const ParsedQuery saved = QueryParser::parseStatement(savedQuery);
    if (saved.hasErrors() || !saved.statement) {
        plan.joins = plan.leaves = none(QCoreApplication::translate(
            "LivePreview", "the saved query has errors; there is nothing to compare with"));
        return plan;
    }
    plan.joins = exactly(
        LivePreviewQuery::arrivals(*saved.statement, *unsaved.statement, parentListIds), inSandbox);
    plan.leaves = exactly(
        LivePreviewQuery::arrivals(*unsaved.statement, *saved.statement, parentListIds), inSandbox);
    askSandboxForAll(plan);
    return plan;
}
