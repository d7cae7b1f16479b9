#include "model/layout/Slices.h"

#include <QHash>
#include <algorithm>
#include <numeric>
#include <queue>

namespace wfs::layout {

namespace {

constexpr double sliceGap = 144;   // between two slices: room for the curves that join them
constexpr double arrowLength = 10; // dot's arrowhead at arrowsize 1

struct Graph
{
    std::vector<std::pair<std::size_t, std::size_t>> edges; // by index in the request; no self loops
    std::vector<std::size_t> edgeOf; // the request's edge each of `edges` is
    std::vector<std::vector<std::size_t>> out;
    std::vector<int> indegree;
};

Graph indexed(const LayoutRequest &piece)
{
    QHash<NodeId, std::size_t> index;
    index.reserve(qsizetype(piece.nodes.size()));
    for (std::size_t i = 0; i < piece.nodes.size(); ++i)
        index.insert(piece.nodes[i].id, i);
    Graph g;
    g.out.resize(piece.nodes.size());
    g.indegree.resize(piece.nodes.size(), 0);
    for (std::size_t k = 0; k < piece.edges.size(); ++k) {
        const auto a = index.constFind(piece.edges[k].from);
        const auto b = index.constFind(piece.edges[k].to);
        if (a == index.cend() || b == index.cend() || *a == *b)
            continue;
        g.edges.emplace_back(*a, *b);
        g.edgeOf.push_back(k);
        g.out[*a].push_back(*b);
        ++g.indegree[*b];
    }
    return g;
}

// An edge between two slices: from the right of its source to an arrowhead at the left of its
// target, leaving and arriving horizontally as dot's edges do (the graph runs left to right).
EdgeRoute joining(const LayoutEdge &e, const QRectF &from, const QRectF &to)
{
    const QPointF start(from.right(), from.center().y());
    const QPointF tip(to.left(), to.center().y());
    const QPointF end = tip - QPointF(arrowLength, 0);
    const double dx = std::max(24.0, (end.x() - start.x()) / 2);
    return {e.from, e.to, {start, start + QPointF(dx, 0), end - QPointF(dx, 0), end}, tip};
}

} // namespace

std::vector<std::size_t> recordingOrder(const LayoutRequest &piece)
{
    Graph g = indexed(piece);
    const std::size_t n = piece.nodes.size();
    // Of the cards whose inputs are all placed, the one recorded first (lowest id) comes next.
    const auto later = [&](std::size_t a, std::size_t b) { return piece.nodes[a].id > piece.nodes[b].id; };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> ready(later);
    for (std::size_t i = 0; i < n; ++i) {
        if (g.indegree[i] == 0)
            ready.push(i);
    }
    std::vector<std::size_t> byId(n);
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](std::size_t a, std::size_t b) { return later(b, a); });
    std::vector<char> placed(n, 0);
    std::vector<std::size_t> order;
    order.reserve(n);
    std::size_t scan = 0;
    while (order.size() < n) {
        if (ready.empty()) {
            // Only cycles are left: the first recorded card goes on as if its open inputs were not there.
            while (placed[byId[scan]])
                ++scan;
            ready.push(byId[scan]);
        }
        const std::size_t v = ready.top();
        ready.pop();
        if (placed[v])
            continue;
        placed[v] = 1;
        order.push_back(v);
        for (std::size_t w : g.out[v]) {
            if (!placed[w] && --g.indegree[w] == 0)
                ready.push(w);
        }
    }
    return order;
}

namespace {

// Where the slices start in `order`: about equal, moved by up to an eighth of a slice to not cut
// through a group (from its first card to its last in `order`).
std::vector<std::size_t> cutPositions(const LayoutRequest &piece, const std::vector<std::size_t> &order,
                                      std::size_t slices)
{
    const std::size_t n = order.size();
    QHash<QString, std::pair<std::size_t, std::size_t>> span;
    for (std::size_t k = 0; k < n; ++k) {
        const QString &group = piece.nodes[order[k]].cluster;
        if (group.isEmpty())
            continue;
        if (auto it = span.find(group); it == span.end())
            span.insert(group, {k, k});
        else
            it->second = k;
    }
    std::vector<int> inside(n + 1, 0); // after the prefix sum: > 0 where a cut before k splits a group
    for (const auto &[first, last] : std::as_const(span)) {
        ++inside[first + 1];
        --inside[last + 1];
    }
    std::partial_sum(inside.begin(), inside.end(), inside.begin());
    std::vector<std::size_t> cuts;
    const std::size_t reach = n / slices / 8;
    for (std::size_t s = 1; s < slices; ++s) {
        const std::size_t ideal = s * n / slices;
        std::size_t cut = ideal;
        for (std::size_t d = 0; d <= reach; ++d) {
            if (ideal + d < n && inside[ideal + d] == 0) {
                cut = ideal + d;
                break;
            }
            if (d < ideal && inside[ideal - d] == 0) {
                cut = ideal - d;
                break;
            }
        }
        if (cuts.empty() || cut > cuts.back())
            cuts.push_back(cut);
    }
    return cuts;
}

} // namespace

LayoutResult layOutInSlices(const LayoutRequest &piece, std::size_t maxSliceCards, const LayOut &layOut)
{
    const std::size_t n = piece.nodes.size();
    if (n <= std::max<std::size_t>(maxSliceCards, 1))
        return layOut(piece);
    // Cut the recording order into equal slices: an edge only ever goes to the same or a later one.
    const std::vector<std::size_t> order = recordingOrder(piece);
    const std::vector<std::size_t> cuts = cutPositions(piece, order, (n + maxSliceCards - 1) / maxSliceCards);
    const std::size_t sliceCount = cuts.size() + 1;
    std::vector<std::size_t> sliceOf(n);
    for (std::size_t k = 0, slice = 0; k < n; ++k) {
        while (slice < cuts.size() && cuts[slice] <= k)
            ++slice;
        sliceOf[order[k]] = slice;
    }
    // The cards of a group stay together, in the slice that holds most of them (only a group
    // spanning a whole slice is cut).
    QHash<QString, std::vector<std::size_t>> votes;
    for (std::size_t i = 0; i < n; ++i) {
        if (piece.nodes[i].cluster.isEmpty())
            continue;
        std::vector<std::size_t> &v = votes[piece.nodes[i].cluster];
        v.resize(sliceCount, 0);
        ++v[sliceOf[i]];
    }
    std::vector<LayoutRequest> parts(sliceCount);
    for (std::size_t i = 0; i < n; ++i) {
        if (const auto v = votes.constFind(piece.nodes[i].cluster); v != votes.cend())
            sliceOf[i] = std::size_t(std::max_element(v->begin(), v->end()) - v->begin());
        parts[sliceOf[i]].nodes.push_back(piece.nodes[i]);
    }
    const Graph g = indexed(piece);
    std::vector<std::size_t> crossing; // edges between slices, drawn here
    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        const auto [a, b] = g.edges[k];
        if (sliceOf[a] == sliceOf[b])
            parts[sliceOf[a]].edges.push_back(piece.edges[g.edgeOf[k]]);
        else
            crossing.push_back(g.edgeOf[k]);
    }

    std::vector<LayoutResult> results;
    results.reserve(sliceCount);
    double tallest = 0;
    for (const LayoutRequest &part : parts) {
        results.push_back(layOut(part));
        tallest = std::max(tallest, results.back().bounds.height());
    }
    LayoutResult out;
    out.nodes.reserve(piece.nodes.size());
    out.edges.reserve(piece.edges.size());
    QHash<NodeId, QRectF> rects;
    rects.reserve(qsizetype(piece.nodes.size()));
    double x = 0;
    for (LayoutResult &r : results) {
        // Side by side, centred on one line: the joining curves stay short.
        r.translate(QPointF(x, (tallest - r.bounds.height()) / 2) - r.bounds.topLeft());
        x = r.bounds.right() + sliceGap;
        out.bounds = out.bounds.isNull() ? r.bounds : out.bounds.united(r.bounds);
        for (const NodePlacement &p : r.nodes)
            rects.insert(p.id, p.rect);
        std::move(r.nodes.begin(), r.nodes.end(), std::back_inserter(out.nodes));
        std::move(r.edges.begin(), r.edges.end(), std::back_inserter(out.edges));
        std::move(r.clusters.begin(), r.clusters.end(), std::back_inserter(out.clusters));
    }
    for (std::size_t k : crossing) {
        const LayoutEdge &e = piece.edges[k];
        out.edges.push_back(joining(e, rects.value(e.from), rects.value(e.to)));
    }
    return out;
}

} // namespace wfs::layout
