// SPDX-License-Identifier: MIT
#pragma once

/// Counts the syncs SQLite asks of the file system in this process while it lives: an SQLite
/// VFS in front of the default one, made the default (so QtSql's connections opened meanwhile
/// use it). Syncs of a folder after creating a file are SQLite's own and not counted. One at a
/// time; connections must be closed before it goes.
class SyncCounter
{
public:
    SyncCounter();
    ~SyncCounter();
    SyncCounter(const SyncCounter &) = delete;
    SyncCounter &operator=(const SyncCounter &) = delete;

    int count() const;
};
