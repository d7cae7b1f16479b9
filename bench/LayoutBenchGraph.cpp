#include "bench/LayoutBenchGraph.h"

#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace wfs {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 4);
}

} // namespace

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
    g.generateSeconds = double(clock.nsecsElapsed()) / 1e9;
    return g;
}

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

QByteArray toDot(const LayoutRequest &r, bool tuned)
{
    QByteArray dot = "digraph workflow {\n  rankdir=LR;\n  fontsize=12;\n  labeljust=l;\n";
    if (tuned) {
        // The reference issue 15 measures against, the whole graph in one dot run. GraphvizLayout
        // uses the same settings for pieces over 2,000 cards (and no mclimit below that), per
        // connected piece, and lays out pieces over layout::wholePieceCards in slices
        // (model/layout/Slices.h): the same graph, cards, sizes and groups, laid out more cheaply.
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

} // namespace wfs
