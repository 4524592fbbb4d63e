// SPDX-License-Identifier: MIT
#include "synccounter.h"

#include <sqlite3.h>

#include <atomic>

namespace {

std::atomic<int> syncs {0};
sqlite3_vfs *underlying = nullptr;
sqlite3_vfs counting;
sqlite3_io_methods methods;

/// Ours, followed in memory by the underlying VFS's file.
struct CountingFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<CountingFile *>(file)->real;
}

#define FORWARD(name, ...) real(f)->pMethods->name(real(f) __VA_OPT__(, ) __VA_ARGS__)

void setUpMethods()
{
    methods.iVersion = 3;
    methods.xClose = [](sqlite3_file *f) { return FORWARD(xClose); };
    methods.xRead
        = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return FORWARD(xRead, b, n, o); };
    methods.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
        return FORWARD(xWrite, b, n, o);
    };
    methods.xTruncate
        = [](sqlite3_file *f, sqlite3_int64 size) { return FORWARD(xTruncate, size); };
    methods.xSync = [](sqlite3_file *f, int flags) {
        ++syncs;
        return FORWARD(xSync, flags);
    };
    methods.xFileSize
        = [](sqlite3_file *f, sqlite3_int64 *size) { return FORWARD(xFileSize, size); };
    methods.xLock = [](sqlite3_file *f, int lock) { return FORWARD(xLock, lock); };
    methods.xUnlock = [](sqlite3_file *f, int lock) { return FORWARD(xUnlock, lock); };
    methods.xCheckReservedLock
        = [](sqlite3_file *f, int *out) { return FORWARD(xCheckReservedLock, out); };
    methods.xFileControl
        = [](sqlite3_file *f, int op, void *arg) { return FORWARD(xFileControl, op, arg); };
    methods.xSectorSize = [](sqlite3_file *f) { return FORWARD(xSectorSize); };
    methods.xDeviceCharacteristics
        = [](sqlite3_file *f) { return FORWARD(xDeviceCharacteristics); };
    methods.xShmMap = [](sqlite3_file *f, int region, int size, int extend, void volatile **p) {
        return FORWARD(xShmMap, region, size, extend, p);
    };
    methods.xShmLock = [](sqlite3_file *f, int offset, int n, int flags) {
        return FORWARD(xShmLock, offset, n, flags);
    };
    methods.xShmBarrier = [](sqlite3_file *f) { FORWARD(xShmBarrier); };
    methods.xShmUnmap = [](sqlite3_file *f, int remove) { return FORWARD(xShmUnmap, remove); };
    methods.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
        return FORWARD(xFetch, o, n, p);
    };
    methods.xUnfetch
        = [](sqlite3_file *f, sqlite3_int64 o, void *p) { return FORWARD(xUnfetch, o, p); };
}

#undef FORWARD

int openFile(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<CountingFile *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    const int rc = underlying->xOpen(underlying, name, ours->real, flags, outFlags);
    // SQLite closes a file only when its methods are set: only when the real one opened.
    ours->base.pMethods = ours->real->pMethods ? &methods : nullptr;
    return rc;
}

} // namespace

SyncCounter::SyncCounter()
{
    underlying = sqlite3_vfs_find(nullptr);
    counting = *underlying;
    counting.zName = "segmentdesk-sync-counter";
    counting.szOsFile = int(sizeof(CountingFile)) + underlying->szOsFile;
    counting.xOpen = &openFile;
    setUpMethods();
    syncs = 0;
    sqlite3_vfs_register(&counting, 1);
}

SyncCounter::~SyncCounter()
{
    sqlite3_vfs_unregister(&counting);
    sqlite3_vfs_register(underlying, 1);
}

int SyncCounter::count() const
{
    return syncs;
}
