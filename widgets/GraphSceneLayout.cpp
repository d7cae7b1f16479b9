// GraphScene's layouts: Graphviz for a whole scope (first open, another scope, on request, with
// an animation), incremental placement for everything recorded while the graph is open.
#include "widgets/GraphScene.h"

#include "model/graph/BakeGroups.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/IncrementalLayout.h"
#include "widgets/CardItem.h"
#include "widgets/ClusterItem.h"
#include "widgets/EdgeItem.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace wfs {

namespace {

using Pair = QPair<NodeId, NodeId>;

// Cards placed by more than this many moves are indexed once afterwards rather than one by one.
constexpr std::size_t bulkMoves = 200;

} // namespace

std::vector<LayoutEdge> GraphScene::structuralEdges(QHash<QPair<NodeId, NodeId>, QStringList> *markers) const
{
    std::vector<LayoutEdge> edges;
    QHash<NodeId, std::vector<const Node *>> versions;
    for (const Node &n : m_model.graph().nodes) {
        if (n.kind == NodeKind::ProjectVersion && m_cards.count(n.projectId))
            versions[n.projectId].push_back(&n);
    }
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        std::vector<const Node *> &list = it.value();
        std::sort(list.begin(), list.end(), [](const Node *a, const Node *b) { return a->versionNumber < b->versionNumber; });
        NodeId previous = it.key();
        QStringList between;
        for (const Node *v : list) {
            if (!m_cards.count(v->id)) {
                between << QCoreApplication::translate("wfs::GraphScene", "Version %1: %2")
                               .arg(v->versionNumber)
                               .arg(v->displayTitle());
                continue;
            }
            edges.push_back({previous, v->id});
            (*markers)[qMakePair(previous, v->id)] = between;
            between.clear();
            previous = v->id;
        }
    }
    return edges;
}

LayoutRequest GraphScene::buildRequest()
{
    LayoutRequest request;
    request.nodes.reserve(m_cards.size());
    for (const auto &[id, item] : m_cards) {
        const Node *n = m_model.node(id);
        const QString group = n && n->task ? visibleText(n->task->group) : QString(); // becomes a Graphviz label
        request.nodes.push_back({id, item->size().width(), item->size().height(), group});
    }
    // An edge to or from a collapsed group's task is the group card's; inside the group it is none.
    QSet<Pair> viaGroups;
    for (const Edge &e : m_model.graph().edges) {
        const NodeId from = shownAs(e.from), to = shownAs(e.to);
        if (from == to || !m_cards.count(from) || !m_cards.count(to))
            continue;
        if (from < 0 || to < 0) {
            const Pair pair = qMakePair(from, to);
            if (viaGroups.contains(pair))
                continue;
            viaGroups.insert(pair);
        }
        request.edges.push_back({from, to});
    }
    QHash<QPair<NodeId, NodeId>, QStringList> markers;
    for (const LayoutEdge &e : structuralEdges(&markers))
        request.edges.push_back(e);
    return request;
}

void GraphScene::relayout()
{
    if (!m_model.isLoaded())
        return; // an empty layout now would only be replaced in a moment (loaded() comes)
    finishMove();
    syncCards();
    LayoutRequest request = buildRequest();
    // Mostly new cards (the workspace's first read arrived after an empty layout) are a new
    // graph rather than an update of the one on screen.
    const auto isNew = [this](const LayoutNode &n) { const CardItem *c = card(n.id); return c && !c->isVisible(); };
    const auto fresh = std::count_if(request.nodes.begin(), request.nodes.end(), isNew);
    if (fresh > qsizetype(m_current.nodes.size()))
        m_fullLayoutWanted = true;
    if (!m_fullLayoutWanted) {
        applyIncrementally(layout::placeIncrementally(m_current, request));
        m_shownRequest = std::move(request);
        rememberShown();
        return;
    }
    emit layoutStarted(int(request.nodes.size()));
    m_freshPending = std::exchange(m_freshNext, false);
    m_rememberTimer.stop();
    if (m_freshPending)
        m_shownRequest = request;
    m_ticket = m_layout.request(request, !m_freshPending);
}

void GraphScene::rememberShown()
{
    m_rememberTimer.start();
}

void GraphScene::relayoutAll(bool animated)
{
    m_fullLayoutWanted = true;
    m_animateNext = animated;
    m_freshNext = true;
    m_relayoutTimer.stop();
    relayout();
}

void GraphScene::placeCards(const LayoutResult &result)
{
    std::vector<std::pair<CardItem *, QPointF>> moves;
    for (const NodePlacement &p : result.nodes) {
        CardItem *c = card(p.id);
        if (c && (!c->isVisible() || c->pos() != p.rect.topLeft()))
            moves.emplace_back(c, p.rect.topLeft());
    }
    // Moving thousands of indexed items is quadratic; index once, after they are all placed.
    const bool bulk = moves.size() > bulkMoves || itemIndexMethod() == QGraphicsScene::NoIndex;
    if (bulk)
        setItemIndexMethod(QGraphicsScene::NoIndex);
    for (const auto &[c, at] : moves) {
        c->setPos(at);
        c->setVisible(true);
    }
    if (bulk)
        setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void GraphScene::addDecorations(const LayoutResult &result, bool visible)
{
    QHash<Pair, QStringList> markers;
    QSet<Pair> structural;
    for (const LayoutEdge &e : structuralEdges(&markers))
        structural.insert(qMakePair(e.from, e.to));
    for (const EdgeRoute &route : result.edges) {
        const Pair pair = qMakePair(route.from, route.to);
        auto *edge = new EdgeItem(route, structural.contains(pair));
        if (const auto m = markers.constFind(pair); m != markers.cend() && !m->isEmpty())
            edge->setMarkers(*m);
        edge->setVisible(visible);
        addItem(edge);
        m_decorations << edge;
    }
    const QSet<QString> finished = result.clusters.empty() ? QSet<QString>() : finishedBakes();
    for (const ClusterBox &c : result.clusters) {
        auto *box = new ClusterItem(c.name, c.rect);
        if (const QString unit = bakeUnit(c.name); finished.contains(unit))
            box->setCollapseUnit(unit);
        for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(box),
                                    static_cast<QGraphicsItem *>(new ClusterTitleItem(c.name, c.rect))}) {
            item->setVisible(visible);
            addItem(item);
            m_decorations << item;
        }
    }
}

QSet<QString> GraphScene::finishedBakes() const
{
    QSet<QString> finished;
    for (const BakeGroup &g : bakeGroups(m_model.graph())) {
        if (!g.isRunning())
            finished.insert(g.unit);
    }
    return finished;
}

void GraphScene::updateCollapseLinks()
{
    std::vector<ClusterItem *> boxes;
    for (QGraphicsItem *item : std::as_const(m_decorations)) {
        if (auto *box = qgraphicsitem_cast<ClusterItem *>(item); box && !bakeUnit(box->title()).isEmpty())
            boxes.push_back(box);
    }
    if (boxes.empty())
        return;
    const QSet<QString> finished = finishedBakes();
    for (ClusterItem *box : boxes) {
        const QString unit = bakeUnit(box->title());
        const QString wanted = finished.contains(unit) ? unit : QString();
        if (box->collapseUnit() != wanted)
            box->setCollapseUnit(wanted);
    }
}

void GraphScene::applyLayout(quint64 ticket, const LayoutResult &result)
{
    if (ticket != m_ticket)
        return;
    m_fullLayoutWanted = false;
    const bool animate = m_animateNext && !m_current.nodes.empty();
    m_animateNext = false;
    for (QGraphicsItem *item : std::as_const(m_decorations))
        delete item;
    m_decorations.clear();
    // A fresh layout replaces whatever incremental one the cache kept for this graph.
    if (std::exchange(m_freshPending, false))
        rememberShown();
    if (animate) {
        animateTo(result);
        return;
    }
    m_current = result;
    ++m_drawingVersion;
    placeCards(result);
    addDecorations(result, true);
    setSceneRect(result.bounds.adjusted(-60, -60, 60, 60));
    updateHighlights();
    emit layoutApplied();
}

// Only what changed is touched: with 10,000 cards on screen, a new card costs one item, its edges
// and the group boxes, not the whole scene.
void GraphScene::applyIncrementally(const LayoutResult &result)
{
    QHash<Pair, EdgeItem *> edgeItems;
    QList<QGraphicsItem *> kept;
    for (QGraphicsItem *item : std::as_const(m_decorations)) {
        if (auto *e = qgraphicsitem_cast<EdgeItem *>(item))
            edgeItems.insert(qMakePair(e->from(), e->to()), e);
        else
            delete item; // group boxes: few, and they may have grown
    }
    QHash<Pair, const EdgeRoute *> before;
    for (const EdgeRoute &r : m_current.edges)
        before.insert(qMakePair(r.from, r.to), &r);
    LayoutResult fresh; // edges to draw anew, and every group box
    for (const EdgeRoute &r : result.edges) {
        const Pair pair = qMakePair(r.from, r.to);
        EdgeItem *item = edgeItems.take(pair);
        const EdgeRoute *old = before.value(pair);
        if (item && old && old->curve == r.curve) {
            kept << item;
            continue;
        }
        delete item;
        fresh.edges.push_back(r);
    }
    for (EdgeItem *gone : std::as_const(edgeItems))
        delete gone;
    fresh.clusters = result.clusters;

    placeCards(result);
    m_decorations = kept;
    addDecorations(fresh, true);
    // Markers follow the versions shown as cards, which may have changed with the new cards.
    QHash<Pair, QStringList> markers;
    structuralEdges(&markers);
    for (QGraphicsItem *item : std::as_const(kept)) {
        auto *e = static_cast<EdgeItem *>(item);
        const QStringList m = markers.value(qMakePair(e->from(), e->to()));
        if (e->isStructural() && e->markers() != m)
            e->setMarkers(m);
    }
    m_current = result;
    ++m_drawingVersion;
    // Only ever grows while the graph is open: the view's scroll position stays valid.
    setSceneRect(sceneRect().united(result.bounds.adjusted(-60, -60, 60, 60)));
    updateHighlights();
    emit layoutApplied();
}

// The cards glide to the new layout; the card the user looks at (the selected one, else the one
// nearest the view's centre) stays where it is, the rest of the graph rearranges around it.
void GraphScene::animateTo(LayoutResult result)
{
    NodeId anchor = selectedNode();
    if (!anchor && !views().isEmpty()) {
        QGraphicsView *v = views().front();
        const QPointF centre = v->mapToScene(v->viewport()->rect().center());
        double best = 0;
        for (const auto &[id, item] : m_cards) {
            const double d = QLineF(item->sceneBoundingRect().center(), centre).length();
            if (item->isVisible() && (!anchor || d < best)) {
                best = d;
                anchor = id;
            }
        }
    }
    for (const NodePlacement &p : result.nodes) {
        if (CardItem *c = p.id == anchor ? card(p.id) : nullptr; c && c->isVisible()) {
            result.translate(c->pos() - p.rect.topLeft());
            break;
        }
    }
    m_current = result;
    m_moves.clear();
    for (const NodePlacement &p : result.nodes) {
        CardItem *c = card(p.id);
        if (!c)
            continue;
        if (!c->isVisible()) {
            c->setPos(p.rect.topLeft());
            c->setVisible(true);
        } else {
            m_moves.push_back({p.id, c->pos(), p.rect.topLeft()});
        }
    }
    addDecorations(result, false); // shown once the cards have arrived
    setSceneRect(sceneRect().united(result.bounds.adjusted(-60, -60, 60, 60)));
    // Items move every frame: the index would be rebuilt every frame; it comes back at the end.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_move.stop();
    m_move.setStartValue(0.0);
    m_move.setEndValue(1.0);
    m_move.setDuration(450);
    m_move.setEasingCurve(QEasingCurve::InOutCubic);
    m_move.start();
}

void GraphScene::finishMove()
{
    if (m_moves.empty())
        return;
    m_move.stop();
    for (const Move &m : m_moves) {
        if (CardItem *c = card(m.id))
            c->setPos(m.to);
    }
    m_moves.clear();
    ++m_drawingVersion;
    for (QGraphicsItem *item : std::as_const(m_decorations))
        item->setVisible(true);
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setSceneRect(m_current.bounds.adjusted(-60, -60, 60, 60));
    updateHighlights();
    emit layoutApplied();
}

} // namespace wfs
