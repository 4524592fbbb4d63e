// SPDX-License-Identifier: MIT
#include "historyversion.h"

#include "api/segment.h"

HistoryVersion HistoryVersion::fromSegment(const QString &profileId, const Segment &segment,
                                           Source source, const QDateTime &recordedAt)
{
    HistoryVersion version;
    version.profileId = profileId;
    version.segmentId = segment.id;
    version.recordedAt = recordedAt;
    version.name = segment.name;
    version.queryDsl = segment.queryDsl;
    if (segment.isCounted()) // a 0 before the first count is no count
        version.contactsCount = segment.contactsCount;
    version.validation = segment.status.queryValidation;
    version.validationError = segment.status.errorMessage;
    version.source = source;
    version.segmentUpdatedAt = segment.updatedAt.raw;
    return version;
}

QString HistoryVersion::sourceName(Source source)
{
    return source == Source::ThisApp ? QStringLiteral("this app") : QStringLiteral("elsewhere");
}

bool HistoryVersion::sameDefinition(const HistoryVersion &other) const
{
    return name == other.name && queryDsl == other.queryDsl
        && segmentUpdatedAt == other.segmentUpdatedAt;
}
