#include "model/versions/LocalObjectStore.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs {

namespace {
std::atomic<unsigned> tempCounter{0};

} // namespace

LocalObjectStore::LocalObjectStore(const QString &root)
    : m_root(QDir(root).absolutePath().toStdString()),
      m_objects(QDir(root).filePath(QStringLiteral("objects")).toStdString()),
      m_temp(QDir(root).filePath(QStringLiteral("tmp")).toStdString()),
      m_packs(QDir(root).filePath(QStringLiteral("packs")).toStdString())
{
    for (const std::string &dir : {m_objects, m_temp}) {
        if (!QDir().mkpath(QString::fromStdString(dir)))
            throw Error(Text::tr("Cannot create the store folder %1").arg(QString::fromStdString(dir)));
    }
    m_syncFd = ::open(root.toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    m_tempPrefix = m_temp + '/' + std::to_string(::getpid()) + '-';
}

LocalObjectStore::~LocalObjectStore()
{
    if (!m_marker.empty())
        ::unlink(m_marker.c_str());
    if (m_syncFd >= 0)
        ::close(m_syncFd);
}

std::string LocalObjectStore::objectPath(const Hash &hash) const
{
    const QByteArray hex = hash.hex();
    return m_objects + '/' + std::string(hex.constData(), 2) + '/' + std::string(hex.constData() + 2, 62);
}

void LocalObjectStore::makeFanOut(std::size_t fan)
{
    if (m_fanOutMade[fan])
        return;
    char name[3];
    std::snprintf(name, sizeof name, "%02zx", fan);
    const std::string dir = m_objects + '/' + name;
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
        throw Error(Text::tr("Cannot create %1: %2").arg(QString::fromStdString(dir), QString::fromLocal8Bit(std::strerror(errno))));
    m_fanOutMade[fan] = true;
}

// Temporary files beside the objects are found again only by reading every fan-out folder:
// a marker in store/writers says that this process writes some, so that a sweep knows when
// that read is worth it (the marker of a dead process).
void LocalObjectStore::markWriting()
{
    std::call_once(m_markOnce, [this] {
        const std::string writers = m_root + "/writers";
        ::mkdir(writers.c_str(), 0755);
        m_marker = writers + '/' + std::to_string(::getpid()) + '-' + std::to_string(++tempCounter);
        const int fd = ::open(m_marker.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0)
            ::close(fd);
    });
}

std::string LocalObjectStore::tempPathFor(const Hash &hash)
{
    markWriting();
    makeFanOut(hash.bytes[0]);
    const std::string final = objectPath(hash);
    return final.substr(0, final.rfind('/') + 1) + ".tmp-" + std::to_string(::getpid()) + '-'
           + std::to_string(++tempCounter);
}

std::string LocalObjectStore::tempPath()
{
    markWriting();
    return m_tempPrefix + std::to_string(++tempCounter) + ".tmp";
}

bool LocalObjectStore::has(const Hash &hash)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_staged.count(hash))
            return true;
    }
    if (m_packs.find(hash))
        return true;
    struct stat st;
    return ::stat(objectPath(hash).c_str(), &st) == 0;
}

void LocalObjectStore::stageLocked(const Hash &hash, std::string temp)
{
    if (!m_staged.insert(hash).second) {
        ::unlink(temp.c_str()); // another thread staged the same content meanwhile
        return;
    }
    m_pending.push_back({std::move(temp), objectPath(hash), {}, {}});
}

bool LocalObjectStore::hasIntact(const Hash &hash)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_staged.count(hash))
            return true;
    }
    if (const std::optional<PackSet::Location> where = m_packs.find(hash)) {
        {
            std::lock_guard lock(m_mutex);
            if (m_checked.count(hash))
                return true;
        }
        try {
            m_packs.read(hash, *where);
        } catch (const DamagedObject &) {
            // Set aside, so that the copy written now is the one every process finds.
            quarantine(hash);
            return false;
        }
        std::lock_guard lock(m_mutex);
        m_checked.insert(hash);
        return true;
    }
    struct stat st;
    if (::stat(objectPath(hash).c_str(), &st) != 0) {
        std::lock_guard lock(m_mutex);
        m_checked.erase(hash);
        return false;
    }
    {
        // Read once per store: many files with the same content (empty ones, copies) cost one read.
        std::lock_guard lock(m_mutex);
        if (m_checked.count(hash))
            return true;
    }
    if (!verify(hash))
        return false;
    std::lock_guard lock(m_mutex);
    m_checked.insert(hash);
    return true;
}

// Content that is already stored is checked before it is trusted: a damaged object is
// replaced by the intact bytes at hand (the rename in sync() takes its name).
void LocalObjectStore::put(const Hash &hash, const QByteArray &data)
{
    if (hasIntact(hash))
        return;
    if (data.size() < packedBelow) {
        std::lock_guard lock(m_mutex);
        if (!m_staged.insert(hash).second)
            return; // another thread staged the same content meanwhile
        m_writer.add(hash, data);
        if (m_writer.bytes() >= packBytes)
            sealLocked();
        return;
    }
    const std::string temp = tempPathFor(hash);
    fileio::writeNew(temp, data.constData(), std::size_t(data.size()));
    std::lock_guard lock(m_mutex);
    stageLocked(hash, temp);
}

Hash LocalObjectStore::putFile(const std::string &path)
{
    const std::string temp = tempPath();
    const Hash hash = fileio::copyHashing(path, temp);
    if (hasIntact(hash)) {
        ::unlink(temp.c_str());
        return hash;
    }
    std::lock_guard lock(m_mutex);
    stageLocked(hash, temp);
    return hash;
}

void LocalObjectStore::sync()
{
    std::lock_guard lock(m_mutex);
    sealLocked();
    if (m_pending.empty())
        return;
    // One flush for the whole batch: the data is on disk before any object or pack gets its name.
    if (m_syncFd >= 0)
        ::syncfs(m_syncFd);
    for (const Pending &p : m_pending) {
        if (p.pack.empty()) {
            const std::string dir = p.final.substr(0, p.final.rfind('/'));
            makeFanOut(std::size_t(std::stoul(dir.substr(dir.size() - 2), nullptr, 16)));
        } else {
            ::mkdir(m_packs.dir().c_str(), 0755);
        }
        if (::rename(p.temp.c_str(), p.final.c_str()) != 0)
            throw Error(Text::tr("Cannot store %1: %2").arg(QString::fromStdString(p.final), QString::fromLocal8Bit(std::strerror(errno))));
    }
    // And the names are on disk before anything (a version) refers to them.
    if (m_syncFd >= 0)
        ::syncfs(m_syncFd);
    for (const Pending &p : m_pending) {
        if (!p.pack.empty())
            m_packs.added(p.pack, p.entries);
    }
    m_pending.clear();
    m_staged.clear();
}

void LocalObjectStore::discardStaged()
{
    std::lock_guard lock(m_mutex);
    for (const Pending &p : m_pending)
        ::unlink(p.temp.c_str());
    m_pending.clear();
    m_staged.clear();
    m_writer = PackWriter();
}

QByteArray LocalObjectStore::get(const Hash &hash)
{
    bool staged = false;
    {
        std::lock_guard lock(m_mutex);
        staged = m_staged.count(hash) > 0;
    }
    if (staged)
        sync(); // what this process staged is read back from where every process will find it
    if (const std::optional<PackSet::Location> where = m_packs.find(hash))
        return m_packs.read(hash, *where);
    const std::string path = objectPath(hash);
    QByteArray data;
    if (!fileio::readAll(path, &data))
        throw Error(Text::tr("Object %1 is missing from the store").arg(QString::fromLatin1(hash.hex())));
    if (Hash::of(data.constData(), std::size_t(data.size())) != hash)
        throw DamagedObject(Text::tr("Object %1 in the store is damaged (its content does not match its hash)")
                        .arg(QString::fromLatin1(hash.hex())));
    return data;
}

void LocalObjectStore::restoreFile(const Hash &hash, const std::string &path, std::uint32_t mode, std::int64_t mtimeNs)
{
    if (const std::optional<PackSet::Location> where = m_packs.find(hash)) {
        const QByteArray data = m_packs.read(hash, *where); // verified before a byte is written
        fileio::writeNew(path, data.constData(), std::size_t(data.size()), fileio::FileAttributes{mode, mtimeNs});
        return;
    }
    const std::string source = objectPath(hash);
    if (::access(source.c_str(), R_OK) != 0)
        throw Error(Text::tr("Object %1 is missing from the store").arg(QString::fromLatin1(hash.hex())));
    const Hash written = fileio::cloneOrCopy(source, path, true, fileio::FileAttributes{mode, mtimeNs});
    if (written != hash) {
        ::unlink(path.c_str());
        throw DamagedObject(Text::tr("Object %1 in the store is damaged (its content does not match its hash)")
                        .arg(QString::fromLatin1(hash.hex())));
    }
}

void LocalObjectStore::list(const std::function<void(const Hash &, qint64)> &visit)
{
    DIR *top = ::opendir(m_objects.c_str());
    if (!top)
        throw Error(Text::tr("Cannot read the store folder %1").arg(QString::fromStdString(m_objects)));
    while (dirent *fan = ::readdir(top)) {
        if (std::strlen(fan->d_name) != 2)
            continue;
        const std::string dirPath = m_objects + '/' + fan->d_name;
        DIR *dir = ::opendir(dirPath.c_str());
        if (!dir)
            continue;
        while (dirent *entry = ::readdir(dir)) {
            const std::optional<Hash> hash = Hash::fromHex(QByteArray(fan->d_name) + QByteArray(entry->d_name));
            if (!hash)
                continue;
            struct stat st;
            const qint64 size = ::fstatat(::dirfd(dir), entry->d_name, &st, 0) == 0 ? st.st_size : -1;
            visit(*hash, size);
        }
        ::closedir(dir);
    }
    ::closedir(top);
    m_packs.forEach(visit);
}

void LocalObjectStore::remove(const Hash &hash)
{
    {
        std::lock_guard lock(m_mutex);
        m_checked.erase(hash);
    }
    if (::unlink(objectPath(hash).c_str()) != 0 && errno != ENOENT)
        throw Error(Text::tr("Cannot remove object %1: %2").arg(QString::fromLatin1(hash.hex()), QString::fromLocal8Bit(std::strerror(errno))));
}

bool LocalObjectStore::verify(const Hash &hash)
{
    if (const std::optional<PackSet::Location> where = m_packs.find(hash))
        return Hash::of(m_packs.readRaw(*where)) == hash;
    std::optional<Hash> actual = fileio::hashFile(objectPath(hash));
    return actual && *actual == hash;
}

void LocalObjectStore::quarantine(const Hash &hash)
{
    {
        std::lock_guard lock(m_mutex);
        m_checked.erase(hash);
    }
    const std::string dir = m_root + "/damaged";
    ::mkdir(dir.c_str(), 0755);
    const std::string to = dir + '/' + hash.hex().toStdString();
    if (const std::optional<PackSet::Location> where = m_packs.find(hash)) {
        // A pack is never changed: its bytes are copied aside and the pack stops serving them.
        const QByteArray bytes = m_packs.readRaw(*where);
        ::unlink(to.c_str());
        try {
            fileio::writeNew(to, bytes.constData(), std::size_t(bytes.size()));
        } catch (const Error &) {
            // Kept only for inspection: setting the object aside below is what matters.
        }
        m_packs.exclude(hash);
        return;
    }
    if (::rename(objectPath(hash).c_str(), to.c_str()) != 0 && errno != ENOENT)
        throw Error(Text::tr("Cannot move the damaged object %1 aside: %2")
                        .arg(QString::fromLatin1(hash.hex()), fileio::describe(errno)));
}

namespace {
// "<pid>-..." or ".tmp-<pid>-...": the process that wrote a temporary file.
pid_t writerOf(const char *name)
{
    if (std::strncmp(name, ".tmp-", 5) == 0)
        name += 5;
    char *end = nullptr;
    const long pid = std::strtol(name, &end, 10);
    return end != name && *end == '-' && pid > 0 ? pid_t(pid) : 0;
}

bool alive(pid_t pid)
{
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

Leftovers LocalObjectStore::removeLeftovers(bool all)
{
    Leftovers freed;
    const pid_t self = ::getpid();
    bool fanOutToo = all;
    // In store/tmp every entry is temporary; in the fan-out folders, the ".tmp-" ones.
    auto sweep = [&](const std::string &path, bool inFanOut) {
        DIR *dir = ::opendir(path.c_str());
        if (!dir)
            return;
        while (dirent *entry = ::readdir(dir)) {
            const bool temporary = inFanOut ? std::strncmp(entry->d_name, ".tmp-", 5) == 0 : entry->d_name[0] != '.';
            if (!temporary)
                continue;
            const pid_t writer = writerOf(entry->d_name);
            if (writer == self || (!all && alive(writer)))
                continue;
            struct stat st;
            if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0
                && ::unlinkat(::dirfd(dir), entry->d_name, 0) == 0) {
                ++freed.files;
                freed.bytes += st.st_size;
            }
        }
        ::closedir(dir);
    };
    sweep(m_temp, false);
    // A writer that died may have left temporaries beside the objects.
    const std::string writers = m_root + "/writers";
    if (DIR *dir = ::opendir(writers.c_str())) {
        while (dirent *entry = ::readdir(dir)) {
            const pid_t writer = writerOf(entry->d_name);
            if (writer > 0 && writer != self && (all || !alive(writer))) {
                ::unlinkat(::dirfd(dir), entry->d_name, 0);
                fanOutToo = true;
            }
        }
        ::closedir(dir);
    }
    for (std::size_t fan = 0; fanOutToo && fan < 256; ++fan) {
        char name[3];
        std::snprintf(name, sizeof name, "%02zx", fan);
        sweep(m_objects + '/' + name, true);
    }
    return freed;
}

} // namespace wfs
