// Small objects in packs (issue 15): versions round-trip through packs; a damaged byte in a pack
// is named (object and pack) and set aside, a damaged index sets the whole pack aside; gc repacks
// packs that are mostly garbage and keeps every live object; a create killed with SIGKILL while
// it writes packs leaves no partial pack; loose objects of older stores stay readable.

#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"
#include "tests/StoreTestSupport.h"
#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/PackSet.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace wfs;
using namespace Qt::StringLiterals;
using namespace storetest;

namespace {

QStringList namesIn(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden);
}

// Every file of a tree with its bytes and permissions, to compare a restore with its source.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    for (QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        out.insert(path.mid(root.size() + 1), readFile(path) + "|" + QByteArray::number(int(QFileInfo(path).permissions())));
    }
    return out;
}

} // namespace

class StorePacksTest : public storetest::StoreTestCase
{
    Q_OBJECT

    QString packsDir() const { return storeDir() + u"/packs"_s; }

    void writeSmallFiles(const QString &prefix, int count)
    {
        for (int i = 0; i < count; ++i)
            QVERIFY(writeFile(m_project + u"/%1/%2.txt"_s.arg(prefix).arg(i), (prefix + QString::number(i)).toUtf8().repeated(20)));
    }

    QString restore(const VersionInfo &v)
    {
        const QString to = m_root + u"/restored-%1-%2"_s.arg(v.number).arg(QDateTime::currentMSecsSinceEpoch());
        m_versions->restore(v, to, false);
        return to;
    }

private slots:
    void init()
    {
        makeRoot();
        QVERIFY(QDir().mkpath(m_project));
        open();
    }

    void cleanup() { removeRoot(); }

    void versionsRoundTripThroughPacks()
    {
        writeSmallFiles(u"small"_s, 300);
        QVERIFY(writeFile(m_project + u"/empty"_s, {}));
        QVERIFY(writeFile(m_project + u"/big.bin"_s, QByteArray(2 << 20, 'b')));
        QFile::setPermissions(m_project + u"/small/7.txt"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QMap<QString, QByteArray> before = snapshot(m_project);
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        // One pack for the small files and the file list; the big file alone.
        QCOMPARE(namesIn(packsDir(), u"*.pack"_s).size(), 1);
        QCOMPARE(objectCount(storeDir()), 300 + 1 + 1 + 1);
        QVERIFY(placeOf(storeDir(), Hash::of(QByteArray(2 << 20, 'b')))->file.find("/objects/") != std::string::npos);
        QVERIFY(placeOf(storeDir(), Hash::of(QByteArray("small7").repeated(20)))->file.find("/packs/") != std::string::npos);

        for (int i = 0; i < 10; ++i)
            QVERIFY(writeFile(m_project + u"/small/%1.txt"_s.arg(i * 3), "changed " + QByteArray::number(i)));
        const QMap<QString, QByteArray> after = snapshot(m_project);
        const VersionInfo v2 = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(namesIn(packsDir(), u"*.pack"_s).size(), 2);
        QCOMPARE(snapshot(restore(v1)), before);
        QCOMPARE(snapshot(restore(v2)), after);
        open(); // a fresh process reads the packs from disk
        QCOMPARE(snapshot(restore(m_versions->byNumber(m_id, 1))), before);
        const StoreReport report = m_versions->verify();
        QVERIFY2(report.damaged.isEmpty() && report.missing.isEmpty(), qPrintable((report.damaged + report.missing).join(u", ")));
    }

    void damagedByteInAPackIsNamedAndSetAside()
    {
        writeSmallFiles(u"s"_s, 20);
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        const Hash victim = Hash::of(QByteArray("s5").repeated(20));
        const std::string pack = placeOf(storeDir(), victim)->file;
        const QString packName = QFileInfo(QString::fromStdString(pack)).completeBaseName();
        QVERIFY(damageObject(storeDir(), victim, 4));

        const QString to = m_root + u"/back"_s;
        EXPECT_ERROR(m_versions->restore(v1, to, false), u"Object %1 in the store is damaged"_s.arg(QString::fromLatin1(victim.hex())));
        EXPECT_ERROR(m_versions->restore(v1, to, false), packName);
        QVERIFY(!QFileInfo::exists(to));
        const StoreReport report = m_versions->verify();
        QCOMPARE(report.damaged, QStringList{u"s/5.txt (version 1 of project %1)"_s.arg(m_id)});
        // Set aside: no longer served, its bytes kept in store/damaged, the pack itself unchanged.
        QVERIFY(!isStored(storeDir(), victim));
        QVERIFY(QFileInfo::exists(storeDir() + u"/damaged/"_s + QString::fromLatin1(victim.hex())));
        QVERIFY(QFileInfo::exists(QString::fromStdString(pack)));
        // The next version stores the intact file afresh, and version 1 is whole again.
        QVERIFY(writeFile(m_project + u"/new.txt"_s, "new"));
        m_versions->create(m_id, {}, {});
        QCOMPARE(readFile(restore(v1) + u"/s/5.txt"_s), QByteArray("s5").repeated(20));
        open();
        const StoreReport again = m_versions->verify();
        QVERIFY2(again.damaged.isEmpty() && again.missing.isEmpty(), qPrintable((again.damaged + again.missing).join(u", ")));
    }

    void damagedPackIndexSetsThePackAside()
    {
        writeSmallFiles(u"s"_s, 5);
        m_versions->create(m_id, {}, {});
        const QString pack = packsDir() + u'/' + namesIn(packsDir(), u"*.pack"_s).value(0);
        QVERIFY(flipByte(pack, -60)); // inside the index
        open();
        const StoreReport report = m_versions->verify();
        QCOMPARE(report.damaged.size(), 1);
        QVERIFY2(report.damaged[0].contains(QFileInfo(pack).completeBaseName()) && report.damaged[0].contains(u"not a sound pack"_s),
                 qPrintable(report.damaged[0]));
        QVERIFY(!QFileInfo::exists(pack));
        QVERIFY(QFileInfo::exists(storeDir() + u"/damaged/"_s + QFileInfo(pack).fileName()));
        QCOMPARE(report.missing.size(), 1); // the file list was in that pack too
        QVERIFY2(report.missing[0].contains(u"file list of version 1"_s), qPrintable(report.missing[0]));
    }

    void gcRepacksMostlyGarbagePacksAndKeepsLiveObjects()
    {
        writeSmallFiles(u"a"_s, 100);
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        const QString pack1 = namesIn(packsDir(), u"*.pack"_s).value(0);
        // Version 2 keeps five of version 1's files and adds 100 others.
        for (int i = 5; i < 100; ++i)
            QVERIFY(QFile::remove(m_project + u"/a/%1.txt"_s.arg(i)));
        writeSmallFiles(u"b"_s, 100);
        const QMap<QString, QByteArray> tree2 = snapshot(m_project);
        const VersionInfo v2 = m_versions->create(m_id, {}, {}).version;
        m_versions->remove(v1);
        const qint64 before = objectCount(storeDir());
        const StoreReport gc = m_versions->collectGarbage();
        QCOMPARE(gc.objects, 95 + 1); // 95 files and version 1's file list
        QCOMPARE(objectCount(storeDir()), before - 96);
        QVERIFY(!QFileInfo::exists(packsDir() + u'/' + pack1)); // rewritten with its five live objects
        for (int i = 0; i < 5; ++i)
            QVERIFY(isStored(storeDir(), Hash::of((u"a"_s + QString::number(i)).toUtf8().repeated(20))));
        QCOMPARE(snapshot(restore(v2)), tree2);
        open();
        QCOMPARE(m_versions->collectGarbage().objects, 0);
        const StoreReport report = m_versions->verify();
        QVERIFY2(report.damaged.isEmpty() && report.missing.isEmpty(), qPrintable((report.damaged + report.missing).join(u", ")));
        // Every version gone: every pack goes.
        m_versions->remove(v2);
        m_versions->collectGarbage();
        QCOMPARE(namesIn(packsDir(), u"*.pack"_s), QStringList());
        QCOMPARE(objectCount(storeDir()), 0);
    }

    void createKilledWhileWritingPacksLeavesNoPartialPack()
    {
        close();
        // Enough small files for several packs (a pack is written every 8,192 new objects).
        for (int i = 0; i < 12000; ++i)
            QVERIFY(writeFile(m_project + u"/d%1/f%2"_s.arg(i % 50).arg(i), QByteArray::number(i * 7919).repeated(30)));
        bool killed = false;
        for (int attempt = 0; attempt < 5 && !killed; ++attempt) {
            QProcess p;
            p.setProcessEnvironment(wfstest::cleanEnv());
            p.start(CliHarness::wfsPath(), {u"--workspace"_s, wsDir(), u"version"_s, u"create"_s, m_project});
            QVERIFY(p.waitForStarted(10000));
            // A pack being written sits in store/tmp; killed then, it must never show up in packs/.
            QElapsedTimer t;
            t.start();
            while (namesIn(storeDir() + u"/tmp"_s, u"*.tmp"_s).isEmpty() && p.state() != QProcess::NotRunning && t.elapsed() < 60000)
                QThread::usleep(200);
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL);
                killed = true;
            }
            p.waitForFinished(10000);
            if (!killed)
                QVERIFY(QDir(wsDir()).removeRecursively());
        }
        QVERIFY(killed);
        // Whatever packs were renamed in are whole.
        PackSet packs(packsDir().toStdString());
        QCOMPARE(packs.unreadable(), QStringList());
        open();
        QVERIFY(m_versions->list(m_id).empty());
        const VersionInfo v = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(namesIn(storeDir() + u"/tmp"_s, u"*"_s), QStringList()); // the dead writer's temporaries are gone
        QCOMPARE(v.files, 12000);
        QCOMPARE(snapshot(restore(v)), snapshot(m_project));
    }

    void looseSmallObjectsOfOlderStoresStayReadable()
    {
        writeSmallFiles(u"s"_s, 3);
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        const QByteArray content = QByteArray("s1").repeated(20);
        const Hash id = Hash::of(content);
        // As a store before packs kept it: its own file.
        QVERIFY(removeObject(storeDir(), id));
        const QString loose = QString::fromStdString(LocalObjectStore(storeDir()).objectPath(id));
        QVERIFY(writeFile(loose, content));
        open();
        QCOMPARE(readFile(restore(v1) + u"/s/1.txt"_s), content);
        QCOMPARE(m_versions->verify().damaged, QStringList());
        QCOMPARE(m_versions->collectGarbage().objects, 0); // live, loose or not
        QVERIFY(QFileInfo::exists(loose));
    }
};

QTEST_GUILESS_MAIN(StorePacksTest)
#include "tst_storepacks.moc"
