#pragma once

#include "model/graph/NodeKind.h"

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

private:
    NodeId cardAt(const QPoint &viewPos) const;
    void step(int key);
};

} // namespace wfs
