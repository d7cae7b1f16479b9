#include "model/versions/StatCache.h"

#include "model/versions/Manifest.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cstring>

namespace wfs {

namespace {
constexpr quint32 magic = 0x57465345;       // "WFSE": SHA-256 ids, with a checksum at the end
constexpr quint32 legacyMagic = 0x57465344; // "WFSD": XXH3-128 ids, before issue 12
constexpr std::int64_t racyMarginNs = 1'000'000'000;
} // namespace

StatCache::StatCache(const QString &file) : m_file(file)
{
    load(magic, [](const std::uint8_t *id, Hash *out) {
        std::memcpy(out->bytes.data(), id, 32);
        return true;
    });
}

StatCache StatCache::fromLegacy(const QString &file, const LegacyMap &map)
{
    StatCache cache(file, nullptr);
    cache.load(legacyMagic, map);
    return cache;
}

// A cache decides which files are never read again: one whose bytes are not exactly what was
// written (flipped, truncated) is dropped, never trusted. Its own checksum only has to catch
// accidents, so it is the quick one.
void StatCache::load(quint32 expectedMagic, const LegacyMap &idOf)
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QByteArray data = f.readAll();
    if (data.size() < 16)
        return;
    const auto sum = quickSum(data.constData(), std::size_t(data.size() - 16));
    if (std::memcmp(sum.data(), data.constData() + data.size() - 16, 16) != 0)
        return;
    data.chop(16);
    QDataStream s(data);
    quint32 m = 0;
    quint64 count = 0;
    qint64 start = 0;
    s >> m >> start >> count;
    if (m != expectedMagic || count > quint64(data.size()))
        return;
    const int idSize = expectedMagic == magic ? 32 : 16;
    m_entries.reserve(count);
    for (quint64 i = 0; i < count; ++i) {
        QByteArray path;
        Entry e;
        quint64 size, inode;
        qint64 mtime, ctime;
        std::uint8_t id[32] = {};
        s >> path >> size >> mtime >> ctime >> inode;
        s.readRawData(reinterpret_cast<char *>(id), idSize);
        e.size = size;
        e.mtimeNs = mtime;
        e.ctimeNs = ctime;
        e.inode = inode;
        if (idOf(id, &e.hash)) // an entry without a known id is left out: that file is read again
            m_entries.emplace_back(path.toStdString(), e);
    }
    if (s.status() != QDataStream::Ok || !s.atEnd()) {
        m_entries.clear();
        return;
    }
    sortByPath(); // caches written before they were sorted are sorted once here
    m_scanStartNs = start;
}

void StatCache::sortByPath()
{
    auto byPath = [](const auto &a, const auto &b) { return pathLess(a.first, b.first); };
    if (!std::is_sorted(m_entries.begin(), m_entries.end(), byPath))
        std::sort(m_entries.begin(), m_entries.end(), byPath);
}

const StatCache::Entry *StatCache::vouch(const Entry &e, std::uint64_t size, std::int64_t mtimeNs, std::int64_t ctimeNs,
                                         std::uint64_t inode) const
{
    if (e.size != size || e.mtimeNs != mtimeNs || e.ctimeNs != ctimeNs || e.inode != inode)
        return nullptr;
    if (std::max(mtimeNs, ctimeNs) + racyMarginNs >= m_scanStartNs)
        return nullptr;
    return &e;
}

const StatCache::Entry *StatCache::find(const std::string &path, std::uint64_t size, std::int64_t mtimeNs,
                                        std::int64_t ctimeNs, std::uint64_t inode) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), path,
                                     [](const auto &entry, const std::string &p) { return pathLess(entry.first, p); });
    return it != m_entries.end() && it->first == path ? vouch(it->second, size, mtimeNs, ctimeNs, inode) : nullptr;
}

const StatCache::Entry *StatCache::Cursor::find(const std::string &path, std::uint64_t size, std::int64_t mtimeNs,
                                                std::int64_t ctimeNs, std::uint64_t inode)
{
    const Entries &entries = m_cache.m_entries;
    while (m_next < entries.size() && pathLess(entries[m_next].first, path))
        ++m_next;
    if (m_next == entries.size() || entries[m_next].first != path)
        return nullptr;
    return m_cache.vouch(entries[m_next].second, size, mtimeNs, ctimeNs, inode);
}

void StatCache::replace(Entries entries, std::int64_t scanStartNs)
{
    m_entries = std::move(entries);
    m_scanStartNs = scanStartNs;
    sortByPath(); // a scan gives them sorted
}

void StatCache::forget(const std::unordered_set<Hash> &hashes)
{
    std::erase_if(m_entries, [&](const auto &entry) { return hashes.count(entry.second.hash) > 0; });
}

void StatCache::save() const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return;
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s << magic << qint64(m_scanStartNs) << quint64(m_entries.size());
    for (const auto &[path, e] : m_entries) {
        s << QByteArray::fromStdString(path) << quint64(e.size) << qint64(e.mtimeNs) << qint64(e.ctimeNs) << quint64(e.inode);
        s.writeRawData(reinterpret_cast<const char *>(e.hash.bytes.data()), 32);
    }
    const auto sum = quickSum(data.constData(), std::size_t(data.size()));
    data.append(reinterpret_cast<const char *>(sum.data()), 16);
    f.write(data);
    if (!f.commit())
        qWarning("Stat cache %s not saved: %s", qPrintable(m_file), qPrintable(f.errorString()));
}

} // namespace wfs
