#include "widgets/IconFont.h"

#include "model/graph/IconCatalog.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wfs::iconfont {

namespace {
QString family()
{
    static const QString name = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/icons/mdi.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            qWarning("The embedded Material Design icon font could not be loaded");
        return families.value(0);
    }();
    return name;
}
} // namespace

QFont font(double pixelSize)
{
    QFont f(family());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

QString glyph(const QString &name)
{
    const char32_t cp = icons::codepoint(name);
    return cp ? QString::fromUcs4(&cp, 1) : QString();
}

void drawGlyph(QPainter *painter, const QRectF &rect, const QString &name, double pixelSize, const QColor &color)
{
    const QString g = glyph(name);
    if (g.isEmpty())
        return;
    const QFont f = font(pixelSize);
    const QFontMetricsF fm(f);
    QPainterPath path;
    // Placed as Qt::AlignCenter places text: by the advance and the font's line box.
    path.addText(rect.center().x() - fm.horizontalAdvance(g) / 2, rect.center().y() - fm.height() / 2 + fm.ascent(), f, g);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(path);
    painter->restore();
}

QIcon icon(const QString &name, const QColor &color, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setFont(font(size * 0.875));
    p.setPen(color);
    p.drawText(pm.rect(), Qt::AlignCenter, glyph(name));
    return QIcon(pm);
}

} // namespace wfs::iconfont
