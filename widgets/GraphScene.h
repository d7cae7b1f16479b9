#pragma once

#include "model/graph/Graph.h"
#include "model/layout/LayoutService.h"

#include <QGraphicsScene>
#include <QSet>
#include <QTimer>
#include <unordered_map>

namespace wfs {

class CardItem;
class EdgeItem;
class WorkflowModel;
class LayoutCache;
class ThumbnailCache;

// The workflow graph drawn: one CardItem per node of the model's scope, edges and group boxes
// from the latest layout. Follows the model's signals; lays out again (off the GUI thread)
// whenever cards, their sizes or edges change.
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
    // Cards whose title contains `text`, case-insensitive, in id order.
    std::vector<NodeId> findByTitle(const QString &text) const;

public slots:
    void relayout();

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
    void applyLayout(quint64 ticket, const LayoutResult &result);
    void updateHighlights();
    void tickRunningTasks();
    // Version cards no task used are drawn as markers on their project's version chain,
    // except the newest of each project. Computed once per change of the graph.
    void computeMarkers();
    bool isMarkerOnly(const Node &node) const { return m_markerOnly.contains(node.id); }
    void syncVersionCards();
    CardItem *createCard(const Node &node);
    QString projectName(const Node &node) const;
    std::vector<LayoutEdge> structuralEdges(QHash<QPair<NodeId, NodeId>, QStringList> *markers) const;

    WorkflowModel &m_model;
    LayoutService m_layout;
    ThumbnailCache *m_thumbnails;
    std::unordered_map<NodeId, CardItem *> m_cards;
    QList<QGraphicsItem *> m_decorations; // edges and group boxes of the current layout
    QTimer m_relayoutTimer;
    QTimer m_clock;
    QSet<QString> m_previewsLoading;
    QSet<NodeId> m_markerOnly;
    quint64 m_ticket = 0;
};

} // namespace wfs
