#pragma once

// A small real workspace for the graph GUI tests, recorded through the Recorder API, and the
// waits and checks they share. Header-only: included by tst_graphscene and tst_graphexport.

#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "tests/CliHarness.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"

#include <QDir>
#include "tests/TestSupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <set>


// street-scenes (3 PNGs) -> [Experiment: Train YOLO] -> best.pt, report.html, app session;
// best.pt -> Evaluate -> metrics.json.
struct GraphFixture
{
    QTemporaryDir tmp;
    QString wsDir;
    QString projectDir;
    wfs::NodeId project = 0, train = 0, weights = 0, report = 0, session = 0, evaluate = 0, metrics = 0;

    QString path(const QString &name) const { return tmp.filePath(name); }
    std::set<wfs::NodeId> all() const { return {project, train, weights, report, session, evaluate, metrics}; }
};

inline void touchFile(const QString &path, const QByteArray &bytes = "x")
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline void buildWorkspace(GraphFixture &f)
{
    using namespace wfs;
    QVERIFY(f.tmp.isValid());
    f.wsDir = f.path(QStringLiteral("ws"));
    f.projectDir = QDir(f.path(QStringLiteral("street-scenes"))).absolutePath();
    QVERIFY(QDir().mkpath(f.projectDir));
    const QColor colours[] = {Qt::red, Qt::darkGreen, Qt::blue};
    for (int i = 0; i < 3; ++i) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colours[i]);
        QVERIFY(image.save(f.projectDir + QStringLiteral("/img%1.png").arg(i)));
    }
    CHECK(touchFile(f.path(QStringLiteral("runs/best.pt")), QByteArray(256, 'w')));
    CHECK(touchFile(f.path(QStringLiteral("runs/report.html")), "<html></html>"));

    Workspace ws(f.wsDir);
    GraphStore store(ws);
    Recorder rec(store);
    auto relation = [](Direction d, NodeKind kind, const QString &target) {
        Relation r;
        r.direction = d;
        r.kind = kind;
        r.target = target;
        return r;
    };
    f.train = rec.startTask({QStringLiteral("Train YOLO"), QStringLiteral("train.py"), QStringLiteral("Experiment"), {}});
    f.project = rec.record(f.train, relation(Direction::Input, NodeKind::Project, f.projectDir));
    f.weights = rec.record(f.train, relation(Direction::Output, NodeKind::ModelWeight, f.path(QStringLiteral("runs/best.pt"))));
    f.report = rec.record(f.train, relation(Direction::Output, NodeKind::File, f.path(QStringLiteral("runs/report.html"))));
    f.session = rec.record(f.train, relation(Direction::Output, NodeKind::AppSession, {}));
    rec.finishTask(f.train, TaskStatus::Succeeded, 0);
    f.evaluate = rec.startTask({QStringLiteral("Evaluate"), QStringLiteral("eval.py"), {}, {}});
    rec.record(f.evaluate, relation(Direction::Input, NodeKind::ModelWeight, f.path(QStringLiteral("runs/best.pt"))));
    f.metrics = rec.record(f.evaluate, relation(Direction::Output, NodeKind::File, f.path(QStringLiteral("runs/metrics.json"))));
    rec.finishTask(f.evaluate, TaskStatus::Failed, 3);
    QCOMPARE(f.all().size(), std::size_t(7));
}

inline std::set<wfs::NodeId> graphIds(const wfs::WorkflowModel &model)
{
    std::set<wfs::NodeId> ids;
    for (const wfs::Node &n : model.graph().nodes)
        ids.insert(n.id);
    return ids;
}

inline std::set<wfs::NodeId> cardIds(const wfs::GraphScene &scene)
{
    std::set<wfs::NodeId> ids;
    for (const auto &[id, item] : scene.cards())
        ids.insert(id);
    return ids;
}

// True once the latest layout is on screen: nothing pending, every card of the scope placed.
inline bool laidOut(const wfs::GraphScene &scene, const wfs::WorkflowModel &model)
{
    if (!model.isLoaded() || scene.isLayoutPending())
        return false;
    for (const wfs::Node &n : model.graph().nodes) {
        const wfs::CardItem *c = scene.card(scene.shownAs(n.id)); // a collapsed bake's task: its group's
        if (!c || !c->isVisible())
            return false;
    }
    return true;
}

#define WAIT_FOR_LAYOUT(scene, model) QTRY_VERIFY_WITH_TIMEOUT(laidOut((scene), (model)), 20000)

inline QRectF cardRect(const wfs::CardItem *c)
{
    return QRectF(c->pos(), c->size());
}

// The node's settings as `wfs graph --json` prints them.
inline QJsonObject cliSettings(const QString &wsDir, wfs::NodeId id)
{
    const CliResult r = CliHarness(wsDir).run({QStringLiteral("graph"), QStringLiteral("--json")});
    if (r.exitCode != 0) {
        qWarning("wfs graph --json failed: %s", qPrintable(r.err));
        return {{QStringLiteral("error"), r.err}};
    }
    const QJsonArray nodes = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value(QStringLiteral("id")).toInteger() == id)
            return n.toObject().value(QStringLiteral("settings")).toObject();
    }
    return {{QStringLiteral("error"), QStringLiteral("no node %1").arg(id)}};
}
