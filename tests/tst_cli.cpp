// The `wfs` command line, run as the real built program against real workspace folders:
// help and usage errors, tasks, every input/output kind, canonical paths, card settings,
// graph scopes, workspace selection and refusing damaged, foreign or newer workspaces.

#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace Qt::StringLiterals;

using namespace wfstest;

namespace {


// The environment every child gets: no inherited task or workspace.

QProcessEnvironment envWith(const QString &key, const QString &value)
{
    QProcessEnvironment env;
    env.insert(key, value);
    return env;
}


// The id a command printed as its only output line, or -1.
qint64 printedId(const CliResult &r)
{
    static const QRegularExpression re(u"^([1-9][0-9]*)\n$"_s);
    const QRegularExpressionMatch m = re.match(r.out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}



bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// JSON written with single quotes, to keep the tests readable.
QString js(const char *json)
{
    return QString::fromUtf8(json).replace(u'\'', u'"');
}



// One workspace folder and the `wfs` program run against it.
class Wfs
{
public:
    explicit Wfs(const QString &dir) : m_harness(dir) {}

    const QString &dir() const { return m_harness.workspace(); }
    const CliHarness &harness() const { return m_harness; }

    // `wfs COMMAND --workspace DIR ARGS...`: the option goes after the command words.
    CliResult operator()(QStringList args, const QProcessEnvironment &extra = {}) const
    {
        const qsizetype at = qMin(args.value(0) == u"task" ? qsizetype(2) : qsizetype(1), args.size());
        args.insert(at, dir());
        args.insert(at, u"--workspace"_s);
        return m_harness.runBare(args, cleanEnv(extra));
    }

    Graph graph(const QString &scope = {}) const
    {
        QStringList args{u"graph"_s, u"--json"_s};
        if (!scope.isEmpty())
            args << u"--scope"_s << scope;
        const CliResult r = (*this)(args);
        Graph g;
        if (r.exitCode != 0) {
            g.error = describe(r);
            return g;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject() || !r.out.endsWith(u'\n')) {
            g.error = u"not one JSON object: "_s + r.out;
            return g;
        }
        g.nodes = doc.object().value(u"nodes").toArray();
        g.edges = doc.object().value(u"edges").toArray();
        g.ok = doc.object().keys() == QStringList({u"edges"_s, u"nodes"_s});
        if (!g.ok)
            g.error = u"unexpected keys: "_s + r.out;
        return g;
    }

private:
    CliHarness m_harness;
};

} // namespace

#define CHECK_ERROR(result, code, fragment)                                                                  \
    do {                                                                                                     \
        CHECK_EXIT(result, code);                                                                            \
        QVERIFY2(oneErrorLine(result), qPrintable(describe(result)));                                        \
        QVERIFY2((result).err.contains(fragment), qPrintable(describe(result)));                             \
        QVERIFY2((result).out.isEmpty(), qPrintable(describe(result)));                                      \
    } while (false)
#define START_TASK(var, wfs, ...)                                                                            \
    qint64 var = -1;                                                                                         \
    {                                                                                                        \
        const CliResult started_ = (wfs)(QStringList{u"task"_s, u"start"_s} + QStringList{__VA_ARGS__});     \
        CHECK_OK(started_);                                                                                  \
        var = printedId(started_);                                                                           \
        QVERIFY2(var > 0, qPrintable(describe(started_)));                                                   \
    }
#define RECORD(var, wfs, ...)                                                                                \
    qint64 var = -1;                                                                                         \
    {                                                                                                        \
        const CliResult recorded_ = (wfs)(QStringList{__VA_ARGS__});                                         \
        CHECK_OK(recorded_);                                                                                 \
        var = printedId(recorded_);                                                                          \
        QVERIFY2(var > 0, qPrintable(describe(recorded_)));                                                  \
    }

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg; // so that a default workspace can never land in the real home
    QString m_initialCwd;

    static QString id(qint64 v) { return QString::number(v); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", m_xdg.path().toLocal8Bit());
        m_initialCwd = QDir::currentPath();
        const QFileInfo wfs(CliHarness::wfsPath());
        QVERIFY2(qEnvironmentVariableIsSet("WFS_BIN") && wfs.isExecutable(),
                 "run through CTest: WFS_BIN must name the folder of the built wfs");
    }

    void cleanup() { QDir::setCurrent(m_initialCwd); }

    // ---- help and usage --------------------------------------------------------------------

    void mainHelpListsEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s};
        QTest::newRow("help") << QStringList{u"help"_s};
    }
    void mainHelpListsEveryCommand()
    {
        QFETCH(QStringList, args);
        const CliResult r = CliHarness(QString()).runBare(args, cleanEnv());
        CHECK_OK(r);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith(u"Usage: wfs COMMAND [options]\n"_s));
        for (const char *command : {"task start", "task finish", "input", "output", "run", "graph", "icons"}) {
            const QRegularExpression line(u"^  %1 +\\S"_s.arg(QLatin1String(command)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(), command);
        }
        QVERIFY(r.out.contains(u"--workspace DIR"_s));
    }

    void commandHelpNamesItsOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("absent");
        const QStringList card{u"--title TEXT"_s,      u"--description TEXT"_s, u"--icon NAME"_s,
                               u"--icon-color #RGB"_s, u"--icon-bg #RGB"_s,     u"--url URL"_s,
                               u"--url-title TEXT"_s};
        const QStringList taskCard{u"--task-title TEXT"_s,      u"--task-description TEXT"_s,
                                   u"--task-icon NAME"_s,       u"--task-icon-color #RGB"_s,
                                   u"--task-icon-bg #RGB"_s,    u"--task-url URL"_s,
                                   u"--task-url-title TEXT"_s};
        QTest::newRow("task start")
            << QStringList{u"task"_s, u"start"_s, u"--help"_s} << u"task start TITLE"_s
            << QStringList{u"--app NAME"_s, u"--group NAME"_s, u"--meta JSON"_s} + taskCard
            << QStringList{u"--status"_s, u"--version-num"_s};
        QTest::newRow("task finish")
            << QStringList{u"task"_s, u"finish"_s, u"--help"_s} << u"task finish [TASK]"_s
            << QStringList{u"--status STATUS"_s, u"--task ID"_s} << QStringList{u"--meta"_s, u"--app"_s};
        QTest::newRow("input") << QStringList{u"input"_s, u"--help"_s} << u"input KIND PATH|ID"_s
                               << QStringList{u"--version-num N"_s, u"--version-id V"_s, u"--model-weight"_s,
                                              u"--meta JSON"_s, u"--task ID"_s} + card + taskCard
                               << QStringList{u"--status"_s, u"--name"_s};
        QTest::newRow("output") << QStringList{u"output"_s, u"--help"_s} << u"output KIND [PATH|ID]"_s
                                << QStringList{u"--version-id V"_s, u"--model-weight"_s, u"--meta JSON"_s,
                                               u"--task ID"_s, u"  app  "_s} + card + taskCard
                                << QStringList{u"--version-num"_s};
        QTest::newRow("run") << QStringList{u"run"_s, u"--help"_s} << u"run --name TITLE"_s
                             << QStringList{u"--name TITLE"_s, u"--in KIND:PATH..."_s, u"--out KIND:PATH..."_s,
                                            u"--app NAME"_s, u"--group NAME"_s, u"--meta JSON"_s} + taskCard
                             << QStringList{u"--task ID"_s, u"--model-weight"_s};
        QTest::newRow("graph") << QStringList{u"graph"_s, u"--help"_s} << u"graph [--json]"_s
                               << QStringList{u"--json"_s, u"--scope SCOPE"_s} << QStringList{u"--task"_s};
        QTest::newRow("icons") << QStringList{u"icons"_s, u"-h"_s} << u"icons [FILTER]"_s
                               << QStringList{u"FILTER"_s} << QStringList{u"--json"_s};
        QTest::newRow("help input") << QStringList{u"help"_s, u"input"_s} << u"input KIND PATH|ID"_s
                                    << QStringList{u"--version-num N"_s, u"--model-weight"_s, u"--meta JSON"_s}
                                    << QStringList{};
    }
    void commandHelpNamesItsOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        QFETCH(QStringList, options);
        QFETCH(QStringList, absent);
        const CliResult r = CliHarness(QString()).runBare(args, cleanEnv());
        CHECK_OK(r);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith(u"Usage: wfs "_s + usage), qPrintable(r.out));
        for (const QString &o : options)
            QVERIFY2(r.out.contains(o), qPrintable(o));
        for (const QString &o : absent)
            QVERIFY2(!r.out.contains(o), qPrintable(o));
        QVERIFY(r.out.contains(u"--workspace DIR"_s)); // the global options close every help
    }

    void versionPrintsTheVersion()
    {
        const CliResult r = CliHarness(QString()).runBare({u"--version"_s}, cleanEnv());
        CHECK_OK(r);
        QVERIFY2(QRegularExpression(u"^wfs \\d+\\.\\d+\\.\\d+\n$"_s).match(r.out).hasMatch(), qPrintable(r.out));
    }

    void noArgumentsIsUsageError()
    {
        const CliResult r = CliHarness(QString()).runBare({}, cleanEnv());
        CHECK_EXIT(r, 2);
        QVERIFY(r.out.startsWith(u"Usage: wfs COMMAND [options]\n"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"'frobnicate' is not a wfs command"_s;
        QTest::newRow("task alone") << QStringList{u"task"_s} << u"wfs task needs start or finish"_s;
        QTest::newRow("task option") << QStringList{u"task"_s, u"--help"_s} << u"wfs task needs start or finish"_s;
        QTest::newRow("task bogus") << QStringList{u"task"_s, u"stop"_s} << u"'task stop' is not a wfs command"_s;
        QTest::newRow("unknown option") << QStringList{u"graph"_s, u"--bogus"_s}
                                        << u"unknown option --bogus (see --help)"_s;
        QTest::newRow("unknown option=") << QStringList{u"input"_s, u"--colour=red"_s, u"file"_s, u"x"_s}
                                         << u"unknown option --colour"_s;
        QTest::newRow("missing value") << QStringList{u"graph"_s, u"--scope"_s} << u"--scope needs a value"_s;
        QTest::newRow("given twice") << QStringList{u"graph"_s, u"--json"_s, u"--json"_s}
                                     << u"--json was given twice"_s;
        QTest::newRow("flag with value") << QStringList{u"graph"_s, u"--json=yes"_s} << u"--json takes no value"_s;
        QTest::newRow("graph positional") << QStringList{u"graph"_s, u"extra"_s} << u"unexpected 'extra'"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(u"ws"_s);
        const CliResult r = Wfs(ws)(args);
        CHECK_ERROR(r, 2, fragment);
        QVERIFY2(!QFileInfo::exists(ws), "a usage error must not create the workspace");
    }

    void emptyWorkspaceOption()
    {
        const CliResult r = CliHarness(QString()).runBare({u"graph"_s, u"--workspace="_s}, cleanEnv());
        CHECK_ERROR(r, 2, u"--workspace needs a folder"_s);
    }

    // The harness's own form, `wfs --workspace DIR COMMAND ...`: the documented global option
    // given before the command.
    void workspaceOptionBeforeCommand()
    {
        QTemporaryDir tmp;
        const CliHarness h(tmp.filePath(u"ws"_s));
        const CliResult started = h.run({u"task"_s, u"start"_s, u"T"_s});
        QVERIFY2(started.exitCode == 0 && printedId(started) == 1, qPrintable(describe(started)));
        const CliResult g = h.run({u"graph"_s, u"--json"_s});
        CHECK_OK(g);
        QVERIFY(g.out.contains(u"\"title\":\"T\""_s));
    }

    // ---- tasks -----------------------------------------------------------------------------

    void taskStartPrintsIdAndShowsInGraph()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(first, wfs, u"Train model"_s, u"--app"_s, u"Labeler"_s, u"--group"_s, u"nightly"_s);
        START_TASK(second, wfs, u"Bare"_s);
        QCOMPARE(first, 1);
        QCOMPARE(second, 2);

        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 2);
        QVERIFY(g.edges.isEmpty());
        const QJsonObject t = g.node(first);
        QCOMPARE(t.value(u"kind").toString(), u"task"_s);
        QCOMPARE(t.value(u"title").toString(), u"Train model"_s);
        QCOMPARE(t.value(u"status").toString(), u"running"_s);
        QCOMPARE(t.value(u"app").toString(), u"Labeler"_s);
        QCOMPARE(t.value(u"group").toString(), u"nightly"_s);
        QVERIFY(t.value(u"path").isNull());
        QCOMPARE(t.value(u"settings").toObject(), QJsonObject());
        QVERIFY(t.value(u"started").toInteger() > 0);
        QVERIFY(!t.contains(u"finished"));
        QVERIFY(!t.contains(u"exit_code"));
        const QJsonObject bare = g.node(second);
        QCOMPARE(bare.value(u"status").toString(), u"running"_s);
        QVERIFY(!bare.contains(u"app"));
        QVERIFY(!bare.contains(u"group"));
    }

    void taskStartErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no title") << QStringList{} << u"takes one TITLE"_s;
        QTest::newRow("two titles") << QStringList{u"a"_s, u"b"_s} << u"takes one TITLE"_s;
        QTest::newRow("blank title") << QStringList{u"  "_s} << u"A task needs a title"_s;
        QTest::newRow("relation meta") << QStringList{u"T"_s, u"--meta"_s, u"{\"customRelationSettings\":{}}"_s}
                                       << u"customRelationSettings belongs to"_s;
    }
    void taskStartErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const CliResult r = wfs(QStringList{u"task"_s, u"start"_s} + args);
        CHECK_ERROR(r, 2, fragment);
        GRAPH(g, wfs);
        QVERIFY(g.nodes.isEmpty());
    }

    void taskFinish_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("status");
        QTest::newRow("positional") << u"positional"_s << u"succeeded"_s;
        QTest::newRow("--task") << u"option"_s << u"failed"_s;
        QTest::newRow("WFS_TASK_ID") << u"env"_s << u"cancelled"_s;
        QTest::newRow("positional beats env") << u"positional+env"_s << u"succeeded"_s;
    }
    void taskFinish()
    {
        QFETCH(QString, how);
        QFETCH(QString, status);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(other, wfs, u"Other"_s);
        START_TASK(task, wfs, u"T"_s);
        QStringList args{u"task"_s, u"finish"_s, u"--status"_s, status};
        QProcessEnvironment env;
        if (how == u"positional")
            args << id(task);
        else if (how == u"option")
            args << u"--task"_s << id(task);
        else if (how == u"env")
            env.insert(u"WFS_TASK_ID"_s, id(task));
        else {
            args << id(task);
            env.insert(u"WFS_TASK_ID"_s, id(other));
        }
        const CliResult r = wfs(args, env);
        CHECK_OK(r);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.isEmpty());

        GRAPH(g, wfs);
        const QJsonObject t = g.node(task);
        QCOMPARE(t.value(u"status").toString(), status);
        QVERIFY(t.value(u"finished").toInteger() >= t.value(u"started").toInteger());
        QVERIFY(!t.contains(u"exit_code"));
        QCOMPARE(g.node(other).value(u"status").toString(), u"running"_s);
        QVERIFY(!g.node(other).contains(u"finished"));
    }

    void taskFinishErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("bad status") << QStringList{u"1"_s, u"--status"_s, u"done"_s} << 2
                                    << u"--status must be succeeded, failed or cancelled"_s;
        QTest::newRow("running status") << QStringList{u"1"_s, u"--status"_s, u"running"_s} << 2
                                        << u"--status must be succeeded, failed or cancelled"_s;
        QTest::newRow("no status") << QStringList{u"1"_s} << 2 << u"--status must be"_s;
        QTest::newRow("no task") << QStringList{u"--status"_s, u"failed"_s} << 2 << u"no task: pass --task ID"_s;
        QTest::newRow("not an id") << QStringList{u"abc"_s, u"--status"_s, u"failed"_s} << 2
                                   << u"'abc' is not a task id"_s;
        QTest::newRow("two tasks") << QStringList{u"1"_s, u"1"_s, u"--status"_s, u"failed"_s} << 2
                                   << u"at most one TASK"_s;
        QTest::newRow("nonexistent") << QStringList{u"999"_s, u"--status"_s, u"failed"_s} << 1
                                     << u"There is no task with id 999 in the workspace"_s;
        QTest::newRow("not a task") << QStringList{u"2"_s, u"--status"_s, u"failed"_s} << 1
                                    << u"Card 2 is a folder, not a task"_s;
    }
    void taskFinishErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(folder, wfs, u"input"_s, u"folder"_s, tmp.path(), u"--task"_s, id(task));
        QCOMPARE(folder, 2);
        const CliResult r = wfs(QStringList{u"task"_s, u"finish"_s} + args);
        CHECK_ERROR(r, code, fragment);
        GRAPH(g, wfs);
        QCOMPARE(g.node(task).value(u"status").toString(), u"running"_s);
    }

    // ---- recording data --------------------------------------------------------------------

    void recordKinds_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args"); // KIND [flags]; the path is appended
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("kind");
        for (const QString &command : {u"input"_s, u"output"_s}) {
            auto row = [&](const char *name, const QStringList &args, bool folder, const QString &kind) {
                QTest::newRow(qPrintable(command + u' ' + QLatin1String(name))) << command << args << folder << kind;
            };
            row("project", {u"project"_s}, true, u"project"_s);
            row("dataset", {u"dataset"_s}, true, u"dataset"_s);
            row("folder", {u"folder"_s}, true, u"folder"_s);
            row("file", {u"file"_s}, false, u"file"_s);
            row("file --model-weight", {u"file"_s, u"--model-weight"_s}, false, u"model_weight"_s);
            row("model_weight", {u"model_weight"_s}, false, u"model_weight"_s);
        }
    }
    void recordKinds()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(bool, folder);
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString path = tmp.filePath(u"data.d"_s);
        QVERIFY(folder ? QDir().mkpath(path) : writeFile(path, "weights"));
        START_TASK(task, wfs, u"T"_s);

        const QStringList full = QStringList{command} + args + QStringList{path, u"--task"_s, id(task)};
        RECORD(data, wfs, full);
        QVERIFY(data != task);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 2);
        const QJsonObject n = g.node(data);
        QCOMPARE(n.value(u"kind").toString(), kind);
        QCOMPARE(n.value(u"path").toString(), canonical(path));
        QCOMPARE(n.value(u"title").toString(), u"data.d"_s);
        QCOMPARE(n.value(u"settings").toObject(), QJsonObject());
        QVERIFY(!n.contains(u"status"));
        const bool input = command == u"input";
        const std::pair<qint64, qint64> edge = input ? std::pair{data, task} : std::pair{task, data};
        QCOMPARE(g.edgeSet(), EdgeSet({edge}));

        // Again: the same card, still one edge.
        RECORD(again, wfs, full);
        QCOMPARE(again, data);
        GRAPH(g2, wfs);
        QCOMPARE(g2.nodes.size(), 2);
        QCOMPARE(g2.edges.size(), 1);

        // The other direction is a second edge to the same card.
        QStringList other = full;
        other[0] = input ? u"output"_s : u"input"_s;
        RECORD(otherWay, wfs, other);
        QCOMPARE(otherWay, data);
        GRAPH(g3, wfs);
        QCOMPARE(g3.nodes.size(), 2);
        QCOMPARE(g3.edgeSet(), EdgeSet({{data, task}, {task, data}}));
    }

    void modelWeightUpgradesTheFileCard()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString path = tmp.filePath(u"model.bin"_s);
        QVERIFY(writeFile(path, "w"));
        START_TASK(a, wfs, u"A"_s);
        START_TASK(b, wfs, u"B"_s);
        RECORD(file, wfs, u"output"_s, u"file"_s, path, u"--task"_s, id(a));
        RECORD(weights, wfs, u"input"_s, u"file"_s, path, u"--model-weight"_s, u"--task"_s, id(b));
        QCOMPARE(weights, file);
        RECORD(plain, wfs, u"input"_s, u"file"_s, path, u"--task"_s, id(b)); // stays model weights
        QCOMPARE(plain, file);
        RECORD(byId, wfs, u"output"_s, u"model_weight"_s, id(file), u"--task"_s, id(b));
        QCOMPARE(byId, file);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 3);
        QCOMPARE(g.node(file).value(u"kind").toString(), u"model_weight"_s);
        QCOMPARE(g.edgeSet(), EdgeSet({{a, file}, {file, b}, {b, file}}));
    }

    void recordTaskEdge()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(a, wfs, u"A"_s);
        START_TASK(b, wfs, u"B"_s);
        START_TASK(c, wfs, u"C"_s);
        RECORD(in, wfs, u"input"_s, u"task"_s, id(a), u"--task"_s, id(b));
        QCOMPARE(in, a);
        RECORD(out, wfs, u"output"_s, u"task"_s, id(c), u"--task"_s, id(b));
        QCOMPARE(out, c);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 3);
        QCOMPARE(g.edgeSet(), EdgeSet({{a, b}, {b, c}}));

        CHECK_ERROR(wfs({u"input"_s, u"task"_s, id(b), u"--task"_s, id(b)}), 2,
                    u"A task cannot be its own input or output"_s);
        CHECK_ERROR(wfs({u"input"_s, u"task"_s, u"999"_s, u"--task"_s, id(b)}), 1,
                    u"There is no task with id 999"_s);
        CHECK_ERROR(wfs({u"input"_s, u"task"_s, u"x1"_s, u"--task"_s, id(b)}), 2, u"'x1' is not a task id"_s);
        GRAPH(after, wfs);
        QCOMPARE(after.edges.size(), 2);
    }

    void recordJob()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        const QString url = u"https://labels.example.com/jobs/42"_s;
        RECORD(job, wfs, u"input"_s, u"job"_s, u"J-42"_s, u"--title"_s, u"Label cats"_s, u"--url"_s, url,
               u"--task"_s, id(task));
        GRAPH(g, wfs);
        QJsonObject n = g.node(job);
        QCOMPARE(n.value(u"kind").toString(), u"job"_s);
        QCOMPARE(n.value(u"ref").toString(), u"J-42"_s);
        QCOMPARE(n.value(u"title").toString(), u"Label cats"_s);
        QCOMPARE(n.value(u"url").toString(), url);
        QVERIFY(n.value(u"path").isNull());
        QCOMPARE(n.value(u"settings").toObject(), QJsonObject()); // its own title and url, not settings
        QCOMPARE(g.edgeSet(), EdgeSet({{job, task}}));

        // The same reference is the same card; its title survives a bare mention.
        RECORD(again, wfs, u"output"_s, u"job"_s, u"J-42"_s, u"--task"_s, id(task));
        QCOMPARE(again, job);
        RECORD(other, wfs, u"input"_s, u"job"_s, u"J-7"_s, u"--task"_s, id(task));
        QVERIFY(other != job);
        GRAPH(g2, wfs);
        QCOMPARE(g2.node(job).value(u"title").toString(), u"Label cats"_s);
        QCOMPARE(g2.node(job).value(u"url").toString(), url);
        QCOMPARE(g2.node(other).value(u"title").toString(), u"Labeling job J-7"_s);
        QCOMPARE(g2.node(other).value(u"ref").toString(), u"J-7"_s);
        QVERIFY(!g2.node(other).contains(u"url"));
        QCOMPARE(g2.edgeSet(), EdgeSet({{job, task}, {task, job}, {other, task}}));

        CHECK_ERROR(wfs({u"input"_s, u"job"_s, u"J-9"_s, u"--url"_s, u"ftp://x/y"_s, u"--task"_s, id(task)}), 2,
                    u"mainLink.url"_s);
        GRAPH(g3, wfs);
        QCOMPARE(g3.nodes.size(), 3);
    }

    void outputApp()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(withApp, wfs, u"Label"_s, u"--app"_s, u"Labeler"_s);
        START_TASK(bare, wfs, u"Bare task"_s);
        RECORD(session, wfs, u"output"_s, u"app"_s, u"--task"_s, id(withApp));
        RECORD(again, wfs, u"output"_s, u"app"_s, u"--task"_s, id(withApp));
        QCOMPARE(again, session);
        RECORD(bareSession, wfs, u"output"_s, u"app"_s, u"--task"_s, id(bare));
        QVERIFY(bareSession != session);
        GRAPH(g, wfs);
        QCOMPARE(g.node(session).value(u"kind").toString(), u"app_session"_s);
        QCOMPARE(g.node(session).value(u"title").toString(), u"Labeler"_s);
        QCOMPARE(g.node(bareSession).value(u"kind").toString(), u"app_session"_s);
        QCOMPARE(g.node(bareSession).value(u"title").toString(), u"App session of Bare task"_s);
        QCOMPARE(g.edgeSet(), EdgeSet({{withApp, session}, {bare, bareSession}}));

        CHECK_ERROR(wfs({u"input"_s, u"app"_s, u"--task"_s, id(bare)}), 2, u"'app' is not an input kind"_s);
        CHECK_ERROR(wfs({u"output"_s, u"app"_s, u"x"_s, u"--task"_s, id(bare)}), 2, u"takes no PATH or ID"_s);
    }

    void recordUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no kind") << QStringList{u"input"_s} << u"wfs input needs a KIND"_s;
        QTest::newRow("bad kind") << QStringList{u"input"_s, u"blob"_s, u"x"_s} << u"'blob' is not an input kind"_s;
        QTest::newRow("bad output kind") << QStringList{u"output"_s, u"blob"_s, u"x"_s}
                                         << u"'blob' is not an output kind"_s;
        QTest::newRow("version kind") << QStringList{u"input"_s, u"project_version"_s, u"x"_s}
                                      << u"is not an input kind"_s;
        QTest::newRow("no path") << QStringList{u"input"_s, u"file"_s} << u"wfs input file takes one PATH or ID"_s;
        QTest::newRow("two paths") << QStringList{u"output"_s, u"file"_s, u"a"_s, u"b"_s}
                                   << u"wfs output file takes one PATH or ID"_s;
        QTest::newRow("model-weight on folder") << QStringList{u"input"_s, u"folder"_s, u"x"_s, u"--model-weight"_s}
                                                << u"--model-weight is for files"_s;
        QTest::newRow("version on file") << QStringList{u"input"_s, u"file"_s, u"x"_s, u"--version-num"_s, u"1"_s}
                                         << u"--version-id and --version-num are for projects"_s;
        QTest::newRow("version zero") << QStringList{u"input"_s, u"project"_s, u"x"_s, u"--version-num"_s, u"0"_s}
                                      << u"--version-num takes a positive number, not '0'"_s;
        QTest::newRow("output version-num") << QStringList{u"output"_s, u"project"_s, u"x"_s, u"--version-num"_s,
                                                           u"1"_s}
                                            << u"unknown option --version-num"_s;
    }
    void recordUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        CHECK_ERROR(wfs(args + QStringList{u"--task"_s, id(task)}), 2, fragment);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
    }

    void projectVersionsMustExist()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(project, wfs, u"output"_s, u"project"_s, tmp.path(), u"--task"_s, id(task));
        CHECK_ERROR(wfs({u"input"_s, u"project"_s, id(project), u"--version-num"_s, u"1"_s, u"--task"_s, id(task)}),
                    1, u"Project %1 has no version number 1"_s.arg(project));
        CHECK_ERROR(wfs({u"input"_s, u"project"_s, id(project), u"--version-id"_s, id(task), u"--task"_s, id(task)}),
                    1, u"Card %1 is a task, not a project version"_s.arg(task));
        CHECK_ERROR(wfs({u"input"_s, u"project"_s, id(task), u"--task"_s, id(task)}), 1,
                    u"Card %1 is a task, not a project"_s.arg(task));
        GRAPH(g, wfs);
        QCOMPARE(g.edgeSet(), EdgeSet({{task, project}}));
    }

    void noTaskIsUsageError()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        for (const QString &command : {u"input"_s, u"output"_s}) {
            const CliResult r = wfs({command, u"folder"_s, tmp.path()});
            CHECK_ERROR(r, 2, u"no task: pass --task ID or set WFS_TASK_ID"_s);
        }
        CHECK_ERROR(wfs({u"output"_s, u"app"_s}), 2, u"no task"_s);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        QVERIFY(g.edges.isEmpty());

        // With WFS_TASK_ID the same call records.
        const CliResult r = wfs({u"input"_s, u"folder"_s, tmp.path()}, envWith(u"WFS_TASK_ID"_s, id(task)));
        CHECK_OK(r);
        GRAPH(g2, wfs);
        QCOMPARE(g2.edgeSet(), EdgeSet({{printedId(r), task}}));
        // --task wins over WFS_TASK_ID.
        START_TASK(other, wfs, u"Other"_s);
        const CliResult r2 = wfs({u"output"_s, u"folder"_s, tmp.path(), u"--task"_s, id(other)},
                                 envWith(u"WFS_TASK_ID"_s, id(task)));
        CHECK_OK(r2);
        GRAPH(g3, wfs);
        QCOMPARE(g3.edgeSet(), EdgeSet({{printedId(r), task}, {other, printedId(r)}}));
        // A task that does not exist.
        CHECK_ERROR(wfs({u"input"_s, u"folder"_s, tmp.path(), u"--task"_s, u"77"_s}), 1,
                    u"There is no task with id 77 in the workspace"_s);
        CHECK_ERROR(wfs({u"input"_s, u"folder"_s, tmp.path(), u"--task"_s, u"-3"_s}), 2, u"'-3' is not a task id"_s);
    }

    // ---- paths -----------------------------------------------------------------------------

    void canonicalPathsAreOneCard()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        QVERIFY(QDir(data.path()).mkpath(u"a/sub"_s));
        QVERIFY(QFile::link(data.filePath(u"a"_s), data.filePath(u"link"_s)));
        START_TASK(task, wfs, u"T"_s);

        RECORD(absolute, wfs, u"input"_s, u"folder"_s, data.filePath(u"a"_s), u"--task"_s, id(task));
        QVERIFY(QDir::setCurrent(data.path())); // the child inherits the working folder
        for (const QString &spelling : {u"a"_s, u"a/"_s, u"./a"_s, u"a/../a"_s, u"a/sub/.."_s, u"link"_s,
                                        u"link/../a"_s, data.filePath(u"link"_s)}) {
            const CliResult r = wfs({u"input"_s, u"folder"_s, spelling, u"--task"_s, id(task)});
            CHECK_OK(r);
            QVERIFY2(printedId(r) == absolute, qPrintable(spelling + u": "_s + describe(r)));
        }
        QVERIFY(QDir::setCurrent(data.filePath(u"a/sub"_s)));
        RECORD(fromBelow, wfs, u"input"_s, u"folder"_s, u".."_s, u"--task"_s, id(task));
        QCOMPARE(fromBelow, absolute);
        RECORD(byId, wfs, u"input"_s, u"folder"_s, id(absolute), u"--task"_s, id(task));
        QCOMPARE(byId, absolute);

        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 2);
        QCOMPARE(g.node(absolute).value(u"path").toString(), canonical(data.filePath(u"a"_s)));
        QCOMPARE(g.edgeSet(), EdgeSet({{absolute, task}}));
    }

    // ".." after a symlink goes up from where the link points, as the kernel resolves it:
    // a program given "deep/../x.txt" reads a/x.txt when deep -> a/sub.
    void dotDotAfterSymlinkFollowsTheLink()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        QVERIFY(QDir(data.path()).mkpath(u"a/sub"_s));
        QVERIFY(writeFile(data.filePath(u"a/x.txt"_s), "x"));
        QVERIFY(QFile::link(data.filePath(u"a/sub"_s), data.filePath(u"deep"_s)));
        QVERIFY(QFile::exists(data.filePath(u"deep/../x.txt"_s))); // what any program sees
        START_TASK(task, wfs, u"T"_s);
        RECORD(direct, wfs, u"input"_s, u"file"_s, data.filePath(u"a/x.txt"_s), u"--task"_s, id(task));
        RECORD(viaLink, wfs, u"input"_s, u"file"_s, data.filePath(u"deep/../x.txt"_s), u"--task"_s, id(task));
        QCOMPARE(viaLink, direct);
    }

    void numericArgumentsAreIds()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        QVERIFY(QDir(data.path()).mkpath(u"4"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(folder, wfs, u"input"_s, u"folder"_s, data.filePath(u"4"_s), u"--task"_s, id(task));
        QCOMPARE(folder, 2);
        QVERIFY(QDir::setCurrent(data.path()));
        // "4" is an id (there is no card 4), "./4" the folder.
        CHECK_ERROR(wfs({u"input"_s, u"folder"_s, u"4"_s, u"--task"_s, id(task)}), 1,
                    u"There is no folder with id 4"_s);
        RECORD(dotted, wfs, u"input"_s, u"folder"_s, u"./4"_s, u"--task"_s, id(task));
        QCOMPARE(dotted, folder);
        RECORD(byId, wfs, u"output"_s, u"folder"_s, u"2"_s, u"--task"_s, id(task));
        QCOMPARE(byId, folder);
        CHECK_ERROR(wfs({u"input"_s, u"dataset"_s, u"2"_s, u"--task"_s, id(task)}), 1,
                    u"Card 2 is a folder, not a dataset"_s);
        CHECK_ERROR(wfs({u"input"_s, u"file"_s, u"2"_s, u"--task"_s, id(task)}), 1, u"Card 2 is a folder, not a file"_s);
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 2);
        QCOMPARE(g.edgeSet(), EdgeSet({{folder, task}, {task, folder}}));
    }

    void pathErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name"); // inside the data folder: "file", "dir" or "missing/x"
        QTest::addColumn<QString>("fragment");
        QTest::newRow("input missing file") << u"input"_s << u"file"_s << u"missing/x"_s << u"No such file or folder: "_s;
        QTest::newRow("input missing folder") << u"input"_s << u"folder"_s << u"missing/x"_s
                                              << u"No such file or folder: "_s;
        QTest::newRow("file as folder") << u"input"_s << u"folder"_s << u"file"_s
                                        << u"is not a folder, so it cannot be recorded as a folder"_s;
        QTest::newRow("file as project") << u"output"_s << u"project"_s << u"file"_s
                                         << u"is not a folder, so it cannot be recorded as a project"_s;
        QTest::newRow("file as dataset") << u"input"_s << u"dataset"_s << u"file"_s
                                         << u"is not a folder, so it cannot be recorded as a dataset"_s;
        QTest::newRow("folder as file") << u"input"_s << u"file"_s << u"dir"_s
                                        << u"is a folder: record it as a folder, not as a file"_s;
        QTest::newRow("folder as weights") << u"output"_s << u"model_weight"_s << u"dir"_s
                                           << u"is a folder: record it as a folder, not as a model weights file"_s;
    }
    void pathErrors()
    {
        QFETCH(QString, command);
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        QVERIFY(writeFile(data.filePath(u"file"_s), "x"));
        QVERIFY(QDir(data.path()).mkpath(u"dir"_s));
        START_TASK(task, wfs, u"T"_s);
        const CliResult r = wfs({command, kind, data.filePath(name), u"--task"_s, id(task)});
        CHECK_ERROR(r, 1, fragment);
        QVERIFY2(r.err.contains(canonical(data.path()) + u'/' + name), qPrintable(r.err)); // names the path
        GRAPH(g, wfs);
        QCOMPARE(g.nodes.size(), 1);
        QVERIFY(g.edges.isEmpty());
    }

    void outputOfMissingPathIsAllowed()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        QVERIFY(QFile::link(data.path(), tmp.filePath(u"via-link"_s)));
        START_TASK(writer, wfs, u"Writer"_s);
        START_TASK(reader, wfs, u"Reader"_s);
        // Through a symlink and "..": the existing head is resolved, the missing tail cleaned.
        const QString spelled = tmp.filePath(u"via-link/out/../out/result.csv"_s);
        RECORD(out, wfs, u"output"_s, u"file"_s, spelled, u"--task"_s, id(writer));
        GRAPH(g, wfs);
        const QString expected = canonical(data.path()) + u"/out/result.csv"_s;
        QCOMPARE(g.node(out).value(u"path").toString(), expected);
        QCOMPARE(g.node(out).value(u"title").toString(), u"result.csv"_s);
        // Once written, reading it is the same card.
        QVERIFY(QDir(data.path()).mkpath(u"out"_s));
        QVERIFY(writeFile(data.filePath(u"out/result.csv"_s), "1,2\n"));
        RECORD(in, wfs, u"input"_s, u"file"_s, data.filePath(u"out/result.csv"_s), u"--task"_s, id(reader));
        QCOMPARE(in, out);
        GRAPH(g2, wfs);
        QCOMPARE(g2.nodes.size(), 3);
        QCOMPARE(g2.edgeSet(), EdgeSet({{writer, out}, {out, reader}}));
    }

    // ---- card settings ---------------------------------------------------------------------

    void settingsFromFlags()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(data, wfs, u"output"_s, u"dataset"_s, tmp.path(), u"--task"_s, id(task),
               u"--title"_s, u"<h4>Cats</h4>"_s, u"--description"_s, u"<small>All the cats</small>"_s,
               u"--icon"_s, u"zmdi-archive"_s, u"--icon-color"_s, u"#fff"_s, u"--icon-bg"_s, u"#12aB34"_s,
               u"--url"_s, u"https://example.com/cats?x=1"_s, u"--url-title"_s, u"Open cats"_s,
               u"--task-title"_s, u"Training"_s, u"--task-description"_s, u"epoch 3"_s,
               u"--task-icon"_s, u"mdi-account"_s, u"--task-icon-color"_s, u"#000"_s, u"--task-icon-bg"_s,
               u"#ABCDEF"_s, u"--task-url"_s, u"/tasks/1"_s, u"--task-url-title"_s, u"Task page"_s);
        GRAPH(g, wfs);
        const QJsonObject dataSettings{
            {u"title"_s, u"Cats"_s},
            {u"description"_s, u"All the cats"_s},
            {u"icon"_s, QJsonObject{{u"icon"_s, u"archive"_s}, {u"color"_s, u"#fff"_s},
                                    {u"backgroundColor"_s, u"#12aB34"_s}}},
            {u"mainLink"_s, QJsonObject{{u"url"_s, u"https://example.com/cats?x=1"_s}, {u"title"_s, u"Open cats"_s}}}};
        const QJsonObject taskSettings{
            {u"title"_s, u"Training"_s},
            {u"description"_s, u"epoch 3"_s},
            {u"icon"_s, QJsonObject{{u"icon"_s, u"account"_s}, {u"color"_s, u"#000"_s},
                                    {u"backgroundColor"_s, u"#ABCDEF"_s}}},
            {u"mainLink"_s, QJsonObject{{u"url"_s, u"/tasks/1"_s}, {u"title"_s, u"Task page"_s}}}};
        QCOMPARE(g.node(data).value(u"settings").toObject(), dataSettings);
        QCOMPARE(g.node(task).value(u"settings").toObject(), taskSettings);
        QCOMPARE(g.node(data).value(u"title").toString(), QFileInfo(canonical(tmp.path())).fileName()); // own title kept

        // The text form shows the settings' title.
        const CliResult text = wfs({u"graph"_s});
        CHECK_OK(text);
        QCOMPARE(text.out, u"%1\ttask\tTraining\n%2\tdataset\tCats\t%3\n%1 -> %2\n"_s.arg(task).arg(data).arg(
                               canonical(tmp.path())));
    }

    void settingsOnTaskStart()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s, u"--task-title"_s, u"Shown"_s, u"--meta"_s,
                   u"{\"customNodeSettings\":{\"description\":\"<small>D</small>\",\"title\":\"<h4>M</h4>\"}}"_s);
        GRAPH(g, wfs);
        // A flag overrides the same field of --meta; the other fields of --meta stay.
        QCOMPARE(g.node(task).value(u"settings").toObject(),
                 QJsonObject({{u"title"_s, u"Shown"_s}, {u"description"_s, u"D"_s}}));
        QCOMPARE(g.node(task).value(u"title").toString(), u"T"_s);
    }

    void settingsFromMeta()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        const QString meta = js("{'customRelationSettings':{'title':'<h4>X</h4>','description':'<small>Y</small>',"
                              "'icon':{'icon':'zmdi-archive','color':'#abc','backgroundColor':'#000000'},"
                              "'mainLink':{'url':'/datasets/7','title':'Open'}},"
                              "'customNodeSettings':{'title':'<h4>Task X</h4>','mainLink':{'url':'http://h.example/t','title':'T'}}}");
        RECORD(data, wfs, u"input"_s, u"folder"_s, tmp.path(), u"--meta"_s, meta, u"--task"_s, id(task));
        GRAPH(g, wfs);
        QCOMPARE(g.node(data).value(u"settings").toObject(),
                 QJsonObject({{u"title"_s, u"X"_s},
                              {u"description"_s, u"Y"_s},
                              {u"icon"_s, QJsonObject{{u"icon"_s, u"archive"_s}, {u"color"_s, u"#abc"_s},
                                                      {u"backgroundColor"_s, u"#000000"_s}}},
                              {u"mainLink"_s, QJsonObject{{u"url"_s, u"/datasets/7"_s}, {u"title"_s, u"Open"_s}}}}));
        QCOMPARE(g.node(task).value(u"settings").toObject(),
                 QJsonObject({{u"title"_s, u"Task X"_s},
                              {u"mainLink"_s, QJsonObject{{u"url"_s, u"http://h.example/t"_s}, {u"title"_s, u"T"_s}}}}));

        // A flag lays over --meta for the same card.
        RECORD(again, wfs, u"input"_s, u"folder"_s, tmp.path(), u"--meta"_s, meta, u"--title"_s, u"Z"_s,
               u"--task"_s, id(task));
        QCOMPARE(again, data);
        GRAPH(g2, wfs);
        QCOMPARE(g2.node(data).value(u"settings").toObject().value(u"title").toString(), u"Z"_s);
        QCOMPARE(g2.node(data).value(u"settings").toObject().value(u"description").toString(), u"Y"_s);
    }

    void lastSettingsWriteWins()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(a, wfs, u"input"_s, u"folder"_s, tmp.path(), u"--task"_s, id(task), u"--meta"_s,
               js("{'customNodeSettings':{'title':'First','description':'D1'},'customRelationSettings':{'title':'R1','description':'RD1'}}"));
        RECORD(b, wfs, u"output"_s, u"file"_s, tmp.filePath(u"out.txt"_s), u"--task"_s, id(task), u"--meta"_s,
               js("{'customNodeSettings':{'title':'Second'}}"));
        GRAPH(g, wfs);
        // Replaced as a whole, not merged.
        QCOMPARE(g.node(task).value(u"settings").toObject(), QJsonObject({{u"title"_s, u"Second"_s}}));
        QCOMPARE(g.node(a).value(u"settings").toObject(),
                 QJsonObject({{u"title"_s, u"R1"_s}, {u"description"_s, u"RD1"_s}}));
        QCOMPARE(g.node(b).value(u"settings").toObject(), QJsonObject());

        // The relation card's settings are replaced the same way.
        RECORD(a2, wfs, u"input"_s, u"folder"_s, tmp.path(), u"--task"_s, id(task), u"--title"_s, u"R2"_s);
        QCOMPARE(a2, a);
        // A recording without settings keeps the existing ones.
        RECORD(a3, wfs, u"output"_s, u"folder"_s, tmp.path(), u"--task"_s, id(task));
        QCOMPARE(a3, a);
        GRAPH(g2, wfs);
        QCOMPARE(g2.node(a).value(u"settings").toObject(), QJsonObject({{u"title"_s, u"R2"_s}}));
        QCOMPARE(g2.node(task).value(u"settings").toObject(), QJsonObject({{u"title"_s, u"Second"_s}}));
    }

    void settingsRules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("fragment");
        const QString j = u"--meta"_s;
        auto row = [](const char *name, const QString &kind, const QStringList &flags, const QString &fragment) {
            QTest::newRow(name) << kind << flags << fragment;
        };
        row("colour without icon", u"folder"_s, {u"--icon-bg"_s, u"#fff"_s}, u"--icon-bg needs --icon"_s);
        row("task colour without icon", u"folder"_s, {u"--task-icon-color"_s, u"#fff"_s},
            u"--task-icon-color needs --task-icon"_s);
        row("colour name", u"folder"_s,
            {u"--icon"_s, u"archive"_s, u"--icon-color"_s, u"red"_s, u"--icon-bg"_s, u"#000"_s},
            u"--icon-color: 'red' is not a colour of the form #rgb or #rrggbb"_s);
        row("colour of 4 digits", u"folder"_s,
            {u"--icon"_s, u"archive"_s, u"--icon-color"_s, u"#fff"_s, u"--icon-bg"_s, u"#0000"_s},
            u"--icon-bg: '#0000' is not a colour"_s);
        row("colour not hex", u"folder"_s,
            {u"--task-icon"_s, u"archive"_s, u"--task-icon-color"_s, u"#ggg"_s, u"--task-icon-bg"_s, u"#000"_s},
            u"--task-icon-color: '#ggg' is not a colour"_s);
        row("unknown icon", u"folder"_s,
            {u"--icon"_s, u"no-such-icon-xyz"_s, u"--icon-color"_s, u"#fff"_s, u"--icon-bg"_s, u"#000"_s},
            u"--icon: 'no-such-icon-xyz' is not a Material Design icon name"_s);
        row("link without title", u"folder"_s, {u"--url"_s, u"/x"_s},
            u"--url and --url-title go together: a link needs its title"_s);
        row("title without link", u"folder"_s, {u"--task-url-title"_s, u"X"_s},
            u"--task-url and --task-url-title go together"_s);
        row("ftp link", u"folder"_s, {u"--url"_s, u"ftp://example.com/x"_s, u"--url-title"_s, u"X"_s},
            u"--url: 'ftp://example.com/x' must be relative (start with /) or an http(s) address"_s);
        row("bare host link", u"folder"_s, {u"--task-url"_s, u"example.com/x"_s, u"--task-url-title"_s, u"X"_s},
            u"--task-url: 'example.com/x' must be relative"_s);
        row("protocol-relative link", u"folder"_s, {u"--url"_s, u"//evil.example/x"_s, u"--url-title"_s, u"X"_s},
            u"--url: '//evil.example/x' must be relative"_s);
        row("blank link title", u"folder"_s, {u"--url"_s, u"/x"_s, u"--url-title"_s, u"  "_s},
            u"--url-title: a link needs its title"_s);
        row("meta unknown key", u"folder"_s, {j, js("{'customNodeSettings':{'titel':'x'}}")},
            u"customNodeSettings.titel: unknown field"_s);
        row("meta unknown root key", u"folder"_s, {j, js("{'customSettings':{}}")},
            u"meta.customSettings: unknown field"_s);
        row("meta malformed", u"folder"_s, {j, js("{'customNodeSettings':{'title':")},
            u"--meta: malformed JSON at offset"_s);
        row("meta not an object", u"folder"_s, {j, u"[1]"_s}, u"--meta: expected a JSON object"_s);
        row("meta title not string", u"folder"_s, {j, js("{'customRelationSettings':{'title':5}}")},
            u"customRelationSettings.title: must be a string"_s);
        row("meta icon without name", u"folder"_s,
            {j, js("{'customRelationSettings':{'icon':{'color':'#fff'}}}")},
            u"customRelationSettings.icon.icon: missing"_s);
        row("meta unknown icon", u"folder"_s,
            {j, js("{'customNodeSettings':{'icon':{'icon':'zmdi-nope-nope','color':'#fff','backgroundColor':'#000'}}}")},
            u"customNodeSettings.icon.icon: 'nope-nope' is not a Material Design icon name"_s);
        row("meta bad colour", u"folder"_s,
            {j, js("{'customNodeSettings':{'icon':{'icon':'archive','color':'white','backgroundColor':'#000'}}}")},
            u"customNodeSettings.icon.color: 'white' is not a colour"_s);
        row("meta link without title", u"folder"_s,
            {j, js("{'customRelationSettings':{'mainLink':{'url':'/x'}}}")},
            u"customRelationSettings.mainLink.title: missing"_s);
        row("meta bad link", u"folder"_s,
            {j, js("{'customRelationSettings':{'mainLink':{'url':'javascript:alert(1)','title':'x'}}}")},
            u"customRelationSettings.mainLink.url: 'javascript:alert(1)' must be relative"_s);
        row("icon on project", u"project"_s,
            {u"--icon"_s, u"archive"_s, u"--icon-color"_s, u"#fff"_s, u"--icon-bg"_s, u"#000"_s},
            u"customRelationSettings.icon: project cards show a preview of their images and take no icon"_s);
        row("meta icon on project", u"project"_s,
            {j, js("{'customRelationSettings':{'icon':{'icon':'archive','color':'#fff','backgroundColor':'#000'}}}")},
            u"customRelationSettings.icon: project cards"_s);
    }
    void settingsRules()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, flags);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        const CliResult r = wfs(QStringList{u"input"_s, kind, tmp.path(), u"--task"_s, id(task)} + flags);
        CHECK_ERROR(r, 2, fragment);
        // Nothing was recorded: not the card, not the edge, not the task's settings.
        GRAPH(g, wfs);
        QCOMPARE(g.ids(), QSet<qint64>({task}));
        QVERIFY(g.edges.isEmpty());
        QCOMPARE(g.node(task).value(u"settings").toObject(), QJsonObject());
    }

    // ---- graph scopes ----------------------------------------------------------------------

    void graphScopes()
    {
        QTemporaryDir tmp;
        QTemporaryDir data;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        for (const char *d : {"p1", "p2", "ds"})
            QVERIFY(QDir(data.path()).mkpath(QLatin1String(d)));
        QVERIFY(writeFile(data.filePath(u"f1"_s), "1"));
        auto path = [&](const char *name) { return data.filePath(QLatin1String(name)); };

        // T1 reads P1 and DS, writes F1; T2 reads F1, writes P2; T3 reads P2, writes F3.
        START_TASK(t1, wfs, u"T1"_s);
        START_TASK(t2, wfs, u"T2"_s);
        START_TASK(t3, wfs, u"T3"_s);
        RECORD(p1, wfs, u"input"_s, u"project"_s, path("p1"), u"--task"_s, id(t1));
        RECORD(ds, wfs, u"input"_s, u"dataset"_s, path("ds"), u"--task"_s, id(t1));
        RECORD(f1, wfs, u"output"_s, u"file"_s, path("f1"), u"--task"_s, id(t1));
        RECORD(f1b, wfs, u"input"_s, u"file"_s, path("f1"), u"--task"_s, id(t2));
        QCOMPARE(f1b, f1);
        RECORD(p2, wfs, u"output"_s, u"project"_s, path("p2"), u"--task"_s, id(t2));
        RECORD(p2b, wfs, u"input"_s, u"project"_s, path("p2"), u"--task"_s, id(t3));
        QCOMPARE(p2b, p2);
        RECORD(f3, wfs, u"output"_s, u"file"_s, path("f3"), u"--task"_s, id(t3));

        GRAPH(all, wfs);
        QCOMPARE(all.ids(), QSet<qint64>({t1, t2, t3, p1, ds, f1, p2, f3}));
        const EdgeSet allEdges{{p1, t1}, {ds, t1}, {t1, f1}, {f1, t2}, {t2, p2}, {p2, t3}, {t3, f3}};
        QCOMPARE(all.edgeSet(), allEdges);
        GRAPH(explicitWorkspace, wfs, u"workspace"_s);
        QCOMPARE(explicitWorkspace.ids(), all.ids());
        QCOMPARE(explicitWorkspace.edgeSet(), allEdges);

        // project:P1: P1, T1 that read it, T1's direct relations; not T2 though it reads F1.
        GRAPH(sp1, wfs, u"project:%1"_s.arg(p1));
        QCOMPARE(sp1.ids(), QSet<qint64>({p1, t1, ds, f1}));
        QCOMPARE(sp1.edgeSet(), EdgeSet({{p1, t1}, {ds, t1}, {t1, f1}}));

        // project:P2: T2 wrote it, T3 read it, and their relations; not T1, P1 or DS.
        GRAPH(sp2, wfs, u"project:%1"_s.arg(p2));
        QCOMPARE(sp2.ids(), QSet<qint64>({p2, t2, t3, f1, f3}));
        QCOMPARE(sp2.edgeSet(), EdgeSet({{f1, t2}, {t2, p2}, {p2, t3}, {t3, f3}}));

        // task:T2: the task and its direct relations only; not T3 that reads P2.
        GRAPH(st2, wfs, u"task:%1"_s.arg(t2));
        QCOMPARE(st2.ids(), QSet<qint64>({t2, f1, p2}));
        QCOMPARE(st2.edgeSet(), EdgeSet({{f1, t2}, {t2, p2}}));

        // A task-to-task edge between two shown tasks is shown too.
        RECORD(t1in, wfs, u"input"_s, u"task"_s, id(t1), u"--task"_s, id(t3));
        QCOMPARE(t1in, t1);
        GRAPH(sp2b, wfs, u"project:%1"_s.arg(p2));
        QCOMPARE(sp2b.ids(), QSet<qint64>({p2, t2, t3, f1, f3, t1}));
        QCOMPARE(sp2b.edgeSet(), EdgeSet({{f1, t2}, {t2, p2}, {p2, t3}, {t3, f3}, {t1, t3}, {t1, f1}}));
        GRAPH(st3, wfs, u"task:%1"_s.arg(t3));
        QCOMPARE(st3.ids(), QSet<qint64>({t3, p2, f3, t1}));
        QCOMPARE(st3.edgeSet(), EdgeSet({{p2, t3}, {t3, f3}, {t1, t3}}));

        // The JSON of a node is the same in every scope.
        QCOMPARE(st2.node(f1), all.node(f1));
    }

    void graphScopeErrors_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        for (const char *bad : {"project", "project:", "project:abc", "task:0", "task:-1", "folder:1", "Workspace",
                                "", ":1"}) {
            QTest::newRow(qPrintable(u"'%1'"_s.arg(QLatin1String(bad)))) << QString::fromLatin1(bad) << 2
                               << u"'%1' is not a scope: use workspace, project:ID or task:ID"_s.arg(
                                      QLatin1String(bad));
        }
        QTest::newRow("task is no project") << u"project:1"_s << 1 << u"There is no project with id 1 in this workspace"_s;
        QTest::newRow("project is no task") << u"task:2"_s << 1 << u"There is no task with id 2 in this workspace"_s;
        QTest::newRow("missing task") << u"task:99"_s << 1 << u"There is no task with id 99"_s;
        QTest::newRow("missing project") << u"project:99"_s << 1 << u"There is no project with id 99"_s;
    }
    void graphScopeErrors()
    {
        QFETCH(QString, scope);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        START_TASK(task, wfs, u"T"_s);
        RECORD(project, wfs, u"input"_s, u"project"_s, tmp.path(), u"--task"_s, id(task));
        QCOMPARE(task, 1);
        QCOMPARE(project, 2);
        CHECK_ERROR(wfs({u"graph"_s, u"--json"_s, u"--scope"_s, scope}), code, fragment);
    }

    void icons()
    {
        const CliResult all = CliHarness(QString()).runBare({u"icons"_s}, cleanEnv());
        CHECK_OK(all);
        QStringList names = all.out.split(u'\n');
        QCOMPARE(names.takeLast(), QString()); // ends with a newline
        QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QVERIFY(names.contains(u"archive"_s));

        const CliResult filtered = CliHarness(QString()).runBare({u"icons"_s, u"ARCHIVE"_s}, cleanEnv());
        CHECK_OK(filtered);
        const QStringList some = filtered.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(some.contains(u"archive"_s));
        QCOMPARE(some, names.filter(u"archive"_s));

        const CliResult none = CliHarness(QString()).runBare({u"icons"_s, u"zzzz-no-icon"_s}, cleanEnv());
        CHECK_OK(none);
        QCOMPARE(none.out, QString());
    }

    // ---- workspaces ------------------------------------------------------------------------

    void workspaceFolderIsCreated()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"new/nested/ws"_s);
        const Wfs wfs(dir);
        START_TASK(task, wfs, u"T"_s);
        QCOMPARE(task, 1);
        QVERIFY(QFileInfo(dir + u"/workspace.db"_s).isFile());
        QVERIFY(QFileInfo(dir + u"/logs"_s).isDir());
        QVERIFY(QFileInfo(dir + u"/store"_s).isDir());
        // Reading an empty new workspace works too.
        const Wfs fresh(tmp.filePath(u"fresh"_s));
        GRAPH(g, fresh);
        QVERIFY(g.nodes.isEmpty());
        QVERIFY(g.edges.isEmpty());
        QVERIFY(QFileInfo(tmp.filePath(u"fresh/workspace.db"_s)).isFile());
    }

    void workspaceThatIsAFile()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(u"plain"_s);
        QVERIFY(writeFile(file, "x"));
        const Wfs wfs(file);
        CHECK_ERROR(wfs({u"graph"_s}), 1, u"%1 is not a folder, so it cannot be a workspace"_s.arg(file));
        QCOMPARE(fileBytes(file), QByteArray("x"));
    }

    void workspaceFromEnvironment()
    {
        QTemporaryDir tmp;
        const QString envDir = tmp.filePath(u"from-env"_s);
        const QString optionDir = tmp.filePath(u"from-option"_s);
        const CliHarness bare{QString()};
        const QProcessEnvironment env = cleanEnv(envWith(u"WFS_WORKSPACE"_s, envDir));

        const CliResult started = bare.runBare({u"task"_s, u"start"_s, u"EnvTask"_s}, env);
        CHECK_OK(started);
        QCOMPARE(printedId(started), 1);
        QVERIFY(QFileInfo(envDir + u"/workspace.db"_s).isFile());
        GRAPH(g, Wfs(envDir));
        QCOMPARE(g.nodes.size(), 1);
        QCOMPARE(g.node(1).value(u"title").toString(), u"EnvTask"_s);

        // --workspace wins over $WFS_WORKSPACE.
        const CliResult other = bare.runBare({u"task"_s, u"start"_s, u"OptionTask"_s, u"--workspace"_s, optionDir}, env);
        CHECK_OK(other);
        GRAPH(g2, Wfs(optionDir));
        QCOMPARE(g2.nodes.size(), 1);
        QCOMPARE(g2.node(1).value(u"title").toString(), u"OptionTask"_s);
        GRAPH(g3, Wfs(envDir));
        QCOMPARE(g3.nodes.size(), 1);

        // Without either, the default lives under $XDG_DATA_HOME (set to a temporary folder).
        QTemporaryDir xdg;
        QProcessEnvironment noWorkspace = cleanEnv();
        noWorkspace.insert(u"XDG_DATA_HOME"_s, xdg.path());
        const CliResult defaulted = bare.runBare({u"task"_s, u"start"_s, u"DefaultTask"_s}, noWorkspace);
        CHECK_OK(defaulted);
        QCOMPARE(printedId(defaulted), 1);
        const QStringList dbs = [&] {
            QStringList found;
            QDirIterator it(xdg.path(), {u"workspace.db"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        }();
        QCOMPARE(dbs.size(), 1);
        QVERIFY2(dbs.front().endsWith(u"/default/workspace.db"_s), qPrintable(dbs.front()));
    }

    // ---- damaged, foreign and newer workspaces are refused and left untouched ---------------

    void refusesDamagedForeignAndNewerWorkspaces_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("fragment");
        const QStringList commands[] = {
            {u"graph"_s, u"--json"_s},
            {u"task"_s, u"start"_s, u"X"_s},
            {u"input"_s, u"folder"_s, u"/"_s, u"--task"_s, u"1"_s},
            {u"run"_s, u"--name"_s, u"R"_s, u"--"_s, u"true"_s},
        };
        for (const QString &what : {u"garbage"_s, u"foreign"_s, u"newer"_s}) {
            const QString fragment = what == u"garbage" ? u"is not a readable Workflow Studio workspace"_s
                                     : what == u"foreign" ? u"is a SQLite database of another program"_s
                                                           : u"was written by a newer Workflow Studio (schema 99"_s;
            for (const QStringList &c : commands)
                QTest::newRow(qPrintable(what + u": "_s + c.mid(0, 2).join(u' '))) << what << c << fragment;
        }
    }
    void refusesDamagedForeignAndNewerWorkspaces()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, command);
        QFETCH(QString, fragment);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        const QString db = dir + u"/workspace.db"_s;
        const Wfs wfs(dir);
        if (what == u"garbage") {
            QVERIFY(QDir().mkpath(dir));
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator rng(42);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            bytes.replace(0, 16, "not a database!!");
            QVERIFY(writeFile(db, bytes));
        } else if (what == u"foreign") {
            QVERIFY(QDir().mkpath(dir));
            QCOMPARE(QProcess::execute(u"sqlite3"_s, {db, u"create table x(y); insert into x values(1);"_s}), 0);
        } else {
            START_TASK(task, wfs, u"Old"_s);
            QCOMPARE(QProcess::execute(u"sqlite3"_s, {db, u"PRAGMA user_version = 99"_s}), 0);
        }
        const QByteArray before = fileBytes(db);
        QVERIFY(!before.isEmpty());
        const QStringList entriesBefore = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        const CliResult r = wfs(command);
        CHECK_ERROR(r, 1, fragment);
        QVERIFY2(r.err.contains(db), qPrintable(r.err)); // names the file
        if (what == u"newer")
            QVERIFY(r.err.contains(u"newer"_s));
        QVERIFY2(fileBytes(db) == before, "the workspace file was modified");
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
