#include "model/layout/IncrementalLayout.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace wfs::layout {

namespace {

// Graphviz's spacing as GraphvizLayout asks for it (ranksep 0.75 in, nodesep 0.3 in), so that
// a card placed here sits where dot would have left room for it.
constexpr double rankGap = 54;
constexpr double cardGap = 22;
constexpr double clusterMargin = 14;
constexpr double clusterTitle = 22; // the group's title above its first row of cards
constexpr double arrowLength = 10;

using Pair = QPair<NodeId, NodeId>;

// Rects a new card must keep clear of: cards, and the boxes of groups it does not belong to.
struct Obstacles
{
    std::vector<QRectF> cards;
    const QHash<QString, QRectF> *clusters = nullptr;

    // The top of the free slot of height `h` in the column [x, x + w] nearest to `top`.
    double nearestFreeTop(double x, double w, double top, double h, const QString &group) const
    {
        std::vector<std::pair<double, double>> taken; // [from, to) in y, gaps included
        auto consider = [&](const QRectF &r, double gap) {
            if (r.right() + gap > x && r.left() - gap < x + w)
                taken.emplace_back(r.top() - gap, r.bottom() + gap);
        };
        for (const QRectF &r : cards)
            consider(r, cardGap);
        for (auto it = clusters->cbegin(); it != clusters->cend(); ++it) {
            if (it.key() != group)
                consider(it.value(), cardGap / 2);
        }
        std::sort(taken.begin(), taken.end());
        // Merge into disjoint intervals, then look at the free slots between them.
        std::vector<std::pair<double, double>> merged;
        for (const auto &t : taken) {
            if (!merged.empty() && t.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, t.second);
            else
                merged.push_back(t);
        }
        double best = top;
        double bestDistance = std::numeric_limits<double>::max();
        double freeFrom = -std::numeric_limits<double>::max();
        auto offer = [&](double from, double to) {
            if (to - from < h)
                return;
            const double y = std::clamp(top, from, to - h);
            if (std::abs(y - top) < bestDistance) {
                bestDistance = std::abs(y - top);
                best = y;
            }
        };
        for (const auto &[from, to] : merged) {
            offer(freeFrom, from);
            freeFrom = to;
        }
        offer(freeFrom, std::numeric_limits<double>::max());
        return best;
    }
};

QRectF around(const QRectF &r)
{
    return r.adjusted(-clusterMargin, -clusterMargin - clusterTitle, clusterMargin, clusterMargin);
}

} // namespace

EdgeRoute straightRoute(NodeId fromId, const QRectF &from, NodeId toId, const QRectF &to)
{
    const QPointF start(from.right(), from.center().y());
    const QPointF tip(to.left(), to.center().y());
    const QPointF end = tip - QPointF(arrowLength, 0);
    const double pull = std::max(30.0, std::abs(end.x() - start.x()) / 2);
    EdgeRoute route;
    route.from = fromId;
    route.to = toId;
    route.curve = {start, start + QPointF(pull, 0), end - QPointF(pull, 0), end};
    route.arrowTip = tip;
    return route;
}

LayoutResult placeIncrementally(const LayoutResult &current, const LayoutRequest &wanted)
{
    QHash<NodeId, QRectF> placed; // what keeps its place, then what gets one
    QHash<NodeId, QRectF> before;
    for (const NodePlacement &p : current.nodes)
        before.insert(p.id, p.rect);

    std::vector<const LayoutNode *> toPlace;
    Obstacles obstacles;
    obstacles.cards.reserve(wanted.nodes.size());
    for (const LayoutNode &n : wanted.nodes) {
        const auto it = before.constFind(n.id);
        if (it == before.cend()) {
            toPlace.push_back(&n);
            continue;
        }
        // A card whose size changed keeps its top-left corner.
        placed.insert(n.id, QRectF(it->topLeft(), QSizeF(n.width, n.height)));
    }
    // Cards that grew into a neighbour are placed afresh; the others are obstacles as they are.
    for (const LayoutNode &n : wanted.nodes) {
        const auto it = placed.constFind(n.id);
        if (it == placed.cend())
            continue;
        if (it->size() != before.value(n.id).size()) {
            bool clear = true;
            for (auto o = placed.cbegin(); clear && o != placed.cend(); ++o)
                clear = o.key() == n.id || !o->intersects(*it);
            if (!clear) {
                placed.remove(n.id);
                toPlace.push_back(&n);
                continue;
            }
        }
        obstacles.cards.push_back(*it);
    }

    QHash<QString, QRectF> clusters;
    QSet<QString> wantedGroups;
    for (const LayoutNode &n : wanted.nodes) {
        if (!n.cluster.isEmpty())
            wantedGroups.insert(n.cluster);
    }
    for (const ClusterBox &c : current.clusters) {
        if (wantedGroups.contains(c.name))
            clusters.insert(c.name, c.rect);
    }
    obstacles.clusters = &clusters;

    QHash<NodeId, std::vector<NodeId>> in, out;
    for (const LayoutEdge &e : wanted.edges) {
        out[e.from].push_back(e.to);
        in[e.to].push_back(e.from);
    }
    QRectF bounds = current.bounds;
    double looseX = bounds.left();

    // Cards next to placed neighbours first, so that a new task's new outputs follow the task.
    while (!toPlace.empty()) {
        auto next = std::find_if(toPlace.begin(), toPlace.end(), [&](const LayoutNode *n) {
            auto anyPlaced = [&](const std::vector<NodeId> &ids) {
                return std::any_of(ids.begin(), ids.end(), [&](NodeId id) { return placed.contains(id); });
            };
            return anyPlaced(in.value(n->id)) || anyPlaced(out.value(n->id));
        });
        if (next == toPlace.end())
            next = toPlace.begin();
        const LayoutNode &n = **next;
        toPlace.erase(next);

        double x = 0, centreY = 0;
        int preds = 0, succs = 0;
        double right = -std::numeric_limits<double>::max(), left = std::numeric_limits<double>::max();
        double predY = 0, succY = 0;
        for (NodeId p : in.value(n.id)) {
            if (const auto r = placed.constFind(p); r != placed.cend()) {
                right = std::max(right, r->right());
                predY += r->center().y();
                ++preds;
            }
        }
        for (NodeId s : out.value(n.id)) {
            if (const auto r = placed.constFind(s); r != placed.cend()) {
                left = std::min(left, r->left());
                succY += r->center().y();
                ++succs;
            }
        }
        const auto box = clusters.constFind(n.cluster);
        if (preds) {
            x = right + rankGap;
            centreY = predY / preds;
        } else if (succs) {
            x = left - rankGap - n.width;
            centreY = succY / succs;
        } else if (!n.cluster.isEmpty() && box != clusters.cend()) {
            x = box->left() + clusterMargin;
            centreY = box->bottom() + cardGap + n.height / 2;
        } else {
            // Nothing to stand beside: a row under the graph, left to right.
            x = looseX;
            centreY = bounds.bottom() + rankGap + n.height / 2;
            looseX += n.width + cardGap;
        }
        const double top = obstacles.nearestFreeTop(x, n.width, centreY - n.height / 2, n.height, n.cluster);
        const QRectF rect(x, top, n.width, n.height);
        placed.insert(n.id, rect);
        obstacles.cards.push_back(rect);
        if (!n.cluster.isEmpty()) {
            QRectF &c = clusters[n.cluster];
            c = c.isNull() ? around(rect) : c.united(around(rect));
        }
        bounds = bounds.isNull() ? rect : bounds.united(rect);
    }

    LayoutResult result;
    result.nodes.reserve(wanted.nodes.size());
    for (const LayoutNode &n : wanted.nodes) {
        result.nodes.push_back({n.id, placed.value(n.id)});
        bounds = bounds.united(result.nodes.back().rect); // a card may have grown where it stands
    }

    // An edge keeps its route while both its cards stay where they were.
    QHash<Pair, const EdgeRoute *> routes;
    for (const EdgeRoute &r : current.edges)
        routes.insert(qMakePair(r.from, r.to), &r);
    QSet<Pair> seen;
    for (const LayoutEdge &e : wanted.edges) {
        const Pair pair = qMakePair(e.from, e.to);
        if (seen.contains(pair) || !placed.contains(e.from) || !placed.contains(e.to))
            continue;
        seen.insert(pair);
        const EdgeRoute *old = routes.value(pair);
        const bool kept = old && before.value(e.from) == placed.value(e.from) && before.value(e.to) == placed.value(e.to);
        result.edges.push_back(kept ? *old : straightRoute(e.from, placed.value(e.from), e.to, placed.value(e.to)));
        if (!kept) {
            for (const QPointF &p : result.edges.back().curve)
                bounds = bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
        }
    }
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        result.clusters.push_back({it.key(), it.value()});
        bounds = bounds.united(it.value());
    }
    result.bounds = bounds;
    return result;
}

} // namespace wfs::layout
