// Lays out a graph written by `bench_layout --keep DIR` or `--write-dot DIR` (graph-N.dot) the way
// the program does (split into pieces, big pieces in slices), with the time of each step, to
// compare with `dot` on the same file without building the workspace again.
//   bench_dotfile FILE.dot [WHOLE_PIECE_CARDS SLICE_CARDS]   (defaults: layout/Slices.h)
#include "model/layout/Components.h"
#include "model/layout/GraphvizLayout.h"
#include "model/layout/Slices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

using namespace wfs;

namespace {

// Reads only what bench/LayoutBenchGraph.cpp's toDot() writes: nodes, cluster labels, edges.
LayoutRequest readDot(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    static const QRegularExpression node(QStringLiteral(R"re(^\s*n(-?\d+) \[width=([\d.]+) height=([\d.]+)\];)re"));
    static const QRegularExpression edge(QStringLiteral(R"re(^\s*n(-?\d+) -> n(-?\d+);)re"));
    static const QRegularExpression label(QStringLiteral(R"re(^\s*label="(.*)";)re"));
    LayoutRequest r;
    QString cluster;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        if (line.trimmed().startsWith(QLatin1String("subgraph cluster_")))
            cluster = QStringLiteral("?");
        else if (line.trimmed() == QLatin1String("}"))
            cluster.clear();
        else if (const auto m = label.match(line); m.hasMatch() && !cluster.isEmpty())
            cluster = m.captured(1);
        else if (const auto n = node.match(line); n.hasMatch())
            r.nodes.push_back({n.captured(1).toLongLong(), n.captured(2).toDouble() * 72, n.captured(3).toDouble() * 72, cluster});
        else if (const auto e = edge.match(line); e.hasMatch())
            r.edges.push_back({e.captured(1).toLongLong(), e.captured(2).toLongLong()});
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 && args.size() != 4)
        qFatal("usage: bench_dotfile FILE.dot [WHOLE_PIECE_CARDS SLICE_CARDS]");
    const std::size_t wholeUpTo = args.size() == 4 ? args.at(2).toULongLong() : layout::wholePieceCards;
    const std::size_t sliceCards = args.size() == 4 ? args.at(3).toULongLong() : layout::sliceCards;
    const LayoutRequest request = readDot(app.arguments().at(1));
    GraphvizLayout gv;
    QElapsedTimer all;
    all.start();
    std::vector<LayoutResult> results;
    for (const LayoutRequest &piece : layout::splitComponents(request)) {
        QElapsedTimer t;
        t.start();
        results.push_back(layout::layOutInSlices(piece, piece.nodes.size() > wholeUpTo ? sliceCards : wholeUpTo,
                                                 [&](const LayoutRequest &part) {
                                                     QElapsedTimer p;
                                                     p.start();
                                                     LayoutResult r = gv.layout(part);
                                                     if (part.nodes.size() > 1000)
                                                         std::printf("  slice of %zu cards: %.2f s\n", part.nodes.size(),
                                                                     double(p.nsecsElapsed()) / 1e9);
                                                     return r;
                                                 }));
        if (piece.nodes.size() > 1000)
            std::printf("piece of %zu cards: %.2f s\n", piece.nodes.size(), double(t.nsecsElapsed()) / 1e9);
    }
    const LayoutResult packed = layout::pack(std::move(results));
    std::printf("%zu cards, %zu edges, %zu groups: %.2f s\n", packed.nodes.size(), packed.edges.size(),
                packed.clusters.size(), double(all.nsecsElapsed()) / 1e9);
    return 0;
}
