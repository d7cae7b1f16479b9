#include "model/versions/Pack.h"

#include "model/core/Error.h"
#include "model/core/Text.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>

namespace wfs {

namespace {
constexpr char packMagic[] = "WFSPACK1";
constexpr char indexMagic[] = "WFSPIDX1";
constexpr int magicSize = 8;
constexpr int entrySize = 32 + 8 + 8;
constexpr int trailerSize = 8 + 8 + 32 + magicSize;

void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

quint64 u64At(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint64>(in.constData() + at);
}

QByteArray sha256(const QByteArray &data)
{
    const Hash h = Hash::of(data);
    return QByteArray(reinterpret_cast<const char *>(h.bytes.data()), 32);
}

[[noreturn]] void damaged(const QString &what, const QString &why)
{
    throw Error(Text::tr("%1 is not a sound pack: %2").arg(what, why));
}
} // namespace

void PackWriter::add(const ContentId &id, const QByteArray &data)
{
    if (!m_ids.insert(id).second)
        return;
    m_entries.push_back({id, quint64(m_data.size()), quint64(data.size())});
    m_data += data;
}

QByteArray PackWriter::finish()
{
    std::sort(m_entries.begin(), m_entries.end(), [](const PackEntry &a, const PackEntry &b) { return a.id < b.id; });
    QByteArray index;
    index.reserve(qsizetype(m_entries.size()) * entrySize);
    for (const PackEntry &e : m_entries) {
        index.append(reinterpret_cast<const char *>(e.id.bytes.data()), 32);
        putU64(index, e.offset);
        putU64(index, e.size);
    }
    QByteArray pack = std::exchange(m_data, QByteArrayLiteral("WFSPACK1"));
    const quint64 indexOffset = quint64(pack.size());
    pack += index;
    putU64(pack, quint64(m_entries.size()));
    putU64(pack, indexOffset);
    pack += sha256(index);
    pack.append(indexMagic, magicSize);
    m_entries.clear();
    m_ids.clear();
    return pack;
}

QByteArray PackIndex::tailOf(const QByteArray &pack, const QString &what)
{
    if (pack.size() < magicSize + trailerSize || !pack.startsWith(packMagic))
        damaged(what, Text::tr("too short or not a pack"));
    if (!pack.endsWith(indexMagic))
        damaged(what, Text::tr("no index at its end"));
    const quint64 indexOffset = u64At(pack, pack.size() - trailerSize + 8);
    if (indexOffset < quint64(magicSize) || indexOffset > quint64(pack.size() - trailerSize))
        damaged(what, Text::tr("its index lies outside it"));
    return pack.mid(qsizetype(indexOffset));
}

PackIndex PackIndex::parse(const QByteArray &tail, quint64 packSize, const QString &what)
{
    if (tail.size() < trailerSize || !tail.endsWith(indexMagic))
        damaged(what, Text::tr("no index at its end"));
    const qsizetype trailer = tail.size() - trailerSize;
    const quint64 count = u64At(tail, trailer);
    const quint64 indexOffset = u64At(tail, trailer + 8);
    // Bounded by the bytes at hand: a count cannot ask for more entries than are there.
    if (count != quint64(trailer) / entrySize || quint64(trailer) % entrySize != 0)
        damaged(what, Text::tr("its object count does not match its index"));
    if (indexOffset + quint64(tail.size()) != packSize || indexOffset < quint64(magicSize))
        damaged(what, Text::tr("its index does not end the pack"));
    const QByteArray index = tail.left(trailer);
    if (sha256(index) != tail.mid(trailer + 16, 32))
        damaged(what, Text::tr("its index does not match its checksum"));

    PackIndex out;
    out.m_entries.reserve(std::size_t(count));
    for (qsizetype at = 0; at < trailer; at += entrySize) {
        PackEntry e;
        std::copy_n(index.constData() + at, 32, e.id.bytes.begin());
        e.offset = u64At(index, at + 32);
        e.size = u64At(index, at + 40);
        if (e.offset < quint64(magicSize) || e.size > indexOffset || e.offset > indexOffset - e.size)
            damaged(what, Text::tr("object %1 lies outside the pack's data").arg(QString::fromLatin1(e.id.hex())));
        if (!out.m_entries.empty() && !(out.m_entries.back().id < e.id))
            damaged(what, Text::tr("its index is not sorted"));
        out.m_entries.push_back(e);
    }
    return out;
}

const PackEntry *PackIndex::find(const ContentId &id) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                               [](const PackEntry &e, const ContentId &key) { return e.id < key; });
    return it != m_entries.end() && it->id == id ? &*it : nullptr;
}

QByteArray PackIndex::extract(const QByteArray &bytes, quint64 rangeStart, const PackEntry &entry, const QString &what)
{
    if (entry.offset < rangeStart || entry.offset - rangeStart + entry.size > quint64(bytes.size()))
        damaged(what, Text::tr("object %1 is cut short").arg(QString::fromLatin1(entry.id.hex())));
    QByteArray data = bytes.mid(qsizetype(entry.offset - rangeStart), qsizetype(entry.size));
    if (ContentId::of(data) != entry.id)
        throw Error(Text::tr("%1: object %2 does not match its content id (damaged or tampered with)")
                        .arg(what, QString::fromLatin1(entry.id.hex())));
    return data;
}

} // namespace wfs
