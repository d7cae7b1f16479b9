#include "widgets/EdgeItem.h"

#include "widgets/ToolTip.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace wfs {

QPainterPath bezierPath(const std::vector<QPointF> &curve)
{
    QPainterPath path;
    if (curve.empty())
        return path;
    path.moveTo(curve.front());
    std::size_t i = 1;
    for (; i + 2 < curve.size(); i += 3)
        path.cubicTo(curve[i], curve[i + 1], curve[i + 2]);
    // A list that is not 3n+1 long ends with straight pieces rather than being dropped.
    for (; i < curve.size(); ++i)
        path.lineTo(curve[i]);
    return path;
}

QPolygonF arrowHead(QPointF from, QPointF tip, double length, double halfWidth)
{
    QLineF axis(tip, from);
    if (axis.length() < 1e-9)
        axis = QLineF(tip, tip - QPointF(1, 0));
    const QPointF unit = (axis.p2() - axis.p1()) / axis.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip + unit * length;
    return QPolygonF{tip, base + normal * halfWidth, base - normal * halfWidth, tip};
}

EdgeItem::EdgeItem(const EdgeRoute &route, bool structural)
    : m_from(route.from), m_to(route.to), m_structural(structural), m_path(bezierPath(route.curve))
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    if (!route.curve.empty()) {
        m_tip = route.arrowTip.value_or(route.curve.back());
        if (route.arrowTip)
            m_arrow = arrowHead(route.curve.back(), *route.arrowTip);
        else if (route.curve.size() >= 2)
            m_arrow = arrowHead(route.curve[route.curve.size() - 2], route.curve.back());
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-6, -6, 6, 6);
}

void EdgeItem::setMarkers(const QStringList &labels)
{
    m_markers = labels;
    setToolTip(plainToolTip(labels.join(u'\n')));
    setAcceptHoverEvents(!labels.isEmpty());
    update();
}

void EdgeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    setZValue(on ? 1.5 : 1);
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor colour = m_highlighted ? QColor(0x1976d2) : QColor(m_structural ? 0x9fa8da : 0x8a94a6);
    QPen pen(colour, m_highlighted ? 2.2 : 1.4);
    pen.setCosmetic(lod < 0.5);
    if (m_structural)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.3);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
    if (lod < 0.3)
        return;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const double t = double(i + 1) / double(m_markers.size() + 1);
        const QPointF p = m_path.pointAtPercent(t);
        painter->setPen(QPen(QColor(0x3949ab), 1.2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(p, 4.5, 4.5);
    }
}

} // namespace wfs
