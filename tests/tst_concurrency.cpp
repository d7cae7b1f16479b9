// Many `wfs` processes writing into one workspace at the same time lose nothing, including
// when they race to create the workspace's schema.

#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;


namespace {

constexpr int processes = 8;
constexpr int recordsEach = 200;


QString describe(const CliResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// A parsed `wfs graph --json`.
struct Graph
{
    bool ok = false;
    QString error;
    QJsonArray nodes;
    QJsonArray edges;
};

Graph readGraph(const QString &workspace)
{
    const CliResult r = CliHarness(workspace).runBare({u"graph"_s, u"--json"_s, u"--workspace"_s, workspace},
                                                      wfstest::cleanEnv());
    Graph g;
    if (r.exitCode != 0) {
        g.error = describe(r);
        return g;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        g.error = u"not JSON: "_s + pe.errorString();
        return g;
    }
    g.nodes = doc.object().value(u"nodes").toArray();
    g.edges = doc.object().value(u"edges").toArray();
    g.ok = true;
    return g;
}

// N bash processes that start their work together: each prints "ready", then waits to open
// a FIFO for reading, which returns for all of them once the test opens its writing end.
class Crowd
{
public:
    Crowd(const QString &fifo) : m_fifo(fifo) {}
    ~Crowd()
    {
        for (auto &p : m_procs) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool makeFifo() { return ::mkfifo(QFile::encodeName(m_fifo).constData(), 0600) == 0; }

    void start(int i, const QString &script, QProcessEnvironment env)
    {
        env.insert(u"GO"_s, m_fifo);
        env.insert(u"I"_s, QString::number(i));
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(u"bash"_s, {u"-c"_s, u"echo ready; : < \"$GO\"; "_s + script});
        m_procs.push_back(std::move(p));
    }

    // Waits until every process said "ready", then lets them all go at once.
    bool release()
    {
        const QDeadlineTimer deadline(60000);
        for (auto &p : m_procs) {
            while (!p->canReadLine()) {
                if (p->state() == QProcess::NotRunning || deadline.hasExpired())
                    return false;
                p->waitForReadyRead(1000);
            }
            if (p->readLine() != "ready\n")
                return false;
        }
        m_fd = ::open(QFile::encodeName(m_fifo).constData(), O_RDWR | O_NONBLOCK); // a writer, never blocks
        return m_fd >= 0;
    }

    bool waitAll(int ms)
    {
        const QDeadlineTimer deadline(ms);
        for (auto &p : m_procs) {
            if (!p->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
        }
        return true;
    }

    QProcess &at(int i) { return *m_procs[std::size_t(i)]; }

private:
    QString m_fifo;
    std::vector<std::unique_ptr<QProcess>> m_procs;
    int m_fd = -1;
};

// One positive id a line.
QList<qint64> ids(const QByteArray &out, bool *ok)
{
    QList<qint64> list;
    *ok = true;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        bool lineOk = false;
        const qint64 v = line.toLongLong(&lineOk);
        if (!lineOk || v <= 0)
            *ok = false;
        list << v;
    }
    return list;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

    // The loop each process runs: RECORDS outputs DATA/p<I>_<j> of task $T, one wfs call each.
    static QString recordLoop()
    {
        return u"rc=0; for j in $(seq 0 $((RECORDS - 1))); do "
               u"wfs output --workspace \"$W\" file \"$DATA/p${I}_$j\" --task \"$T\" "
               u"|| { echo \"wfs output failed for $j\" >&2; rc=1; }; done; exit $rc"_s;
    }

    // Asserts that the graph holds exactly the tasks and, for writer I, the 200 outputs
    // DATA/p<I>_<j> of task taskFor[I], each being the card writer I's j-th call printed.
    static void checkGraph(const Graph &g, const QString &data, const QHash<int, qint64> &taskFor,
                           const QHash<int, QList<qint64>> &printed)
    {
        QVERIFY2(g.ok, qPrintable(g.error));
        const QString base = QFileInfo(data).canonicalFilePath();
        QHash<qint64, QJsonObject> nodes;
        for (const QJsonValue &v : g.nodes)
            nodes.insert(v.toObject().value(u"id").toInteger(), v.toObject());
        QCOMPARE(nodes.size(), g.nodes.size()); // no id twice
        const QList<qint64> taskList = taskFor.values();
        const QSet<qint64> tasks(taskList.begin(), taskList.end());
        QCOMPARE(g.nodes.size(), tasks.size() + processes * recordsEach);
        QCOMPARE(g.edges.size(), processes * recordsEach);
        for (qint64 task : tasks)
            QCOMPARE(nodes.value(task).value(u"kind").toString(), u"task"_s);

        QSet<QString> seenPaths;
        QSet<std::pair<qint64, qint64>> seenEdges;
        for (const QJsonValue &v : g.edges) {
            const qint64 from = v.toObject().value(u"from").toInteger();
            const qint64 to = v.toObject().value(u"to").toInteger();
            seenEdges.insert({from, to});
            const QJsonObject n = nodes.value(to);
            QCOMPARE(n.value(u"kind").toString(), u"file"_s);
            const QString path = n.value(u"path").toString();
            const QString name = QFileInfo(path).fileName();
            QCOMPARE(QFileInfo(path).path(), base);
            // p<I>_<j> belongs to writer I's task.
            const int writer = name.mid(1, name.indexOf(u'_') - 1).toInt();
            QVERIFY2(taskFor.contains(writer), qPrintable(path));
            QCOMPARE(from, taskFor.value(writer));
            seenPaths.insert(path);
        }
        QCOMPARE(seenEdges.size(), processes * recordsEach);
        QSet<QString> expectedPaths;
        for (int i = 0; i < processes; ++i) {
            for (int j = 0; j < recordsEach; ++j)
                expectedPaths.insert(base + u"/p%1_%2"_s.arg(i).arg(j));
        }
        QCOMPARE(seenPaths, expectedPaths);

        // What each call printed is the card it recorded.
        for (auto it = printed.begin(); it != printed.end(); ++it) {
            const QList<qint64> &list = it.value();
            QCOMPARE(list.size(), recordsEach);
            for (int j = 0; j < recordsEach; ++j) {
                const QJsonObject n = nodes.value(list[j]);
                QCOMPARE(n.value(u"path").toString(), base + u"/p%1_%2"_s.arg(it.key()).arg(j));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", m_xdg.path().toLocal8Bit());
        QVERIFY2(qEnvironmentVariableIsSet("WFS_BIN") && QFileInfo(CliHarness::wfsPath()).isExecutable(),
                 "run through CTest: WFS_BIN must name the folder of the built wfs");
    }

    // 8 processes x 200 outputs of one task, started together on a workspace made just before.
    void eightWritersOneTask()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const QString ws = tmp.filePath(u"ws"_s);
        const CliResult started = CliHarness(ws).runBare({u"task"_s, u"start"_s, u"Shared"_s, u"--workspace"_s, ws},
                                                         wfstest::cleanEnv());
        QVERIFY2(started.exitCode == 0, qPrintable(describe(started)));
        const qint64 task = started.out.trimmed().toLongLong();
        QCOMPARE(task, 1);

        Crowd crowd(tmp.filePath(u"go"_s));
        QVERIFY(crowd.makeFifo());
        QProcessEnvironment env = wfstest::cleanEnv();
        env.insert(u"W"_s, ws);
        env.insert(u"DATA"_s, data.path());
        env.insert(u"T"_s, QString::number(task));
        env.insert(u"RECORDS"_s, QString::number(recordsEach));
        for (int i = 0; i < processes; ++i)
            crowd.start(i, recordLoop(), env);
        QVERIFY(crowd.release());
        QVERIFY2(crowd.waitAll(540000), "the writers did not finish in time");

        QHash<int, QList<qint64>> printed;
        QSet<qint64> allIds;
        for (int i = 0; i < processes; ++i) {
            QProcess &p = crowd.at(i);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(u"writer %1 exit %2: %3"_s.arg(i).arg(p.exitCode()).arg(QString::fromLocal8Bit(err))));
            QVERIFY2(err.isEmpty(), err.constData());
            bool ok = false;
            printed[i] = ids(p.readAllStandardOutput(), &ok);
            QVERIFY(ok);
            QCOMPARE(printed[i].size(), recordsEach);
            for (qint64 id : std::as_const(printed[i]))
                allIds.insert(id);
        }
        QCOMPARE(allIds.size(), processes * recordsEach); // every call made a card of its own
        QVERIFY(!allIds.contains(task));

        const Graph g = readGraph(ws);
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.nodes.size(), 1 + processes * recordsEach); // 1601
        QCOMPARE(g.edges.size(), processes * recordsEach);     // 1600
        QSet<qint64> targets;
        for (const QJsonValue &v : g.edges) {
            QCOMPARE(v.toObject().value(u"from").toInteger(), task);
            targets.insert(v.toObject().value(u"to").toInteger());
        }
        QCOMPARE(targets, allIds);
        QHash<int, qint64> taskFor;
        for (int i = 0; i < processes; ++i)
            taskFor.insert(i, task);
        checkGraph(g, data.path(), taskFor, printed);
    }

    // 8 processes start on a folder that is not a workspace yet: they race to create the
    // schema, each starts a task of its own and records 200 outputs of it.
    void eightWritersOnABrandNewWorkspace()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const QString ws = tmp.filePath(u"not/yet/ws"_s);
        QVERIFY(!QFileInfo::exists(ws));

        Crowd crowd(tmp.filePath(u"go"_s));
        QVERIFY(crowd.makeFifo());
        QProcessEnvironment env = wfstest::cleanEnv();
        env.insert(u"W"_s, ws);
        env.insert(u"DATA"_s, data.path());
        env.insert(u"RECORDS"_s, QString::number(recordsEach));
        const QString script = u"T=$(wfs task start --workspace \"$W\" \"Writer $I\") || exit 9; echo \"task $T\"; "_s
                               + recordLoop();
        for (int i = 0; i < processes; ++i)
            crowd.start(i, script, env);
        QVERIFY(crowd.release());
        QVERIFY2(crowd.waitAll(540000), "the writers did not finish in time");

        QHash<qint64, int> taskOfWriter;
        QHash<int, qint64> taskFor;
        QHash<int, QList<qint64>> printed;
        for (int i = 0; i < processes; ++i) {
            QProcess &p = crowd.at(i);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(u"writer %1 exit %2: %3"_s.arg(i).arg(p.exitCode()).arg(QString::fromLocal8Bit(err))));
            QVERIFY2(err.isEmpty(), err.constData());
            QByteArray out = p.readAllStandardOutput();
            QVERIFY2(out.startsWith("task "), out.left(200).constData());
            const qsizetype eol = out.indexOf('\n');
            const qint64 task = out.mid(5, eol - 5).toLongLong();
            QVERIFY(task > 0);
            QVERIFY2(!taskOfWriter.contains(task), "two writers got the same task id");
            taskOfWriter.insert(task, i);
            taskFor.insert(i, task);
            bool ok = false;
            printed[i] = ids(out.mid(eol + 1), &ok);
            QVERIFY(ok);
        }
        QCOMPARE(taskOfWriter.size(), processes);

        const Graph g = readGraph(ws);
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.nodes.size(), processes + processes * recordsEach); // 1608: 8 tasks, 1600 files
        QCOMPARE(g.edges.size(), processes * recordsEach);
        checkGraph(g, data.path(), taskFor, printed);
        if (QTest::currentTestFailed())
            return;
        for (const QJsonValue &v : g.nodes) {
            const QJsonObject n = v.toObject();
            if (n.value(u"kind").toString() == u"task")
                QCOMPARE(n.value(u"title").toString(), u"Writer %1"_s.arg(taskOfWriter.value(n.value(u"id").toInteger())));
        }
    }

    // The deterministic form of the race below: another process holds the write lock of a
    // workspace.db that has no schema yet (as the first of several wfs does while creating
    // it). wfs must wait for the lock (its busy timeout is 15 s), not fail at once.
    void newWorkspaceWaitsForAnotherWriter()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(u"ws"_s);
        const QString db = ws + u"/workspace.db"_s;
        QVERIFY(QDir().mkpath(ws));
        QProcess holder;
        holder.start(u"sqlite3"_s, {db});
        QVERIFY(holder.waitForStarted(10000));
        auto cleanup = qScopeGuard([&] {
            holder.kill();
            holder.waitForFinished(5000);
        });
        // The holder waits out a probe that holds the lock for a moment (without .timeout its
        // BEGIN fails at once when they meet, and the lock is never taken).
        holder.write(".timeout 10000\nBEGIN IMMEDIATE;\n");
        // Probe until the lock is held: another BEGIN IMMEDIATE fails while it is.
        auto locked = [&] {
            QProcess probe;
            probe.start(u"sqlite3"_s, {db, u"BEGIN IMMEDIATE; ROLLBACK;"_s});
            return probe.waitForFinished(10000) && probe.exitCode() != 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(locked(), 10000);

        QProcess wfs;
        wfs.setProcessEnvironment(wfstest::cleanEnv());
        wfs.start(CliHarness::wfsPath(), {u"task"_s, u"start"_s, u"Waiter"_s, u"--workspace"_s, ws});
        QVERIFY(wfs.waitForStarted(10000));
        // Hold the lock a while (well below the busy timeout), then let go.
        wfs.waitForFinished(2000);
        holder.write("COMMIT;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(wfs.state() == QProcess::NotRunning || wfs.waitForFinished(60000));
        QVERIFY2(wfs.exitStatus() == QProcess::NormalExit && wfs.exitCode() == 0,
                 qPrintable(u"exit %1: %2"_s.arg(wfs.exitCode()).arg(QString::fromLocal8Bit(wfs.readAllStandardError()))));
        QCOMPARE(wfs.readAllStandardOutput(), QByteArray("1\n"));
        const Graph g = readGraph(ws);
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.nodes.size(), 1);
    }

    // Only the race to create a workspace, many times over: 8 processes open a folder that
    // does not exist yet, half of them to read, half to write.
    void schemaCreationRace()
    {
        for (int round = 0; round < 50; ++round) {
            QTemporaryDir tmp;
            const QString ws = tmp.filePath(u"ws"_s);
            Crowd crowd(tmp.filePath(u"go"_s));
            QVERIFY(crowd.makeFifo());
            QProcessEnvironment env = wfstest::cleanEnv();
            env.insert(u"W"_s, ws);
            const QString script =
                u"if [ $((I % 2)) = 0 ]; then wfs task start --workspace \"$W\" \"R$I\"; "
                u"else wfs graph --json --workspace \"$W\" > /dev/null; fi"_s;
            for (int i = 0; i < processes; ++i)
                crowd.start(i, script, env);
            QVERIFY(crowd.release());
            QVERIFY(crowd.waitAll(120000));
            QSet<qint64> taskIds;
            for (int i = 0; i < processes; ++i) {
                QProcess &p = crowd.at(i);
                const QByteArray err = p.readAllStandardError();
                QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                         qPrintable(u"round %1, process %2: exit %3: %4"_s.arg(round).arg(i).arg(p.exitCode()).arg(
                             QString::fromLocal8Bit(err))));
                QVERIFY2(err.isEmpty(), err.constData());
                if (i % 2 == 0)
                    taskIds.insert(p.readAllStandardOutput().trimmed().toLongLong());
            }
            QCOMPARE(taskIds, QSet<qint64>({1, 2, 3, 4}));
            const Graph g = readGraph(ws);
            QVERIFY2(g.ok, qPrintable(g.error));
            QCOMPARE(g.nodes.size(), processes / 2);
            QVERIFY(g.edges.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
