// The pack format shared by the bucket and the local store: objects round-trip through a pack
// and through its separate index with byte ranges, and a pack or index that is truncated,
// tampered with or crafted (offsets past the end, unsorted, wrong counts) is refused with its name.

#include "model/versions/Pack.h"
#include "tests/RemoteTestSupport.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QtTest>

using namespace wfs::remote;
using namespace Qt::StringLiterals;
using remotetest::errorOf;

namespace {

// Rewrites the index checksum after a deliberate edit, as an attacker with write access could.
void resealIndex(QByteArray &pack)
{
    const qsizetype trailer = pack.size() - 56;
    const quint64 indexOffset = qFromLittleEndian<quint64>(pack.constData() + trailer + 8);
    const QByteArray index = pack.mid(qsizetype(indexOffset), trailer - qsizetype(indexOffset));
    pack.replace(trailer + 16, 32, QCryptographicHash::hash(index, QCryptographicHash::Sha256));
}

} // namespace

class TestRemotePack : public QObject
{
    Q_OBJECT

private slots:
    void contentIdIsSha256()
    {
        QCOMPARE(ContentId::of({}).hex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(ContentId::of("abc").hex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(ContentId::fromHex(ContentId::of("abc").hex()), ContentId::of("abc"));
        QVERIFY(!ContentId::fromHex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
        QVERIFY(!ContentId::fromHex("ba78"));
    }

    void roundTripThroughPackAndIndex()
    {
        PackWriter writer;
        QList<QByteArray> objects;
        for (int i = 0; i < 500; ++i)
            objects << QByteArray::number(i) + QByteArray(i % 37, 'x');
        for (const QByteArray &o : objects)
            writer.add(ContentId::of(o), o);
        writer.add(ContentId::of(objects[3]), objects[3]); // once only
        QCOMPARE(writer.count(), 500);
        const QByteArray pack = writer.finish();
        QCOMPARE(writer.count(), 0);

        const QByteArray tail = PackIndex::tailOf(pack, u"p.pack"_s);
        QCOMPARE(tail.size(), 500 * 48 + 56);
        const PackIndex index = PackIndex::parse(tail, quint64(pack.size()), u"p.idx"_s);
        QCOMPARE(int(index.entries().size()), 500);
        for (const QByteArray &o : objects) {
            const PackEntry *e = index.find(ContentId::of(o));
            QVERIFY(e);
            QCOMPARE(PackIndex::extract(pack, 0, *e, u"p.pack"_s), o);
            // From just the object's byte range, as a ranged GET brings it.
            const QByteArray range = pack.mid(qsizetype(e->offset), qsizetype(e->size));
            QCOMPARE(PackIndex::extract(range, e->offset, *e, u"p.pack"_s), o);
        }
        QVERIFY(!index.find(ContentId::of("not there")));
    }

    void emptyPack()
    {
        PackWriter writer;
        const QByteArray pack = writer.finish();
        QVERIFY(PackIndex::parse(PackIndex::tailOf(pack, u"e"_s), quint64(pack.size()), u"e"_s).entries().empty());
    }

    void tamperedObjectRefused()
    {
        PackWriter writer;
        writer.add(ContentId::of("hello world"), "hello world");
        QByteArray pack = writer.finish();
        pack[10] = 'X';
        const PackIndex index = PackIndex::parse(PackIndex::tailOf(pack, u"t"_s), quint64(pack.size()), u"t"_s);
        const QString message = errorOf([&] { PackIndex::extract(pack, 0, index.entries().front(), u"packs/t.pack"_s); });
        QCOMPARE(message, u"packs/t.pack: object %1 does not match its content id (damaged or tampered with)"_s.arg(
                              QString::fromLatin1(ContentId::of("hello world").hex())));
        // A range that stops short of the object.
        QVERIFY(errorOf([&] { PackIndex::extract(pack.left(12), 0, index.entries().front(), u"t"_s); }).contains(u"cut short"_s));
    }

    void damagedIndexRefused()
    {
        PackWriter writer;
        for (int i = 0; i < 3; ++i)
            writer.add(ContentId::of(QByteArray::number(i)), QByteArray::number(i));
        const QByteArray pack = writer.finish();
        const auto parse = [](const QByteArray &p) {
            return errorOf([&] { PackIndex::parse(PackIndex::tailOf(p, u"x.pack"_s), quint64(p.size()), u"x.pack"_s); });
        };
        QCOMPARE(parse(pack), u"no error"_s);
        QCOMPARE(parse(pack.left(pack.size() - 1)), u"x.pack is not a sound pack: no index at its end"_s);
        QCOMPARE(parse(QByteArray("WFSPACK")), u"x.pack is not a sound pack: too short or not a pack"_s);
        QByteArray flipped = pack;
        flipped[flipped.size() - 56 - 1] ^= 1; // last byte of the index
        QCOMPARE(parse(flipped), u"x.pack is not a sound pack: its index does not match its checksum"_s);

        // Crafted with a valid checksum: an offset past the data, a wrong count, unsorted ids.
        const qsizetype indexOffset = pack.size() - 56 - 3 * 48;
        QByteArray past = pack;
        qToLittleEndian<quint64>(quint64(pack.size()), past.data() + indexOffset + 32);
        resealIndex(past);
        QVERIFY(parse(past).contains(u"lies outside the pack's data"_s));
        QByteArray count = pack;
        qToLittleEndian<quint64>(quint64(1) << 40, count.data() + count.size() - 56);
        QCOMPARE(parse(count), u"x.pack is not a sound pack: its object count does not match its index"_s);
        QByteArray unsorted = pack;
        const QByteArray first = unsorted.mid(indexOffset, 48);
        unsorted.replace(indexOffset, 48, unsorted.mid(indexOffset + 48, 48));
        unsorted.replace(indexOffset + 48, 48, first);
        resealIndex(unsorted);
        QCOMPARE(parse(unsorted), u"x.pack is not a sound pack: its index is not sorted"_s);
        // A separate index that belongs to a pack of another size.
        const QByteArray tail = PackIndex::tailOf(pack, u"x"_s);
        QCOMPARE(errorOf([&] { PackIndex::parse(tail, quint64(pack.size()) + 1, u"x.idx"_s); }),
                 u"x.idx is not a sound pack: its index does not end the pack"_s);
    }
};

QTEST_APPLESS_MAIN(TestRemotePack)
#include "tst_remotepack.moc"
