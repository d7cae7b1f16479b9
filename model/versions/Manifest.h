#pragma once

#include "model/versions/Hash.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace wfs {

struct ManifestEntry
{
    enum class Type : std::uint8_t { File = 0, Symlink = 1, Dir = 2 };

    std::string path;   // relative, '/'-separated, raw bytes (names need not be UTF-8)
    Type type = Type::File;
    std::uint32_t mode = 0;
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    Hash hash;          // file: content; symlink: its target; dir: its children
    std::string target; // symlink target, stored as a link, never followed
};

// One version's file list. Entries are sorted so that a directory's descendants follow it
// directly; a directory's hash covers its children, so equal subtrees are skipped in a diff.
struct Manifest
{
    std::vector<ManifestEntry> entries;
    Hash root;
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    // Written before content ids were SHA-256: every id is a 16-byte XXH3-128 in the first half
    // of its Hash. Only the store's one-time migration reads such a manifest.
    bool legacyIds = false;

    // Sorts the entries and computes directory hashes, the root hash and the totals.
    void finalize();
    QByteArray serialize() const;
    // Throws wfs::Error when the bytes are not a manifest.
    static Manifest parse(const QByteArray &data);
};

// A path that, joined to a folder, stays inside it: relative, no empty, '.' or '..' names, no NUL.
bool isSafeRelativePath(const QByteArray &path);

// '/' sorts before every other byte, keeping each directory's contents together.
bool pathLess(const std::string &a, const std::string &b);

struct ManifestDiff
{
    struct Change
    {
        std::string path;             // a folder's ends with '/'
        std::int64_t sizeBefore = -1; // -1: not there
        std::int64_t sizeAfter = -1;
        bool folder = false;          // an empty folder added or removed, or a folder whose mode changed
        // What a modified entry changed, one or more of:
        bool content = false; // a file's bytes
        bool mode = false;    // permission bits
        bool target = false;  // a symbolic link's target
        bool type = false;    // a file became a link or the other way round
        std::uint32_t modeBefore = 0;
        std::uint32_t modeAfter = 0;
        std::string targetBefore; // links: what they point at (also for added and removed ones)
        std::string targetAfter;
    };
    std::vector<Change> added;
    std::vector<Change> removed;
    std::vector<Change> modified;

    bool isEmpty() const { return added.empty() && removed.empty() && modified.empty(); }
};

// Files and symlinks that differ between `before` and `after` (content, mode, link target, file
// versus link), empty folders added or removed, and folders whose mode changed; equal
// directories are skipped whole.
ManifestDiff diffManifests(const Manifest &before, const Manifest &after);

// A path for people: UTF-8 as it is, other bytes as \xNN.
QString displayPath(const std::string &path);

} // namespace wfs
