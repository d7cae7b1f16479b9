// Issue 10 through the real `wfs`: gc refused when the database does not know its store, a
// finished task keeps its status, the seed's WorkflowSettings names in --meta, leftovers of killed
// restores and creates swept, cancel reaching processes that left the group (setsid), a saved
// process group id never signalled once it names a stranger, and reading on a full disk.

#include "model/db/Sqlite.h"
#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"
#include "tests/PipelineTestSupport.h"
#include "tests/StoreTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wfstest;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir, const QString &pattern)
{
    QStringList out;
    for (QDirIterator it(dir, {pattern}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories); it.hasNext();)
        out << it.next();
    return out;
}

} // namespace

class SafetyTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;

    QString ws() const { return m_root + u"/ws"_s; }
    CliResult wfs(const QStringList &args) const { return CliHarness(ws()).run(args, cleanEnv()); }

    // A project of `count` small files with one version.
    QString projectWithVersion(int count)
    {
        const QString project = m_root + u"/project"_s;
        for (int i = 0; i < count; ++i)
            writeFile(project + u"/d%1/f%2.txt"_s.arg(i % 20).arg(i), QByteArray::number(i).repeated(50));
        const CliResult r = wfs({u"version"_s, u"create"_s, project});
        return r.exitCode == 0 ? project : QString();
    }

    std::unique_ptr<QProcess> startWfs(const QStringList &args, const QString &workdir = {}) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(cleanEnv());
        if (!workdir.isEmpty())
            p->setWorkingDirectory(workdir);
        p->start(CliHarness::wfsPath(), QStringList{u"--workspace"_s, ws()} + args);
        p->waitForStarted(10000);
        p->closeWriteChannel();
        return p;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->path();
    }

    void cleanup() { m_dir.reset(); }

    // ---- item 1 -----------------------------------------------------------------------------

    void gcIsRefusedWhenTheDatabaseDoesNotKnowTheStore()
    {
        QVERIFY(!projectWithVersion(30).isEmpty());
        const int objects = storetest::objectCount(ws() + u"/store"_s);
        QCOMPARE(objects, 31); // 30 files and the file list, in a pack
        const QString db = ws() + u"/workspace.db"_s;
        QVERIFY(QFile(db).resize(0));
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        const CliResult gc = wfs({u"store"_s, u"gc"_s});
        QCOMPARE(gc.exitCode, 1);
        QVERIFY2(oneErrorLine(gc) && gc.err.contains(db), qPrintable(describe(gc)));
        QCOMPARE(storetest::objectCount(ws() + u"/store"_s), objects);
        QCOMPARE(QFileInfo(db).size(), 0);

        QVERIFY(QFile::remove(db));
        const CliResult missing = wfs({u"store"_s, u"gc"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"missing"_s), qPrintable(describe(missing)));
        QVERIFY(!QFileInfo::exists(db));
        QCOMPARE(storetest::objectCount(ws() + u"/store"_s), objects);
    }

    // ---- item 9 -----------------------------------------------------------------------------

    void finishingAFinishedTaskIsRefused()
    {
        const CliResult start = wfs({u"task"_s, u"start"_s, u"Train"_s});
        CHECK_OK(start);
        const QString task = start.out.trimmed();
        CHECK_OK(wfs({u"task"_s, u"finish"_s, task, u"--status"_s, u"failed"_s}));
        const CliResult again = wfs({u"task"_s, u"finish"_s, task, u"--status"_s, u"succeeded"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(oneErrorLine(again) && again.err.contains(u"failed"_s), qPrintable(describe(again)));
        const Graph g = Graph::of(wfs({u"graph"_s, u"--json"_s}));
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.nodes.size(), 1);
        QCOMPARE(g.nodes[0].toObject()[u"status"_s].toString(), u"failed"_s);
    }

    // ---- item 12 ----------------------------------------------------------------------------

    void metaTakesWorkflowSettingsNames()
    {
        const CliResult start = wfs({u"task"_s, u"start"_s, u"Export"_s});
        CHECK_OK(start);
        const QString task = start.out.trimmed();
        const QString meta = u"{\"customRelationSettings\": {\"title\": \"Project Archive\", \"icon\": \"archive\", "
                             "\"icon_color\": \"#ff4c9e\", \"icon_bg_color\": \"#ffe3ed\", \"url\": \"/files/1\", "
                             "\"url_title\": \"Download\"}, \"node_settings\": {\"description\": \"exports\", "
                             "\"icon\": \"zmdi-download\"}}"_s;
        const CliResult out = wfs({u"output"_s, u"file"_s, m_root + u"/archive.tar"_s, u"--task"_s, task, u"--meta"_s, meta});
        CHECK_OK(out);
        // An icon alone, colours left to the card.
        CHECK_OK(wfs({u"output"_s, u"file"_s, m_root + u"/b.bin"_s, u"--task"_s, task, u"--icon"_s, u"image"_s}));
        const CliResult oneColour = wfs({u"output"_s, u"file"_s, m_root + u"/c.bin"_s, u"--task"_s, task, u"--icon"_s,
                                         u"image"_s, u"--icon-color"_s, u"#123"_s});
        CHECK_OK(oneColour);
        const Graph g = Graph::of(wfs({u"graph"_s, u"--json"_s}));
        QVERIFY2(g.ok, qPrintable(g.error));
        QHash<QString, QJsonObject> settings;
        for (const QJsonValue &n : g.nodes)
            settings.insert(n.toObject()[u"title"_s].toString(), n.toObject()[u"settings"_s].toObject());
        const QJsonObject archive = settings.value(u"archive.tar"_s);
        QCOMPARE(archive[u"title"_s].toString(), u"Project Archive"_s);
        QCOMPARE(archive[u"icon"_s].toObject()[u"icon"_s].toString(), u"archive"_s);
        QCOMPARE(archive[u"icon"_s].toObject()[u"backgroundColor"_s].toString(), u"#ffe3ed"_s);
        QCOMPARE(archive[u"mainLink"_s].toObject()[u"title"_s].toString(), u"Download"_s);
        QCOMPARE(settings.value(u"Export"_s)[u"icon"_s].toObject()[u"icon"_s].toString(), u"download"_s);
        QCOMPARE(settings.value(u"b.bin"_s)[u"icon"_s].toObject()[u"icon"_s].toString(), u"image"_s);
        QCOMPARE(settings.value(u"c.bin"_s)[u"icon"_s].toObject()[u"color"_s].toString(), u"#123"_s);

        const CliResult bad = wfs({u"output"_s, u"file"_s, m_root + u"/d.bin"_s, u"--task"_s, task, u"--meta"_s,
                                   u"{\"customRelationSettings\": {\"icon_color\": \"#fff\"}}"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"customRelationSettings.icon_color"_s), qPrintable(describe(bad)));
        const CliResult help = wfs({u"output"_s, u"--help"_s});
        QVERIFY(help.out.contains(u"icon_bg_color"_s) && help.out.contains(u"backgroundColor"_s));
    }

    // ---- item 11 ----------------------------------------------------------------------------

    void diffListsEmptyFolders()
    {
        const QString project = projectWithVersion(3);
        QVERIFY(!project.isEmpty());
        QVERIFY(QDir().mkpath(project + u"/empty"_s));
        const CliResult text = wfs({u"version"_s, u"diff"_s, project, u"1"_s});
        CHECK_OK(text);
        QVERIFY2(text.out.contains(u"+ empty/ ("_s), qPrintable(describe(text)));
        CHECK_OK(wfs({u"version"_s, u"create"_s, project}));
        const CliResult json = wfs({u"version"_s, u"diff"_s, project, u"1"_s, u"2"_s, u"--json"_s});
        CHECK_OK(json);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object()[u"added"_s].toArray(), QJsonArray{u"empty/"_s});
    }

    // ---- item 13 ----------------------------------------------------------------------------

    void killedRestoreLeavesNothingForLong()
    {
        const QString project = projectWithVersion(3000);
        QVERIFY(!project.isEmpty());
        const QString target = m_root + u"/restored"_s;
        int killedAt = 0;
        // Killed while its partial folder holds files (gc reports leftover files; folders come
        // first). A restore may still finish before the kill lands: such attempts are tried again.
        const auto holdsAFile = [](const QString &dir) {
            return QDirIterator(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories).hasNext();
        };
        for (int attempt = 0; attempt < 20 && !killedAt; ++attempt) {
            auto p = startWfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, target});
            const int pid = int(p->processId()); // 0 once it has finished
            const QString partial = target + u".partial-%1"_s.arg(pid);
            if (waitFor([&] { return holdsAFile(partial) || p->state() == QProcess::NotRunning; })
                && p->state() != QProcess::NotRunning) {
                ::kill(pid_t(pid), SIGKILL);
                p->waitForFinished(10000);
                if (holdsAFile(partial))
                    killedAt = pid;
            }
            p->waitForFinished(10000);
            QDir(target).removeRecursively();
            if (!killedAt)
                QDir(partial).removeRecursively();
        }
        QVERIFY(killedAt);
        QVERIFY(QFileInfo::exists(target + u".partial-%1"_s.arg(killedAt)));
        const CliResult gc = wfs({u"store"_s, u"gc"_s});
        CHECK_OK(gc);
        QVERIFY2(gc.out.contains(u"leftover"_s), qPrintable(describe(gc)));
        QVERIFY(!QFileInfo::exists(target + u".partial-%1"_s.arg(killedAt)));
    }

    void failedRestoreRemovesNonUtf8Names()
    {
        const QString project = m_root + u"/raw"_s;
        const QByteArray rawDir = QFile::encodeName(project) + "/\xff\xfe-dir";
        QVERIFY(QDir().mkpath(project));
        QCOMPARE(::mkdir(rawDir.constData(), 0755), 0);
        QVERIFY(writeFile(project + u"/payload.bin"_s, "payload"));
        CHECK_OK(wfs({u"version"_s, u"create"_s, project}));
        // The payload's object damaged (in its pack): the restore fails after its folders exist.
        QVERIFY(storetest::damageObject(ws() + u"/store"_s, wfs::Hash::of(QByteArray("payload")), 4));
        const QString target = m_root + u"/back"_s;
        const CliResult r = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(entries(m_root, u"back*"_s).isEmpty());
        QCOMPARE(::rmdir(rawDir.constData()), 0); // QTemporaryDir cannot remove such names
    }

    void killedCreateTemporariesAreSweptByTheNextCreate()
    {
        const QString project = m_root + u"/big"_s;
        // More files than one pack takes (8,192): a pack is written into store/tmp mid-way.
        for (int i = 0; i < 9000; ++i)
            writeFile(project + u"/d%1/f%2"_s.arg(i % 40).arg(i), QByteArray::number(i * 7919).repeated(40));
        bool killed = false;
        // Killed while a pack or object is being written. Between two packs, or after the last,
        // there is none to leave: such attempts are undone and tried again.
        const auto leftovers = [&] {
            return !entries(ws() + u"/store"_s, u"*.tmp*"_s).isEmpty() || !entries(ws() + u"/store/tmp"_s, u"*"_s).isEmpty();
        };
        for (int attempt = 0; attempt < 20 && !killed; ++attempt) {
            auto p = startWfs({u"version"_s, u"create"_s, project});
            waitFor([&] { return leftovers() || p->state() == QProcess::NotRunning; });
            if (p->state() != QProcess::NotRunning) {
                ::kill(pid_t(p->processId()), SIGKILL);
                p->waitForFinished(10000);
                killed = leftovers();
            }
            p->waitForFinished(10000);
            if (!killed) // whether or not the version was made: start from none
                wfs({u"version"_s, u"delete"_s, project, u"--num"_s, u"1"_s, u"--yes"_s});
        }
        QVERIFY(killed);
        writeFile(project + u"/new"_s, "new");
        CHECK_OK(wfs({u"version"_s, u"create"_s, project}));
        QCOMPARE(entries(ws() + u"/store/objects"_s, u".tmp-*"_s), QStringList());
        QCOMPARE(entries(ws() + u"/store/tmp"_s, u"*"_s), QStringList());
    }

    // ---- item 2 -----------------------------------------------------------------------------

    void cancelReachesProcessesThatLeftTheGroup()
    {
        const QString pidFile = m_root + u"/escaped.pid"_s;
        // The subshell exits at once: its setsid'd child is orphaned and must still be found. It
        // writes its own pid (setsid(1) may fork, so $! is not always it).
        auto p = startWfs({u"run"_s, u"--name"_s, u"escape"_s, u"--"_s, u"bash"_s, u"-c"_s,
                           u"(setsid bash -c 'echo $$ > %1; exec sleep 777' &); sleep 600"_s.arg(pidFile)});
        QVERIFY(waitFor([&] { return pidIn(pidFile) > 0; }));
        const pid_t escaped = pid_t(pidIn(pidFile));
        auto stop = qScopeGuard([&] { ::kill(escaped, SIGKILL); });
        QVERIFY(processAlive(escaped));
        QThread::msleep(200);
        ::kill(pid_t(p->processId()), SIGTERM);
        QVERIFY(p->waitForFinished(20000));
        QVERIFY2(waitFor([&] { return !processAlive(escaped); }, 10000), "a setsid'd descendant outlived cancel");
    }

    void leftoversThatLeftTheGroupDieWithTheirTask()
    {
        // The escaped process writes its own pid (setsid(1) may fork, so $! is not always it).
        const QString flowDir = m_root + u"/flow"_s;
        const QString pidFile = m_root + u"/left.pid"_s;
        QVERIFY(writeFile(flowDir + u"/.apolo/left.yml"_s,
                          u"kind: batch\ntasks:\n  - id: leave\n    bash: \"(setsid bash -c 'echo $$ > %1; exec sleep 777' &); while [ ! -s %1 ]; do sleep 0.05; done\"\n"_s.arg(pidFile).toUtf8()));
        auto p = startWfs({u"bake"_s, u"left"_s}, flowDir);
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const pid_t left = pid_t(pidIn(pidFile));
        QVERIFY(left > 0);
        auto stop = qScopeGuard([&] { ::kill(left, SIGKILL); });
        QVERIFY2(waitFor([&] { return !processAlive(left); }, 10000), "a setsid'd leftover outlived its task");
    }

    void aReusedGroupIdIsNeverSignalled()
    {
        const QString flowDir = m_root + u"/flow"_s;
        QVERIFY(writeFile(flowDir + u"/.apolo/slow.yml"_s, "kind: batch\ntasks:\n  - id: slow\n    bash: sleep 600\n"));
        auto runner = startWfs({u"bake"_s, u"slow"_s}, flowDir);
        qint64 pgid = 0;
        QVERIFY(waitFor([&] {
            try {
                wfs::db::Database db(ws() + u"/workspace.db"_s, wfs::db::Database::Mode::ReadOnly);
                wfs::db::Statement st(db, "SELECT pgid FROM bake_tasks WHERE status = 'running'");
                pgid = st.step() ? st.int64(0) : 0;
            } catch (const std::exception &) {
                pgid = 0;
            }
            return pgid > 0;
        }));
        // A crash: the runner and its task are gone...
        ::kill(pid_t(runner->processId()), SIGKILL);
        runner->waitForFinished(10000);
        ::kill(-pid_t(pgid), SIGKILL);
        QVERIFY(waitFor([&] { return ::kill(-pid_t(pgid), 0) != 0; }));
        // ...and the saved id now names a stranger's group.
        QProcess stranger;
        stranger.start(u"setsid"_s, {u"sleep"_s, u"777"_s});
        QVERIFY(stranger.waitForStarted());
        auto stop = qScopeGuard([&] { stranger.kill(); stranger.waitForFinished(); });
        {
            wfs::db::Database db(ws() + u"/workspace.db"_s, wfs::db::Database::Mode::ReadWriteExisting);
            db.exec("PRAGMA busy_timeout = 10000");
            wfs::db::Statement st(db, "UPDATE bake_tasks SET pgid = ? WHERE status = 'running'");
            st.bind(1, stranger.processId()).exec();
        }
        const CliResult bakes = wfs({u"bakes"_s, u"--json"_s});
        CHECK_OK(bakes);
        const QString bake = QString::number(QJsonDocument::fromJson(bakes.out.toUtf8()).array()[0].toObject()[u"bake"_s].toInteger());
        CHECK_OK(wfs({u"cancel"_s, bake}));
        QVERIFY2(!stranger.waitForFinished(1500), "a stranger's process group was signalled");
        QVERIFY(processAlive(pid_t(stranger.processId())));
    }

    // ---- item 15 ----------------------------------------------------------------------------

    void readingWorksOnAFullDisk()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        const QString mount = m_root + u"/small"_s;
        QVERIFY(QDir().mkpath(mount));
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"tmpfs"_s, mount}) != 0)
            QSKIP("cannot mount a tmpfs here");
        auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {u"-l"_s, mount}); });
        const QString workspace = mount + u"/ws"_s;
        CliHarness cli(workspace);
        const QString project = m_root + u"/p"_s;
        QVERIFY(writeFile(project + u"/a.txt"_s, "alpha"));
        CHECK_OK(cli.run({u"version"_s, u"create"_s, project}, cleanEnv()));
        CHECK_OK(cli.run({u"task"_s, u"start"_s, u"Before the disk filled"_s}, cleanEnv()));
        // Fill it to the last block.
        QFile filler(mount + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();

        const CliResult graph = cli.run({u"graph"_s, u"--json"_s}, cleanEnv());
        CHECK_OK(graph);
        QVERIFY(graph.out.contains(u"Before the disk filled"_s));
        const CliResult verify = cli.run({u"store"_s, u"verify"_s}, cleanEnv());
        CHECK_OK(verify);
        QVERIFY2(verify.out.contains(u"0 damaged, 0 missing"_s), qPrintable(describe(verify)));
        const CliResult write = cli.run({u"task"_s, u"start"_s, u"After"_s}, cleanEnv());
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(u"disk is full"_s), qPrintable(describe(write)));
    }
};

QTEST_GUILESS_MAIN(SafetyTest)
#include "tst_safety.moc"
