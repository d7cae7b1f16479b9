// Content on a remote (a real s3rver and a real shared folder, same cases): small objects in
// packs and big ones alone round-trip verified; pushing again sends nothing; a pack whose index
// never arrived (a killed push) is not trusted and is sent again; tampered or truncated content
// is refused naming the object; two pushes at the same moment lose nothing.

#include "model/remote/RemoteContent.h"
#include "tests/RemoteTestSupport.h"

#include <QFile>
#include <thread>

using namespace wfs::remote;
using namespace Qt::StringLiterals;
using remotetest::errorOf;

namespace {

RemoteContent::Item item(const QByteArray &data)
{
    return {ContentId::of(data), data.size(), [data] { return data; }, {}};
}

std::vector<RemoteContent::Item> items(int from, int to)
{
    std::vector<RemoteContent::Item> out;
    for (int i = from; i < to; ++i)
        out.push_back(item("object " + QByteArray::number(i) + QByteArray(i % 500, char('a' + i % 26))));
    return out;
}

std::vector<ContentId> idsOf(const std::vector<RemoteContent::Item> &list)
{
    std::vector<ContentId> ids;
    for (const auto &i : list)
        ids.push_back(i.id);
    return ids;
}

} // namespace

class TestRemoteContent : public QObject
{
    Q_OBJECT

    remotetest::Remotes m_remotes{u"wfs-content"_s};
    int m_count = 0;

    // A fresh remote per case; `same` opens the last one again (another workspace).
    std::unique_ptr<RemoteStore> store(const QString &kind, bool same = false)
    {
        return m_remotes.open(kind, u"case%1"_s.arg(same ? m_count : ++m_count));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_remotes.start(&error), qPrintable(error));
    }

    void pushFetchAndPushAgain_data() { remotetest::Remotes::backends(); }
    void pushFetchAndPushAgain()
    {
        QFETCH(QString, kind);
        auto s = store(kind);
        RemoteContent content(*s);
        content.setPackBytes(16 * 1024); // several packs
        content.setBigObjectBytes(100 * 1024);
        content.load();
        QCOMPARE(content.size(), 0);

        std::vector<RemoteContent::Item> all = items(0, 300);
        const QByteArray bigBytes = QByteArray("big").repeated(50000);
        const QString bigPath = m_remotes.path(u"big-%1"_s.arg(kind));
        QFile f(bigPath);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bigBytes) == bigBytes.size());
        f.close();
        all.push_back({ContentId::of(bigBytes), bigBytes.size(), {}, bigPath});
        all.push_back(all.front()); // the same content twice goes once

        const RemoteContent::PushStats first = content.push(all);
        QCOMPARE(first.objects, 301);
        QCOMPARE(first.skipped, 1);
        QCOMPARE(first.bigObjects, 1);
        QVERIFY2(first.packs >= 3, qPrintable(QString::number(first.packs)));

        // Another workspace on the same remote sees it all and reads it back, verified.
        auto other = store(kind, true);
        RemoteContent reader(*other);
        reader.load();
        QCOMPARE(reader.size(), 301);
        const auto fetched = reader.fetch(idsOf(all));
        for (const auto &i : all)
            QVERIFY(fetched.at(i.id) == (i.read ? i.read() : bigBytes));

        // Pushing again sends nothing; adding 50 sends those 50.
        RemoteContent again(*other);
        again.load();
        const RemoteContent::PushStats second = again.push(all);
        QCOMPARE(second.objects, 0);
        QCOMPARE(second.packs, 0);
        std::vector<RemoteContent::Item> more = items(250, 350);
        const RemoteContent::PushStats third = again.push(more);
        QCOMPARE(third.objects, 50);
        QCOMPARE(third.skipped, 50);
    }

    void packWithoutIndexIsSentAgain_data() { remotetest::Remotes::backends(); }
    void packWithoutIndexIsSentAgain()
    {
        QFETCH(QString, kind);
        auto s = store(kind);
        // What a push killed between the pack and its index leaves.
        PackWriter writer;
        for (const auto &i : items(0, 20))
            writer.add(i.id, i.read());
        const QByteArray pack = writer.finish();
        s->put(u"packs/%1.pack"_s.arg(QString::fromLatin1(ContentId::of(pack).hex())), pack);

        RemoteContent content(*s);
        content.load();
        QCOMPARE(content.size(), 0);
        const RemoteContent::PushStats stats = content.push(items(0, 20));
        QCOMPARE(stats.objects, 20);
        RemoteContent reader(*s);
        reader.load();
        QCOMPARE(reader.size(), 20);
        QCOMPARE(reader.fetch(idsOf(items(0, 20))).size(), std::size_t(20));
    }

    void tamperedOrMissingRefused_data() { remotetest::Remotes::backends(); }
    void tamperedOrMissingRefused()
    {
        QFETCH(QString, kind);
        auto s = store(kind);
        RemoteContent content(*s);
        content.load();
        const std::vector<RemoteContent::Item> list = items(0, 5);
        content.push(list);
        const std::vector<RemoteObject> packs = s->list(u"packs/"_s);
        QCOMPARE(int(packs.size()), 2); // the pack and its index
        const QString packKey = packs[0].key.endsWith(u".pack"_s) ? packs[0].key : packs[1].key;
        QVERIFY(packKey.endsWith(u".pack"_s));
        QByteArray pack = s->get(packKey);

        // One flipped byte inside an object, same size: the index still loads, the object is refused.
        const PackIndex index = PackIndex::parse(PackIndex::tailOf(pack, packKey), quint64(pack.size()), packKey);
        const PackEntry victim = index.entries().front();
        pack[qsizetype(victim.offset)] = char(pack[qsizetype(victim.offset)] ^ 0x20);
        s->put(packKey, pack);
        RemoteContent reader(*s);
        reader.load();
        QCOMPARE(reader.fetch({index.entries().back().id}).size(), std::size_t(1)); // the others are fine
        QCOMPARE(errorOf([&] { reader.fetch({victim.id}); }),
                 u"team %1: object %2 does not match its content id (damaged or tampered with)"_s.arg(
                     packKey, QString::fromLatin1(victim.id.hex())));

        // A truncated pack no longer matches its index's size.
        s->put(packKey, pack.left(pack.size() - 10));
        RemoteContent truncated(*s);
        QVERIFY(errorOf([&] { truncated.load(); }).contains(u"is not a sound pack: its index does not end the pack"_s));

        QCOMPARE(errorOf([&] { content.fetch({ContentId::of("never pushed")}); }),
                 u"remote team does not have content %1"_s.arg(QString::fromLatin1(ContentId::of("never pushed").hex())));
    }

    void concurrentPushesLoseNothing_data() { remotetest::Remotes::backends(); }
    void concurrentPushesLoseNothing()
    {
        QFETCH(QString, kind);
        auto a = store(kind);
        auto b = store(kind, true);
        QString failure;
        std::mutex m;
        auto pushFrom = [&](RemoteStore *s, int from, int to) {
            try {
                RemoteContent c(*s);
                c.setPackBytes(8 * 1024);
                c.load();
                c.push(items(from, to));
            } catch (const wfs::Error &e) {
                std::lock_guard lock(m);
                failure = e.message();
            }
        };
        std::thread one(pushFrom, a.get(), 0, 200);
        std::thread two(pushFrom, b.get(), 100, 300);
        one.join();
        two.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        RemoteContent reader(*a);
        reader.load();
        QCOMPARE(reader.size(), 300);
        QCOMPARE(reader.fetch(idsOf(items(0, 300))).size(), std::size_t(300));
    }
};

QTEST_GUILESS_MAIN(TestRemoteContent)
#include "tst_remotecontent.moc"
