#pragma once

#include "model/versions/Hash.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace wfs {

// A content id that is safe to share: the SHA-256 of the content's bytes, the same id the local
// store names its objects by.
using ContentId = Hash;

// Many small objects in one file, so that a version of 5,000 small files is a few requests,
// not 5,000, and a store is not one inode per 2 KB. Immutable once written, named by the
// SHA-256 of its bytes. Layout (integers little-endian):
//
//   "WFSPACK1"
//   object bytes, back to back
//   index: per object, sorted by id: id (32 bytes), offset (u64), size (u64)
//   trailer: object count (u64), index offset (u64), SHA-256 of the index (32 bytes), "WFSPIDX1"
//
// The index and trailer together are also stored on their own ("NAME.idx"), so a reader learns
// what a pack holds without fetching it, then reads single objects by byte range. Every object
// read back is checked against its id.
struct PackEntry
{
    ContentId id;
    quint64 offset = 0;
    quint64 size = 0;
};

class PackWriter
{
public:
    // Ignores an id already added.
    void add(const ContentId &id, const QByteArray &data);
    qint64 bytes() const { return m_data.size(); }
    int count() const { return int(m_entries.size()); }
    // The whole pack; the writer is empty afterwards.
    QByteArray finish();

private:
    QByteArray m_data = QByteArrayLiteral("WFSPACK1");
    std::vector<PackEntry> m_entries;
    std::set<ContentId> m_ids;
};

class PackIndex
{
public:
    // From a pack's last bytes (at least its index and trailer) or from its .idx object;
    // `packSize` is the whole pack's size. Throws wfs::Error naming `what` when the bytes are
    // not a sound index: bad magic, count or offsets past the pack, unsorted or repeated ids,
    // an index that does not match its own hash.
    static PackIndex parse(const QByteArray &tail, quint64 packSize, const QString &what);
    // The index and trailer of a whole pack, as stored in its .idx object.
    static QByteArray tailOf(const QByteArray &pack, const QString &what);

    const std::vector<PackEntry> &entries() const { return m_entries; }
    const PackEntry *find(const ContentId &id) const;

    // The object's bytes cut from `pack` (or from a range starting at `rangeStart`), verified.
    // Throws wfs::Error naming `what` and the id when they do not match.
    static QByteArray extract(const QByteArray &bytes, quint64 rangeStart, const PackEntry &entry, const QString &what);

private:
    std::vector<PackEntry> m_entries;
};

} // namespace wfs

namespace wfs::remote {
// One pack format for the bucket and the local store; the remote code keeps its names.
using wfs::ContentId;
using wfs::PackEntry;
using wfs::PackIndex;
using wfs::PackWriter;
} // namespace wfs::remote
