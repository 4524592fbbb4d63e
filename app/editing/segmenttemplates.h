// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// Starting points for a new segment: each a query that parses, lints clean and selects
/// something on SendGrid's reserved fields.
struct SegmentTemplate
{
    QString title; ///< shown in the New segment dialog
    QString queryDsl;
};

namespace SegmentTemplates {
/// Blank, a field condition, members of a list (`listId`; the first list of the account, or a
/// placeholder to replace when it has none) and recent openers.
QList<SegmentTemplate> all(const QString &listId);
} // namespace SegmentTemplates
