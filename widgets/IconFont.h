#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace wfs::iconfont {

// The embedded Material Design icon font (loaded once, on first use).
QFont font(double pixelSize);
// The glyph of a Material Design icon name as a string to draw with font(); empty if unknown.
QString glyph(const QString &name);
// Draws the glyph centred in `rect` as a filled outline rather than as text, so that an SVG
// export carries the icon's shape and needs no icon font where it is viewed.
void drawGlyph(QPainter *painter, const QRectF &rect, const QString &name, double pixelSize, const QColor &color);
// The glyph as an icon for menus, buttons and trees.
QIcon icon(const QString &name, const QColor &color, int size = 32);

} // namespace wfs::iconfont
