#include "model/remote/RemoteContent.h"

#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

const QString packsPrefix = QStringLiteral("packs/");
const QString objectsPrefix = QStringLiteral("objects/");

QString packKey(const QByteArray &hex, const char *suffix)
{
    return packsPrefix + QString::fromLatin1(hex) + QLatin1String(suffix);
}
} // namespace

void RemoteContent::load()
{
    m_where.clear();
    std::map<QString, qint64> packSizes;
    std::vector<Transfer> indexes;
    for (const RemoteObject &o : m_store.list(packsPrefix)) {
        if (o.key.endsWith(QLatin1String(".pack")))
            packSizes[o.key] = o.size;
        else if (o.key.endsWith(QLatin1String(".idx")))
            indexes.push_back({Transfer::Kind::GetData, o.key, {}, {}});
    }
    // An index without its pack (removed by hand) names nothing.
    std::erase_if(indexes, [&](const Transfer &t) { return !packSizes.contains(t.key.chopped(4) + QLatin1String(".pack")); });
    m_store.run(indexes);
    for (const Transfer &t : indexes) {
        const QString pack = t.key.chopped(4) + QLatin1String(".pack");
        const PackIndex index = PackIndex::parse(t.data, quint64(packSizes[pack]), m_store.spec().name + u' ' + t.key);
        for (const PackEntry &e : index.entries())
            m_where.try_emplace(e.id, Where{pack, e});
    }
    for (const RemoteObject &o : m_store.list(objectsPrefix)) {
        if (const auto id = ContentId::fromHex(o.key.mid(objectsPrefix.size()).toLatin1()))
            m_where.try_emplace(*id, Where{o.key, PackEntry{*id, 0, quint64(o.size)}});
    }
}

void RemoteContent::flush(PackWriter &writer, PushStats &stats)
{
    if (writer.count() == 0)
        return;
    const QByteArray pack = writer.finish();
    const QByteArray name = ContentId::of(pack).hex();
    // The pack first, its index after: a reader trusts a pack only once its index is there.
    m_store.put(packKey(name, ".pack"), pack);
    const QByteArray tail = PackIndex::tailOf(pack, packKey(name, ".pack"));
    m_store.put(packKey(name, ".idx"), tail);
    const PackIndex index = PackIndex::parse(tail, quint64(pack.size()), packKey(name, ".idx"));
    for (const PackEntry &e : index.entries())
        m_where.try_emplace(e.id, Where{packKey(name, ".pack"), e});
    ++stats.packs;
}

RemoteContent::PushStats RemoteContent::push(const std::vector<Item> &items)
{
    PushStats stats;
    PackWriter writer;
    std::vector<Transfer> big;
    std::vector<const Item *> bigItems;
    for (const Item &item : items) {
        // A big object of the wrong size is what a killed upload can leave on servers that keep
        // part of a PUT (s3rver does): it is sent again, whole.
        const auto found = m_where.find(item.id);
        const bool there = found != m_where.end() && found->second.entry.size == quint64(item.size);
        if (there || std::any_of(bigItems.begin(), bigItems.end(), [&](const Item *b) { return b->id == item.id; })) {
            ++stats.skipped;
            continue;
        }
        ++stats.objects;
        if (item.size >= m_bigBytes && !item.path.isEmpty()) {
            big.push_back({Transfer::Kind::PutFile, objectsPrefix + QString::fromLatin1(item.id.hex()), {}, item.path});
            bigItems.push_back(&item);
            continue;
        }
        const qint64 before = writer.count();
        writer.add(item.id, item.read());
        if (writer.count() == before)
            --stats.objects, ++stats.skipped;
        if (writer.bytes() >= m_packBytes)
            flush(writer, stats);
    }
    flush(writer, stats);
    m_store.run(big);
    for (const Item *item : bigItems)
        m_where.insert_or_assign(item->id, Where{objectsPrefix + QString::fromLatin1(item->id.hex()),
                                                 PackEntry{item->id, 0, quint64(item->size)}});
    stats.bigObjects = int(big.size());
    return stats;
}

std::optional<QString> RemoteContent::looseKey(const ContentId &id) const
{
    const auto it = m_where.find(id);
    if (it == m_where.end() || !it->second.key.startsWith(objectsPrefix))
        return std::nullopt;
    return it->second.key;
}

void RemoteContent::fetchLoose(const ContentId &id, const QString &path)
{
    const std::optional<QString> key = looseKey(id);
    if (!key)
        throw Error(Text::tr("remote %1 does not have content %2").arg(m_store.spec().name, QString::fromLatin1(id.hex())));
    m_store.getFile(*key, path);
    QFile f(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !sha.addData(&f))
        throw Error(Text::tr("Cannot read %1: %2").arg(path, fileio::describe(errno)));
    if (sha.result() != QByteArray(reinterpret_cast<const char *>(id.bytes.data()), 32))
        throw Error(Text::tr("%1 %2 does not match its content id (damaged or tampered with)").arg(m_store.spec().name, *key));
}

std::map<ContentId, QByteArray> RemoteContent::fetch(const std::vector<ContentId> &ids)
{
    // One ranged GET per pack, covering every object wanted from it: a restore of 5,000 small
    // files out of one pack is one request, not 5,000.
    std::map<QString, std::vector<const Where *>> byKey;
    for (const ContentId &id : ids) {
        const auto it = m_where.find(id);
        if (it == m_where.end())
            throw Error(Text::tr("remote %1 does not have content %2").arg(m_store.spec().name, QString::fromLatin1(id.hex())));
        byKey[it->second.key].push_back(&it->second);
    }
    std::vector<Transfer> batch;
    for (const auto &[key, places] : byKey) {
        quint64 from = places.front()->entry.offset;
        quint64 to = from;
        for (const Where *w : places) {
            from = std::min(from, w->entry.offset);
            to = std::max(to, w->entry.offset + w->entry.size);
        }
        Transfer t{Transfer::Kind::GetData, key, {}, {}};
        t.offset = qint64(from);
        t.length = qint64(to - from);
        batch.push_back(t);
    }
    m_store.run(batch);
    std::map<ContentId, QByteArray> out;
    for (const Transfer &t : batch)
        for (const Where *w : byKey.at(t.key))
            if (!out.contains(w->entry.id))
                out[w->entry.id] = PackIndex::extract(t.data, quint64(t.offset), w->entry, m_store.spec().name + u' ' + t.key);
    return out;
}

} // namespace wfs::remote
