#pragma once

#include "model/graph/Graph.h"
#include "model/layout/LayoutService.h"

#include <QGraphicsScene>
#include <QSet>
#include <QTimer>
#include <QVariantAnimation>
#include <memory>
#include <unordered_map>

namespace wfs {

class CardItem;
struct BakeGroup;
class EdgeItem;
class WorkflowModel;
class LayoutCache;
class ThumbnailCache;
namespace cardstyle {
struct Fonts;
}

// The workflow graph drawn: one CardItem per node of the model's scope, edges and group boxes
// from the latest layout. Follows the model's signals: the first layout of a scope comes from
// Graphviz (off the GUI thread); later changes (another process recorded a card) are placed
// incrementally, so that no card the user is looking at moves. relayoutAll() asks Graphviz
// again for the whole graph and moves the cards there in an animation.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    GraphScene(WorkflowModel &model, LayoutCache *cache, QObject *parent = nullptr);
    ~GraphScene() override;

    WorkflowModel &model() { return m_model; }
    CardItem *card(NodeId id) const;
    const std::unordered_map<NodeId, CardItem *> &cards() const { return m_cards; }
    QList<EdgeItem *> edgeItems() const;

    bool isLayoutPending() const;
    QImage projectPreview(const QString &path);
    // Starts loading every project card's preview; returns how many are still loading.
    // previewsReady() follows when that number reaches zero (used before exporting).
    int loadPreviews();
    // Image files the previews could not read (each shows a placeholder).
    int brokenPreviewImages() const;

    NodeId selectedNode() const;
    void selectNode(NodeId id);
    // Cards this one points to (outputs, for a task) or that point to it (inputs).
    std::vector<NodeId> successors(NodeId id) const;
    std::vector<NodeId> predecessors(NodeId id) const;
    // The card that shows node `id`: its own, or its collapsed group's (a negative id).
    NodeId shownAs(NodeId id) const;
    // Expands a collapsed bake into its task cards or collapses it again (a click on the group
    // card or on the group's title bar); Graphviz lays out the result, the cards glide there.
    void setGroupExpanded(const QString &unit, bool expanded);

    // Cards whose title contains `text`, case-insensitive, in id order (a collapsed bake's
    // task is found as its group's card).
    std::vector<NodeId> findByTitle(const QString &text) const;

    // Whether the next change is laid out by Graphviz (first layout, new scope, on request).
    bool isFullLayoutWanted() const { return m_fullLayoutWanted; }
    // Where every card and edge is: the latest layout with incremental changes applied.
    const LayoutResult &currentLayout() const { return m_current; }
    // What the cards cover: the layout's bounds once there is one (itemsBoundingRect() sorts
    // every item first, a tenth of a second at 50,000 cards).
    QRectF graphBounds() const;
    // Changes whenever what a far-out picture of the graph shows changes (places, colours).
    quint64 drawingVersion() const { return m_drawingVersion; }
    // True while cards glide to a fresh layout.
    bool isMoving() const { return !m_moves.empty(); }

public slots:
    void relayout();
    // Lays out the whole graph afresh in the background; `animated` moves the cards there smoothly.
    void relayoutAll(bool animated = true);

signals:
    void layoutStarted(int cards);
    void layoutProgress(int done, int total);
    void layoutApplied();
    void layoutFailed(const QString &message);
    void cardActivated(wfs::NodeId id);
    void previewsReady();

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void addCard(NodeId id);
    void removeCard(NodeId id);
    void updateCard(NodeId id);
    void scheduleRelayout();
    LayoutRequest buildRequest();
    void applyLayout(quint64 ticket, const LayoutResult &result);
    void applyIncrementally(const LayoutResult &result);
    // Keeps what is on screen in the layout cache a moment after it settles (see remember()).
    void rememberShown();
    void placeCards(const LayoutResult &result);
    void addDecorations(const LayoutResult &result, bool visible);
    // Which bakes' boxes offer to collapse: the finished ones. A bake that ends while the user
    // keeps it open gets its link then, not at the next layout.
    QSet<QString> finishedBakes() const;
    void updateCollapseLinks();
    void animateTo(LayoutResult result);
    void finishMove();
    void updateHighlights();
    void tickRunningTasks();
    // Version cards no task used are drawn as markers on their project's version chain,
    // except the newest of each project. Computed once per change of the graph.
    void computeMarkers();
    bool isMarkerOnly(const Node &node) const { return m_markerOnly.contains(node.id); }
    // Cards for what the model shows: nodes, version markers aside, tasks of collapsed groups
    // as one card per group.
    void syncCards();
    void onGroupsChanged();
    CardItem *createCard(const Node &node);
    void createGroupCard(const BakeGroup &group);
    QString projectName(const Node &node) const;
    std::vector<LayoutEdge> structuralEdges(QHash<QPair<NodeId, NodeId>, QStringList> *markers) const;

    WorkflowModel &m_model;
    LayoutService m_layout;
    ThumbnailCache *m_thumbnails;
    std::unique_ptr<cardstyle::Fonts> m_fonts; // every card is measured with the same fonts
    std::unordered_map<NodeId, CardItem *> m_cards;
    QList<QGraphicsItem *> m_decorations; // edges and group boxes of the current layout
    QTimer m_relayoutTimer;
    QTimer m_clock;
    QTimer m_rememberTimer;
    QTimer m_collapseLinksTimer; // a burst of task updates checks the boxes once
    LayoutRequest m_shownRequest; // the graph m_current shows, once it holds incremental placements
    QSet<QString> m_previewsLoading;
    QSet<NodeId> m_markerOnly;
    std::unordered_map<NodeId, NodeId> m_groupOf; // task of a collapsed group -> the group's card
    quint64 m_ticket = 0;
    LayoutResult m_current; // what is on screen: kept up to date by incremental changes
    quint64 m_drawingVersion = 0;
    bool m_fullLayoutWanted = true;
    bool m_animateNext = false;
    bool m_freshNext = false; // the next full layout ignores what was last on screen
    bool m_freshPending = false;
    QVariantAnimation m_move; // cards moving to a fresh full layout
    struct Move
    {
        NodeId id;
        QPointF from, to;
    };
    std::vector<Move> m_moves;
};

} // namespace wfs
