#include "widgets/GraphView.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace wfs {

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(QColor(0xf5, 0xf6, 0xf8));
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.02, 8.0);
    const double applied = target / zoom();
    scale(applied, applied);
}

void GraphView::fitGraph(double minimumZoom)
{
    if (!scene())
        return;
    // The whole scene rect, not only the cards: were it larger than what is fitted, scroll bars
    // would appear after the fit and take the room that kept the edge cards in sight.
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    const QRectF items = graph ? graph->graphBounds() : scene()->itemsBoundingRect();
    const QRectF r = items.adjusted(-30, -30, 30, 30).united(scene()->sceneRect());
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    if (zoom() >= minimumZoom) {
        centerOn(r.center());
        return;
    }
    // Too big to fit readably: show where the flow starts, its left end, at a readable size,
    // level with the leftmost card (the middle of a tall graph's left end is often empty).
    setTransform(QTransform::fromScale(minimumZoom, minimumZoom));
    const double halfWidth = viewport()->width() / 2.0 / minimumZoom;
    double y = r.center().y();
    const CardItem *leftmost = nullptr;
    if (auto *s = qobject_cast<GraphScene *>(scene())) {
        for (const auto &[id, item] : s->cards()) {
            if (item->isVisible() && (!leftmost || item->x() < leftmost->x()))
                leftmost = item;
        }
    }
    if (leftmost)
        y = leftmost->sceneBoundingRect().center().y();
    centerOn(QPointF(r.left() + halfWidth, y));
}

void GraphView::centreOn(NodeId id)
{
    auto *s = qobject_cast<GraphScene *>(scene());
    if (CardItem *c = s ? s->card(id) : nullptr)
        centerOn(c->sceneBoundingRect().center());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

NodeId GraphView::cardAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (auto *c = qgraphicsitem_cast<CardItem *>(item))
            return c->id();
    }
    return 0;
}

void GraphView::step(int key)
{
    auto *s = qobject_cast<GraphScene *>(scene());
    if (!s || s->cards().empty())
        return;
    const NodeId from = s->selectedNode();
    NodeId to = 0;
    if (!from) {
        // Nothing selected yet: start at the top-left card.
        double best = 0;
        for (const auto &[id, item] : s->cards()) {
            const double d = item->pos().x() + item->pos().y();
            if (item->isVisible() && (!to || d < best)) {
                best = d;
                to = id;
            }
        }
    } else {
        const CardItem *origin = s->card(from);
        const QPointF o = origin->sceneBoundingRect().center();
        std::vector<NodeId> candidates;
        if (key == Qt::Key_Right)
            candidates = s->successors(from);
        else if (key == Qt::Key_Left)
            candidates = s->predecessors(from);
        else
            for (const auto &[id, item] : s->cards())
                candidates.push_back(id);
        double best = 0;
        for (NodeId id : candidates) {
            const CardItem *c = s->card(id);
            if (!c || id == from || !c->isVisible())
                continue;
            const QPointF p = c->sceneBoundingRect().center();
            double cost = std::abs(p.y() - o.y()) + std::abs(p.x() - o.x()) * 0.1;
            if (key == Qt::Key_Up || key == Qt::Key_Down) {
                const bool sameColumn = std::abs(p.x() - o.x()) < origin->size().width();
                const bool rightSide = key == Qt::Key_Up ? p.y() < o.y() : p.y() > o.y();
                if (!sameColumn || !rightSide)
                    continue;
                cost = std::abs(p.y() - o.y());
            }
            if (!to || cost < best) {
                best = cost;
                to = id;
            }
        }
    }
    if (to) {
        s->selectNode(to);
        ensureVisible(s->card(to), 60, 60);
    }
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier) {
            step(event->key());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const NodeId id = cardAt(event->pos());
    if (!id) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    // Right-clicking one of several selected cards keeps them selected, for actions on all of them.
    if (auto *s = qobject_cast<GraphScene *>(scene()); s && !(s->card(id) && s->card(id)->isSelected()))
        s->selectNode(id);
    emit cardContextMenu(id, event->globalPos());
    event->accept();
}

void GraphView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    int rejected = 0;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            ++rejected;
    }
    event->acceptProposedAction();
    emit pathsDropped(paths, rejected);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    hover(zoom() < CardItem::blockZoom && event->buttons() == Qt::NoButton ? cardAt(event->position().toPoint()) : 0);
}

void GraphView::leaveEvent(QEvent *event)
{
    QGraphicsView::leaveEvent(event);
    hover(0);
}

namespace {

QFont hoverFont()
{
    QFont font;
    font.setPixelSize(13);
    font.setBold(true);
    return font;
}

QString hoverTitle(QGraphicsScene *scene, NodeId id)
{
    auto *s = qobject_cast<GraphScene *>(scene);
    const Node *n = s ? s->model().node(id) : nullptr;
    return n ? n->displayTitle() : QString();
}

} // namespace

QRect GraphView::hoverLabelRect() const
{
    auto *s = qobject_cast<GraphScene *>(scene());
    const CardItem *c = s ? s->card(m_hovered) : nullptr;
    if (!c)
        return {};
    const QFontMetrics fm(hoverFont());
    const QString title = fm.elidedText(hoverTitle(scene(), m_hovered), Qt::ElideRight, 360);
    const QRect card = mapFromScene(c->sceneBoundingRect()).boundingRect();
    const QSize size(fm.horizontalAdvance(title) + 16, fm.height() + 10);
    return QRect(QPoint(card.center().x() - size.width() / 2, card.top() - size.height() - 4), size);
}

void GraphView::hover(NodeId id)
{
    if (id == m_hovered)
        return;
    viewport()->update(m_hoverLabel.adjusted(-2, -2, 2, 2));
    m_hovered = id;
    m_hoverLabel = hoverLabelRect();
    viewport()->update(m_hoverLabel.adjusted(-2, -2, 2, 2));
}

// Far out on a big graph, one image instead of every item (GraphOverview); closer in, the items.
void GraphView::paintEvent(QPaintEvent *event)
{
    auto *s = qobject_cast<GraphScene *>(scene());
    if (!s || !m_overview.covers(*this, *s)) {
        QGraphicsView::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.fillRect(event->rect(), backgroundBrush());
    m_overview.paint(painter, *this, *s);
    painter.setTransform(viewportTransform());
    drawForeground(&painter, mapToScene(event->rect()).boundingRect());
}

// Far out, the title of the card under the mouse, at a readable size over the blocks.
void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_hovered || zoom() >= CardItem::blockZoom)
        return;
    m_hoverLabel = hoverLabelRect();
    if (m_hoverLabel.isEmpty())
        return;
    const QFontMetrics fm(hoverFont());
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0x90a4ae));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(QRectF(m_hoverLabel).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->setFont(hoverFont());
    painter->setPen(QColor(0x1f2937));
    painter->drawText(m_hoverLabel, Qt::AlignCenter, fm.elidedText(hoverTitle(scene(), m_hovered), Qt::ElideRight, 360));
    painter->restore();
}

} // namespace wfs
