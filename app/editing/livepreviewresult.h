// SPDX-License-Identifier: MIT
#pragma once

#include "api/contactsapi.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

/// One figure of a live preview (the matches, the joins or the leaves): SendGrid's count and
/// first contacts, or why there is no figure. Never a saved segment's `contacts_count`.
struct PreviewFigure
{
    /// Why the definition has no contacts-search equivalent; then nothing was asked and
    /// `answer` holds no value. Empty when it was asked.
    QString notTranslatable;
    ApiResult<ContactSearchResult> answer;
    /// The count is a bound: only the contact's own conditions (fields, lists) were searched;
    /// SendGrid counts email activity once the segment is saved.
    bool atMost = false;

    bool isOk() const { return notTranslatable.isEmpty() && answer.isOk(); }
    qint64 count() const { return isOk() ? answer.value->contactCount : 0; }
};

/// A preview of an unsaved definition, as of `previewedAt`.
struct LivePreviewResult
{
    QString query; ///< the unsaved text this answers
    QDateTime previewedAt; ///< UTC, when the last figure arrived
    PreviewFigure matches;
    /// Only with a saved definition to compare with: who the edit adds and who it removes.
    std::optional<PreviewFigure> joins;
    std::optional<PreviewFigure> leaves;
};

Q_DECLARE_METATYPE(LivePreviewResult)
