#pragma once

#include "model/graph/NodeKind.h"
#include "widgets/GraphOverview.h"

#include <QGraphicsView>

namespace wfs {

// The view onto the workflow graph: wheel zoom around the cursor, drag to pan, arrow keys to
// step along edges, files and folders dropped from the file manager, a card's context menu.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    double zoom() const;
    // Fits the whole graph, never enlarging beyond 100 % nor shrinking below `minimumZoom`
    // (a graph too big for that is centred instead, so that its text stays readable).
    void fitGraph(double minimumZoom = 0.0);
    void centreOn(NodeId id);
    // The card whose title the view shows far out (where cards are blocks), 0 for none.
    NodeId hoveredCard() const { return m_hovered; }
    // Graphs of at least this many cards are drawn as one image far out (GraphOverview).
    void setOverviewMinimumCards(std::size_t cards) { m_overview.setMinimumCards(cards); }

signals:
    void pathsDropped(const QStringList &localPaths, int rejected);
    void cardContextMenu(wfs::NodeId id, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void paintEvent(QPaintEvent *event) override;

private:
    NodeId cardAt(const QPoint &viewPos) const;
    void step(int key);
    void hover(NodeId id);
    // Where the hovered card's title goes, in viewport pixels.
    QRect hoverLabelRect() const;

    GraphOverview m_overview;
    NodeId m_hovered = 0;
    QRect m_hoverLabel;
};

} // namespace wfs
