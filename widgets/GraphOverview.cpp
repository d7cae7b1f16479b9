#include "widgets/GraphOverview.h"

#include "model/core/PlainText.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace wfs {

namespace {

// The image's longest side: about two screens wide, 24 MB at most.
constexpr double maxSide = 3000;

QFont titleFont()
{
    QFont font;
    font.setPixelSize(14);
    font.setBold(true);
    return font;
}

// Straight lines of one translucent colour blended into an RGB32 image pixel by pixel. The raster
// engine's cosmetic pen makes each pixel of a slanted line a span of its own: 0.1 s for the
// 10,000 edges of a big graph, redrawn whenever a card is recorded; this loop takes milliseconds.
void blendLines(QImage &image, const std::vector<QLineF> &lines, const QTransform &toImage, const QColor &colour)
{
    const int alpha = colour.alpha();
    const int keep = 255 - alpha;
    const int red = colour.red() * alpha, green = colour.green() * alpha, blue = colour.blue() * alpha;
    const int width = image.width(), height = image.height();
    for (const QLineF &sceneLine : lines) {
        const QLineF l = toImage.map(sceneLine);
        const int steps = int(std::ceil(std::max(std::abs(l.dx()), std::abs(l.dy()))));
        for (int i = 0; i <= steps; ++i) {
            const double t = steps > 0 ? double(i) / steps : 0;
            const int x = int(std::floor(l.x1() + l.dx() * t));
            const int y = int(std::floor(l.y1() + l.dy() * t));
            if (x < 0 || y < 0 || x >= width || y >= height)
                continue;
            QRgb &pixel = reinterpret_cast<QRgb *>(image.scanLine(y))[x];
            pixel = qRgb((qRed(pixel) * keep + red) / 255, (qGreen(pixel) * keep + green) / 255,
                         (qBlue(pixel) * keep + blue) / 255);
        }
    }
}

} // namespace

bool GraphOverview::covers(const GraphView &view, const GraphScene &scene)
{
    if (scene.cards().size() < m_minimumCards || scene.isMoving() || scene.currentLayout().nodes.empty())
        return false;
    if (m_scene != &scene || m_version != scene.drawingVersion())
        rebuild(scene);
    // Closer in than the image's own resolution, items look better and are few enough.
    return view.zoom() <= m_scale && view.zoom() < CardItem::blockZoom;
}

void GraphOverview::rebuild(const GraphScene &scene)
{
    m_scene = &scene;
    m_version = scene.drawingVersion();
    const LayoutResult &layout = scene.currentLayout();
    m_bounds = layout.bounds.adjusted(-60, -60, 60, 60);
    m_scale = std::min(CardItem::blockZoom, maxSide / std::max(m_bounds.width(), m_bounds.height()));
    const QSize size(int(std::ceil(m_bounds.width() * m_scale)), int(std::ceil(m_bounds.height() * m_scale)));
    m_image = QImage(size, QImage::Format_RGB32);
    m_image.fill(scene.backgroundBrush().color());

    QPainter p(&m_image);
    p.scale(m_scale, m_scale);
    p.translate(-m_bounds.topLeft());
    drawGraph(p, scene);
}

void GraphOverview::drawGraph(QPainter &p, const GraphScene &scene)
{
    const LayoutResult &layout = scene.currentLayout();
    for (const ClusterBox &c : layout.clusters)
        p.fillRect(c.rect, QColor(0xe8eaf6));
    const QColor edgeColour(138, 148, 166, 90);
    std::vector<QLineF> lines;
    lines.reserve(layout.edges.size());
    for (const EdgeRoute &e : layout.edges) {
        if (!e.curve.empty())
            lines.emplace_back(e.curve.front(), e.arrowTip.value_or(e.curve.back()));
    }
    auto *image = p.device() && p.device()->devType() == QInternal::Image ? static_cast<QImage *>(p.device()) : nullptr;
    if (image && image->format() == QImage::Format_RGB32 && p.worldTransform().type() <= QTransform::TxScale) {
        blendLines(*image, lines, p.worldTransform(), edgeColour);
    } else {
        QPen edge(edgeColour, 1);
        edge.setCosmetic(true);
        p.setPen(edge);
        // One call for all: the raster engine hands each call's strokes to its thread pool, and
        // waking it for every one of 50,000 edges took longer than drawing them.
        p.drawLines(lines.data(), int(lines.size()));
    }
    for (const NodePlacement &n : layout.nodes) {
        if (const CardItem *c = scene.card(n.id))
            p.fillRect(n.rect, c->layout().block);
    }
}

void GraphOverview::paint(QPainter &painter, const GraphView &view, const GraphScene &scene)
{
    painter.save();
    // Image pixels to scene points to viewport pixels.
    painter.setTransform(QTransform::fromScale(1 / m_scale, 1 / m_scale)
                         * QTransform::fromTranslate(m_bounds.left(), m_bounds.top()) * view.viewportTransform());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QPointF(0, 0), m_image);
    painter.restore();

    // Group titles at a readable size, on a plate over the blocks.
    const QFont font = titleFont();
    const QFontMetricsF fm(font);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    painter.setFont(font);
    std::vector<QRectF> drawn; // titles of groups close together would cover each other
    for (const ClusterBox &c : scene.currentLayout().clusters) {
        if (!visible.intersects(c.rect))
            continue;
        const QRectF box = view.mapFromScene(c.rect).boundingRect();
        if (box.width() < 40)
            continue;
        const QString text = fm.elidedText(visibleText(c.name), Qt::ElideRight, box.width() - 8);
        const QRectF plate(box.left(), box.top() - fm.height() - 6, fm.horizontalAdvance(text) + 8, fm.height() + 4);
        if (std::any_of(drawn.begin(), drawn.end(), [&](const QRectF &r) { return r.intersects(plate); }))
            continue;
        drawn.push_back(plate);
        painter.fillRect(plate, QColor(255, 255, 255, 225));
        painter.setPen(QColor(0x283593));
        painter.drawText(plate, Qt::AlignCenter, text);
    }
    if (const CardItem *selected = scene.card(scene.selectedNode())) {
        QPen pen(QColor(0x0d47a1), 3);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(view.mapFromScene(selected->sceneBoundingRect()).boundingRect().adjusted(-3, -3, 3, 3));
    }
}

} // namespace wfs
