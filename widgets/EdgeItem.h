#pragma once

#include "model/graph/NodeKind.h"
#include "model/layout/LayoutTypes.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace wfs {

// Turns Graphviz's bezier list (start + 3 points per segment) into a path; exact, in doubles.
QPainterPath bezierPath(const std::vector<QPointF> &curve);
// An arrowhead whose tip is `tip`, pointing from `from`.
QPolygonF arrowHead(QPointF from, QPointF tip, double length = 9, double halfWidth = 4.5);

// An edge routed by Graphviz. A structural edge (a project to its versions) is dashed and may
// carry markers for versions between the ones shown as cards (seed 000: orientation only).
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const EdgeRoute &route, bool structural);

    int type() const override { return Type; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }
    bool isStructural() const { return m_structural; }
    const QPainterPath &path() const { return m_path; }
    QPointF arrowTip() const { return m_tip; }

    // Tooltips of intermediate-version markers, drawn evenly along the edge.
    void setMarkers(const QStringList &labels);
    const QStringList &markers() const { return m_markers; }
    void setHighlighted(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeId m_from;
    NodeId m_to;
    bool m_structural;
    bool m_highlighted = false;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_tip;
    QStringList m_markers;
    QRectF m_bounds;
};

} // namespace wfs
