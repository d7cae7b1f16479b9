// The store against damage it did not cause (issue 10): damaged objects are repaired by the next
// write of their content and named by verify; a stat cache is checked before it is trusted and
// objects a new version needs are checked before it is committed; manifests with unsafe paths are
// refused; diffs show empty folders; restores drop setuid bits and refuse a dangling --to; and a
// database that does not know its store is refused (gc above all).

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/versions/Hash.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Manifest.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"
#include "tests/StoreTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wfs;
using namespace Qt::StringLiterals;
using storetest::readFile;
using storetest::writeFile;
using namespace storetest;

namespace {

Hash hashOf(const QByteArray &bytes)
{
    return Hash::of(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

class StoreSafetyTest : public storetest::StoreTestCase
{
    Q_OBJECT


    QByteArray restoreFileOf(const VersionInfo &v, const QString &name)
    {
        const QString to = m_root + u"/restored-%1-%2"_s.arg(v.number).arg(QDateTime::currentMSecsSinceEpoch());
        m_versions->restore(v, to, false);
        return readFile(to + u'/' + name);
    }

private slots:
    void init()
    {
        makeRoot();
        QVERIFY(writeFile(m_project + u"/a.txt"_s, "alpha"));
        QVERIFY(writeFile(m_project + u"/sub/b.txt"_s, "beta beta"));
        open();
    }

    void cleanup() { removeRoot(); }

    // ---- item 3: a damaged object is replaced by the next write of its content ------------------

    void damagedObjectIsRepairedByTheNextWriteOfItsContent()
    {
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        QVERIFY(damageObject(storeDir(), hashOf("alpha"), 1));
        // The same bytes arrive again under another name: the intact copy replaces the damaged object.
        QVERIFY(writeFile(m_project + u"/copy-of-a.txt"_s, "alpha"));
        const VersionInfo v2 = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(LocalObjectStore(storeDir()).get(hashOf("alpha")), QByteArray("alpha"));
        QCOMPARE(restoreFileOf(v2, u"a.txt"_s), QByteArray("alpha"));
        QCOMPARE(restoreFileOf(v1, u"a.txt"_s), QByteArray("alpha")); // one object, so v1 is whole again
        const StoreReport report = m_versions->verify();
        QVERIFY2(report.damaged.isEmpty(), qPrintable(report.damaged.join(u", ")));
    }

    void verifyNamesDamagedFilesAndTheNextCreateRepairsThem()
    {
        QVERIFY(writeFile(m_project + u"/again/a2.txt"_s, "alpha"));
        m_versions->create(m_id, {}, {});
        QVERIFY(writeFile(m_project + u"/c.txt"_s, "gamma"));
        m_versions->create(m_id, {}, {});
        QVERIFY(damageObject(storeDir(), hashOf("alpha"), 0));

        const StoreReport report = m_versions->verify();
        const QStringList expected{u"a.txt (version 1 of project %1)"_s.arg(m_id), u"again/a2.txt (version 1 of project %1)"_s.arg(m_id),
                                   u"a.txt (version 2 of project %1)"_s.arg(m_id), u"again/a2.txt (version 2 of project %1)"_s.arg(m_id)};
        QCOMPARE(report.damaged, expected);
        QVERIFY(report.missing.isEmpty());

        // Nothing changed in the folder, so the stat cache vouches for every file: the version
        // made now must not point at content the store no longer serves.
        QVERIFY(writeFile(m_project + u"/d.txt"_s, "delta"));
        const VersionInfo v3 = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(restoreFileOf(v3, u"again/a2.txt"_s), QByteArray("alpha"));
        const StoreReport after = m_versions->verify();
        QVERIFY2(after.damaged.isEmpty() && after.missing.isEmpty(), qPrintable((after.damaged + after.missing).join(u", ")));
    }

    void skipMissingSkipsDamagedContentAndSaysSo()
    {
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        QVERIFY(damageObject(storeDir(), hashOf("beta beta"), 3));
        const QString to = m_root + u"/partial-restore"_s;
        EXPECT_ERROR(m_versions->restore(v1, to, false), u"is damaged"_s);
        QVERIFY(!QFileInfo::exists(to));
        const RestoreResult r = m_versions->restore(v1, to, true);
        QCOMPARE(r.damaged, QStringList{u"sub/b.txt"_s});
        QVERIFY(r.skipped.isEmpty());
        QCOMPARE(r.files, 1);
        QCOMPARE(readFile(to + u"/a.txt"_s), QByteArray("alpha"));
        QVERIFY(!QFileInfo::exists(to + u"/sub/b.txt"_s));
    }

    // ---- item 4: the stat cache is checked, and so is every object a new version needs ----------

    void damagedStatCacheIsDroppedNotTrusted()
    {
        m_versions->create(m_id, {}, {});
        // Wait out the racy-file margin so that the cache vouches for the files.
        QTest::qWait(1100);
        QVERIFY(writeFile(m_project + u"/touch.txt"_s, "x"));
        m_versions->create(m_id, {}, {});
        QDirIterator caches(storeDir() + u"/statcache"_s, QDir::Files);
        QVERIFY(caches.hasNext());
        const QString cache = caches.next();
        // Flip a byte inside a hash the cache holds (found by its bytes, whatever the layout).
        const Hash alpha = hashOf("alpha");
        const QByteArray bytes = readFile(cache);
        const qsizetype at = bytes.indexOf(QByteArray(reinterpret_cast<const char *>(alpha.bytes.data()), 16));
        QVERIFY(at >= 0);
        QVERIFY(flipByte(cache, at + 5));

        QVERIFY(writeFile(m_project + u"/touch.txt"_s, "xy"));
        const VersionInfo v3 = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(restoreFileOf(v3, u"a.txt"_s), QByteArray("alpha"));
    }

    void objectRemovedBehindTheCacheIsStoredAgain()
    {
        m_versions->create(m_id, {}, {});
        QTest::qWait(1100);
        QVERIFY(writeFile(m_project + u"/touch.txt"_s, "x"));
        m_versions->create(m_id, {}, {});
        QVERIFY(removeObject(storeDir(), hashOf("beta beta")));
        QVERIFY(writeFile(m_project + u"/touch.txt"_s, "xy"));
        const VersionInfo v3 = m_versions->create(m_id, {}, {}).version;
        QCOMPARE(restoreFileOf(v3, u"sub/b.txt"_s), QByteArray("beta beta"));
        QVERIFY(isStored(storeDir(), hashOf("beta beta")));
    }

    // ---- item 5: manifests with paths that leave the restore target are refused -----------------

    void unsafeManifestPathsAreRefused_data()
    {
        QTest::addColumn<QByteArrayList>("paths");
        QTest::addColumn<QByteArrayList>("types"); // f, d, l for each path
        QTest::newRow("dot-dot") << QByteArrayList{"../evil"} << QByteArrayList{"f"};
        QTest::newRow("inner dot-dot") << QByteArrayList{"a", "a/../../evil"} << QByteArrayList{"d", "f"};
        QTest::newRow("absolute") << QByteArrayList{"/etc/evil"} << QByteArrayList{"f"};
        QTest::newRow("empty segment") << QByteArrayList{"a", "a//b"} << QByteArrayList{"d", "f"};
        QTest::newRow("dot") << QByteArrayList{"./x"} << QByteArrayList{"f"};
        QTest::newRow("empty") << QByteArrayList{""} << QByteArrayList{"f"};
        QTest::newRow("NUL") << QByteArrayList{QByteArray("a\0b", 3)} << QByteArrayList{"f"};
        QTest::newRow("through a link") << QByteArrayList{"l", "l/passwd"} << QByteArrayList{"l", "f"};
        QTest::newRow("folder not listed") << QByteArrayList{"x/y"} << QByteArrayList{"f"};
        QTest::newRow("twice") << QByteArrayList{"x", "x"} << QByteArrayList{"f", "f"};
    }

    void unsafeManifestPathsAreRefused()
    {
        QFETCH(QByteArrayList, paths);
        QFETCH(QByteArrayList, types);
        Manifest m;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            ManifestEntry e;
            e.path = paths[i].toStdString();
            e.type = types[i] == "d" ? ManifestEntry::Type::Dir : types[i] == "l" ? ManifestEntry::Type::Symlink : ManifestEntry::Type::File;
            e.mode = 0644;
            e.target = e.type == ManifestEntry::Type::Symlink ? "/etc" : "";
            m.entries.push_back(e);
        }
        // Written as the bytes are, in the given order (finalize() would sort them).
        EXPECT_ERROR(Manifest::parse(m.serialize()), u"unsafe path"_s);
    }

    void safeManifestsStillParse()
    {
        Manifest m;
        for (const auto &[path, type] : {std::pair{"a", ManifestEntry::Type::Dir}, std::pair{"a/b.txt", ManifestEntry::Type::File},
                                         std::pair{"a/l", ManifestEntry::Type::Symlink}, std::pair{"c", ManifestEntry::Type::File}}) {
            ManifestEntry e;
            e.path = path;
            e.type = type;
            e.target = type == ManifestEntry::Type::Symlink ? "../../outside" : ""; // a link's target is never followed
            m.entries.push_back(e);
        }
        m.finalize();
        QCOMPARE(Manifest::parse(m.serialize()).entries.size(), std::size_t(4));
    }

    // ---- item 11: empty folders in diffs -------------------------------------------------------

    void diffShowsEmptyFoldersAddedAndRemoved()
    {
        QVERIFY(QDir().mkpath(m_project + u"/gone/deeper"_s));
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        QVERIFY(QDir(m_project + u"/gone"_s).removeRecursively());
        QVERIFY(QDir().mkpath(m_project + u"/new-empty"_s));
        const VersionInfo v2 = m_versions->create(m_id, {}, {}).version;
        const ManifestDiff d = diffManifests(m_versions->manifest(v1), m_versions->manifest(v2));
        QCOMPARE(d.added.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(d.added[0].path), u"new-empty/"_s);
        QVERIFY(d.added[0].folder);
        QCOMPARE(d.removed.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(d.removed[0].path), u"gone/deeper/"_s);
        QVERIFY(d.modified.empty());
        // And against the working folder.
        QVERIFY(QDir().mkpath(m_project + u"/later"_s));
        const ManifestDiff w = diffManifests(m_versions->manifest(v2), m_versions->working(m_id));
        QCOMPARE(w.added.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(w.added[0].path), u"later/"_s);
    }

    // ---- item 14: restore refuses a dangling --to, drops setuid/setgid -------------------------

    void restoreRefusesADanglingSymlinkTarget()
    {
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        const QString link = m_root + u"/dangling"_s;
        QVERIFY(QFile::link(m_root + u"/nowhere"_s, link));
        EXPECT_ERROR(m_versions->restore(v1, link, false), u"symbolic link"_s);
        QVERIFY(!QFileInfo::exists(m_root + u"/nowhere"_s));
        QDirIterator leftovers(m_root, {u"*partial*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY(!leftovers.hasNext());
    }

    void restoredFilesDropSetuidAndSetgid()
    {
        const QString tool = m_project + u"/tool"_s;
        QVERIFY(writeFile(tool, "#!/bin/sh\n"));
        QCOMPARE(::chmod(tool.toLocal8Bit().constData(), 06755), 0);
        const VersionInfo v1 = m_versions->create(m_id, {}, {}).version;
        const QString to = m_root + u"/restored"_s;
        m_versions->restore(v1, to, false);
        struct stat st;
        QCOMPARE(::stat((to + u"/tool"_s).toLocal8Bit().constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0755);
    }

    // ---- item 1: a database that does not know its store --------------------------------------

    void emptyOrMissingDatabaseBesideAStoreIsRefused()
    {
        m_versions->create(m_id, {}, {});
        close();
        const QString db = wsDir() + u"/workspace.db"_s;
        const qsizetype objects = objectCount(storeDir());
        QVERIFY(objects >= 3);
        for (const bool remove : {false, true}) {
            QFile::remove(db + u"-wal"_s);
            QFile::remove(db + u"-shm"_s);
            if (remove)
                QVERIFY(QFile::remove(db));
            else
                QVERIFY(QFile(db).resize(0));
            EXPECT_ERROR(Workspace ws(wsDir()), db);
            EXPECT_ERROR(Workspace ws(wsDir(), Workspace::Access::ReadOnly), db);
            QCOMPARE(QFileInfo::exists(db), !remove); // nothing was created
        }
        QCOMPARE(objectCount(storeDir()), objects);
    }

    void anotherWorkspacesDatabaseIsRefused()
    {
        m_versions->create(m_id, {}, {});
        close();
        // A second workspace, whose database is then put beside the first one's store.
        const QString other = m_root + u"/other"_s;
        { Workspace ws(other); }
        QVERIFY(QFile::remove(wsDir() + u"/workspace.db"_s));
        QFile::remove(wsDir() + u"/workspace.db-wal"_s);
        QFile::remove(wsDir() + u"/workspace.db-shm"_s);
        QVERIFY(QFile::copy(other + u"/workspace.db"_s, wsDir() + u"/workspace.db"_s));
        EXPECT_ERROR(Workspace ws(wsDir()), u"they are not one workspace"_s);
    }

    void gcChecksTheStoreIdItself()
    {
        m_versions->create(m_id, {}, {});
        // The store's id file replaced while the workspace is open: gc must not trust the database.
        const QString idFile = storeDir() + u"/store-id"_s;
        QVERIFY(QFileInfo::exists(idFile));
        QVERIFY(writeFile(idFile, "00000000-0000-0000-0000-000000000000\n"));
        EXPECT_ERROR(m_versions->collectGarbage(), u"not one workspace"_s);
        QVERIFY(isStored(storeDir(), hashOf("alpha")));
    }

    void olderWorkspacesGetAStoreIdOnOpen()
    {
        m_versions->create(m_id, {}, {});
        close();
        // As a workspace made before store ids: no id in the database, no id file.
        {
            db::Database db(wsDir() + u"/workspace.db"_s, db::Database::Mode::ReadWriteExisting);
            db.exec("DELETE FROM workspace_meta");
        }
        QVERIFY(QFile::remove(storeDir() + u"/store-id"_s));
        open();
        QVERIFY(QFileInfo::exists(storeDir() + u"/store-id"_s));
        QCOMPARE(m_versions->collectGarbage().objects, 0);
    }
};

QTEST_GUILESS_MAIN(StoreSafetyTest)
#include "tst_storesafety.moc"
