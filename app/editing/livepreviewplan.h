// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

/// How each figure of a live preview is asked, made from the texts alone (so that a huge
/// query's plan is made off the GUI thread). A contacts search (SGQL v1) where one says exactly
/// what the segment says; else, from a local sandbox, its own exact preview (then of every
/// figure, in one request); else, for the matches on a SendGrid account, a search of the
/// contact conditions alone, whose count is only a bound; else no figure, and why.
struct LivePreviewPlan
{
    struct Figure
    {
        enum class Way { None, Search, SearchAtMost, Sandbox };
        Way way = Way::None;
        QString condition; ///< Search, SearchAtMost: the SGQL v1 condition
        QString reason; ///< None: why there is no figure
    };

    Figure matches;
    std::optional<Figure> joins; ///< with leaves: only with a saved query to compare
    std::optional<Figure> leaves;

    /// The sandbox answers every figure.
    bool asksSandbox() const { return matches.way == Figure::Way::Sandbox; }

    /// `inSandbox`: the server is a local sandbox, which counts any query it can evaluate.
    static LivePreviewPlan make(const QString &query, const QString &savedQuery,
                                const QStringList &parentListIds, bool inSandbox);
};
