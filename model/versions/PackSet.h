#pragma once

#include "model/versions/Pack.h"

#include <QStringList>
#include <functional>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace wfs {

// The packs of the local store: store/packs/NAME.pack in the bucket's format (versions/Pack.h),
// NAME the SHA-256 of the pack's index. Small objects live here, many to a file, so that a
// version of 50,000 small files is a few files, not 50,000 inodes. A pack is immutable; it is
// written whole elsewhere and renamed in (LocalObjectStore::sync), so it is visible only when
// complete. An object found damaged is excluded by id and pack (packs/excluded), no longer
// served, so that writing its content again stores it afresh; gc drops it when it repacks.
// The indexes are read on first use (a re-check of an unchanged folder never needs them).
// Safe to use from several threads at once.
class PackSet
{
public:
    struct Location
    {
        std::uint32_t pack = 0;
        std::uint32_t size = 0;
        std::uint64_t offset = 0;
    };

    explicit PackSet(std::string dir);
    ~PackSet();
    PackSet(const PackSet &) = delete;
    PackSet &operator=(const PackSet &) = delete;

    const std::string &dir() const { return m_dir; }
    std::optional<Location> find(const Hash &hash);
    // The object's bytes, not yet checked against its id.
    QByteArray readRaw(const Location &where);
    // The object's bytes, checked; throws DamagedObject naming the pack when they do not match.
    QByteArray read(const Hash &hash, const Location &where);
    std::string packName(std::uint32_t pack);
    void forEach(const std::function<void(const Hash &hash, qint64 size)> &visit);

    // A pack just renamed into place by this process, with its index.
    void added(const std::string &name, const std::vector<PackEntry> &entries);
    // No longer serves `hash` from the pack it was found in (recorded in packs/excluded).
    void exclude(const Hash &hash);
    // Packs whose index cannot be read (damaged), each with a one-line reason.
    QStringList unreadable();
    // Moves an unreadable pack into `damagedDir` (kept for inspection).
    void quarantineUnreadable(const std::string &damagedDir);
    // Forgets what was loaded: the next use reads the folder again (after gc changed it).
    void reset();
    // When the folder changed since it was read: reads the packs that came, and everything again
    // when one went. One stat when nothing changed.
    void refresh();

    struct PackInfo
    {
        std::string name;
        std::vector<PackEntry> entries; // as its index says
    };
    // Every readable pack with its entries, read again from disk (gc).
    std::vector<PackInfo> scan();
    bool serves(const Hash &hash, const std::string &packName);
    // Drops exclusions of packs that are gone.
    void pruneExclusions();

private:
    struct Pack
    {
        std::string name;
        int fd = -1;
    };
    void loadLocked();
    // Reads the index of the pack `name` and adds it; false (noted as unreadable) when damaged.
    bool openLocked(const std::string &name);
    std::int64_t dirMtimeNs() const;
    void addLocked(const std::string &name, int fd, const std::vector<PackEntry> &entries);
    std::string path(const std::string &name) const { return m_dir + '/' + name + ".pack"; }

    std::string m_dir;
    std::shared_mutex m_mutex;
    bool m_loaded = false;
    std::int64_t m_dirMtimeNs = -1; // of the folder when it was last read
    std::vector<Pack> m_packs;
    std::unordered_map<Hash, Location> m_index;
    std::set<std::pair<Hash, std::string>> m_excluded; // (id, pack name)
    QStringList m_unreadable;
    std::vector<std::string> m_unreadableNames;
};

// Reads a pack file's index (its tail); throws wfs::Error naming the pack when it is not sound.
PackIndex readPackIndex(int fd, const QString &what);

} // namespace wfs
