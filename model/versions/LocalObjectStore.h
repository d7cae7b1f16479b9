#pragma once

#include "model/versions/ObjectStore.h"
#include "model/versions/PackSet.h"

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

// The content beside workspace.db. Objects under 1 MiB go into packs (store/packs, see PackSet):
// put() adds them to the pack being written in memory, which is written out into store/tmp when
// it is full or at sync(). Bigger objects are files of their own, store/objects/ab/cdef..., each
// written as a temporary file beside its final name (so no folder grows huge and renames stay
// local). sync() flushes the file system once (syncfs) and renames the batch into place, packs
// and big objects alike, so a killed or crashed process leaves at most temporary files (gc
// removes them), never a torn object or a partial pack. Loose objects of any size written
// before packs stay readable. Safe to use from several threads at once.
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

    // Sees packs other processes added or removed since the packs were first read (called at
    // the start of each operation: a long-lived process keeps one store).
    void refresh() { m_packs.refresh(); }
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
    // Where a loose (big) object lives.
    std::string objectPath(const Hash &hash) const;
    // Where an object's bytes are: its own file, or a range of a pack (for tools and tests).
    struct Place
    {
        std::string file;
        qint64 offset = 0;
        qint64 size = 0;
    };
    std::optional<Place> locate(const Hash &hash);

    // Removes every object not in `live`: loose ones one by one; packs that hold nothing live
    // whole; packs that are mostly garbage are repacked (live objects into a new pack, made
    // durable and visible before the old one goes). Needs the store to itself (gc's lock).
    struct Collected
    {
        qint64 objects = 0;
        qint64 bytes = 0;
    };
    Collected collect(const std::unordered_set<Hash> &live);
    // Packs whose index cannot be read, one line each; and moving them into store/damaged/.
    QStringList unreadablePacks();
    void quarantineUnreadablePacks();

    static constexpr qint64 packedBelow = 1 << 20;
    static constexpr qint64 packBytes = 32 << 20;

private:
    void markWriting();
    std::string tempPath();
    // A temporary name beside the object's final one, in its own fan-out folder.
    std::string tempPathFor(const Hash &hash);
    void makeFanOut(std::size_t fan);
    void stageLocked(const Hash &hash, std::string tempPath);
    // Writes the pack being filled into store/tmp, to be renamed in by sync().
    void sealLocked();
    void collectLoose(const std::unordered_set<Hash> &live, Collected &out);

    struct Pending
    {
        std::string temp;
        std::string final;
        std::string pack;                // a pack's name, empty for a loose object
        std::vector<PackEntry> entries;  // a pack's index
    };

    std::string m_root;
    std::string m_objects;
    std::string m_temp;
    std::mutex m_mutex;
    std::vector<Pending> m_pending;
    PackWriter m_writer;
    PackSet m_packs;
    std::unordered_set<Hash> m_staged;
    std::unordered_set<Hash> m_checked; // found intact by hasIntact() in this store's life
    std::array<std::atomic<bool>, 256> m_fanOutMade{}; // objects/00 .. objects/ff known to exist
    std::string m_tempPrefix;              // "<tmp>/<pid>-"
    int m_syncFd = -1;
    std::once_flag m_markOnce;
    std::string m_marker; // store/writers/<pid>-<n> while this store may have temporaries
};

} // namespace wfs
