#pragma once

#include "model/versions/Manifest.h"
#include "model/versions/StatCache.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace wfs {

class ObjectStore;

struct ScanOptions
{
    ObjectStore *store = nullptr;               // when set, new content is staged into it (the caller syncs)
    std::function<void(qint64 doneBytes, qint64 totalBytes)> progress; // from the calling thread
    const std::atomic<bool> *cancel = nullptr;
    // Reading many small files waits on the disk, not the CPU: more readers than cores keep it busy.
    int threads = 8;
};

struct ScanResult
{
    Manifest manifest;
    QStringList problems; // unreadable files and folders, special files: never skipped silently
    StatCache::Entries seen; // the files, sorted by path: the next scan's stat cache
    std::int64_t startNs = 0;
    std::size_t hashed = 0; // files read, those the stat cache could not vouch for
    bool cancelled = false;
};

// Walks a project folder without following symlinks, hashes what the stat cache cannot vouch
// for on `threads` threads, and builds its manifest. Throws wfs::Error when `root` is not a
// readable folder.
ScanResult scanFolder(const std::string &root, const StatCache &cache, const ScanOptions &options);

} // namespace wfs
