#pragma once

#include "model/versions/Hash.h"

#include <QString>
#include <functional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace wfs {

// What the last scan of a project saw, so that unchanged files are never read again: a file
// whose size, mtime, ctime and inode match keeps its hash. A file modified within a second of
// that scan's start is hashed again, since it may have changed after it was read within one
// timestamp tick (git's "racy" files). Entries are kept sorted by path in the manifest's order
// (pathLess), so a scan that walks its files in that order matches them in one pass, no hashing.
class StatCache
{
public:
    struct Entry
    {
        std::uint64_t size = 0;
        std::int64_t mtimeNs = 0;
        std::int64_t ctimeNs = 0;
        std::uint64_t inode = 0;
        Hash hash;
    };

    // Loads the cache file if there is one; a missing or damaged file (its checksum tells) is an
    // empty cache.
    explicit StatCache(const QString &file);
    // A cache written before content ids were SHA-256 (16-byte XXH3 ids), its ids translated
    // by `map` (false: unknown, the entry is dropped). For the store's one-time migration.
    using LegacyMap = std::function<bool(const std::uint8_t *id, Hash *out)>;
    static StatCache fromLegacy(const QString &file, const LegacyMap &map);

    using Entries = std::vector<std::pair<std::string, Entry>>; // sorted by pathLess

    // Looks files up in ascending path order (pathLess), each step moving on from the last.
    class Cursor
    {
    public:
        explicit Cursor(const StatCache &cache) : m_cache(cache) {}
        // The entry that vouches for this file, or null (not cached, changed, or racy).
        const Entry *find(const std::string &path, std::uint64_t size, std::int64_t mtimeNs, std::int64_t ctimeNs,
                          std::uint64_t inode);

    private:
        const StatCache &m_cache;
        std::size_t m_next = 0;
    };

    // One lookup, by binary search (a scan uses a Cursor).
    const Entry *find(const std::string &path, std::uint64_t size, std::int64_t mtimeNs, std::int64_t ctimeNs,
                      std::uint64_t inode) const;
    std::size_t size() const { return m_entries.size(); }
    // Replaces the contents with what a scan that started at `scanStartNs` saw.
    void replace(Entries entries, std::int64_t scanStartNs);
    // Stops vouching for files whose content has one of these hashes: they are read again.
    void forget(const std::unordered_set<Hash> &hashes);
    // Writes it atomically (temporary file, rename); a cache that cannot be written only costs time.
    void save() const;

private:
    StatCache(const QString &file, std::nullptr_t) : m_file(file) {}
    void load(quint32 expectedMagic, const LegacyMap &idOf);
    void sortByPath();
    // `e` if it vouches for a file with these stats, else null.
    const Entry *vouch(const Entry &e, std::uint64_t size, std::int64_t mtimeNs, std::int64_t ctimeNs,
                       std::uint64_t inode) const;

    QString m_file;
    Entries m_entries;
    std::int64_t m_scanStartNs = 0;
};

} // namespace wfs
