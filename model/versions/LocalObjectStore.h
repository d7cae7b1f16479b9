#pragma once

#include "versions/ObjectStore.h"

#include <QString>
#include <array>
#include <atomic>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace wfs {

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
    // Removes temporary files that no live process is writing (older than `ageSeconds`).
    int removeStaleTemporaries(int ageSeconds);
    std::string objectPath(const Hash &hash) const;

private:
    std::string tempPath();
    // A temporary name beside the object's final one, in its own fan-out folder.
    std::string tempPathFor(const Hash &hash);
    void makeFanOut(std::size_t fan);
    void stageLocked(const Hash &hash, std::string tempPath);

    std::string m_objects;
    std::string m_temp;
    std::mutex m_mutex;
    std::vector<std::pair<std::string, std::string>> m_pending; // temp path -> final path
    std::unordered_set<Hash> m_staged;
    std::array<std::atomic<bool>, 256> m_fanOutMade{}; // objects/00 .. objects/ff known to exist
    std::string m_tempPrefix;              // "<tmp>/<pid>-"
    int m_syncFd = -1;
};

} // namespace wfs
