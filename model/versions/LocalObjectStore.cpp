#include "versions/LocalObjectStore.h"

#include "core/Error.h"
#include "versions/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::ObjectStore)
};

std::atomic<unsigned> tempCounter{0};

} // namespace

LocalObjectStore::LocalObjectStore(const QString &root)
    : m_objects(QDir(root).filePath(QStringLiteral("objects")).toStdString()),
      m_temp(QDir(root).filePath(QStringLiteral("tmp")).toStdString())
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
    if (m_syncFd >= 0)
        ::close(m_syncFd);
}

std::string LocalObjectStore::objectPath(const Hash &hash) const
{
    const QByteArray hex = hash.hex();
    return m_objects + '/' + std::string(hex.constData(), 2) + '/' + std::string(hex.constData() + 2, 30);
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

std::string LocalObjectStore::tempPathFor(const Hash &hash)
{
    makeFanOut(hash.bytes[0]);
    const std::string final = objectPath(hash);
    return final.substr(0, final.rfind('/') + 1) + ".tmp-" + std::to_string(::getpid()) + '-'
           + std::to_string(++tempCounter);
}

std::string LocalObjectStore::tempPath()
{
    return m_tempPrefix + std::to_string(++tempCounter) + ".tmp";
}

bool LocalObjectStore::has(const Hash &hash)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_staged.count(hash))
            return true;
    }
    struct stat st;
    return ::stat(objectPath(hash).c_str(), &st) == 0;
}

void LocalObjectStore::stageLocked(const Hash &hash, std::string temp)
{
    if (!m_staged.insert(hash).second) {
        ::unlink(temp.c_str()); // another thread staged the same content meanwhile
        return;
    }
    m_pending.emplace_back(std::move(temp), objectPath(hash));
}

void LocalObjectStore::put(const Hash &hash, const QByteArray &data)
{
    if (has(hash))
        return;
    const std::string temp = tempPathFor(hash);
    fileio::writeNew(temp, data.constData(), std::size_t(data.size()));
    std::lock_guard lock(m_mutex);
    stageLocked(hash, temp);
}

Hash LocalObjectStore::putFile(const std::string &path)
{
    const std::string temp = tempPath();
    const Hash hash = fileio::copyHashing(path, temp);
    if (has(hash)) {
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
    if (m_pending.empty())
        return;
    // One flush for the whole batch: the data is on disk before any object gets its name.
    if (m_syncFd >= 0)
        ::syncfs(m_syncFd);
    for (const auto &[temp, final] : m_pending) {
        const std::string dir = final.substr(0, final.rfind('/'));
        makeFanOut(std::size_t(std::stoul(dir.substr(dir.size() - 2), nullptr, 16)));
        if (::rename(temp.c_str(), final.c_str()) != 0)
            throw Error(Text::tr("Cannot store %1: %2").arg(QString::fromStdString(final), QString::fromLocal8Bit(std::strerror(errno))));
    }
    // And the names are on disk before anything (a version) refers to them.
    if (m_syncFd >= 0)
        ::syncfs(m_syncFd);
    m_pending.clear();
    m_staged.clear();
}

void LocalObjectStore::discardStaged()
{
    std::lock_guard lock(m_mutex);
    for (const auto &[temp, final] : m_pending)
        ::unlink(temp.c_str());
    m_pending.clear();
    m_staged.clear();
}

QByteArray LocalObjectStore::get(const Hash &hash)
{
    std::string path = objectPath(hash);
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[temp, final] : m_pending) {
            if (final == path)
                path = temp;
        }
    }
    QByteArray data;
    if (!fileio::readAll(path, &data))
        throw Error(Text::tr("Object %1 is missing from the store").arg(QString::fromLatin1(hash.hex())));
    if (Hash::of(data.constData(), std::size_t(data.size())) != hash)
        throw Error(Text::tr("Object %1 in the store is damaged (its content does not match its hash)")
                        .arg(QString::fromLatin1(hash.hex())));
    return data;
}

void LocalObjectStore::restoreFile(const Hash &hash, const std::string &path, std::uint32_t mode, std::int64_t mtimeNs)
{
    const std::string source = objectPath(hash);
    if (::access(source.c_str(), R_OK) != 0)
        throw Error(Text::tr("Object %1 is missing from the store").arg(QString::fromLatin1(hash.hex())));
    const Hash written = fileio::cloneOrCopy(source, path, true, fileio::FileAttributes{mode, mtimeNs});
    if (written != hash) {
        ::unlink(path.c_str());
        throw Error(Text::tr("Object %1 in the store is damaged (its content does not match its hash)")
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
}

void LocalObjectStore::remove(const Hash &hash)
{
    if (::unlink(objectPath(hash).c_str()) != 0 && errno != ENOENT)
        throw Error(Text::tr("Cannot remove object %1: %2").arg(QString::fromLatin1(hash.hex()), QString::fromLocal8Bit(std::strerror(errno))));
}

bool LocalObjectStore::verify(const Hash &hash)
{
    std::optional<Hash> actual = fileio::hashFile(objectPath(hash));
    return actual && *actual == hash;
}

int LocalObjectStore::removeStaleTemporaries(int ageSeconds)
{
    const time_t limit = ::time(nullptr) - ageSeconds;
    int removed = 0;
    // In store/tmp every entry is temporary; in the fan-out folders, the ".tmp-" ones.
    auto sweep = [&](const std::string &path, bool onlyTmpPrefix) {
        DIR *dir = ::opendir(path.c_str());
        if (!dir)
            return;
        while (dirent *entry = ::readdir(dir)) {
            const bool temporary = onlyTmpPrefix ? std::strncmp(entry->d_name, ".tmp-", 5) == 0 : entry->d_name[0] != '.';
            struct stat st;
            if (temporary && ::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_mtime <= limit
                && ::unlinkat(::dirfd(dir), entry->d_name, 0) == 0)
                ++removed;
        }
        ::closedir(dir);
    };
    sweep(m_temp, false);
    for (std::size_t fan = 0; fan < 256; ++fan) {
        char name[3];
        std::snprintf(name, sizeof name, "%02zx", fan);
        sweep(m_objects + '/' + name, true);
    }
    return removed;
}

} // namespace wfs
