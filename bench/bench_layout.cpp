// Opening a big recorded workflow: seconds until the cards are on screen, first open (Graphviz)
// and reopen (layout cache), resident memory, `dot` on the same graph beside it, a card recorded
// by another process while the graph is open, and paint time per frame.
//   bench_layout [--sizes 300,1000,3000,10000] [--no-dot] [--no-plain-dot] [--dot-timeout SECONDS]
//                [--live-max CARDS] [--wfs PATH] [--keep DIR] [--json] [--write-dot DIR]
// --write-dot DIR only generates each graph and writes its DOT files there, without laying it out
// (to time `dot` on graphs too big to lay out in a bench run).
// --keep DIR leaves the screenshots and DOT files there (to look at, or to run `dot -v` on).
// --json prints {"sizes":[{"cards":N,"first_s":..,"reopen_s":..,"rss_mb":..,"dot_tuned_s":..,
// "live_update_s":..,"live_max_move_px":..}]} on stdout (null where not measured), the tables on stderr.
// Live figures are taken for sizes up to --live-max (default 50000).
#include "bench/LayoutBenchGraph.h"
#include "bench/LayoutBenchLive.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/Components.h"
#include "model/layout/LayoutCache.h"
#include "model/workspace/Workspace.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace wfs;

namespace {

struct Open
{
    double model = 0;  // workspace + WorkflowModel (reading the graph)
    double scene = 0;  // GraphScene (a CardItem per card) + GraphView shown
    double wait = 0;   // until layoutStarted (the scene's relayout timer, building the request)
    double request = 0; // layoutStarted .. LayoutService::request returned (pieces, keys, cache reads)
    double layout = 0;  // .. last piece laid out (Graphviz on the worker thread)
    double apply = 0;  // .. layoutApplied (cache write, packing, placing cards, edge and group items)
    double paint = 0;  // pending scene events, fitGraph(0.8) as MainWindow does, one grab of the viewport
    double total = 0;  // construction .. painted: "cards on screen"
    double paintAll = 0; // afterwards: fitInView of the whole graph and one grab (every card drawn)
    double rssMb = 0;
    double hwmMb = 0;
};

struct Row
{
    int size = 0;
    Generated graph;
    Open first;
    Open reopen;
    double rssBeforeMb = 0;
    QString dotPlain = QStringLiteral("-");
    QString dotTuned = QStringLiteral("-");
    LiveFigures live;
    PaintFigures paint;
};

FILE *out = stdout; // the tables; stderr when --json owns stdout

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// VmRSS and VmHWM of this process, in MB.
std::pair<double, double> residentMemory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (!f.open(QIODevice::ReadOnly))
        return {rss, hwm};
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            rss = parts[1].toDouble() / 1024;
        else if (parts.size() >= 2 && parts[0] == "VmHWM:")
            hwm = parts[1].toDouble() / 1024;
    }
    return {rss, hwm};
}

// `whileOpen` runs with the graph on screen, after the figures of the open are taken.
Open openWorkspace(const QString &wsDir, Generated *graph, const QString &shot,
                   const std::function<void(GraphScene &, GraphView &)> &whileOpen = {})
{
    Open t;
    QElapsedTimer clock;
    clock.start();
    Workspace ws(wsDir);
    WorkflowModel model(ws);
    t.model = seconds(clock);
    LayoutCache cache(&ws);
    GraphScene scene(model, &cache);
    double started = -1, requested = -1, laidOut = -1, applied = -1;
    QString failure;
    QEventLoop loop;
    QObject::connect(&scene, &GraphScene::layoutStarted, &loop, [&] {
        started = seconds(clock);
        // Runs as soon as LayoutService::request returns, before the pieces it posted.
        QMetaObject::invokeMethod(&loop, [&] { requested = seconds(clock); }, Qt::QueuedConnection);
    });
    QObject::connect(&scene, &GraphScene::layoutProgress, &loop, [&](int done, int total) {
        if (done == total)
            laidOut = seconds(clock);
    });
    QObject::connect(&scene, &GraphScene::layoutApplied, &loop, [&] {
        applied = seconds(clock);
        if (!scene.isLayoutPending())
            loop.quit();
    });
    QObject::connect(&scene, &GraphScene::layoutFailed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    GraphView view;
    view.setScene(&scene);
    view.resize(1600, 1000);
    view.show();
    t.scene = seconds(clock);
    loop.exec();
    if (!failure.isEmpty())
        qFatal("layout failed: %s", qPrintable(failure));

    QCoreApplication::processEvents();
    view.fitGraph(0.8);
    QPixmap pixmap = view.viewport()->grab();
    t.total = seconds(clock);
    if (laidOut < requested)
        laidOut = requested; // every piece came from the cache: the scene reports no progress then
    t.wait = started - t.scene;
    t.request = requested - started;
    t.layout = laidOut - requested;
    t.apply = applied - laidOut;
    t.paint = t.total - applied;
    t.scene -= t.model;
    std::tie(t.rssMb, t.hwmMb) = residentMemory();
    if (!shot.isEmpty())
        pixmap.save(shot + QStringLiteral("-fit08.png"));

    QElapsedTimer all;
    all.start();
    view.fitInView(scene.sceneRect(), Qt::KeepAspectRatio);
    pixmap = view.viewport()->grab();
    t.paintAll = seconds(all);
    if (!shot.isEmpty())
        pixmap.save(shot + QStringLiteral("-all.png"));
    if (graph)
        graph->request = requestOf(scene, model);
    if (whileOpen)
        whileOpen(scene, view);
    return t;
}

QString runDot(const QString &file, int timeoutSeconds)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("dot"),
            {QStringLiteral("-Tplain"), file, QStringLiteral("-o"), QStringLiteral("/dev/null")});
    if (!p.waitForStarted())
        return QStringLiteral("no dot");
    if (!p.waitForFinished(timeoutSeconds * 1000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("> %1").arg(timeoutSeconds);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("failed %1").arg(p.exitCode());
    return QString::number(seconds(t), 'f', 2);
}

const char *target(int size)
{
    switch (size) {
    case 1000:
        return "< 1 s";
    case 3000:
        return "< 3 s";
    case 10000:
        return "1.2x dot";
    case 50000:
        return "< 20 s";
    default:
        return "-";
    }
}

void printOpenRow(const char *what, int size, const Open &t, bool withTarget)
{
    std::fprintf(out, "%6d  %-7s %6.2f %6.2f %6.2f %7.2f %7.2f %6.2f %6.2f  %9.2f  %-7s %9.2f\n", size, what, t.model,
                t.scene, t.wait, t.request, t.layout, t.apply, t.paint, t.total, withTarget ? target(size) : "",
                t.paintAll);
}

void printTables(const std::vector<Row> &rows, bool dot, int dotTimeout)
{
    std::fprintf(out, "\nGraphs (fixed seed per size)\n");
    std::fprintf(out, "%6s %6s %6s %7s %7s %12s %8s\n", "cards", "tasks", "edges", "groups", "pieces", "largest", "gen s");
    for (const Row &r : rows) {
        const std::vector<LayoutRequest> pieces = layout::splitComponents(r.graph.request);
        std::size_t largest = 0;
        for (const LayoutRequest &p : pieces)
            largest = std::max(largest, p.nodes.size());
        std::fprintf(out, "%6d %6d %6zu %7d %7zu %12zu %8.2f\n", r.size, r.graph.tasks, r.graph.request.edges.size(),
                    r.graph.groups, pieces.size(), largest, r.graph.generateSeconds);
    }

    std::fprintf(out, "\nCards on screen, seconds (GraphView 1600x1000 offscreen)\n"
                "  model: workspace + WorkflowModel; scene: GraphScene (CardItems) + GraphView shown; wait: until\n"
                "  layoutStarted; request: LayoutService::request (split, keys, cache reads); layout: Graphviz on its\n"
                "  thread; apply: cache write, pack, GraphScene::applyLayout; paint: pending events + fitGraph(0.8)\n"
                "  + one grab; ON SCREEN: the sum; paint all: then fitInView of the whole graph + one grab\n");
    std::fprintf(out, "%6s  %-7s %6s %6s %6s %7s %7s %6s %6s  %9s  %-7s %9s\n", "cards", "open", "model", "scene", "wait",
                "request", "layout", "apply", "paint", "ON SCREEN", "target", "paint all");
    for (const Row &r : rows) {
        printOpenRow("first", r.size, r.first, true);
        printOpenRow("reopen", r.size, r.reopen, false);
    }

    std::fprintf(out, "\nWith the graph open (after reopen): `wfs output` by another process until its card is on\n"
                      "  screen, the largest move of an existing card in view pixels, and the median paint of one frame\n");
    std::fprintf(out, "%6s %9s %10s %12s %12s  %s\n", "cards", "live s", "moved px", "paint fit ms", "paint 1:1 ms",
                 "target: live < 0.5 s, moved <= 1 px, paint < 30 ms");
    for (const Row &r : rows)
        std::fprintf(out, "%6d %9.3f %10.1f %12.1f %12.1f\n", r.size, r.live.seconds, r.live.maxMovePx, r.paint.fitAllMs,
                     r.paint.actualMs);

    std::fprintf(out, "\nResident memory after first open, MB (VmHWM is the process's peak so far)\n");
    std::fprintf(out, "%6s %12s %9s %9s  %s\n", "cards", "RSS before", "VmRSS", "VmHWM", "target");
    for (const Row &r : rows)
        std::fprintf(out, "%6d %12.0f %9.0f %9.0f  %s\n", r.size, r.rssBeforeMb, r.first.rssMb, r.first.hwmMb,
                    r.size == 10000 ? "RSS < 500 MB" : r.size == 50000 ? "RSS < 1 GB" : "");

    if (!dot)
        return;
    std::fprintf(out, "\nGraphviz `dot -Tplain` on the same graph, seconds (timeout %d s; the issue: plain dot takes "
                "minutes at 10,000)\n",
                dotTimeout);
    std::fprintf(out, "%6s %12s %12s %14s\n", "cards", "dot plain", "dot tuned", "ours: layout");
    for (const Row &r : rows)
        std::fprintf(out, "%6d %12s %12s %14.2f\n", r.size, qPrintable(r.dotPlain), qPrintable(r.dotTuned), r.first.layout);
}

QJsonValue figure(double v, int decimals)
{
    return v < 0 ? QJsonValue() : QJsonValue(QString::number(v, 'f', decimals).toDouble());
}

QByteArray toJson(const std::vector<Row> &rows)
{
    QJsonArray sizes;
    for (const Row &r : rows) {
        bool isNumber = false;
        const double tuned = r.dotTuned.toDouble(&isNumber);
        sizes.append(QJsonObject{{QStringLiteral("cards"), r.size},
                                 {QStringLiteral("first_s"), figure(r.first.total, 3)},
                                 {QStringLiteral("reopen_s"), figure(r.reopen.total, 3)},
                                 {QStringLiteral("rss_mb"), figure(r.first.rssMb, 0)},
                                 {QStringLiteral("dot_tuned_s"), isNumber ? figure(tuned, 2) : QJsonValue()},
                                 {QStringLiteral("live_update_s"), figure(r.live.seconds, 3)},
                                 {QStringLiteral("live_max_move_px"), figure(r.live.maxMovePx, 1)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sizes"), sizes}}).toJson(QJsonDocument::Compact);
}

// The scene's request without laying it out: the model's first read, then the cards.
LayoutRequest requestWithoutLayout(const QString &wsDir)
{
    Workspace ws(wsDir);
    WorkflowModel model(ws);
    if (!model.isLoaded()) {
        QEventLoop loop;
        QObject::connect(&model, &WorkflowModel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    GraphScene scene(model, nullptr); // its layout would start from the event loop, which never runs again
    return requestOf(scene, model);
}

void writeDot(const QString &file, const LayoutRequest &request, bool tuned)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(toDot(request, tuned)) < 0)
        qFatal("cannot write %s", qPrintable(file));
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::vector<int> sizes;
    const qsizetype sizesAt = args.indexOf(QStringLiteral("--sizes"));
    for (const QString &s : (sizesAt >= 0 ? args.value(sizesAt + 1) : QStringLiteral("300,1000,3000,10000"))
                                .split(u',', Qt::SkipEmptyParts)) {
        if (s.toInt() < 2)
            qFatal("--sizes takes card counts of 2 or more, separated by commas");
        sizes.push_back(s.toInt());
    }
    const bool dot = !args.contains(QStringLiteral("--no-dot"));
    const bool plainDot = dot && !args.contains(QStringLiteral("--no-plain-dot"));
    const int dotTimeout = argValue(args, QStringLiteral("--dot-timeout"), QStringLiteral("600")).toInt();
    const QString keep = argValue(args, QStringLiteral("--keep"), QString());
    const int liveMax = argValue(args, QStringLiteral("--live-max"), QStringLiteral("50000")).toInt();
    const QString wfs = argValue(args, QStringLiteral("--wfs"), qEnvironmentVariable("WFS_BIN", QStringLiteral(WFS_PROGRAM)));
    const bool json = args.contains(QStringLiteral("--json"));
    if (json)
        out = stderr;
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        qFatal("cannot create %s", qPrintable(keep));

    const QString dotOnly = argValue(args, QStringLiteral("--write-dot"), QString());
    if (!dotOnly.isEmpty() && !QDir().mkpath(dotOnly))
        qFatal("cannot create %s", qPrintable(dotOnly));

    QTemporaryDir tmp;
    const QString base = QDir(tmp.path()).canonicalPath();
    const QString files = keep.isEmpty() ? base : keep;
    std::vector<Row> rows;
    for (int size : sizes) {
        Row row;
        row.size = size;
        const QString ws = base + QStringLiteral("/ws-%1").arg(size);
        std::fprintf(stderr, "%d cards: generating...\n", size);
        row.graph = generate(ws, base + QStringLiteral("/data-%1").arg(size), size);
        row.rssBeforeMb = residentMemory().first;
        if (!dotOnly.isEmpty()) {
            const LayoutRequest request = requestWithoutLayout(ws);
            for (bool tuned : {false, true})
                writeDot(dotOnly + QStringLiteral("/graph-%1%2.dot").arg(size).arg(tuned ? QStringLiteral("-tuned") : QString()), request, tuned);
            std::fprintf(stderr, "%d cards: DOT written to %s\n", size, qPrintable(dotOnly));
            continue;
        }

        std::fprintf(stderr, "%d cards: first open...\n", size);
        const QString shot = keep.isEmpty() ? QString() : keep + QStringLiteral("/layout-%1").arg(size);
        row.first = openWorkspace(ws, &row.graph, shot);
        std::fprintf(stderr, "%d cards: reopen...\n", size);
        row.reopen = openWorkspace(ws, nullptr, QString(), [&](GraphScene &scene, GraphView &view) {
            if (size <= liveMax) {
                std::fprintf(stderr, "%d cards: live update...\n", size);
                row.live = measureLiveUpdate(wfs, ws, scene, view);
            }
            std::fprintf(stderr, "%d cards: paint...\n", size);
            row.paint = measurePaint(scene, view);
        });

        for (bool tuned : {false, true}) {
            if (!dot && keep.isEmpty())
                break;
            const QString file = files + QStringLiteral("/graph-%1%2.dot")
                                             .arg(size)
                                             .arg(tuned ? QStringLiteral("-tuned") : QString());
            writeDot(file, row.graph.request, tuned);
            if (tuned ? dot : plainDot) {
                std::fprintf(stderr, "%d cards: dot %s...\n", size, tuned ? "tuned" : "plain");
                (tuned ? row.dotTuned : row.dotPlain) = runDot(file, dotTimeout);
            }
        }
        rows.push_back(row);
    }
    if (!dotOnly.isEmpty())
        return 0;
    printTables(rows, dot, dotTimeout);
    if (json)
        std::printf("%s\n", toJson(rows).constData());
    return 0;
}
