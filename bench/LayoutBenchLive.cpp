#include "bench/LayoutBenchLive.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace wfs {

namespace {

QString runWfs(const QString &wfs, const QString &wsDir, const QStringList &args)
{
    QProcess p;
    p.start(wfs, QStringList{QStringLiteral("--workspace"), wsDir} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("wfs %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Waits, handling events, until the card of a node added after `since` is placed.
NodeId waitForNewCard(GraphScene &scene, const std::vector<NodeId> &added, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        for (NodeId id : added) {
            if (CardItem *c = scene.card(id); c && c->isVisible() && !scene.isLayoutPending())
                return id;
        }
    }
    qFatal("no new card on screen after %d ms", timeoutMs);
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double paintMs(GraphView &view)
{
    view.viewport()->grab(); // fills the cards' pixmap caches at this zoom
    std::vector<double> frames;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->grab();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(frames);
}

} // namespace

LiveFigures measureLiveUpdate(const QString &wfs, const QString &wsDir, GraphScene &scene, GraphView &view)
{
    std::vector<NodeId> added;
    QObject::connect(&scene.model(), &WorkflowModel::nodeAdded, &scene, [&added](NodeId id) { added.push_back(id); });
    const QString task = runWfs(wfs, wsDir, {QStringLiteral("task"), QStringLiteral("start"), QStringLiteral("Live task")});
    waitForNewCard(scene, added, 60000);
    added.clear();

    std::unordered_map<NodeId, QPoint> before;
    for (const auto &[id, item] : scene.cards())
        before.emplace(id, view.mapFromScene(item->pos()));
    const QString file = QDir(wsDir).absoluteFilePath(QStringLiteral("../live-output.csv"));
    if (QFile f(file); !f.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(file));

    QElapsedTimer clock;
    clock.start();
    QProcess output;
    output.start(wfs, {QStringLiteral("--workspace"), wsDir, QStringLiteral("output"), QStringLiteral("file"), file,
                       QStringLiteral("--task"), task});
    waitForNewCard(scene, added, 60000);
    view.viewport()->grab();
    LiveFigures f;
    f.seconds = double(clock.nsecsElapsed()) / 1e9;
    output.waitForFinished();

    f.maxMovePx = 0;
    for (const auto &[id, item] : scene.cards()) {
        if (const auto it = before.find(id); it != before.end()) {
            const QPoint d = view.mapFromScene(item->pos()) - it->second;
            f.maxMovePx = std::max(f.maxMovePx, std::hypot(double(d.x()), double(d.y())));
        }
    }
    return f;
}

PaintFigures measurePaint(GraphScene &scene, GraphView &view)
{
    PaintFigures p;
    view.fitInView(scene.sceneRect(), Qt::KeepAspectRatio);
    p.fitAllMs = paintMs(view);
    view.setTransform(QTransform());
    view.centerOn(scene.sceneRect().center());
    p.actualMs = paintMs(view);
    return p;
}

} // namespace wfs
