#include "model/versions/PackSet.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/versions/FileIo.h"
#include "model/versions/ObjectStore.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs {

namespace {

constexpr qsizetype trailerSize = 8 + 8 + 32 + 8;

bool preadAll(int fd, char *out, std::size_t size, std::uint64_t offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, out, size, off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        out += n;
        size -= std::size_t(n);
        offset += std::uint64_t(n);
    }
    return true;
}

std::string excludedFile(const std::string &dir)
{
    return dir + "/excluded";
}

} // namespace

PackIndex readPackIndex(int fd, const QString &what)
{
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size < 8 + trailerSize)
        throw Error(Text::tr("%1 is not a sound pack: too short or not a pack").arg(what));
    QByteArray trailer(trailerSize, Qt::Uninitialized);
    if (!preadAll(fd, trailer.data(), std::size_t(trailerSize), std::uint64_t(st.st_size - trailerSize)))
        throw Error(Text::tr("Cannot read %1: %2").arg(what, fileio::describe(errno)));
    const quint64 indexOffset = qFromLittleEndian<quint64>(trailer.constData() + 8);
    if (indexOffset < 8 || indexOffset > quint64(st.st_size - trailerSize))
        throw Error(Text::tr("%1 is not a sound pack: its index lies outside it").arg(what));
    QByteArray tail(qsizetype(quint64(st.st_size) - indexOffset), Qt::Uninitialized);
    if (!preadAll(fd, tail.data(), std::size_t(tail.size()), indexOffset))
        throw Error(Text::tr("Cannot read %1: %2").arg(what, fileio::describe(errno)));
    return PackIndex::parse(tail, quint64(st.st_size), what);
}

PackSet::PackSet(std::string dir) : m_dir(std::move(dir)) {}

PackSet::~PackSet()
{
    for (const Pack &p : m_packs)
        ::close(p.fd);
}

void PackSet::reset()
{
    std::unique_lock lock(m_mutex);
    for (const Pack &p : m_packs)
        ::close(p.fd);
    m_packs.clear();
    m_index.clear();
    m_excluded.clear();
    m_unreadable.clear();
    m_unreadableNames.clear();
    m_loaded = false;
}

void PackSet::addLocked(const std::string &name, int fd, const std::vector<PackEntry> &entries)
{
    const auto number = std::uint32_t(m_packs.size());
    m_packs.push_back({name, fd});
    for (const PackEntry &e : entries) {
        if (!m_excluded.count({e.id, name}))
            m_index[e.id] = Location{number, std::uint32_t(e.size), e.offset};
    }
}

std::int64_t PackSet::dirMtimeNs() const
{
    struct stat st;
    if (::stat(m_dir.c_str(), &st) != 0)
        return 0;
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

namespace {
std::vector<std::string> packNames(const std::string &dir)
{
    std::vector<std::string> names;
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return names;
    while (dirent *entry = ::readdir(d)) {
        const std::string name = entry->d_name;
        if (name.size() == 64 + 5 && name.compare(64, 5, ".pack") == 0)
            names.push_back(name.substr(0, 64));
    }
    ::closedir(d);
    return names;
}
} // namespace

bool PackSet::openLocked(const std::string &name)
{
    const int fd = ::open(path(name).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    try {
        const PackIndex index = readPackIndex(fd, Text::tr("Pack %1").arg(QString::fromStdString(name)));
        addLocked(name, fd, index.entries());
        return true;
    } catch (const Error &e) {
        ::close(fd);
        m_unreadable << e.message();
        m_unreadableNames.push_back(name);
        return false;
    }
}

void PackSet::loadLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_dirMtimeNs = dirMtimeNs(); // before the listing: a pack renamed in meanwhile is seen next time
    QByteArray excluded;
    if (fileio::readAll(excludedFile(m_dir), &excluded)) {
        for (const QByteArray &line : excluded.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                if (const std::optional<Hash> h = Hash::fromHex(parts[0]))
                    m_excluded.insert({*h, parts[1].toStdString()});
            }
        }
    }
    for (const std::string &name : packNames(m_dir))
        openLocked(name);
}

void PackSet::refresh()
{
    std::unique_lock lock(m_mutex);
    if (!m_loaded || dirMtimeNs() == m_dirMtimeNs)
        return;
    const std::vector<std::string> names = packNames(m_dir);
    const std::set<std::string> present(names.begin(), names.end());
    for (const Pack &p : m_packs) {
        if (!present.count(p.name)) {
            lock.unlock();
            reset(); // one went (gc): read everything again when next needed
            return;
        }
    }
    m_dirMtimeNs = dirMtimeNs();
    std::set<std::string> known;
    for (const Pack &p : m_packs)
        known.insert(p.name);
    for (const std::string &name : m_unreadableNames)
        known.insert(name);
    for (const std::string &name : names) {
        if (!known.count(name))
            openLocked(name);
    }
}

std::optional<PackSet::Location> PackSet::find(const Hash &hash)
{
    {
        std::shared_lock lock(m_mutex);
        if (m_loaded) {
            const auto it = m_index.find(hash);
            return it == m_index.end() ? std::nullopt : std::optional<Location>(it->second);
        }
    }
    std::unique_lock lock(m_mutex);
    loadLocked();
    const auto it = m_index.find(hash);
    return it == m_index.end() ? std::nullopt : std::optional<Location>(it->second);
}

std::string PackSet::packName(std::uint32_t pack)
{
    std::shared_lock lock(m_mutex);
    return pack < m_packs.size() ? m_packs[pack].name : std::string();
}

QByteArray PackSet::readRaw(const Location &where)
{
    int fd = -1;
    std::string name;
    {
        std::shared_lock lock(m_mutex);
        if (where.pack < m_packs.size()) {
            fd = m_packs[where.pack].fd;
            name = m_packs[where.pack].name;
        }
    }
    QByteArray data(qsizetype(where.size), Qt::Uninitialized);
    if (fd < 0 || !preadAll(fd, data.data(), where.size, where.offset))
        throw Error(Text::tr("Cannot read pack %1: %2").arg(QString::fromStdString(name), fileio::describe(errno)));
    return data;
}

QByteArray PackSet::read(const Hash &hash, const Location &where)
{
    QByteArray data = readRaw(where);
    if (Hash::of(data) != hash)
        throw DamagedObject(Text::tr("Object %1 in the store is damaged (its content does not match its hash; in pack %2)")
                                .arg(QString::fromLatin1(hash.hex()), QString::fromStdString(packName(where.pack))));
    return data;
}

void PackSet::forEach(const std::function<void(const Hash &, qint64)> &visit)
{
    std::unique_lock lock(m_mutex);
    loadLocked();
    for (const auto &[hash, where] : m_index)
        visit(hash, qint64(where.size));
}

void PackSet::added(const std::string &name, const std::vector<PackEntry> &entries)
{
    std::unique_lock lock(m_mutex);
    if (!m_loaded)
        return; // read from the folder when first needed
    const int fd = ::open(path(name).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0)
        addLocked(name, fd, entries);
}

void PackSet::exclude(const Hash &hash)
{
    std::unique_lock lock(m_mutex);
    loadLocked();
    const auto it = m_index.find(hash);
    if (it == m_index.end())
        return;
    const std::string name = m_packs[it->second.pack].name;
    const QByteArray line = hash.hex() + ' ' + QByteArray::fromStdString(name) + '\n';
    const int fd = ::open(excludedFile(m_dir).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0 || ::write(fd, line.constData(), std::size_t(line.size())) != line.size() || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        throw Error(Text::tr("Cannot set the damaged object %1 aside: %2").arg(QString::fromLatin1(hash.hex()), fileio::describe(error)));
    }
    ::close(fd);
    m_excluded.insert({hash, name});
    m_index.erase(it);
}

QStringList PackSet::unreadable()
{
    std::unique_lock lock(m_mutex);
    loadLocked();
    return m_unreadable;
}

void PackSet::quarantineUnreadable(const std::string &damagedDir)
{
    std::unique_lock lock(m_mutex);
    loadLocked();
    ::mkdir(damagedDir.c_str(), 0755);
    for (const std::string &name : m_unreadableNames)
        ::rename(path(name).c_str(), (damagedDir + '/' + name + ".pack").c_str());
    m_unreadable.clear();
    m_unreadableNames.clear();
}

std::vector<PackSet::PackInfo> PackSet::scan()
{
    std::unique_lock lock(m_mutex);
    loadLocked();
    std::vector<PackInfo> out;
    for (const Pack &p : m_packs)
        out.push_back({p.name, readPackIndex(p.fd, Text::tr("Pack %1").arg(QString::fromStdString(p.name))).entries()});
    return out;
}

bool PackSet::serves(const Hash &hash, const std::string &packName)
{
    std::shared_lock lock(m_mutex);
    const auto it = m_index.find(hash);
    return it != m_index.end() && m_packs[it->second.pack].name == packName;
}

void PackSet::pruneExclusions()
{
    std::unique_lock lock(m_mutex);
    QByteArray kept;
    for (const auto &[hash, pack] : m_excluded) {
        if (::access(path(pack).c_str(), F_OK) == 0)
            kept += hash.hex() + ' ' + QByteArray::fromStdString(pack) + '\n';
    }
    if (kept.isEmpty())
        ::unlink(excludedFile(m_dir).c_str());
    else
        fileio::writeAtomic(excludedFile(m_dir), kept.constData(), std::size_t(kept.size()));
}

} // namespace wfs
