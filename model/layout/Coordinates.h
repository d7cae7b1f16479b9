#pragma once

#include <QPointF>
#include <QRectF>

namespace wfs::layout {

// Graphviz answers in points with y up, relative to the graph's bounding box (GD_bb);
// the scene wants y down with the box's top-left at the origin. Sizes come in inches.
// Everything stays in doubles: rounding here shows as edges that miss their cards.
class Coordinates
{
public:
    Coordinates(double bbLowerLeftX, double bbLowerLeftY, double bbUpperRightX, double bbUpperRightY)
        : m_llx(bbLowerLeftX), m_lly(bbLowerLeftY), m_urx(bbUpperRightX), m_ury(bbUpperRightY)
    {}

    QPointF point(double x, double y) const { return {x - m_llx, m_ury - y}; }
    // A node centred at (x, y) of the given size in inches.
    QRectF nodeRect(double x, double y, double widthInches, double heightInches) const
    {
        const double w = widthInches * 72.0;
        const double h = heightInches * 72.0;
        const QPointF c = point(x, y);
        return {c.x() - w / 2, c.y() - h / 2, w, h};
    }
    // A box given by its lower-left and upper-right corners.
    QRectF box(double llx, double lly, double urx, double ury) const
    {
        return QRectF(point(llx, ury), point(urx, lly));
    }
    QRectF bounds() const { return {0, 0, m_urx - m_llx, m_ury - m_lly}; }

private:
    double m_llx, m_lly, m_urx, m_ury;
};

} // namespace wfs::layout
