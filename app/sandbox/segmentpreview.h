// SPDX-License-Identifier: MIT
#pragma once

#include "contactsearch.h"

#include "common/result.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

/// The sandbox's preview of an unsaved segment query, on an evaluation thread within the task's
/// deadline: how many contacts it matches, counted as the saved segment would count them (email
/// activity included), and against the saved query who it adds and who it removes. Each query
/// runs once; the figures are set operations on its members. Beyond SendGrid's API: the app
/// asks it of a sandbox only.
class SegmentPreview
{
public:
    struct Figure
    {
        qint64 count = 0;
        QJsonArray contacts; ///< the first 50, in the contacts search's shape
    };
    struct Answer
    {
        ContactSearch::Answer::Kind kind = ContactSearch::Answer::Kind::Found;
        QString problem; ///< why it was refused (400)
        Figure matches;
        std::optional<Figure> joins; ///< with leaves: only with a saved query to compare
        std::optional<Figure> leaves;
    };

    SegmentPreview(SandboxStore &store, const QueryDeadline &deadline, QDateTime now);

    /// `savedQuery` and `parentListId` may be empty.
    Answer run(const QString &query, const QString &savedQuery, const QString &parentListId) const;

private:
    Result<QStringList> members(const QString &field, const QString &query,
                                const QString &parentListId) const;
    Result<Figure> figure(const QStringList &ids) const;
    Answer failed(const QString &problem) const;

    SandboxStore &m_store;
    const QueryDeadline &m_deadline;
    QDateTime m_now;
};
