#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wfs;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString openError(const QString &dir)
    {
        try {
            Workspace ws(dir);
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

private slots:
    void createsFolderLayoutAndPragmas()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("a/b/ws"));
        Workspace ws(dir);
        QVERIFY(QFileInfo(ws.dbPath()).isFile());
        QVERIFY(QFileInfo(ws.storeDir()).isDir());
        QVERIFY(QFileInfo(ws.logsDir()).isDir());
        db::Statement mode(ws.db(), "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        db::Statement fk(ws.db(), "PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.int64(0), 1);
        db::Statement version(ws.db(), "PRAGMA user_version");
        QVERIFY(version.step());
        QCOMPARE(int(version.int64(0)), schema::currentVersion());
        db::Statement app(ws.db(), "PRAGMA application_id");
        QVERIFY(app.step());
        QCOMPARE(int(app.int64(0)), schema::applicationId);
    }

    void roundTripsTheGraph()
    {
        QTemporaryDir tmp;
        QDir(tmp.path()).mkpath(QStringLiteral("proj"));
        NodeId task = 0, project = 0;
        {
            Workspace ws(tmp.filePath(QStringLiteral("ws")));
            GraphStore store(ws);
            Recorder rec(store);
            CardSettings taskCard;
            taskCard.title = QStringLiteral("Training");
            taskCard.icon = CardIcon{QStringLiteral("school"), QStringLiteral("#fff"), QStringLiteral("#123456")};
            task = rec.startTask({QStringLiteral("train"), QStringLiteral("yolo"), QStringLiteral("exp"), taskCard});
            Relation in;
            in.kind = NodeKind::Project;
            in.target = tmp.filePath(QStringLiteral("proj"));
            project = rec.record(task, in);
            rec.finishTask(task, TaskStatus::Succeeded, 0);
        }
        Workspace reopened(tmp.filePath(QStringLiteral("ws")));
        GraphStore store(reopened);
        const GraphSnapshot g = store.snapshot();
        QCOMPARE(g.nodes.size(), std::size_t(2));
        QCOMPARE(g.edges.size(), std::size_t(1));
        QCOMPARE(g.edges.front(), (Edge{project, task}));
        const Node *t = g.find(task);
        QVERIFY(t && t->task);
        QCOMPARE(t->title, QStringLiteral("train"));
        QCOMPARE(t->task->app, QStringLiteral("yolo"));
        QCOMPARE(t->task->group, QStringLiteral("exp"));
        QCOMPARE(t->task->status, TaskStatus::Succeeded);
        QCOMPARE(t->task->exitCode, std::optional<int>(0));
        QVERIFY(t->task->finishedMs >= t->task->startedMs);
        QCOMPARE(t->settings.title, std::optional<QString>(QStringLiteral("Training")));
        QCOMPARE(t->settings.icon->background, QStringLiteral("#123456"));
        const Node *p = g.find(project);
        QCOMPARE(p->kind, NodeKind::Project);
        QCOMPARE(p->title, QStringLiteral("proj"));
    }

    void migratesAnOlderSchemaKeepingData()
    {
        QTemporaryDir tmp;
        const QString dbPath = tmp.filePath(QStringLiteral("workspace.db"));
        {
            // A workspace as schema 1 wrote it, with a finished task and a relation.
            db::Database db(dbPath, db::Database::Mode::ReadWriteCreate);
            schema::migrate(db, 1);
            db.exec("INSERT INTO nodes(id, kind, key, title, created) VALUES(1, 'task', 'k1', 'old task', 0);"
                    "INSERT INTO nodes(id, kind, key, title, path, created) VALUES(2, 'folder', '/data', 'data', '/data', 0);"
                    "INSERT INTO tasks(node_id, status, started, finished) VALUES(1, 'succeeded', 5, 9);"
                    "INSERT INTO edges(src, dst, created) VALUES(2, 1, 0);");
            db::Statement v(db, "PRAGMA user_version");
            QVERIFY(v.step());
            QCOMPARE(v.int64(0), 1);
        }
        Workspace ws(tmp.path());
        db::Statement v(ws.db(), "PRAGMA user_version");
        QVERIFY(v.step());
        QCOMPARE(int(v.int64(0)), schema::currentVersion());
        GraphStore store(ws);
        const GraphSnapshot g = store.snapshot();
        QCOMPARE(g.nodes.size(), std::size_t(2));
        QCOMPARE(g.edges.front(), (Edge{2, 1}));
        QCOMPARE(g.find(1)->task->startedMs, 5);
        QVERIFY(!g.find(1)->task->exitCode);
        // What schema 2 added works on the migrated file.
        store.setTaskLog(1, QStringLiteral("/logs/1.log"));
        store.finishTask(1, TaskStatus::Failed, 4);
        const std::optional<Node> t = store.node(1);
        QCOMPARE(t->task->logPath, QStringLiteral("/logs/1.log"));
        QCOMPARE(t->task->exitCode, std::optional<int>(4));
        db::Statement versions(ws.db(), "SELECT count(*) FROM versions");
        QVERIFY(versions.step());
        QCOMPARE(versions.int64(0), 0);
    }

    void refusesGarbageAndLeavesItUntouched()
    {
        QTemporaryDir tmp;
        const QString dbPath = tmp.filePath(QStringLiteral("workspace.db"));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919) % 251));
        QFile f(dbPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
        f.close();
        const QString error = openError(tmp.path());
        QVERIFY2(error.contains(dbPath), qPrintable(error));
        QCOMPARE(readAll(dbPath), garbage);
    }

    void refusesATruncatedWorkspace()
    {
        QTemporaryDir tmp;
        const QString source = tmp.filePath(QStringLiteral("full"));
        {
            Workspace ws(source);
            GraphStore store(ws);
            Recorder rec(store);
            const NodeId task = rec.startTask({QStringLiteral("t"), {}, {}, {}});
            for (int i = 0; i < 300; ++i) {
                Relation r;
                r.direction = Direction::Output;
                r.target = tmp.filePath(QStringLiteral("out/file-with-a-long-name-%1.bin").arg(i));
                rec.record(task, r);
            }
            ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray whole = readAll(source + QStringLiteral("/workspace.db"));
        QVERIFY(whole.size() > 16384);
        const QString broken = tmp.filePath(QStringLiteral("broken"));
        QDir().mkpath(broken);
        const QByteArray head = whole.left(8192);
        QFile f(broken + QStringLiteral("/workspace.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(head);
        f.close();
        // Opening may succeed (page 1 is intact); reading the graph must fail with the file named.
        QString error;
        try {
            Workspace ws(broken);
            GraphStore(ws).snapshot();
        } catch (const Error &e) {
            error = e.message();
        }
        QVERIFY2(error.contains(broken + QStringLiteral("/workspace.db")), qPrintable(error));
        QCOMPARE(readAll(broken + QStringLiteral("/workspace.db")), head);
    }

    void refusesAForeignDatabase()
    {
        QTemporaryDir tmp;
        const QString dbPath = tmp.filePath(QStringLiteral("workspace.db"));
        {
            db::Database db(dbPath, db::Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos(name) VALUES('x')");
        }
        const QByteArray before = readAll(dbPath);
        const QString error = openError(tmp.path());
        QVERIFY2(error.contains(dbPath) && error.contains(QStringLiteral("another program")), qPrintable(error));
        QCOMPARE(readAll(dbPath), before);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir tmp;
        {
            Workspace ws(tmp.path());
            const std::string sql = "PRAGMA user_version = " + std::to_string(schema::currentVersion() + 1);
            ws.db().exec(sql.c_str());
            ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QString dbPath = tmp.filePath(QStringLiteral("workspace.db"));
        const QByteArray before = readAll(dbPath);
        const QString error = openError(tmp.path());
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(dbPath), qPrintable(error));
        QCOMPARE(readAll(dbPath), before);
    }

    void refusesAFileWhereTheFolderShouldBe()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("plain-file"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(openError(path).contains(path));
    }

    void defaultDirFollowsTheEnvironment()
    {
        qputenv("WFS_WORKSPACE", "/tmp/somewhere-else");
        QCOMPARE(Workspace::defaultDir(), QStringLiteral("/tmp/somewhere-else"));
        qunsetenv("WFS_WORKSPACE");
        QVERIFY(Workspace::defaultDir().endsWith(QStringLiteral("/default")));
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir tmp;
        Workspace ws(tmp.path());
        GraphStore store(ws);
        Recorder rec(store);
        const NodeId task = rec.startTask({QStringLiteral("t"), {}, {}, {}});
        std::vector<Relation> batch(3);
        batch[0].direction = Direction::Output;
        batch[0].target = tmp.filePath(QStringLiteral("ok.txt"));
        batch[1].direction = Direction::Output;
        batch[1].target = tmp.filePath(QStringLiteral("ok2.txt"));
        batch[2].direction = Direction::Input; // a missing input fails the whole batch
        batch[2].target = tmp.filePath(QStringLiteral("missing.txt"));
        QVERIFY_THROWS_EXCEPTION(Error, rec.recordAll(task, batch));
        QCOMPARE(store.nodeCount(), 1);
        QCOMPARE(store.edgeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
