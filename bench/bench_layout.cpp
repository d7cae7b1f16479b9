// Opening a big recorded workflow: seconds until the cards are on screen, first open (Graphviz)
// and reopen (layout cache), resident memory, and plain `dot` on the same graph beside it.
//   bench_layout [--sizes 300,1000,3000,10000] [--no-dot] [--dot-timeout SECONDS] [--keep DIR]
// --keep DIR leaves the screenshots and DOT files there (to look at, or to run `dot -v` on).
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/Components.h"
#include "model/layout/LayoutCache.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPixmap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

using namespace wfs;

namespace {

struct Generated
{
    LayoutRequest request; // what the scene asked Graphviz for: measured card sizes, edges, groups
    int tasks = 0;
    int groups = 0;
    double generateSeconds = 0;
};

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
};

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

// A recorded workflow of exactly `cards` cards, always the same for the same size: tasks with
// 1-3 inputs and 1-3 outputs; 60 % of inputs are recent data (of the last 200 data cards), so
// that most cards join one connected piece; runs of 25 tasks are sometimes one named group.
Generated generate(const QString &wsDir, const QString &dataDir, int cards)
{
    struct Data
    {
        QString path;
        NodeKind kind;
        bool onDisk;
    };
    static const char *const verbs[] = {"preprocess", "augment", "train", "evaluate", "export", "annotate", "merge"};
    static const char *const exts[] = {"csv", "parquet", "jsonl", "png"};

    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(20240611u + quint32(cards));
    Workspace ws(wsDir);
    GraphStore store(ws);
    Recorder rec(store);
    std::vector<Data> data;
    QSet<QString> groups;
    QString group;
    int count = 0;
    int tasks = 0;
    std::optional<db::Transaction> batch;

    auto newData = [&] {
        const quint32 r = rng.bounded(100);
        const NodeKind kind = r < 70 ? NodeKind::File : r < 85 ? NodeKind::ModelWeight : NodeKind::Folder;
        const QString dir = dataDir + QStringLiteral("/d%1").arg(data.size() / 500);
        const QString name = kind == NodeKind::Folder        ? QStringLiteral("images-%1").arg(data.size())
                             : kind == NodeKind::ModelWeight ? QStringLiteral("model-%1.pt").arg(data.size())
                                                             : QStringLiteral("table-%1.%2").arg(data.size()).arg(
                                                                   QLatin1StringView(exts[rng.bounded(4)]));
        data.push_back({dir + u'/' + name, kind, false});
        ++count;
        return data.size() - 1;
    };
    auto relation = [](Direction direction, const Data &d) {
        Relation r;
        r.direction = direction;
        r.kind = d.kind;
        r.target = d.path;
        return r;
    };
    auto makeExist = [&](Data &d) {
        if (d.onDisk)
            return;
        QDir().mkpath(QFileInfo(d.path).path());
        if (d.kind == NodeKind::Folder)
            QDir().mkpath(d.path);
        else if (QFile f(d.path); !f.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(d.path));
        d.onDisk = true;
    };

    while (count < cards) {
        if (!batch)
            batch.emplace(ws.db());
        if (tasks % 25 == 0)
            group = rng.bounded(10) < 3 ? QStringLiteral("Experiment %1").arg(tasks / 25 + 1) : QString();
        const QString verb = QLatin1StringView(verbs[rng.bounded(7)]);
        const NodeId task = rec.startTask({verb + u' ' + QString::number(tasks + 1),
                                           QStringLiteral("python %1.py").arg(verb), group, {}});
        ++count;
        ++tasks;
        if (!group.isEmpty())
            groups.insert(group);

        std::vector<Relation> relations;
        std::vector<std::size_t> used;
        const int inputs = 1 + int(rng.bounded(3));
        const int outputs = 1 + int(rng.bounded(3));
        for (int i = 0; i < inputs; ++i) {
            std::size_t at;
            const bool reuse = !data.empty() && (rng.bounded(100) < 60 || count >= cards);
            if (reuse)
                at = data.size() - 1 - rng.bounded(quint32(std::min<std::size_t>(200, data.size())));
            else if (count < cards)
                at = newData();
            else
                continue;
            if (std::find(used.begin(), used.end(), at) != used.end())
                continue;
            used.push_back(at);
            makeExist(data[at]);
            relations.push_back(relation(Direction::Input, data[at]));
        }
        for (int i = 0; i < outputs && count < cards; ++i) {
            const std::size_t at = newData();
            relations.push_back(relation(Direction::Output, data[at]));
        }
        rec.recordAll(task, relations);
        rec.finishTask(task, TaskStatus::Succeeded, 0);
        if (tasks % 200 == 0 || count >= cards) {
            batch->commit();
            batch.reset();
        }
    }
    if (store.nodeCount() != cards)
        qFatal("generated %lld cards, expected %d", store.nodeCount(), cards);
    Generated g;
    g.tasks = tasks;
    g.groups = int(groups.size());
    g.generateSeconds = seconds(clock);
    return g;
}

// The request GraphScene::relayout builds, rebuilt from the scene: for the DOT files.
LayoutRequest requestOf(GraphScene &scene, WorkflowModel &model)
{
    LayoutRequest r;
    std::map<NodeId, CardItem *> byId(scene.cards().begin(), scene.cards().end());
    for (const auto &[id, item] : byId) {
        const Node *n = model.node(id);
        r.nodes.push_back({id, item->size().width(), item->size().height(),
                           n && n->task ? n->task->group : QString()});
    }
    for (const Edge &e : model.graph().edges) {
        if (byId.count(e.from) && byId.count(e.to))
            r.edges.push_back({e.from, e.to});
    }
    return r;
}

Open openWorkspace(const QString &wsDir, Generated *graph, const QString &shot)
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
    return t;
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 4);
}

// The graph as DOT: the scene's card sizes and groups; `tuned` adds GraphvizLayout's settings.
QByteArray toDot(const LayoutRequest &r, bool tuned)
{
    QByteArray dot = "digraph workflow {\n  rankdir=LR;\n  fontsize=12;\n  labeljust=l;\n";
    if (tuned) {
        // Copied from GraphvizLayout::layout, which applies them per connected piece.
        const std::size_t n = r.nodes.size();
        dot += "  nodesep=0.3;\n  ranksep=0.75;\n  splines=spline;\n  newrank=true;\n";
        if (n > 400) {
            dot += n > 2000 ? "  mclimit=0.2;\n  nslimit=0.1;\n  nslimit1=0.1;\n"
                            : "  mclimit=0.5;\n  nslimit=1;\n  nslimit1=1;\n";
            dot += "  searchsize=10;\n  remincross=false;\n";
        }
    }
    dot += "  node [shape=box fixedsize=true label=\"\"];\n";
    std::map<QString, QByteArray> clusters;
    for (const LayoutNode &n : r.nodes) {
        const QByteArray line = "n" + QByteArray::number(n.id) + " [width=" + num(n.width / 72.0)
                                + " height=" + num(n.height / 72.0) + "];\n";
        if (n.cluster.isEmpty())
            dot += "  " + line;
        else
            clusters[n.cluster] += "    " + line;
    }
    int k = 0;
    for (const auto &[name, body] : clusters) {
        QByteArray label = name.toUtf8();
        label.replace('\\', "\\\\").replace('"', "\\\"");
        dot += "  subgraph cluster_" + QByteArray::number(k++) + " {\n    label=\"" + label
               + "\";\n    margin=14;\n" + body + "  }\n";
    }
    for (const LayoutEdge &e : r.edges)
        dot += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + ";\n";
    return dot + "}\n";
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
        return "< 15 s";
    default:
        return "-";
    }
}

void printOpenRow(const char *what, int size, const Open &t, bool withTarget)
{
    std::printf("%6d  %-7s %6.2f %6.2f %6.2f %7.2f %7.2f %6.2f %6.2f  %9.2f  %-7s %9.2f\n", size, what, t.model,
                t.scene, t.wait, t.request, t.layout, t.apply, t.paint, t.total, withTarget ? target(size) : "",
                t.paintAll);
}

void printTables(const std::vector<Row> &rows, bool dot, int dotTimeout)
{
    std::printf("\nGraphs (fixed seed per size)\n");
    std::printf("%6s %6s %6s %7s %7s %12s %8s\n", "cards", "tasks", "edges", "groups", "pieces", "largest", "gen s");
    for (const Row &r : rows) {
        const std::vector<LayoutRequest> pieces = layout::splitComponents(r.graph.request);
        std::size_t largest = 0;
        for (const LayoutRequest &p : pieces)
            largest = std::max(largest, p.nodes.size());
        std::printf("%6d %6d %6zu %7d %7zu %12zu %8.2f\n", r.size, r.graph.tasks, r.graph.request.edges.size(),
                    r.graph.groups, pieces.size(), largest, r.graph.generateSeconds);
    }

    std::printf("\nCards on screen, seconds (GraphView 1600x1000 offscreen)\n"
                "  model: workspace + WorkflowModel; scene: GraphScene (CardItems) + GraphView shown; wait: until\n"
                "  layoutStarted; request: LayoutService::request (split, keys, cache reads); layout: Graphviz on its\n"
                "  thread; apply: cache write, pack, GraphScene::applyLayout; paint: pending events + fitGraph(0.8)\n"
                "  + one grab; ON SCREEN: the sum; paint all: then fitInView of the whole graph + one grab\n");
    std::printf("%6s  %-7s %6s %6s %6s %7s %7s %6s %6s  %9s  %-7s %9s\n", "cards", "open", "model", "scene", "wait",
                "request", "layout", "apply", "paint", "ON SCREEN", "target", "paint all");
    for (const Row &r : rows) {
        printOpenRow("first", r.size, r.first, true);
        printOpenRow("reopen", r.size, r.reopen, false);
    }

    std::printf("\nResident memory after first open, MB (VmHWM is the process's peak so far)\n");
    std::printf("%6s %12s %9s %9s  %s\n", "cards", "RSS before", "VmRSS", "VmHWM", "target");
    for (const Row &r : rows)
        std::printf("%6d %12.0f %9.0f %9.0f  %s\n", r.size, r.rssBeforeMb, r.first.rssMb, r.first.hwmMb,
                    r.size == 10000 ? "RSS < 500 MB" : "");

    if (!dot)
        return;
    std::printf("\nGraphviz `dot -Tplain` on the same graph, seconds (timeout %d s; the issue: plain dot takes "
                "minutes at 10,000)\n",
                dotTimeout);
    std::printf("%6s %12s %12s %14s\n", "cards", "dot plain", "dot tuned", "ours: layout");
    for (const Row &r : rows)
        std::printf("%6d %12s %12s %14.2f\n", r.size, qPrintable(r.dotPlain), qPrintable(r.dotTuned), r.first.layout);
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
    const qsizetype timeoutAt = args.indexOf(QStringLiteral("--dot-timeout"));
    const int dotTimeout = timeoutAt >= 0 ? args.value(timeoutAt + 1).toInt() : 600;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString keep = keepAt >= 0 ? args.value(keepAt + 1) : QString();
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        qFatal("cannot create %s", qPrintable(keep));

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

        std::fprintf(stderr, "%d cards: first open...\n", size);
        const QString shot = keep.isEmpty() ? QString() : keep + QStringLiteral("/layout-%1").arg(size);
        row.first = openWorkspace(ws, &row.graph, shot);
        std::fprintf(stderr, "%d cards: reopen...\n", size);
        row.reopen = openWorkspace(ws, nullptr, QString());

        for (bool tuned : {false, true}) {
            if (!dot && keep.isEmpty())
                break;
            const QString file = files + QStringLiteral("/graph-%1%2.dot")
                                             .arg(size)
                                             .arg(tuned ? QStringLiteral("-tuned") : QString());
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(toDot(row.graph.request, tuned)) < 0)
                qFatal("cannot write %s", qPrintable(file));
            f.close();
            if (dot) {
                std::fprintf(stderr, "%d cards: dot %s...\n", size, tuned ? "tuned" : "plain");
                (tuned ? row.dotTuned : row.dotPlain) = runDot(file, dotTimeout);
            }
        }
        rows.push_back(row);
    }
    printTables(rows, dot, dotTimeout);
    return 0;
}
