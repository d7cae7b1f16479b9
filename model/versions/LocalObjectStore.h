#pragma once

#include "model/versions/ObjectStore.h"

#include <QString>
#include <array>
#include <atomic>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace wfs {

struct Leftovers
{
    qint64 files = 0;
    qint64 bytes = 0;
};

// Objects as files store/objects/ab/cdef... beside workspace.db. A put writes a temporary file
// (".tmp-..." beside its final name, so that no folder grows huge and renames stay local);
// sync() flushes the file system once (syncfs) and renames the batch into place, so a killed
// or crashed process leaves at most temporary files (gc removes them), never a torn object.
// Safe to use from several threads at once.
class LocalObjectStore : public ObjectStore
{
public:
    explicit LocalObjectStore(const QString &root);
    ~LocalObjectStore() override;

    bool has(const Hash &hash) override;
    void put(const Hash &hash, const QByteArray &data) override;
    Hash putFile(const std::string &path) override;
    void sync() override;
    QByteArray get(const Hash &hash) override;
    void restoreFile(const Hash &hash, const std::string &path, std::uint32_t mode, std::int64_t mtimeNs) override;
    void list(const std::function<void(const Hash &hash, qint64 size)> &visit) override;
    void remove(const Hash &hash) override;
    bool verify(const Hash &hash) override;

    // Forgets what was staged and not synced (after a failed or cancelled create).
    void discardStaged();
    // Removes temporary files left by processes that died writing them (`all`: by any other
    // process, for gc, which holds the store alone).
    Leftovers removeLeftovers(bool all);
    // Moves a damaged object into store/damaged/ (kept for inspection, no longer served), so
    // that the next time its content is written it is stored afresh.
    void quarantine(const Hash &hash);
    // Present and its bytes match its hash (or staged in this batch).
    bool hasIntact(const Hash &hash);
    std::string objectPath(const Hash &hash) const;

private:
    void markWriting();
    std::string tempPath();
    // A temporary name beside the object's final one, in its own fan-out folder.
    std::string tempPathFor(const Hash &hash);
    void makeFanOut(std::size_t fan);
    void stageLocked(const Hash &hash, std::string tempPath);

    std::string m_root;
    std::string m_objects;
    std::string m_temp;
    std::mutex m_mutex;
    std::vector<std::pair<std::string, std::string>> m_pending; // temp path -> final path
    std::unordered_set<Hash> m_staged;
    std::unordered_set<Hash> m_checked; // found intact by hasIntact() in this store's life
    std::array<std::atomic<bool>, 256> m_fanOutMade{}; // objects/00 .. objects/ff known to exist
    std::string m_tempPrefix;              // "<tmp>/<pid>-"
    int m_syncFd = -1;
    std::once_flag m_markOnce;
    std::string m_marker; // store/writers/<pid>-<n> while this store may have temporaries
};

} // namespace wfs
