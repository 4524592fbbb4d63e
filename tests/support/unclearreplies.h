// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>

/// A sandbox fault whose reply to a write does not say whether the write was applied.
struct UnclearReply
{
    const char *name;
    QJsonObject fault; ///< for /__sandbox/faults, without "method" and "path"
    bool applied; ///< whether the sandbox applied the write behind that reply
};

/// The replies the edit flow, SegmentWrite and the CLI are checked with: a 2xx cut short, a
/// gateway's 504 after the write and its 502 before it, a reset mid-body, a 200 not JSON.
inline QList<UnclearReply> unclearReplies()
{
    return {
        {"2xx, body cut short", {{"kind", "truncate"}}, true},
        {"504 after applying", {{"kind", "status"}, {"status", 504}, {"apply", true}}, true},
        {"502 before applying", {{"kind", "status"}, {"status", 502}}, false},
        {"reset mid-body", {{"kind", "reset"}}, true},
        {"200 not JSON, not applied", {{"kind", "malformed"}}, false},
    };
}
