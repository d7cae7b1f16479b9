#include "model/versions/StoreMigration.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/versions/FileIo.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Manifest.h"
#include "model/versions/Parallel.h"
#include "model/versions/StatCache.h"
#include "model/versions/StoreLock.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

namespace wfs {

namespace {

using LegacyId = std::array<std::uint8_t, 16>;

// Objects at least this big are hard-linked under their new name instead of stored again.
constexpr qint64 linkAtLeast = 1 << 20;

LegacyId legacyIdOf(const Hash &h)
{
    LegacyId id;
    std::memcpy(id.data(), h.bytes.data(), 16);
    return id;
}

QByteArray hexOf(const LegacyId &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.data()), 16).toHex();
}

// Where the old store kept an object: objects/ab/<30 more hex digits>.
std::string legacyPath(const std::string &objects, const LegacyId &id)
{
    const QByteArray hex = hexOf(id);
    return objects + '/' + std::string(hex.constData(), 2) + '/' + std::string(hex.constData() + 2, 30);
}

// Reads an old object once, computing its old id (to check it) and its new one together.
struct Rehashed
{
    bool present = false;
    bool intact = false;
    Hash id;
    QByteArray data; // small objects only
    qint64 size = 0;
};

Rehashed rehash(const std::string &path)
{
    Rehashed out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    out.present = true;
    struct stat st;
    ::fstat(fd, &st);
    out.size = st.st_size;
    XXH3_state_t *legacy = XXH3_createState();
    XXH3_128bits_reset(legacy);
    Hasher sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), std::size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        XXH3_128bits_update(legacy, buffer.constData(), std::size_t(n));
        sha.add(buffer.constData(), std::size_t(n));
        if (out.size < linkAtLeast)
            out.data.append(buffer.constData(), n);
    }
    ::close(fd);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(legacy));
    XXH3_freeState(legacy);
    out.id = sha.finish();
    const std::string name = path.substr(path.size() - 33, 2) + path.substr(path.size() - 30);
    out.intact = ok && QByteArray(reinterpret_cast<const char *>(canonical.digest), 16).toHex() == QByteArray::fromStdString(name);
    return out;
}

struct LegacyVersion
{
    qint64 id = 0;
    LegacyId manifest;
};

std::vector<LegacyVersion> legacyVersions(db::Database &db)
{
    std::vector<LegacyVersion> out;
    db::Statement st(db, "SELECT node_id, manifest FROM versions WHERE length(manifest) = 32");
    while (st.step()) {
        const QByteArray raw = QByteArray::fromHex(st.text(1).toLatin1());
        LegacyVersion v;
        v.id = st.int64(0);
        if (raw.size() == 16)
            std::memcpy(v.manifest.data(), raw.constData(), 16);
        out.push_back(v);
    }
    return out;
}

class Migration
{
public:
    Migration(Workspace &ws, LocalObjectStore &store)
        : m_ws(ws), m_store(store), m_objects(QString(ws.storeDir() + QStringLiteral("/objects")).toStdString())
    {}

    void run();

private:
    std::optional<Hash> migrateObject(const LegacyId &old);
    void quarantine(const LegacyId &old);
    void translateStatCaches();
    void removeOldObjects();

    Workspace &m_ws;
    LocalObjectStore &m_store;
    std::string m_objects;
    std::mutex m_mutex;
    std::map<LegacyId, Hash> m_map; // old id -> new id, of intact content
};

std::optional<Hash> Migration::migrateObject(const LegacyId &old)
{
    const std::string path = legacyPath(m_objects, old);
    Rehashed r = rehash(path);
    if (!r.present)
        return std::nullopt;
    if (!r.intact) {
        quarantine(old);
        return std::nullopt;
    }
    if (r.size < linkAtLeast) {
        m_store.put(r.id, r.data);
    } else if (!m_store.has(r.id)) {
        const std::string to = m_store.objectPath(r.id);
        ::mkdir(to.substr(0, to.rfind('/')).c_str(), 0755);
        if (::link(path.c_str(), to.c_str()) != 0 && errno != EEXIST)
            throw Error(Text::tr("Cannot move the stored object %1 to its new name: %2")
                            .arg(QString::fromLatin1(hexOf(old)), fileio::describe(errno)));
    }
    return r.id;
}

void Migration::quarantine(const LegacyId &old)
{
    const std::string dir = QString(m_ws.storeDir() + QStringLiteral("/damaged")).toStdString();
    ::mkdir(dir.c_str(), 0755);
    ::rename(legacyPath(m_objects, old).c_str(), (dir + '/' + hexOf(old).toStdString()).c_str());
}

void Migration::run()
{
    const std::vector<LegacyVersion> versions = legacyVersions(m_ws.db());
    // The manifests first (each read once), then every object they name, in parallel.
    std::map<qint64, Manifest> manifests;
    std::vector<LegacyId> wanted;
    std::set<LegacyId> seen;
    for (const LegacyVersion &v : versions) {
        const Rehashed r = rehash(legacyPath(m_objects, v.manifest));
        if (!r.present || !r.intact) {
            if (r.present)
                quarantine(v.manifest);
            continue; // the version keeps no file list: verify names it
        }
        Manifest m;
        try {
            m = Manifest::parse(r.data);
        } catch (const Error &) {
            continue;
        }
        for (const ManifestEntry &e : m.entries) {
            if (e.type == ManifestEntry::Type::File && seen.insert(legacyIdOf(e.hash)).second)
                wanted.push_back(legacyIdOf(e.hash));
        }
        manifests.emplace(v.id, std::move(m));
    }
    parallelFor(wanted.size(), nullptr, [&](std::size_t i) {
        if (const std::optional<Hash> id = migrateObject(wanted[i])) {
            std::lock_guard lock(m_mutex);
            m_map.emplace(wanted[i], *id);
        }
    });

    // Rewritten with the new ids (content that is gone gets none: it is missing from now on),
    // and with directory hashes and root by SHA-256.
    std::vector<std::tuple<qint64, Hash, Hash>> rows;
    for (const LegacyVersion &v : versions) {
        const auto it = manifests.find(v.id);
        if (it == manifests.end()) {
            rows.emplace_back(v.id, Hash{}, Hash{});
            continue;
        }
        Manifest &m = it->second;
        for (ManifestEntry &e : m.entries) {
            if (e.type == ManifestEntry::Type::File) {
                const auto to = m_map.find(legacyIdOf(e.hash));
                e.hash = to == m_map.end() ? Hash{} : to->second;
            } else if (e.type == ManifestEntry::Type::Symlink) {
                e.hash = Hash::of(e.target.data(), e.target.size());
            }
        }
        m.legacyIds = false;
        m.finalize();
        const QByteArray bytes = m.serialize();
        const Hash id = Hash::of(bytes);
        m_store.put(id, bytes);
        rows.emplace_back(v.id, id, m.root);
    }
    m_store.sync();
    // Hard links made above are on disk before a version names them.
    const int storeFd = ::open(m_ws.storeDir().toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (storeFd >= 0) {
        ::syncfs(storeFd);
        ::close(storeFd);
    }
    translateStatCaches();

    db::Transaction tx(m_ws.db());
    for (const auto &[node, manifest, root] : rows) {
        db::Statement st(m_ws.db(), "UPDATE versions SET manifest = ?, root = ? WHERE node_id = ?");
        st.bind(1, QString::fromLatin1(manifest.hex())).bind(2, QString::fromLatin1(root.hex())).bind(3, node).exec();
    }
    tx.commit();
    removeOldObjects();
}

// So that the first re-check after the migration reads no project file again.
void Migration::translateStatCaches()
{
    const QDir dir(m_ws.storeDir() + QStringLiteral("/statcache"));
    for (const QString &name : dir.entryList({QStringLiteral("*.bin")}, QDir::Files)) {
        const StatCache cache = StatCache::fromLegacy(dir.filePath(name), [&](const std::uint8_t *old, Hash *out) {
            LegacyId id;
            std::memcpy(id.data(), old, 16);
            const auto it = m_map.find(id);
            if (it == m_map.end())
                return false;
            *out = it->second;
            return true;
        });
        cache.save(); // an unreadable one is saved empty: its files are read once more
    }
}

// Every object under an old name: those the versions used live on under their new names, the
// rest were garbage.
void Migration::removeOldObjects()
{
    for (int fan = 0; fan < 256; ++fan) {
        char name[3];
        std::snprintf(name, sizeof name, "%02x", fan);
        const std::string path = m_objects + '/' + name;
        DIR *d = ::opendir(path.c_str());
        if (!d)
            continue;
        while (dirent *entry = ::readdir(d)) {
            if (std::strlen(entry->d_name) == 30 && entry->d_name[0] != '.')
                ::unlinkat(::dirfd(d), entry->d_name, 0);
        }
        ::closedir(d);
    }
}

} // namespace

void migrateLegacyStore(Workspace &workspace, LocalObjectStore &store)
{
    if (workspace.readOnly() || legacyVersions(workspace.db()).empty())
        return;
    StoreLock lock(workspace.storeDir(), true);
    // Another process may have migrated while this one waited for the lock.
    if (legacyVersions(workspace.db()).empty())
        return;
    Migration(workspace, store).run();
}

} // namespace wfs
