#include "widgets/GraphView.h"

#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"

#include <QContextMenuEvent>
#include <QMimeData>
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
    const QRectF r = scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    if (zoom() >= minimumZoom) {
        centerOn(r.center());
        return;
    }
    // Too big to fit readably: show where the flow starts, its left end, at a readable size.
    setTransform(QTransform::fromScale(minimumZoom, minimumZoom));
    const double halfWidth = viewport()->width() / 2.0 / minimumZoom;
    centerOn(QPointF(r.left() + halfWidth, r.center().y()));
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

} // namespace wfs
