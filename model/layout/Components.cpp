#include "model/layout/Components.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace wfs::layout {

namespace {

struct UnionFind
{
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

} // namespace

std::vector<LayoutRequest> splitComponents(const LayoutRequest &request)
{
    const std::size_t n = request.nodes.size();
    QHash<NodeId, std::size_t> index;
    index.reserve(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i)
        index.insert(request.nodes[i].id, i);
    UnionFind uf(n);
    for (const LayoutEdge &e : request.edges) {
        const auto a = index.constFind(e.from);
        const auto b = index.constFind(e.to);
        if (a != index.cend() && b != index.cend())
            uf.unite(*a, *b);
    }
    QHash<QString, std::size_t> firstOfCluster;
    for (std::size_t i = 0; i < n; ++i) {
        const QString &c = request.nodes[i].cluster;
        if (c.isEmpty())
            continue;
        const auto it = firstOfCluster.constFind(c);
        if (it == firstOfCluster.cend())
            firstOfCluster.insert(c, i);
        else
            uf.unite(i, *it);
    }

    std::vector<LayoutRequest> pieces;
    std::vector<std::size_t> pieceOfRoot(n, SIZE_MAX);
    std::vector<std::size_t> pieceOfNode(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t root = uf.find(i);
        if (pieceOfRoot[root] == SIZE_MAX) {
            pieceOfRoot[root] = pieces.size();
            pieces.emplace_back();
        }
        pieceOfNode[i] = pieceOfRoot[root];
        pieces[pieceOfNode[i]].nodes.push_back(request.nodes[i]);
    }
    for (const LayoutEdge &e : request.edges) {
        const auto a = index.constFind(e.from);
        if (a != index.cend() && index.contains(e.to))
            pieces[pieceOfNode[*a]].edges.push_back(e);
    }
    return pieces;
}

LayoutResult pack(std::vector<LayoutResult> pieces, double gap)
{
    std::sort(pieces.begin(), pieces.end(), [](const LayoutResult &a, const LayoutResult &b) {
        return a.bounds.height() * a.bounds.width() > b.bounds.height() * b.bounds.width();
    });
    double area = 0;
    double widest = 0;
    for (const LayoutResult &p : pieces) {
        area += (p.bounds.width() + gap) * (p.bounds.height() + gap);
        widest = std::max(widest, p.bounds.width());
    }
    // Rows about as wide as a 16:10 screen would show the whole graph, never narrower than the widest piece.
    const double rowWidth = std::max(widest, std::sqrt(area * 1.6));

    LayoutResult out;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    for (LayoutResult &p : pieces) {
        if (x > 0 && x + p.bounds.width() > rowWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        p.translate(QPointF(x, y) - p.bounds.topLeft());
        out.bounds = out.bounds.isNull() ? p.bounds : out.bounds.united(p.bounds);
        x += p.bounds.width() + gap;
        rowHeight = std::max(rowHeight, p.bounds.height());
        std::move(p.nodes.begin(), p.nodes.end(), std::back_inserter(out.nodes));
        std::move(p.edges.begin(), p.edges.end(), std::back_inserter(out.edges));
        std::move(p.clusters.begin(), p.clusters.end(), std::back_inserter(out.clusters));
    }
    return out;
}

} // namespace wfs::layout
