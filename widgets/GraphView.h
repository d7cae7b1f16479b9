#pragma once

#include <QGraphicsView>

namespace wfs {

// The view onto the workflow graph's scene: zoom with the wheel around the cursor, drag to pan.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace wfs
