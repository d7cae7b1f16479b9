#include "widgets/GraphScene.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardItem.h"
#include "widgets/CardStyle.h"
#include "widgets/ClusterItem.h"
#include "widgets/EdgeItem.h"
#include "widgets/GroupCardItem.h"
#include "widgets/ThumbnailCache.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace wfs {

GraphScene::GraphScene(WorkflowModel &model, LayoutCache *cache, QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_thumbnails(new ThumbnailCache(QSize(80, 80), this)),
      m_fonts(std::make_unique<cardstyle::Fonts>())
{
    setBackgroundBrush(QColor(0xf5f6f8));
    m_layout.setCache(cache);
    m_relayoutTimer.setSingleShot(true);
    // Every signal of one model update arrives before the timer fires: they make one layout.
    m_relayoutTimer.setInterval(0);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &GraphScene::relayout);
    // Written off the live update's path: a burst of recorded cards is saved once.
    m_rememberTimer.setSingleShot(true);
    m_rememberTimer.setInterval(1000);
    connect(&m_rememberTimer, &QTimer::timeout, this, [this] { m_layout.remember(m_shownRequest, m_current); });
    m_collapseLinksTimer.setSingleShot(true);
    m_collapseLinksTimer.setInterval(0);
    connect(&m_collapseLinksTimer, &QTimer::timeout, this, &GraphScene::updateCollapseLinks);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &GraphScene::tickRunningTasks);
    m_clock.start();

    connect(&m_model, &WorkflowModel::nodeAdded, this, &GraphScene::addCard);
    connect(&m_model, &WorkflowModel::nodeRemoved, this, &GraphScene::removeCard);
    connect(&m_model, &WorkflowModel::nodeChanged, this, &GraphScene::updateCard);
    connect(&m_model, &WorkflowModel::edgesChanged, this, &GraphScene::scheduleRelayout);
    connect(&m_model, &WorkflowModel::loaded, this, &GraphScene::scheduleRelayout);
    connect(&m_model, &WorkflowModel::groupsChanged, this, &GraphScene::onGroupsChanged);
    // A card another process records should be on screen within half a second: looking for
    // commits every 100 ms (one PRAGMA data_version) leaves the rest of that time to the read.
    m_model.setPollInterval(100);
    // Another scope is another graph: Graphviz lays it out (the cache has seen most scopes).
    connect(&m_model, &WorkflowModel::scopeChanged, this, [this] {
        m_fullLayoutWanted = true;
        scheduleRelayout();
    });
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
    connect(&m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        for (const Move &m : m_moves) {
            if (CardItem *c = card(m.id))
                c->setPos(m.from + (m.to - m.from) * t);
        }
    });
    connect(&m_move, &QVariantAnimation::finished, this, &GraphScene::finishMove);

    // Until the first layout every card sits at the origin: a spatial index would file them all
    // in one cell and make placing them quadratic. applyLayout() turns the index back on.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    syncCards();
    m_relayoutTimer.start();
}

GraphScene::~GraphScene()
{
    // QGraphicsScene deletes the items in no particular order: a selected card going after its
    // edges would report a selection change to updateHighlights() over deleted edges.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::updateHighlights);
    m_move.stop();
    m_decorations.clear();
}

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

QRectF GraphScene::graphBounds() const
{
    return m_current.nodes.empty() ? itemsBoundingRect() : m_current.bounds;
}

bool GraphScene::isLayoutPending() const
{
    return !m_model.isLoaded() || m_relayoutTimer.isActive() || m_layout.isBusy()
           || m_move.state() == QAbstractAnimation::Running;
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
    auto *item = new CardItem(node.id, node, projectName(node), m_fonts.get());
    item->setVisible(false); // shown once the layout has placed it
    addItem(item);
    m_cards.emplace(node.id, item);
    return item;
}

void GraphScene::createGroupCard(const BakeGroup &group)
{
    auto *item = new GroupCardItem(group);
    item->setVisible(false);
    addItem(item);
    m_cards.emplace(group.card, item);
}

NodeId GraphScene::shownAs(NodeId id) const
{
    const auto it = m_groupOf.find(id);
    return it == m_groupOf.end() ? id : it->second;
}

void GraphScene::setGroupExpanded(const QString &unit, bool expanded)
{
    m_fullLayoutWanted = true;
    m_animateNext = true;
    m_model.setGroupExpanded(unit, expanded);
}

// Only redraws here: relayout() swaps the cards, so that an item is never deleted inside its
// own mouse event (the click that expanded it).
void GraphScene::onGroupsChanged()
{
    for (const BakeGroup &g : m_model.collapsedGroups()) {
        if (auto *c = dynamic_cast<GroupCardItem *>(card(g.card)); c && c->setGroup(g))
            scheduleRelayout();
    }
    ++m_drawingVersion;
    scheduleRelayout();
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
    ++m_drawingVersion; // its colour may have changed
    if (item->refresh(*node, projectName(*node), m_fonts.get()))
        scheduleRelayout();
    if (node->task && !m_collapseLinksTimer.isActive())
        m_collapseLinksTimer.start();
}

QString GraphScene::projectName(const Node &node) const
{
    const Node *project = node.kind == NodeKind::ProjectVersion ? m_model.anyNode(node.projectId) : nullptr;
    return project ? project->displayTitle() : QString();
}

void GraphScene::scheduleRelayout()
{
    // A first read adds every card one signal at a time: restarting the timer 10,000 times
    // would only re-register it with the event loop as often.
    if (!m_relayoutTimer.isActive())
        m_relayoutTimer.start();
}

// Whether a version is a card or a marker depends on the edges, whether a task is a card or part
// of its group's on the bake's state: decided again before each layout.
void GraphScene::syncCards()
{
    computeMarkers();
    m_groupOf.clear();
    std::unordered_map<NodeId, const BakeGroup *> groups;
    for (const BakeGroup &g : m_model.collapsedGroups()) {
        groups.emplace(g.card, &g);
        for (NodeId task : g.tasks)
            m_groupOf.emplace(task, g.card);
    }
    std::vector<NodeId> toRemove;
    for (const auto &[id, item] : m_cards) {
        if (id < 0 ? !groups.count(id) : m_markerOnly.contains(id) || m_groupOf.count(id))
            toRemove.push_back(id);
    }
    for (NodeId id : toRemove) {
        delete m_cards[id];
        m_cards.erase(id);
    }
    for (const Node &n : m_model.graph().nodes) {
        if (!m_cards.count(n.id) && !isMarkerOnly(n) && !m_groupOf.count(n.id))
            createCard(n);
    }
    for (const auto &[id, group] : groups) {
        if (!m_cards.count(id))
            createGroupCard(*group);
    }
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
        const NodeId from = shownAs(e.from), to = shownAs(e.to);
        if (from == id && to != id && card(to) && std::find(out.begin(), out.end(), to) == out.end())
            out.push_back(to);
    }
    return out;
}

std::vector<NodeId> GraphScene::predecessors(NodeId id) const
{
    std::vector<NodeId> out;
    for (const Edge &e : m_model.graph().edges) {
        const NodeId from = shownAs(e.from), to = shownAs(e.to);
        if (to == id && from != id && card(from) && std::find(out.begin(), out.end(), from) == out.end())
            out.push_back(from);
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
        // A task of a collapsed bake is found as its group's card.
        const NodeId shown = shownAs(n.id);
        if (card(shown) && n.displayTitle().contains(needle, Qt::CaseInsensitive)
            && std::find(found.begin(), found.end(), shown) == found.end())
            found.push_back(shown);
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
