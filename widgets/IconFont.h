#pragma once

#include <QFont>
#include <QString>

namespace wfs::iconfont {

// The embedded Material Design icon font (loaded once, on first use).
QFont font(double pixelSize);
// The glyph of a Material Design icon name as a string to draw with font(); empty if unknown.
QString glyph(const QString &name);

} // namespace wfs::iconfont
