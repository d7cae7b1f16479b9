#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

namespace wfs::iconfont {

// The embedded Material Design icon font (loaded once, on first use).
QFont font(double pixelSize);
// The glyph of a Material Design icon name as a string to draw with font(); empty if unknown.
QString glyph(const QString &name);
// The glyph as an icon for menus, buttons and trees.
QIcon icon(const QString &name, const QColor &color, int size = 32);

} // namespace wfs::iconfont
