#include "IconFont.h"

#include "graph/IconCatalog.h"

#include <QFontDatabase>
#include <QPainter>
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
