// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "api/segment.h"
#include "common/result.h"
#include "local/historyversion.h"
#include "local/interimprofileid.h" // the id of a run without --profile

#include <QStringList>

class Clock;

/// `segmentdesk-cli history`: the versions of a segment kept in the local history (the
/// window's store, LocalPaths::historyFile()), and the token diff of two of them. Works
/// offline: no key is needed.
namespace CliHistory {

struct Options
{
    QString profileId; ///< whose history: the profile's id, or interimProfileId() without one
    QStringList arguments; ///< after "history": ID, and with --diff the numbers A and B
    bool diff = false;
};

/// Prints the versions (number, time, source, name, count, validation), oldest first, or
/// with `diff` the differences between versions A and B: names, then the query with changed
/// tokens marked `[-removed-]{+added+}` (QueryDiff::toInlineText). Returns the exit code:
/// 0 printed, 1 the store cannot be read, 2 usage (such as an unknown version number).
int run(const Options &options);

/// The version numbered `number` of a segment in the local history, or its latest when
/// `number` is empty; fails with a message saying what is missing.
Result<HistoryVersion> find(const QString &profileId, const QString &segmentId,
                            const QString &number);

/// Wraps `next` so that a segment the server returned is recorded in the history first, as
/// saved by this app (`ThisApp`, for update and create) or read (`Elsewhere`, for show: a
/// version identical to the latest is not recorded again). A history that cannot be written
/// is a warning on stderr, never a failure of the command.
ApiCallback<Segment> recording(const QString &profileId, HistoryVersion::Source source,
                               Clock *clock, ApiCallback<Segment> next);

} // namespace CliHistory
