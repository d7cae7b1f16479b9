// The local store's packs: sealing the pack being filled, and gc (loose objects removed one by
// one, packs dropped or repacked).
#include "model/versions/LocalObjectStore.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs {

void LocalObjectStore::sealLocked()
{
    if (m_writer.count() == 0)
        return;
    const QByteArray pack = m_writer.finish();
    const QString what = Text::tr("the pack being written");
    const PackIndex index = PackIndex::parse(PackIndex::tailOf(pack, what), quint64(pack.size()), what);
    // Named by its index's SHA-256 (in its trailer): the index names every object by its content.
    const std::string name = pack.mid(pack.size() - 40, 32).toHex().toStdString();
    const std::string temp = tempPath();
    fileio::writeNew(temp, pack.constData(), std::size_t(pack.size()));
    m_pending.push_back({temp, m_packs.dir() + '/' + name + ".pack", name, index.entries()});
}

void LocalObjectStore::collectLoose(const std::unordered_set<Hash> &live, Collected &out)
{
    for (std::size_t fan = 0; fan < 256; ++fan) {
        char name[3];
        std::snprintf(name, sizeof name, "%02zx", fan);
        DIR *dir = ::opendir((m_objects + '/' + name).c_str());
        if (!dir)
            continue;
        while (dirent *entry = ::readdir(dir)) {
            const std::size_t length = std::strlen(entry->d_name);
            const std::optional<Hash> hash = length == 62 ? Hash::fromHex(QByteArray(name) + QByteArray(entry->d_name)) : std::nullopt;
            // 30 hex digits: an object of a store from before SHA-256 ids that the migration left.
            const bool legacy = length == 30 && entry->d_name[0] != '.';
            if ((!hash || live.count(*hash)) && !legacy)
                continue;
            struct stat st;
            if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0
                && ::unlinkat(::dirfd(dir), entry->d_name, 0) == 0) {
                ++out.objects;
                out.bytes += st.st_size;
            }
        }
        ::closedir(dir);
    }
}

LocalObjectStore::Collected LocalObjectStore::collect(const std::unordered_set<Hash> &live)
{
    Collected out;
    collectLoose(live, out);
    std::vector<std::string> drop;
    for (const PackSet::PackInfo &pack : m_packs.scan()) {
        std::vector<const PackEntry *> keep;
        qint64 total = 0, kept = 0;
        for (const PackEntry &e : pack.entries) {
            total += qint64(e.size);
            // A copy another pack serves (or an excluded, damaged one) is garbage here.
            if (live.count(e.id) && m_packs.serves(e.id, pack.name)) {
                keep.push_back(&e);
                kept += qint64(e.size);
            }
        }
        if (!keep.empty() && (total - kept) * 2 <= total)
            continue; // mostly live: left as it is
        for (const PackEntry *e : keep) {
            QByteArray data;
            try {
                data = m_packs.read(e->id, *m_packs.find(e->id));
            } catch (const DamagedObject &) {
                quarantine(e->id); // lost either way; its bytes are kept in store/damaged/
                continue;
            }
            std::lock_guard lock(m_mutex);
            m_staged.insert(e->id);
            m_writer.add(e->id, data);
            if (m_writer.bytes() >= packBytes)
                sealLocked();
        }
        out.objects += qint64(pack.entries.size() - keep.size());
        out.bytes += total - kept;
        drop.push_back(pack.name);
    }
    if (drop.empty())
        return out;
    sync(); // the live objects' new pack is durable and visible before the old packs go
    for (const std::string &name : drop)
        ::unlink((m_packs.dir() + '/' + name + ".pack").c_str());
    m_packs.pruneExclusions();
    m_packs.reset();
    return out;
}

std::optional<LocalObjectStore::Place> LocalObjectStore::locate(const Hash &hash)
{
    if (const std::optional<PackSet::Location> where = m_packs.find(hash))
        return Place{m_packs.dir() + '/' + m_packs.packName(where->pack) + ".pack", qint64(where->offset), qint64(where->size)};
    struct stat st;
    if (::stat(objectPath(hash).c_str(), &st) != 0)
        return std::nullopt;
    return Place{objectPath(hash), 0, st.st_size};
}

QStringList LocalObjectStore::unreadablePacks()
{
    return m_packs.unreadable();
}

void LocalObjectStore::quarantineUnreadablePacks()
{
    m_packs.quarantineUnreadable(m_root + "/damaged");
}

} // namespace wfs
