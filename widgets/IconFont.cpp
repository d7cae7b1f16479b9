#include "IconFont.h"

#include "graph/IconCatalog.h"

#include <QFontDatabase>

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

} // namespace wfs::iconfont
