#include "widgets/SceneExporter.h"

#include "model/core/Error.h"
#include "model/core/PlainText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace wfs::exporter {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::SceneExporter)
};

constexpr double margin = 24;

// Clears selection and focus for the export and puts them back afterwards. Item caches are
// off meanwhile: a cached card would reach the SVG as a bitmap instead of text.
class CleanScene
{
public:
    explicit CleanScene(QGraphicsScene &scene) : m_scene(scene), m_selected(scene.selectedItems()), m_focus(scene.focusItem())
    {
        m_scene.clearSelection();
        m_scene.clearFocus();
        for (QGraphicsItem *item : m_scene.items()) {
            if (item->cacheMode() != QGraphicsItem::NoCache) {
                m_cached.emplace_back(item, item->cacheMode());
                item->setCacheMode(QGraphicsItem::NoCache);
            }
        }
    }
    ~CleanScene()
    {
        for (const auto &[item, mode] : m_cached)
            item->setCacheMode(mode);
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
        if (m_focus)
            m_focus->setFocus();
    }

private:
    QGraphicsScene &m_scene;
    QList<QGraphicsItem *> m_selected;
    QGraphicsItem *m_focus;
    std::vector<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_cached;
};

QRectF area(QGraphicsScene &scene)
{
    QRectF r = scene.itemsBoundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 200, 100);
    return r.adjusted(-margin, -margin, margin, margin);
}

// QSvgGenerator escapes markup but copies control characters, which XML forbids: whatever
// text reached the painter, the file stays well-formed. Works on the UTF-8 bytes: a C0 byte is
// never part of a multi-byte sequence, and U+FFFE, U+FFFF and surrogates have fixed leads.
QByteArray xmlSafe(const QByteArray &utf8)
{
    static const QByteArray replacement = QStringLiteral("\uFFFD").toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto b = uchar(utf8[i]);
        const auto next = i + 1 < utf8.size() ? uchar(utf8[i + 1]) : 0;
        const auto third = i + 2 < utf8.size() ? uchar(utf8[i + 2]) : 0;
        if (b < 0x20 && !isXmlChar(b)) {
            out += replacement;
        } else if ((b == 0xEF && next == 0xBF && (third == 0xBE || third == 0xBF)) || (b == 0xED && next >= 0xA0)) {
            out += replacement;
            i += 2;
        } else {
            out += char(b);
        }
    }
    return out;
}

} // namespace

void exportSvg(QGraphicsScene &scene, const QString &path, const QString &title)
{
    CleanScene clean(scene);
    const QRectF source = area(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // QSvgGenerator writes the title as it is: a '&' or '<' in a path would break the file.
    svg.setTitle(visibleText(title).toHtmlEscaped());
    svg.setDescription(Text::tr("Workflow exported by Workflow Studio"));
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setResolution(72);
    {
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xmlSafe(buffer.data())) < 0 || !file.commit())
        throw Error(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void exportPng(QGraphicsScene &scene, const QString &path, double scale)
{
    if (scale <= 0 || scale > 16)
        throw Error::usage(Text::tr("The PNG scale must be above 0 and at most 16, not %1").arg(scale));
    CleanScene clean(scene);
    const QRectF source = area(scene);
    const QSize size = (source.size() * scale).toSize();
    if (qint64(size.width()) * size.height() > 400'000'000)
        throw Error::usage(Text::tr("A %1 x %2 image is too large; choose a smaller scale").arg(size.width()).arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw Error(Text::tr("Not enough memory for a %1 x %2 image").arg(size.width()).arg(size.height()));
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw Error(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace wfs::exporter
