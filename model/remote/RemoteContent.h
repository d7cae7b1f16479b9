#pragma once

#include "model/versions/Pack.h"
#include "model/remote/RemoteStore.h"

#include <functional>
#include <map>

namespace wfs::remote {

// Content on a remote, by SHA-256 id. Small objects travel in packs (packs/ID.pack, then its
// index packs/ID.idx: a pack counts only once its index is there, so a push killed between the
// two leaves nothing visible and the next push sends it again); big ones alone (objects/ID,
// in parts). Every name is the SHA-256 of what it holds, so concurrent pushes never overwrite
// each other's work with anything but the same bytes. Every byte read back is verified.
class RemoteContent
{
public:
    struct Item
    {
        ContentId id;
        qint64 size = 0;
        std::function<QByteArray()> read; // small items: the bytes
        QString path;                     // big items: a file holding exactly them
    };
    struct PushStats
    {
        int packs = 0;
        int bigObjects = 0;
        qint64 objects = 0; // sent, in packs or alone
        qint64 skipped = 0; // already on the remote
    };

    explicit RemoteContent(RemoteStore &store) : m_store(store) {}

    void setPackBytes(qint64 bytes) { m_packBytes = bytes; }
    void setBigObjectBytes(qint64 bytes) { m_bigBytes = bytes; }

    // Learns what the remote holds: its pack indexes and loose objects.
    void load();
    bool has(const ContentId &id) const { return m_where.contains(id); }
    // The key of an object stored alone (a big file), which is better fetched into a file.
    std::optional<QString> looseKey(const ContentId &id) const;
    qsizetype size() const { return qsizetype(m_where.size()); }

    PushStats push(const std::vector<Item> &items);
    // The objects' bytes, fetched by byte range out of their packs (one range a pack), each
    // verified. Throws wfs::Error naming the remote and the id when one is missing, damaged or
    // tampered with.
    std::map<ContentId, QByteArray> fetch(const std::vector<ContentId> &ids);

    // A loose object (looseKey) downloaded into the new file `path` and checked against its
    // SHA-256 as a whole, memory bounded whatever its size. Throws wfs::Error naming the remote
    // and key when it does not match; the caller removes `path` then.
    void fetchLoose(const ContentId &id, const QString &path);

private:
    struct Where
    {
        QString key;     // the pack or loose object
        PackEntry entry; // in a pack; for a loose object offset 0 and its size
    };
    void flush(PackWriter &writer, PushStats &stats);

    RemoteStore &m_store;
    qint64 m_packBytes = 32 * 1024 * 1024;
    qint64 m_bigBytes = 4 * 1024 * 1024;
    std::map<ContentId, Where> m_where;
};

} // namespace wfs::remote
