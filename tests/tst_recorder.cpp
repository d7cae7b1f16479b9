#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"

#include <QFile>
#include <set>
#include <QTemporaryDir>
#include <QtTest>

using namespace wfs;

class TestRecorder : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<GraphStore> m_store;
    std::unique_ptr<Recorder> m_rec;

    QString path(const QString &name) const { return m_tmp->filePath(name); }

    void touch(const QString &name)
    {
        QDir().mkpath(QFileInfo(path(name)).absolutePath());
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

    NodeId rec(NodeId task, Direction d, NodeKind kind, const QString &target)
    {
        Relation r;
        r.direction = d;
        r.kind = kind;
        r.target = target;
        return m_rec->record(task, r);
    }

    NodeId addVersion(NodeId project, int number)
    {
        db::Database &db = m_ws->db();
        const NodeId id = m_store->ensureNode(NodeKind::ProjectVersion, QStringLiteral("v%1-%2").arg(project).arg(number),
                                              QStringLiteral("v%1").arg(number));
        db::Statement st(db, "INSERT INTO versions(node_id, project_id, number, created) VALUES(?, ?, ?, 0)");
        st.bind(1, id).bind(2, project).bind(3, number).exec();
        return id;
    }

    static std::set<NodeId> ids(const GraphSnapshot &g)
    {
        std::set<NodeId> s;
        for (const Node &n : g.nodes)
            s.insert(n.id);
        return s;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<Workspace>(path(QStringLiteral("ws")));
        m_store = std::make_unique<GraphStore>(*m_ws);
        m_rec = std::make_unique<Recorder>(*m_store);
    }

    void cleanup()
    {
        m_rec.reset();
        m_store.reset();
        m_ws.reset();
        m_tmp.reset();
    }

    void canonicalPathsMakeOneCard()
    {
        QDir().mkpath(path(QStringLiteral("data/imgs")));
        QVERIFY(QFile::link(path(QStringLiteral("data")), path(QStringLiteral("alias"))));
        const NodeId t = m_rec->startTask({QStringLiteral("t"), {}, {}, {}});
        const NodeId a = rec(t, Direction::Input, NodeKind::Project, path(QStringLiteral("data")));
        const NodeId b = rec(t, Direction::Input, NodeKind::Project, path(QStringLiteral("data/imgs/..")));
        const NodeId c = rec(t, Direction::Input, NodeKind::Project, path(QStringLiteral("alias/")));
        QCOMPARE(a, b);
        QCOMPARE(a, c);
        QCOMPARE(m_store->edgeCount(), 1);
        QCOMPARE(m_store->node(a)->path, QFileInfo(path(QStringLiteral("data"))).canonicalFilePath());
        // A path that does not exist yet keeps its tail under the resolved parent.
        QCOMPARE(paths::canonical(path(QStringLiteral("alias/new/x.bin"))),
                 QFileInfo(path(QStringLiteral("data"))).canonicalFilePath() + QStringLiteral("/new/x.bin"));
    }

    void inputAndOutputEdgeDirections()
    {
        touch(QStringLiteral("in.txt"));
        const NodeId t = m_rec->startTask({QStringLiteral("t"), {}, {}, {}});
        const NodeId in = rec(t, Direction::Input, NodeKind::File, path(QStringLiteral("in.txt")));
        const NodeId out = rec(t, Direction::Output, NodeKind::Folder, path(QStringLiteral("out")));
        const GraphSnapshot g = m_store->snapshot();
        QCOMPARE(g.edges.size(), std::size_t(2));
        QCOMPARE(g.edges[0], (Edge{in, t}));
        QCOMPARE(g.edges[1], (Edge{t, out}));
    }

    void modelWeightsUpgradeTheFileCard()
    {
        touch(QStringLiteral("best.pt"));
        const NodeId train = m_rec->startTask({QStringLiteral("train"), {}, {}, {}});
        const NodeId eval = m_rec->startTask({QStringLiteral("eval"), {}, {}, {}});
        const NodeId asFile = rec(train, Direction::Output, NodeKind::File, path(QStringLiteral("best.pt")));
        QCOMPARE(m_store->node(asFile)->kind, NodeKind::File);
        const NodeId asWeights = rec(eval, Direction::Input, NodeKind::ModelWeight, path(QStringLiteral("best.pt")));
        QCOMPARE(asWeights, asFile);
        QCOMPARE(m_store->node(asFile)->kind, NodeKind::ModelWeight);
        // Recording it as a plain file again does not downgrade it.
        QCOMPARE(rec(eval, Direction::Input, NodeKind::File, path(QStringLiteral("best.pt"))), asFile);
        QCOMPARE(m_store->node(asFile)->kind, NodeKind::ModelWeight);
    }

    void appSessionTasksAndJobs()
    {
        const NodeId t = m_rec->startTask({QStringLiteral("label"), QStringLiteral("labeler"), {}, {}});
        const NodeId other = m_rec->startTask({QStringLiteral("prep"), {}, {}, {}});
        const NodeId app = rec(t, Direction::Output, NodeKind::AppSession, {});
        QCOMPARE(m_store->node(app)->title, QStringLiteral("labeler"));
        QCOMPARE(rec(t, Direction::Output, NodeKind::AppSession, {}), app);
        QCOMPARE(rec(t, Direction::Input, NodeKind::Task, QString::number(other)), other);
        QVERIFY_THROWS_EXCEPTION(Error, rec(t, Direction::Input, NodeKind::Task, QString::number(t)));
        QVERIFY_THROWS_EXCEPTION(Error, rec(t, Direction::Input, NodeKind::AppSession, {}));

        Relation job;
        job.direction = Direction::Output;
        job.kind = NodeKind::Job;
        job.target = QStringLiteral("J-17");
        const NodeId j = m_rec->record(t, job);
        QCOMPARE(m_store->node(j)->title, QStringLiteral("Labeling job J-17"));
        job.jobTitle = QStringLiteral("Review masks");
        job.jobUrl = QStringLiteral("https://labels.example/jobs/17");
        QCOMPARE(m_rec->record(t, job), j);
        QCOMPARE(m_store->node(j)->title, QStringLiteral("Review masks"));
        QCOMPARE(m_store->node(j)->url, QStringLiteral("https://labels.example/jobs/17"));
        job.jobUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY_THROWS_EXCEPTION(Error, m_rec->record(t, job));
    }

    void versionsAreResolvedWithinTheirProject()
    {
        QDir().mkpath(path(QStringLiteral("p1")));
        QDir().mkpath(path(QStringLiteral("p2")));
        const NodeId t = m_rec->startTask({QStringLiteral("t"), {}, {}, {}});
        const NodeId p1 = rec(t, Direction::Input, NodeKind::Project, path(QStringLiteral("p1")));
        const NodeId p2 = rec(t, Direction::Input, NodeKind::Project, path(QStringLiteral("p2")));
        const NodeId v1 = addVersion(p1, 1);
        const NodeId v2 = addVersion(p1, 2);
        const NodeId w1 = addVersion(p2, 1);

        Relation r;
        r.kind = NodeKind::Project;
        r.target = QString::number(p1);
        r.versionNumber = 2;
        QCOMPARE(m_rec->record(t, r), v2);
        r.versionNumber.reset();
        r.versionId = v1;
        QCOMPARE(m_rec->record(t, r), v1);
        r.versionId = w1; // a version of another project
        QVERIFY_THROWS_EXCEPTION(Error, m_rec->record(t, r));
        r.versionId.reset();
        r.versionNumber = 9;
        QVERIFY_THROWS_EXCEPTION(Error, m_rec->record(t, r));
        r.direction = Direction::Output;
        r.versionNumber = 1;
        QVERIFY_THROWS_EXCEPTION(Error, m_rec->record(t, r));
    }

    void scopesFollowTheSeed()
    {
        QDir().mkpath(path(QStringLiteral("p")));
        QDir().mkpath(path(QStringLiteral("q")));
        touch(QStringLiteral("weights.pt"));
        const NodeId train = m_rec->startTask({QStringLiteral("train"), {}, {}, {}});
        const NodeId other = m_rec->startTask({QStringLiteral("other"), {}, {}, {}});
        const NodeId later = m_rec->startTask({QStringLiteral("later"), {}, {}, {}});
        const NodeId p = rec(train, Direction::Input, NodeKind::Project, path(QStringLiteral("p")));
        const NodeId v = addVersion(p, 1);
        Relation viaVersion;
        viaVersion.kind = NodeKind::Project;
        viaVersion.target = QString::number(p);
        viaVersion.versionId = v;
        const NodeId evaluate = m_rec->startTask({QStringLiteral("evaluate"), {}, {}, {}});
        m_rec->record(evaluate, viaVersion);
        const NodeId w = rec(train, Direction::Output, NodeKind::ModelWeight, path(QStringLiteral("weights.pt")));
        const NodeId q = rec(other, Direction::Input, NodeKind::Project, path(QStringLiteral("q")));
        rec(later, Direction::Input, NodeKind::ModelWeight, path(QStringLiteral("weights.pt")));

        const GraphSnapshot all = m_store->snapshot();
        QCOMPARE(all.nodes.size(), std::size_t(8));

        const GraphSnapshot project = m_store->snapshot({Scope::Type::Project, p});
        QCOMPARE(ids(project), (std::set<NodeId>{p, v, train, evaluate, w}));
        // Every edge between shown cards, and only those.
        QCOMPARE(project.edges.size(), std::size_t(3));

        const GraphSnapshot task = m_store->snapshot({Scope::Type::Task, train});
        QCOMPARE(ids(task), (std::set<NodeId>{train, p, w}));
        QCOMPARE(task.edges.size(), std::size_t(2));

        QCOMPARE(ids(m_store->snapshot({Scope::Type::Task, other})), (std::set<NodeId>{other, q}));
        QVERIFY(m_store->snapshot({Scope::Type::Project, train}).nodes.empty());
    }

    void scopeTextRoundTrips()
    {
        QCOMPARE(Scope::parse(QStringLiteral("workspace")), Scope{});
        QCOMPARE(Scope::parse(QStringLiteral("project:12")), (Scope{Scope::Type::Project, 12}));
        QCOMPARE(Scope::parse(QStringLiteral("task:3")).toString(), QStringLiteral("task:3"));
        for (const char *bad : {"", "project", "project:", "project:x", "task:-1", "dataset:1"})
            QVERIFY_THROWS_EXCEPTION(Error, Scope::parse(QString::fromLatin1(bad)));
    }

    void settingsRulesApplyPerKind()
    {
        QDir().mkpath(path(QStringLiteral("p")));
        const NodeId t = m_rec->startTask({QStringLiteral("t"), {}, {}, {}});
        Relation r;
        r.kind = NodeKind::Project;
        r.target = path(QStringLiteral("p"));
        r.relationSettings = CardSettings{};
        r.relationSettings->icon = CardIcon{QStringLiteral("archive"), QStringLiteral("#fff"), QStringLiteral("#000")};
        QVERIFY_THROWS_EXCEPTION(Error, m_rec->record(t, r));
        QCOMPARE(m_store->nodeCount(), 1); // nothing half-recorded
        r.relationSettings->icon.reset();
        r.relationSettings->description = QStringLiteral("raw images");
        CardSettings first;
        first.title = QStringLiteral("first");
        CardSettings second;
        second.description = QStringLiteral("second");
        r.taskSettings = first;
        const NodeId p = m_rec->record(t, r);
        r.taskSettings = second;
        m_rec->record(t, r);
        QCOMPARE(*m_store->node(p)->settings.description, QStringLiteral("raw images"));
        // The last write to a task's own settings wins, whole.
        QCOMPARE(m_store->node(t)->settings, second);
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
