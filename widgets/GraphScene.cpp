#include "widgets/GraphScene.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardItem.h"
#include "widgets/ClusterItem.h"
#include "widgets/EdgeItem.h"
#include "widgets/ThumbnailCache.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace wfs {

GraphScene::GraphScene(WorkflowModel &model, LayoutCache *cache, QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_thumbnails(new ThumbnailCache(QSize(80, 80), this))
{
    setBackgroundBrush(QColor(0xf5f6f8));
    m_layout.setCache(cache);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(30);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &GraphScene::relayout);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &GraphScene::tickRunningTasks);
    m_clock.start();

    connect(&m_model, &WorkflowModel::nodeAdded, this, &GraphScene::addCard);
    connect(&m_model, &WorkflowModel::nodeRemoved, this, &GraphScene::removeCard);
    connect(&m_model, &WorkflowModel::nodeChanged, this, &GraphScene::updateCard);
    connect(&m_model, &WorkflowModel::edgesChanged, this, &GraphScene::scheduleRelayout);
    connect(&m_layout, &LayoutService::ready, this, &GraphScene::applyLayout);
    connect(&m_layout, &LayoutService::progress, this, [this](quint64 ticket, int done, int total) {
        if (ticket == m_ticket)
            emit layoutProgress(done, total);
    });
    connect(&m_layout, &LayoutService::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_ticket)
            emit layoutFailed(message);
    });
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString &folder) {
        if (m_previewsLoading.remove(folder) && m_previewsLoading.isEmpty())
            emit previewsReady();
        for (const Node &n : m_model.graph().nodes) {
            if (n.kind == NodeKind::Project && n.path == folder) {
                if (CardItem *c = card(n.id))
                    c->update();
            }
        }
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::updateHighlights);

    // Until the first layout every card sits at the origin: a spatial index would file them all
    // in one cell and make placing them quadratic. applyLayout() turns the index back on.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    syncVersionCards();
    m_relayoutTimer.start();
}

GraphScene::~GraphScene() = default;

CardItem *GraphScene::card(NodeId id) const
{
    const auto it = m_cards.find(id);
    return it == m_cards.end() ? nullptr : it->second;
}

QList<EdgeItem *> GraphScene::edgeItems() const
{
    QList<EdgeItem *> edges;
    for (QGraphicsItem *item : m_decorations) {
        if (auto *e = qgraphicsitem_cast<EdgeItem *>(item))
            edges << e;
    }
    return edges;
}

bool GraphScene::isLayoutPending() const
{
    return m_relayoutTimer.isActive() || m_layout.isBusy();
}

QImage GraphScene::projectPreview(const QString &path)
{
    return m_thumbnails->thumbnail(path);
}

int GraphScene::brokenPreviewImages() const
{
    return m_thumbnails->brokenImages();
}

int GraphScene::loadPreviews()
{
    for (const auto &[id, item] : m_cards) {
        const Node *n = m_model.node(id);
        if (!n || n->kind != NodeKind::Project)
            continue;
        m_thumbnails->thumbnail(n->path);
        if (m_thumbnails->isLoading(n->path))
            m_previewsLoading.insert(n->path);
    }
    return int(m_previewsLoading.size());
}

void GraphScene::computeMarkers()
{
    m_markerOnly.clear();
    const GraphSnapshot &g = m_model.graph();
    QSet<NodeId> used;
    for (const Edge &e : g.edges) {
        used.insert(e.from);
        used.insert(e.to);
    }
    QHash<NodeId, const Node *> newest; // per project
    for (const Node &n : g.nodes) {
        if (n.kind != NodeKind::ProjectVersion)
            continue;
        const Node *&top = newest[n.projectId];
        if (!top || n.versionNumber > top->versionNumber)
            top = &n;
    }
    for (const Node &n : g.nodes) {
        // The newest version stays a card: it is where the project stands now.
        if (n.kind == NodeKind::ProjectVersion && !used.contains(n.id) && newest.value(n.projectId) != &n)
            m_markerOnly.insert(n.id);
    }
}

CardItem *GraphScene::createCard(const Node &node)
{
    auto *item = new CardItem(node.id, node, projectName(node));
    item->setVisible(false); // shown once the layout has placed it
    addItem(item);
    m_cards.emplace(node.id, item);
    return item;
}

void GraphScene::addCard(NodeId id)
{
    if (m_model.node(id) && !m_cards.count(id))
        scheduleRelayout(); // relayout() decides whether it is a card or a version marker
}

void GraphScene::removeCard(NodeId id)
{
    const auto it = m_cards.find(id);
    if (it == m_cards.end())
        return;
    delete it->second;
    m_cards.erase(it);
    scheduleRelayout();
}

void GraphScene::updateCard(NodeId id)
{
    CardItem *item = card(id);
    const Node *node = m_model.node(id);
    if (!item || !node)
        return;
    if (item->refresh(*node, projectName(*node)))
        scheduleRelayout();
}

QString GraphScene::projectName(const Node &node) const
{
    const Node *project = node.kind == NodeKind::ProjectVersion ? m_model.anyNode(node.projectId) : nullptr;
    return project ? project->displayTitle() : QString();
}

void GraphScene::scheduleRelayout()
{
    m_relayoutTimer.start();
}

// Whether a version is a card or a marker depends on the edges: decided again before each layout.
void GraphScene::syncVersionCards()
{
    computeMarkers();
    std::vector<NodeId> toRemove;
    for (const auto &[id, item] : m_cards) {
        if (m_markerOnly.contains(id))
            toRemove.push_back(id);
    }
    for (NodeId id : toRemove) {
        delete m_cards[id];
        m_cards.erase(id);
    }
    for (const Node &n : m_model.graph().nodes) {
        if (!m_cards.count(n.id) && !isMarkerOnly(n))
            createCard(n);
    }
}

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

void GraphScene::relayout()
{
    syncVersionCards();
    LayoutRequest request;
    request.nodes.reserve(m_cards.size());
    for (const auto &[id, item] : m_cards) {
        const Node *n = m_model.node(id);
        const QString group = n && n->task ? visibleText(n->task->group) : QString(); // becomes a Graphviz label
        request.nodes.push_back({id, item->size().width(), item->size().height(), group});
    }
    for (const Edge &e : m_model.graph().edges) {
        if (m_cards.count(e.from) && m_cards.count(e.to))
            request.edges.push_back({e.from, e.to});
    }
    QHash<QPair<NodeId, NodeId>, QStringList> markers;
    for (const LayoutEdge &e : structuralEdges(&markers))
        request.edges.push_back(e);
    emit layoutStarted(int(request.nodes.size()));
    m_ticket = m_layout.request(request);
}

void GraphScene::applyLayout(quint64 ticket, const LayoutResult &result)
{
    if (ticket != m_ticket)
        return;
    for (QGraphicsItem *item : std::as_const(m_decorations))
        delete item;
    m_decorations.clear();

    // Moving thousands of indexed items is quadratic; index once, after they are all placed.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    for (const NodePlacement &p : result.nodes) {
        if (CardItem *c = card(p.id)) {
            c->setPos(p.rect.topLeft());
            c->setVisible(true);
        }
    }
    QHash<QPair<NodeId, NodeId>, QStringList> markers;
    QSet<QPair<NodeId, NodeId>> structural;
    for (const LayoutEdge &e : structuralEdges(&markers))
        structural.insert(qMakePair(e.from, e.to));
    for (const EdgeRoute &route : result.edges) {
        const auto pair = qMakePair(route.from, route.to);
        auto *edge = new EdgeItem(route, structural.contains(pair));
        if (const auto m = markers.constFind(pair); m != markers.cend() && !m->isEmpty())
            edge->setMarkers(*m);
        addItem(edge);
        m_decorations << edge;
    }
    for (const ClusterBox &c : result.clusters) {
        auto *box = new ClusterItem(c.name, c.rect);
        addItem(box);
        m_decorations << box;
    }
    setSceneRect(result.bounds.adjusted(-60, -60, 60, 60));
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateHighlights();
    emit layoutApplied();
}

NodeId GraphScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *c = qgraphicsitem_cast<CardItem *>(item))
            return c->id();
    }
    return 0;
}

void GraphScene::selectNode(NodeId id)
{
    // One selectionChanged for the move, not an empty selection in between.
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        if (CardItem *c = card(id)) {
            c->setSelected(true);
            c->setFocus();
        }
    }
    emit selectionChanged();
}

std::vector<NodeId> GraphScene::successors(NodeId id) const
{
    std::vector<NodeId> out;
    for (const Edge &e : m_model.graph().edges) {
        if (e.from == id && card(e.to))
            out.push_back(e.to);
    }
    return out;
}

std::vector<NodeId> GraphScene::predecessors(NodeId id) const
{
    std::vector<NodeId> out;
    for (const Edge &e : m_model.graph().edges) {
        if (e.to == id && card(e.from))
            out.push_back(e.from);
    }
    return out;
}

std::vector<NodeId> GraphScene::findByTitle(const QString &text) const
{
    std::vector<NodeId> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    for (const Node &n : m_model.graph().nodes) {
        if (card(n.id) && n.displayTitle().contains(needle, Qt::CaseInsensitive))
            found.push_back(n.id);
    }
    return found;
}

void GraphScene::updateHighlights()
{
    const NodeId selected = selectedNode();
    for (EdgeItem *e : edgeItems())
        e->setHighlighted(selected && (e->from() == selected || e->to() == selected));
}

void GraphScene::tickRunningTasks()
{
    for (const Node &n : m_model.graph().nodes) {
        if (n.task && n.task->status == TaskStatus::Running) {
            if (CardItem *c = card(n.id))
                c->update();
        }
    }
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QTransform t = views().isEmpty() ? QTransform() : views().front()->transform();
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, t)) {
        if (auto *c = qgraphicsitem_cast<CardItem *>(item)) {
            emit cardActivated(c->id());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace wfs
