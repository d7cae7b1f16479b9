// Two (or three) real workspaces share lineage and versions through a real s3rver and a real
// shared folder: who ran each task, pushed and pulled; versions restored from the remote byte
// for byte, by the project's card id; tampered content refused naming the file; pushes at the
// same moment losing nothing; failures one line, exit 1, nothing half-written.

#include "tests/RemoteCliSupport.h"

#include <QProcess>
#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

using namespace wfstest;
using namespace remotetest;
using namespace wfs::remote;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
}

QString me()
{
    return QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
}

// The one task titled `title`, or an empty object.
QJsonObject taskTitled(const Graph &g, const QString &title)
{
    for (const QJsonObject &n : g.ofKind(u"task"_s))
        if (n.value(u"title").toString() == title)
            return n;
    return {};
}

QJsonArray versionList(const QString &ws, qint64 project)
{
    const CliResult r = runWfs(ws, {u"version"_s, u"list"_s, QString::number(project), u"--json"_s});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

class TestRemotePull : public QObject
{
    Q_OBJECT

    Remotes m_remotes{u"wfs-pull"_s};
    int m_cases = 0;

    // `count` fresh workspaces sharing the remote "team" of this case, and that remote.
    std::pair<QStringList, std::unique_ptr<RemoteStore>> team(const QString &kind, int count)
    {
        return remotetest::team(m_remotes, u"case%1"_s.arg(++m_cases), kind, count);
    }

    Graph graph(const QString &ws) { return Graph::of(runWfs(ws, {u"graph"_s, u"--json"_s})); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_remotes.start(&error), qPrintable(error));
    }

    void whoRanIt()
    {
        const QString ws = m_remotes.path(u"ws-who"_s);
        const CliResult started = runWfs(ws, {u"task"_s, u"start"_s, u"By hand"_s});
        QCOMPARE(started.exitCode, 0);
        QCOMPARE(runWfs(ws, {u"run"_s, u"--name"_s, u"Wrapped"_s, u"--"_s, u"true"_s}).exitCode, 0);
        const Graph g = graph(ws);
        QVERIFY2(g.ok, qPrintable(g.error));
        for (const QString &title : {u"By hand"_s, u"Wrapped"_s}) {
            const QJsonObject task = taskTitled(g, title);
            QCOMPARE(task.value(u"user").toString(), me());
            QCOMPARE(task.value(u"host").toString(), QSysInfo::machineHostName());
            QVERIFY(task.value(u"started").toInteger() > 0);
        }
    }

    void roundTrip_data() { Remotes::backends(); }
    void roundTrip()
    {
        QFETCH(QString, kind);
        auto [ws, store] = team(kind, 2);
        const QString project = m_remotes.path(u"cats-%1"_s.arg(kind));
        write(project + u"/labels/a.txt"_s, "cat 1");
        write(project + u"/big.bin"_s, QByteArray(5 * 1024 * 1024, 'x') + "end");
        QCOMPARE(runWfs(ws[0], {u"version"_s, u"create"_s, project, u"--title"_s, u"First"_s}).exitCode, 0);
        const QByteArray firstA = fileBytes(project + u"/labels/a.txt"_s);
        write(project + u"/labels/a.txt"_s, "cat 1, relabelled");
        const QString weights = m_remotes.path(u"weights-%1.pt"_s.arg(kind));
        CliResult r = runWfs(ws[0], {u"run"_s, u"--name"_s, u"Train"_s, u"--in"_s, u"project:"_s + project, u"--out"_s,
                                  u"model_weight:"_s + weights, u"--"_s, u"sh"_s, u"-c"_s, u"echo trained; echo w > '%1'"_s.arg(weights)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"Pushed 2 version(s) to team"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u", 1 log(s)"_s), qPrintable(r.out));

        r = runWfs(ws[1], {u"pull"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith(u"Pulled from team: 1 batch(es), "_s) && r.out.contains(u" 2 version(s), 1 log(s)"_s),
                 qPrintable(r.out));
        const Graph g = graph(ws[1]);
        QVERIFY2(g.ok, qPrintable(g.error));
        const QJsonObject train = taskTitled(g, u"Train"_s);
        QCOMPARE(train.value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(train.value(u"user").toString(), me());
        QCOMPARE(train.value(u"host").toString(), QSysInfo::machineHostName());
        QCOMPARE(fileBytes(train.value(u"log").toString()), QByteArray("trained\n"));
        // Its relations came along: the version it read and the weights it wrote.
        const qint64 trainId = train.value(u"id").toInteger();
        const QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 2);
        const QList<QJsonObject> weightCards = g.ofKind(u"model_weight"_s);
        QCOMPARE(weightCards.size(), 1);
        QVERIFY(g.edgeSet().contains({trainId, weightCards.front().value(u"id").toInteger()}));
        const qint64 projectId = versions.front().value(u"project").toInteger();
        QCOMPARE(g.node(projectId).value(u"path").toString(), canonical(project));

        // Numbered as where they came from; restored by the project's card id, byte for byte.
        const QJsonArray list = versionList(ws[1], projectId);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"number").toInt(), 1);
        QCOMPARE(list.at(0).toObject().value(u"title").toString(), u"First"_s);
        QCOMPARE(list.at(1).toObject().value(u"number").toInt(), 2);
        const QString restored = m_remotes.path(u"restored-%1"_s.arg(kind));
        r = runWfs(ws[1], {u"version"_s, u"restore"_s, QString::number(projectId), u"--num"_s, u"1"_s, u"--to"_s, restored});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(fileBytes(restored + u"/labels/a.txt"_s), firstA);
        QVERIFY(fileBytes(restored + u"/big.bin"_s) == fileBytes(project + u"/big.bin"_s));
        // Without --to: the teammate's folder is not this machine's.
        r = runWfs(ws[1], {u"version"_s, u"restore"_s, QString::number(projectId), u"--num"_s, u"2"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(u"--to DIR"_s), qPrintable(r.err));

        // Again with nothing new: nothing read, nothing sent, nothing changes.
        r = runWfs(ws[1], {u"pull"_s});
        QCOMPARE(r.out, u"Pulled from team: 0 batch(es), 0 card(s), 0 relation(s), 0 version(s), 0 log(s)\n"_s);
        QCOMPARE(graph(ws[1]).nodes.size(), g.nodes.size() + 1); // the restored folder's project
        const auto batches = store->list(u"lineage/"_s).size();
        r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.out.endsWith(u"Pushed lineage: 0 card(s), 0 relation(s), 0 log(s)\n"_s), qPrintable(r.out));
        QCOMPARE(store->list(u"lineage/"_s).size(), batches);

        // A change travels as one more batch: the card's new title.
        QCOMPARE(runWfs(ws[0], {u"task"_s, u"start"_s, u"Evaluate"_s}).exitCode, 0);
        r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.out.endsWith(u"Pushed lineage: 1 card(s), 0 relation(s), 0 log(s)\n"_s), qPrintable(r.out));
        r = runWfs(ws[1], {u"pull"_s});
        QVERIFY2(r.out.startsWith(u"Pulled from team: 1 batch(es), 1 card(s)"_s), qPrintable(r.out));
        QCOMPARE(taskTitled(graph(ws[1]), u"Evaluate"_s).value(u"status").toString(), u"running"_s);
    }

    void tamperedContentIsRefused_data() { Remotes::backends(); }
    void tamperedContentIsRefused()
    {
        QFETCH(QString, kind);
        auto [ws, store] = team(kind, 2);
        const QString project = m_remotes.path(u"dogs-%1"_s.arg(kind));
        write(project + u"/one.txt"_s, "the first file");
        write(project + u"/two.txt"_s, "the second file");
        QCOMPARE(runWfs(ws[0], {u"version"_s, u"create"_s, project}).exitCode, 0);
        QCOMPARE(runWfs(ws[0], {u"push"_s}).exitCode, 0);
        QCOMPARE(runWfs(ws[1], {u"pull"_s}).exitCode, 0);
        for (const RemoteObject &o : store->list(u"packs/"_s))
            if (o.key.endsWith(u".pack"_s))
                store->put(o.key, store->get(o.key).replace("second", "SECOND"));
        const qint64 projectId = graph(ws[1]).ofKind(u"project_version"_s).front().value(u"project").toInteger();
        const QString target = m_remotes.path(u"dogs-restored-%1"_s.arg(kind));
        const CliResult r = runWfs(ws[1], {u"version"_s, u"restore"_s, QString::number(projectId), u"--num"_s, u"1"_s, u"--to"_s, target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: two.txt: team packs/"_s)
                     && r.err.contains(u"does not match its content id"_s),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
    }

    // Two workspaces push at the same moment; each then pulls and sees everything, and a third
    // sees the same: every task, every version, numbers unique and in time order.
    void concurrentPushes_data() { Remotes::backends(); }
    void concurrentPushes()
    {
        QFETCH(QString, kind);
        auto [ws, store] = team(kind, 3);
        for (int w = 0; w < 2; ++w) {
            const QString project = m_remotes.path(u"p%1-%2-%3"_s.arg(w).arg(kind).arg(m_cases));
            for (int v = 0; v < 3; ++v) {
                write(project + u"/data.txt"_s, "workspace " + QByteArray::number(w) + " version " + QByteArray::number(v));
                QCOMPARE(runWfs(ws[w], {u"version"_s, u"create"_s, project}).exitCode, 0);
            }
            for (int t = 0; t < 15; ++t)
                QCOMPARE(runWfs(ws[w], {u"run"_s, u"--name"_s, u"w%1 t%2"_s.arg(w).arg(t), u"--"_s, u"true"_s}).exitCode, 0);
        }
        std::vector<std::unique_ptr<QProcess>> pushes;
        for (int w = 0; w < 2; ++w) {
            pushes.push_back(std::make_unique<QProcess>());
            pushes.back()->setProcessEnvironment(awsEnv());
            pushes.back()->start(CliHarness::wfsPath(), {u"--workspace"_s, ws[w], u"push"_s});
        }
        for (auto &p : pushes) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        for (const QString &w : ws) {
            const CliResult r = runWfs(w, {u"pull"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const Graph g = graph(w);
            for (int a = 0; a < 2; ++a)
                for (int t = 0; t < 15; ++t)
                    QVERIFY2(!taskTitled(g, u"w%1 t%2"_s.arg(a).arg(t)).isEmpty(), qPrintable(w));
            const QList<QJsonObject> projects = g.ofKind(u"project"_s);
            QCOMPARE(projects.size(), 2);
            for (const QJsonObject &p : projects) {
                const QJsonArray list = versionList(w, p.value(u"id").toInteger());
                QCOMPARE(list.size(), 3);
                for (int i = 0; i < 3; ++i) {
                    QCOMPARE(list.at(i).toObject().value(u"number").toInt(), i + 1);
                    if (i > 0)
                        QVERIFY(list.at(i).toObject().value(u"created").toString() >= list.at(i - 1).toObject().value(u"created").toString());
                }
            }
        }
    }

    void failuresChangeNothing()
    {
        auto [ws, store] = team(u"s3"_s, 1);
        QCOMPARE(runWfs(ws[0], {u"task"_s, u"start"_s, u"Mine"_s}).exitCode, 0);
        const qsizetype before = graph(ws[0]).nodes.size();
        QProcessEnvironment wrong = awsEnv();
        wrong.insert(u"AWS_ACCESS_KEY_ID"_s, u"NOT-OURS"_s);
        wrong.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"wrong-secret-value"_s);
        for (const QString &command : {u"pull"_s, u"push"_s}) {
            const CliResult r = runWfs(ws[0], {command}, wrong);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: remote team: "_s) && r.err.contains(u"HTTP 403"_s), qPrintable(r.err));
            QVERIFY(!r.err.contains(u"wrong-secret-value"_s));
        }
        QCOMPARE(runWfs(ws[0], {u"remote"_s, u"add"_s, u"nobucket"_s, u"s3://no-such-bucket"_s, u"--endpoint-url"_s,
                             m_remotes.server().endpoint()}).exitCode, 0);
        CliResult r = runWfs(ws[0], {u"pull"_s, u"--remote"_s, u"nobucket"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: remote nobucket: "_s) && r.err.contains(u"HTTP 404 NoSuchBucket"_s),
                 qPrintable(r.err));
        QCOMPARE(runWfs(ws[0], {u"remote"_s, u"add"_s, u"down"_s, u"s3://bkt"_s, u"--endpoint-url"_s, u"http://127.0.0.1:1"_s}).exitCode, 0);
        r = runWfs(ws[0], {u"pull"_s, u"--remote"_s, u"down"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: remote down (http://127.0.0.1:1): "_s), qPrintable(r.err));
        r = runWfs(ws[0], {u"pull"_s, u"--remote"_s, u"elsewhere"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"wfs: No remote named elsewhere; known remotes: team, nobucket, down\n"_s);
        QCOMPARE(graph(ws[0]).nodes.size(), before);
        // And the push after all that sends what the failed one did not.
        r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.out.endsWith(u"Pushed lineage: 1 card(s), 0 relation(s), 0 log(s)\n"_s), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestRemotePull)
#include "tst_remotepull.moc"
