#pragma once

#include "model/versions/Hash.h"

#include <QString>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace wfs {

// What the last scan of a project saw, so that unchanged files are never read again: a file
// whose size, mtime, ctime and inode match keeps its hash. A file modified within a second of
// that scan's start is hashed again, since it may have changed after it was read within one
// timestamp tick (git's "racy" files).
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

    const Entry *find(const std::string &path, std::uint64_t size, std::int64_t mtimeNs, std::int64_t ctimeNs,
                      std::uint64_t inode) const;
    std::size_t size() const { return m_entries.size(); }
    // Replaces the contents with what a scan that started at `scanStartNs` saw.
    void replace(std::unordered_map<std::string, Entry> entries, std::int64_t scanStartNs);
    // Stops vouching for files whose content has one of these hashes: they are read again.
    void forget(const std::unordered_set<Hash> &hashes);
    // Writes it atomically (temporary file, rename); a cache that cannot be written only costs time.
    void save() const;

private:
    StatCache(const QString &file, std::nullptr_t) : m_file(file) {}
    void load(quint32 expectedMagic, const LegacyMap &idOf);

    QString m_file;
    std::unordered_map<std::string, Entry> m_entries;
    std::int64_t m_scanStartNs = 0;
};

} // namespace wfs
