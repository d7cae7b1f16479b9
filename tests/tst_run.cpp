// `wfs run` with real child processes: exit codes, the kept log, the environment its
// program and the program's children see, declared inputs and outputs, and cancelling.

#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

using namespace wfstest;

namespace {


// What every child gets: no inherited task or workspace, the built wfs first on PATH.




bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}



class Wfs
{
public:
    explicit Wfs(const QString &dir) : m_harness(dir) {}

    const QString &dir() const { return m_harness.workspace(); }

    // `wfs COMMAND --workspace DIR ARGS...`: the option goes after the command words.
    CliResult operator()(QStringList args, const QProcessEnvironment &extra = {}) const
    {
        const qsizetype at = qMin(args.value(0) == u"task" ? qsizetype(2) : qsizetype(1), args.size());
        args.insert(at, dir());
        args.insert(at, u"--workspace"_s);
        return m_harness.runBare(args, cleanEnv(extra));
    }

    // `wfs run --workspace DIR --name NAME OPTIONS... -- PROGRAM...`
    CliResult run(const QString &name, const QStringList &options, const QStringList &program,
                  const QProcessEnvironment &extra = {}) const
    {
        return (*this)(QStringList{u"run"_s, u"--name"_s, name} + options + QStringList{u"--"_s} + program, extra);
    }

    Graph graph() const
    {
        return Graph::of((*this)({u"graph"_s, u"--json"_s}));
    }

private:
    CliHarness m_harness;
};

QStringList bash(const QString &script)
{
    return {u"bash"_s, u"-c"_s, script};
}

QProcessEnvironment envWith(std::initializer_list<std::pair<QString, QString>> entries)
{
    QProcessEnvironment env;
    for (const auto &[k, v] : entries)
        env.insert(k, v);
    return env;
}

// The pid a script wrote into `path`, or 0 while it is not there yet.
pid_t pidIn(const QString &path)
{
    const QByteArray text = fileBytes(path).trimmed();
    bool ok = false;
    const int pid = text.toInt(&ok);
    return ok && pid > 0 ? pid_t(pid) : 0;
}

bool processGone(pid_t pid)
{
    return ::kill(pid, 0) == -1 && errno == ESRCH;
}

} // namespace


class TestRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg; // a default workspace can never land in the real home

    // The one task of a graph.
    static QJsonObject onlyTask(const Graph &g)
    {
        const QList<QJsonObject> tasks = g.ofKind(u"task"_s);
        return tasks.size() == 1 ? tasks.front() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", m_xdg.path().toLocal8Bit());
        QVERIFY2(qEnvironmentVariableIsSet("WFS_BIN") && QFileInfo(CliHarness::wfsPath()).isExecutable(),
                 "run through CTest: WFS_BIN must name the folder of the built wfs");
    }

    void exitCodePassesThrough_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("status");
        QTest::newRow("exit 0") << u"exit 0"_s << 0 << u"succeeded"_s;
        QTest::newRow("true") << u"true"_s << 0 << u"succeeded"_s;
        QTest::newRow("exit 3") << u"exit 3"_s << 3 << u"failed"_s;
        QTest::newRow("exit 255") << u"exit 255"_s << 255 << u"failed"_s;
        QTest::newRow("killed by SIGKILL") << u"kill -KILL $$"_s << 128 + 9 << u"failed"_s;
        QTest::newRow("killed by SIGSEGV") << u"kill -SEGV $$"_s << 128 + 11 << u"failed"_s;
    }
    void exitCodePassesThrough()
    {
        QFETCH(QString, script);
        QFETCH(int, code);
        QFETCH(QString, status);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const CliResult r = wfs.run(u"Job"_s, {}, bash(script));
        CHECK_EXIT(r, code);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        const QJsonObject t = onlyTask(g);
        QCOMPARE(t.value(u"title").toString(), u"Job"_s);
        QCOMPARE(t.value(u"status").toString(), status);
        QVERIFY(t.contains(u"exit_code"));
        QCOMPARE(t.value(u"exit_code").toInt(-1), code);
        const qint64 started = t.value(u"started").toInteger();
        const qint64 finished = t.value(u"finished").toInteger();
        QVERIFY2(started > 0, qPrintable(QString::number(started)));
        QVERIFY2(finished >= started, qPrintable(u"%1 < %2"_s.arg(finished).arg(started)));
    }

    void programThatCannotStart_data()
    {
        QTest::addColumn<QString>("program"); // "%1" is the temporary folder
        QTest::newRow("not on PATH") << u"wfs-test-no-such-program"_s;
        QTest::newRow("missing path") << u"%1/missing/prog"_s;
        QTest::newRow("not executable") << u"%1/plain.txt"_s;
    }
    void programThatCannotStart()
    {
        QFETCH(QString, program);
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"plain.txt"_s), "echo hi\n"));
        program = program.arg(tmp.path());
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const CliResult r = wfs.run(u"Broken"_s, {}, {program, u"arg"_s});
        CHECK_EXIT(r, 127);
        QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: "_s + program + u": "_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        const QJsonObject t = onlyTask(g);
        QCOMPARE(t.value(u"status").toString(), u"failed"_s);
        QCOMPARE(t.value(u"exit_code").toInt(-1), 127);
        QVERIFY(t.value(u"finished").toInteger() >= t.value(u"started").toInteger());
        // The reason is kept in the log as well.
        QVERIFY(!fileBytes(t.value(u"log").toString()).trimmed().isEmpty());
    }

    void combinedOutputIsLoggedAndEchoed()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const CliResult r = wfs.run(u"Chatty"_s, {},
                                    bash(u"echo out-1; echo err-1 >&2; printf 'out-2\\n'; echo err-2 >&2; exit 4"_s));
        CHECK_EXIT(r, 4);
        const QString expected = u"out-1\nerr-1\nout-2\nerr-2\n"_s;
        QCOMPARE(r.out, expected); // echoed on wfs's stdout, stderr included, nothing else
        QCOMPARE(r.err, QString());

        GRAPH(g, wfs);
        const QJsonObject t = onlyTask(g);
        const qint64 task = t.value(u"id").toInteger();
        const QString log = t.value(u"log").toString();
        QCOMPARE(log, QDir(wfs.dir()).absolutePath() + u"/logs/task-%1.log"_s.arg(task));
        QVERIFY(QFileInfo(log).isFile());
        QCOMPARE(QString::fromUtf8(fileBytes(log)), expected);

        // A second run keeps a log of its own.
        const CliResult r2 = wfs.run(u"Quiet"_s, {}, bash(u"echo second"_s));
        CHECK_EXIT(r2, 0);
        GRAPH(g2, wfs);
        QCOMPARE(g2.nodes.size(), 2);
        QString secondLog;
        for (const QJsonObject &n : g2.ofKind(u"task"_s)) {
            if (n.value(u"title").toString() == u"Quiet")
                secondLog = n.value(u"log").toString();
        }
        QVERIFY(!secondLog.isEmpty() && secondLog != log);
        QCOMPARE(fileBytes(secondLog), QByteArray("second\n"));
        QCOMPARE(QString::fromUtf8(fileBytes(log)), expected);
    }

    void programSeesItsTaskAndWorkspace()
    {
        QTemporaryDir tmp;
        QTemporaryDir elsewhere;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        // Leftovers in wfs's own environment do not leak through: the program gets this run's.
        const CliResult r = wfs.run(u"Env"_s, {}, bash(u"echo \"$WFS_TASK_ID|$WFS_WORKSPACE\""_s),
                                    envWith({{u"WFS_TASK_ID"_s, u"999"_s}, {u"WFS_WORKSPACE"_s, elsewhere.path()}}));
        CHECK_EXIT(r, 0);
        GRAPH(g, wfs);
        const qint64 task = onlyTask(g).value(u"id").toInteger();
        QCOMPARE(r.out, u"%1|%2\n"_s.arg(task).arg(QDir(wfs.dir()).absolutePath()));
        QVERIFY(!QFileInfo::exists(elsewhere.filePath(u"workspace.db"_s)));
    }

    void grandchildrenRecordOnTheTask()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString outFile = data.filePath(u"result.txt"_s);
        const QString inDir = data.filePath(u"images"_s);
        QVERIFY(QDir().mkpath(inDir));
        // Two shells down, with no --workspace and no --task: only the environment tells.
        const CliResult r = wfs.run(
            u"Nested"_s, {},
            bash(u"bash -c 'wfs output file \"$OUTF\" && wfs input dataset \"$IND\" && echo inner-done'"_s),
            envWith({{u"OUTF"_s, outFile}, {u"IND"_s, inDir}}));
        CHECK_EXIT(r, 0);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 3);
        const qint64 task = onlyTask(g).value(u"id").toInteger();
        const qint64 out = g.idOf(u"file"_s, canonical(data.path()) + u"/result.txt"_s);
        const qint64 in = g.idOf(u"dataset"_s, canonical(inDir));
        QVERIFY(out > 0);
        QVERIFY(in > 0);
        QCOMPARE(g.edgeSet(), EdgeSet({{task, out}, {in, task}}));
        QCOMPARE(onlyTask(g).value(u"status").toString(), u"succeeded"_s);
        // The ids the inner calls printed came through wfs run's echo.
        QCOMPARE(r.out, u"%1\n%2\ninner-done\n"_s.arg(out).arg(in));
        // Nothing went to a default workspace.
        QVERIFY(QDir(m_xdg.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void inputsBeforeOutputsAfter()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = data.filePath(u"project"_s);
        const QString source = data.filePath(u"source.csv"_s);
        const QString result = data.filePath(u"result.csv"_s);
        const QString snapshot = tmp.filePath(u"during.json"_s);
        QVERIFY(QDir().mkpath(project));
        QVERIFY(writeFile(source, "a\n"));
        // The program looks at the graph while it runs, then writes its output.
        const CliResult r = wfs.run(
            u"Convert"_s,
            {u"--in"_s, u"project:"_s + project, u"--in"_s, u"file:"_s + source, u"--out"_s, u"file:"_s + result,
             u"--out"_s, u"app"_s, u"--app"_s, u"Converter"_s},
            bash(u"wfs graph --json > \"$SNAP\" && echo done > \"$RESULT\""_s),
            envWith({{u"SNAP"_s, snapshot}, {u"RESULT"_s, result}}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, QString());

        const Graph during = Graph::parse(fileBytes(snapshot));
        QVERIFY2(during.ok, qPrintable(during.error));
        const qint64 task = onlyTask(during).value(u"id").toInteger();
        const qint64 p = during.idOf(u"project"_s, canonical(project));
        const qint64 s = during.idOf(u"file"_s, canonical(source));
        QVERIFY(p > 0 && s > 0);
        // The input project was versioned first: the task reads version 1 of it.
        const QList<QJsonObject> versions = during.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.front().value(u"project").toInteger(), p);
        QCOMPARE(versions.front().value(u"number").toInt(), 1);
        const qint64 v = versions.front().value(u"id").toInteger();
        QCOMPARE(during.nodes.size(), 4); // no output yet
        QCOMPARE(during.edgeSet(), EdgeSet({{v, task}, {s, task}}));
        QCOMPARE(onlyTask(during).value(u"status").toString(), u"running"_s);
        QVERIFY(!onlyTask(during).contains(u"finished"));

        GRAPH(after, wfs);
        QCOMPARE(after.nodes.size(), 6);
        const qint64 out = after.idOf(u"file"_s, canonical(result));
        QVERIFY(out > 0);
        const QList<QJsonObject> sessions = after.ofKind(u"app_session"_s);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.front().value(u"title").toString(), u"Converter"_s);
        const qint64 app = sessions.front().value(u"id").toInteger();
        QCOMPARE(after.edgeSet(), EdgeSet({{v, task}, {s, task}, {task, out}, {task, app}}));
        QCOMPARE(onlyTask(after).value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(onlyTask(after).value(u"app").toString(), u"Converter"_s);
    }

    void missingInputCreatesNoTask()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString marker = tmp.filePath(u"ran"_s);
        const QString missing = tmp.filePath(u"nope.csv"_s);
        QVERIFY(QDir().mkpath(tmp.filePath(u"present"_s)));
        const CliResult r = wfs.run(u"Never"_s, {u"--in"_s, u"folder:"_s + tmp.filePath(u"present"_s), u"--in"_s,
                                                 u"file:"_s + missing},
                                    bash(u"touch \"$MARKER\""_s), envWith({{u"MARKER"_s, marker}}));
        CHECK_EXIT(r, 1);
        QVERIFY2(oneErrorLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"No such file or folder: "_s + canonical(tmp.path()) + u"/nope.csv"_s), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(marker), "the program must not run");
        GRAPH(g, wfs);
        QVERIFY(g.nodes.isEmpty()); // neither the task nor the first input
        QVERIFY(g.edges.isEmpty());
        QVERIFY(QDir(wfs.dir() + u"/logs"_s).entryList(QDir::Files).isEmpty());
    }

    void outputThatCannotBeRecordedFailsTheTask()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString file = tmp.filePath(u"plain.txt"_s);
        const QString marker = tmp.filePath(u"ran"_s);
        QVERIFY(writeFile(file, "x"));
        const CliResult r = wfs.run(u"Misdeclared"_s, {u"--out"_s, u"folder:"_s + file},
                                    bash(u"touch \"$MARKER\""_s), envWith({{u"MARKER"_s, marker}}));
        CHECK_EXIT(r, 1);
        QVERIFY2(r.err.contains(u"outputs not recorded: "_s) && r.err.contains(u"is not a folder"_s), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(marker));
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        QCOMPARE(onlyTask(g).value(u"status").toString(), u"failed"_s);
        QCOMPARE(onlyTask(g).value(u"exit_code").toInt(-1), 0); // the program's own code
    }

    // A run that cannot keep its log must not leave its task "running" for ever.
    void unwritableLogStillFinishesTheTask()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        GRAPH(empty, wfs); // creates the workspace
        QVERIFY(empty.nodes.isEmpty());
        // The first task is task 1; a folder where its log file should go.
        QVERIFY(QDir().mkpath(wfs.dir() + u"/logs/task-1.log"_s));
        const CliResult r = wfs.run(u"NoLog"_s, {}, {u"true"_s});
        CHECK_EXIT(r, 1);
        QVERIFY2(oneErrorLine(r) && r.err.contains(u"Cannot write the log "_s), qPrintable(describe(r)));
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        QCOMPARE(onlyTask(g).value(u"id").toInteger(), 1);
        QCOMPARE(onlyTask(g).value(u"status").toString(), u"failed"_s);
        QVERIFY(onlyTask(g).contains(u"finished"));
    }

    // `wfs run ... | head -1`: when the reader of wfs's output goes away, the run goes on
    // being recorded (log and final status) instead of wfs dying of SIGPIPE mid-run.
    void closedStdoutDoesNotAbandonTheTask()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString go = tmp.filePath(u"reader-gone"_s);
        const QString mark = tmp.filePath(u"program-done"_s);
        QProcess shell;
        shell.setProcessEnvironment(cleanEnv(envWith({{u"WFS"_s, CliHarness::wfsPath()},
                                                      {u"W"_s, wfs.dir()},
                                                      {u"GO"_s, go},
                                                      {u"MARK"_s, mark}})));
        // The program writes a line, waits until the reader has gone, then writes more.
        shell.start(u"bash"_s,
                    {u"-c"_s,
                     u"\"$WFS\" run --workspace \"$W\" --name Piped -- bash -c "
                     u"'echo first; until [ -e \"$GO\" ]; do sleep 0.05; done; "
                     u"for i in $(seq 1000); do echo line $i; done; echo done > \"$MARK\"' "
                     u"| { head -c1 > /dev/null; touch \"$GO\"; }; echo \"wfs=${PIPESTATUS[0]}\""_s});
        QVERIFY(shell.waitForFinished(60000));
        // wfs waited for its program and exited with its code.
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), u"wfs=0\n"_s);
        QVERIFY(QFileInfo::exists(mark));
        GRAPH(g, wfs);
        const QJsonObject t = onlyTask(g);
        QCOMPARE(t.value(u"status").toString(), u"succeeded"_s);
        QVERIFY(fileBytes(t.value(u"log").toString()).endsWith("line 1000\n"));
    }

    void taskCardOptions()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const CliResult r = wfs.run(
            u"Styled"_s,
            {u"--app"_s, u"Trainer"_s, u"--group"_s, u"nightly"_s, u"--task-title"_s, u"<h4>Shown</h4>"_s,
             u"--task-icon"_s, u"archive"_s, u"--task-icon-color"_s, u"#fff"_s, u"--task-icon-bg"_s, u"#000"_s,
             u"--meta"_s, u"{\"customNodeSettings\":{\"description\":\"<small>D</small>\",\"title\":\"M\"}}"_s},
            {u"true"_s});
        CHECK_EXIT(r, 0);
        GRAPH(g, wfs);
        const QJsonObject t = onlyTask(g);
        QCOMPARE(t.value(u"title").toString(), u"Styled"_s);
        QCOMPARE(t.value(u"app").toString(), u"Trainer"_s);
        QCOMPARE(t.value(u"group").toString(), u"nightly"_s);
        QCOMPARE(t.value(u"settings").toObject(),
                 QJsonObject({{u"title"_s, u"Shown"_s},
                              {u"description"_s, u"D"_s},
                              {u"icon"_s, QJsonObject{{u"icon"_s, u"archive"_s}, {u"color"_s, u"#fff"_s},
                                                      {u"backgroundColor"_s, u"#000"_s}}}}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args"); // after "run"
        QTest::addColumn<QString>("fragment");
        const QString touch = u"touch \"$MARKER\""_s;
        QTest::newRow("no name") << QStringList{u"--"_s, u"bash"_s, u"-c"_s, touch} << u"wfs run needs --name TITLE"_s;
        QTest::newRow("blank name") << QStringList{u"--name"_s, u" "_s, u"--"_s, u"bash"_s, u"-c"_s, touch}
                                    << u"wfs run needs --name TITLE"_s;
        QTest::newRow("no dashes") << QStringList{u"--name"_s, u"T"_s} << u"needs the program after --"_s;
        QTest::newRow("nothing after dashes") << QStringList{u"--name"_s, u"T"_s, u"--"_s}
                                              << u"needs the program after --"_s;
        QTest::newRow("program before dashes") << QStringList{u"--name"_s, u"T"_s, u"bash"_s, u"--"_s, u"-c"_s, touch}
                                               << u"unexpected 'bash': put the program after --"_s;
        QTest::newRow("bad in kind") << QStringList{u"--name"_s, u"T"_s, u"--in"_s, u"blob:x"_s, u"--"_s, u"bash"_s,
                                                    u"-c"_s, touch}
                                     << u"'blob:x' is not KIND:PATH"_s;
        QTest::newRow("in without path") << QStringList{u"--name"_s, u"T"_s, u"--in"_s, u"file:"_s, u"--"_s,
                                                        u"bash"_s, u"-c"_s, touch}
                                         << u"'file:' names no path or id after the colon"_s;
        QTest::newRow("out without colon") << QStringList{u"--name"_s, u"T"_s, u"--out"_s, u"file"_s, u"--"_s,
                                                          u"bash"_s, u"-c"_s, touch}
                                           << u"'file' names no path or id after the colon"_s;
        QTest::newRow("relation meta") << QStringList{u"--name"_s, u"T"_s, u"--meta"_s,
                                                      u"{\"customRelationSettings\":{\"title\":\"x\"}}"_s, u"--"_s,
                                                      u"bash"_s, u"-c"_s, touch}
                                       << u"--meta: wfs run takes customNodeSettings only"_s;
        QTest::newRow("bad task icon") << QStringList{u"--name"_s, u"T"_s, u"--task-icon"_s, u"archive"_s, u"--task-icon-bg"_s,
                                                      u"black"_s, u"--"_s, u"bash"_s, u"-c"_s, touch}
                                       << u"--task-icon-bg: 'black' is not a colour"_s;
        QTest::newRow("unknown option") << QStringList{u"--name"_s, u"T"_s, u"--task"_s, u"1"_s, u"--"_s, u"bash"_s,
                                                       u"-c"_s, touch}
                                        << u"unknown option --task"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString marker = tmp.filePath(u"ran"_s);
        const CliResult r = wfs(QStringList{u"run"_s} + args, envWith({{u"MARKER"_s, marker}}));
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(fragment), qPrintable(describe(r)));
        QVERIFY2(!QFileInfo::exists(marker), "the program must not run");
        GRAPH(g, wfs);
        QVERIFY(g.nodes.isEmpty());
    }

    void cancelStopsTheWholeGroup_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void cancelStopsTheWholeGroup()
    {
        QFETCH(int, signal);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString pidFile = tmp.filePath(u"grandchild.pid"_s);

        QProcess proc;
        proc.setProcessEnvironment(cleanEnv(envWith({{u"PIDFILE"_s, pidFile}})));
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.start(CliHarness::wfsPath(),
                   QStringList{u"run"_s, u"--workspace"_s, wfs.dir(), u"--name"_s, u"S"_s, u"--"_s}
                       + bash(u"sleep 60 & echo $! > \"$PIDFILE.tmp\"; mv \"$PIDFILE.tmp\" \"$PIDFILE\"; sleep 60"_s));
        QVERIFY(proc.waitForStarted(10000));
        auto killer = qScopeGuard([&] {
            if (proc.state() != QProcess::NotRunning) {
                proc.kill();
                proc.waitForFinished(5000);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(pidFile) > 0 || proc.state() == QProcess::NotRunning, 30000);
        const pid_t grandchild = pidIn(pidFile);
        QVERIFY2(grandchild > 0, proc.readAllStandardOutput().constData());
        QVERIFY(!processGone(grandchild));

        // The task is running meanwhile.
        {
            GRAPH(g, wfs);
            QCOMPARE(onlyTask(g).value(u"status").toString(), u"running"_s);
        }

        QCOMPARE(::kill(pid_t(proc.processId()), signal), 0);
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(proc.exitCode(), 128 + SIGTERM); // the program got SIGTERM whatever wfs got

        GRAPH(g, wfs);
        const QJsonObject t = onlyTask(g);
        QCOMPARE(t.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(t.value(u"exit_code").toInt(-1), 128 + SIGTERM);
        QVERIFY(t.value(u"finished").toInteger() >= t.value(u"started").toInteger());
        // The background sleep, a grandchild of wfs, went with its group.
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
