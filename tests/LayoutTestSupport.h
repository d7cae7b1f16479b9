#pragma once

// What every layout of ours must satisfy, whatever the graph: tst_layout and tst_slicedlayout.

#include "model/layout/LayoutTypes.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace wfs::layouttest {

inline LayoutRequest makeRequest(std::initializer_list<LayoutNode> nodes, std::initializer_list<LayoutEdge> edges)
{
    LayoutRequest r;
    r.nodes = nodes;
    r.edges = edges;
    return r;
}

// 0 on the boundary, positive inside or outside: how far `p` is from the rectangle's edge.
inline double distanceToBoundary(QPointF p, const QRectF &r)
{
    if (r.contains(p))
        return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

inline std::map<NodeId, QRectF> rectsById(const LayoutResult &r)
{
    std::map<NodeId, QRectF> m;
    for (const NodePlacement &n : r.nodes)
        m[n.id] = n.rect;
    return m;
}

inline bool contains(const QRectF &outer, const QRectF &inner, double slack = 1e-6)
{
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner);
}

inline bool contains(const QRectF &outer, QPointF p, double slack = 1e-6)
{
    return outer.adjusted(-slack, -slack, slack, slack).contains(p);
}

template <class Items>
std::set<NodeId> idsOf(const Items &items)
{
    std::set<NodeId> s;
    for (const auto &n : items)
        s.insert(n.id);
    return s;
}

inline std::set<NodeId> nodeIds(const LayoutRequest &r)
{
    return idsOf(r.nodes);
}

inline std::set<NodeId> nodeIds(const LayoutResult &r)
{
    return idsOf(r.nodes);
}

// What every dot layout of ours must satisfy, whatever the graph.
inline void checkLayout(const LayoutRequest &request, const LayoutResult &result)
{
    QCOMPARE(nodeIds(result), nodeIds(request));
    QCOMPARE(result.nodes.size(), request.nodes.size());
    const std::map<NodeId, QRectF> rects = rectsById(result);
    for (const LayoutNode &n : request.nodes) {
        const QRectF r = rects.at(n.id);
        QVERIFY2(std::abs(r.width() - n.width) < 0.01, qPrintable(QStringLiteral("node %1: width %2, asked %3").arg(n.id).arg(r.width()).arg(n.width)));
        QVERIFY2(std::abs(r.height() - n.height) < 0.01, qPrintable(QStringLiteral("node %1: height %2, asked %3").arg(n.id).arg(r.height()).arg(n.height)));
        QVERIFY2(contains(result.bounds, r), qPrintable(QStringLiteral("node %1 outside the bounds").arg(n.id)));
    }
    for (auto a = rects.begin(); a != rects.end(); ++a) {
        for (auto b = std::next(a); b != rects.end(); ++b)
            QVERIFY2(!a->second.intersects(b->second), qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(a->first).arg(b->first)));
    }

    QCOMPARE(result.edges.size(), request.edges.size());
    std::multiset<std::pair<NodeId, NodeId>> asked;
    std::multiset<std::pair<NodeId, NodeId>> routed;
    for (const LayoutEdge &e : request.edges)
        asked.insert({e.from, e.to});
    for (const EdgeRoute &e : result.edges) {
        routed.insert({e.from, e.to});
        const QString name = QStringLiteral("edge %1->%2").arg(e.from).arg(e.to);
        const QRectF from = rects.at(e.from);
        const QRectF to = rects.at(e.to);
        QVERIFY2(from.center().x() < to.center().x(), qPrintable(name + QStringLiteral(" does not go left to right")));
        QVERIFY2(e.curve.size() >= 4 && (e.curve.size() - 1) % 3 == 0,
                 qPrintable(name + QStringLiteral(" has %1 points, not 3n+1").arg(e.curve.size())));
        QVERIFY2(distanceToBoundary(e.curve.front(), from) <= 2.0,
                 qPrintable(name + QStringLiteral(" starts %1 away from its source").arg(distanceToBoundary(e.curve.front(), from))));
        const QPointF end = e.arrowTip.value_or(e.curve.back());
        QVERIFY2(distanceToBoundary(end, to) <= 2.0,
                 qPrintable(name + QStringLiteral(" ends %1 away from its target").arg(distanceToBoundary(end, to))));
        for (const QPointF &p : e.curve)
            QVERIFY2(contains(result.bounds, p, 0.01), qPrintable(name + QStringLiteral(" leaves the bounds %1,%2 %3,%4 at %5,%6").arg(result.bounds.left()).arg(result.bounds.top()).arg(result.bounds.right()).arg(result.bounds.bottom()).arg(p.x()).arg(p.y())));
        if (e.arrowTip)
            QVERIFY2(contains(result.bounds, *e.arrowTip, 0.01), qPrintable(name + QStringLiteral(": tip outside the bounds")));
    }
    QCOMPARE(routed, asked);

    std::map<QString, std::vector<NodeId>> members;
    for (const LayoutNode &n : request.nodes) {
        if (!n.cluster.isEmpty())
            members[n.cluster].push_back(n.id);
    }
    QCOMPARE(result.clusters.size(), members.size());
    for (const ClusterBox &c : result.clusters) {
        QVERIFY2(members.count(c.name), qPrintable(c.name));
        QVERIFY2(contains(result.bounds, c.rect), qPrintable(c.name + QStringLiteral(" outside the bounds")));
        for (NodeId id : members[c.name])
            QVERIFY2(contains(c.rect, rects.at(id)), qPrintable(QStringLiteral("node %1 outside cluster %2").arg(id).arg(c.name)));
        for (const auto &[id, r] : rects) {
            if (std::find(members[c.name].begin(), members[c.name].end(), id) == members[c.name].end())
                QVERIFY2(!c.rect.intersects(r), qPrintable(QStringLiteral("node %1 inside foreign cluster %2").arg(id).arg(c.name)));
        }
    }
    for (auto a = result.clusters.begin(); a != result.clusters.end(); ++a) {
        for (auto b = std::next(a); b != result.clusters.end(); ++b)
            QVERIFY2(!a->rect.intersects(b->rect), qPrintable(QStringLiteral("groups %1 and %2 overlap").arg(a->name, b->name)));
    }
}
} // namespace wfs::layouttest
