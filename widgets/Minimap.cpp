#include "widgets/Minimap.h"

#include "widgets/GraphOverview.h"
#include "widgets/GraphScene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace wfs {

namespace {
// Scene changes arrive for every hover highlight and every moved card; the overview only needs
// to catch up a few times a second.
constexpr int kRefreshMs = 300;
} // namespace

Minimap::Minimap(QGraphicsView *main, QWidget *parent) : QGraphicsView(parent), m_main(main)
{
    m_mirror = new QGraphicsScene(this);
    setScene(m_mirror);
    setInteractive(false);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFixedSize(220, 150);
    viewport()->setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    if (main && main->backgroundBrush().style() != Qt::NoBrush)
        setBackgroundBrush(main->backgroundBrush());
    else
        setBackgroundBrush(palette().color(QPalette::Base));

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Minimap::refresh);

    if (main) {
        for (QScrollBar *bar : {main->horizontalScrollBar(), main->verticalScrollBar()}) {
            connect(bar, &QScrollBar::valueChanged, this, &Minimap::updateFrame);
            connect(bar, &QScrollBar::rangeChanged, this, &Minimap::updateFrame);
        }
        // A zoom that leaves the scroll bars alone still repaints the main view.
        main->viewport()->installEventFilter(this);
    }
    refresh();
}

void Minimap::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_pixmap.isNull())
        painter->drawPixmap(m_pixmapSource, m_pixmap, QRectF(QPointF(0, 0), m_pixmap.size()));
}

void Minimap::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_pixmap.isNull() || m_frame.isEmpty())
        return;
    QColor colour = palette().color(QPalette::Highlight);
    QPen pen(colour, 1.5);
    pen.setCosmetic(true);
    colour.setAlpha(40);
    painter->save();
    painter->setPen(pen);
    painter->setBrush(colour);
    painter->drawRect(m_frame);
    painter->restore();
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragging = true;
    centreMainOn(event->position().toPoint());
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        centreMainOn(event->position().toPoint());
    event->accept();
}

void Minimap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

void Minimap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
    scheduleRefresh();
}

bool Minimap::eventFilter(QObject *watched, QEvent *event)
{
    if (m_main && watched == m_main->viewport()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Paint))
        updateFrame();
    return QGraphicsView::eventFilter(watched, event);
}

void Minimap::followScene()
{
    QGraphicsScene *scene = m_main ? m_main->scene() : nullptr;
    if (scene == m_followed)
        return;
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = scene;
    if (scene) {
        connect(scene, &QGraphicsScene::changed, this, &Minimap::scheduleRefresh);
        connect(scene, &QGraphicsScene::sceneRectChanged, this, &Minimap::scheduleRefresh);
    }
    scheduleRefresh();
}

void Minimap::scheduleRefresh()
{
    // Not restarted while running, so a scene that changes continuously still gets redrawn.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void Minimap::refresh()
{
    followScene();
    const auto *graph = qobject_cast<const GraphScene *>(m_followed.data());
    // A graph's own bounds cost nothing; any other scene's items are measured.
    const QRectF items = graph ? graph->currentLayout().bounds
                         : m_followed ? m_followed->itemsBoundingRect() : QRectF();
    if (items.isNull()) {
        m_pixmap = QPixmap();
        // isHidden, not isVisible: a minimap inside a window not shown yet must still hide.
        if (!isHidden()) {
            hide();
            m_hiddenWhileEmpty = true;
        }
        return;
    }
    if (m_hiddenWhileEmpty) {
        m_hiddenWhileEmpty = false;
        show();
    }

    const double margin = qMax(items.width(), items.height()) * 0.03 + 1;
    const QRectF source = items.adjusted(-margin, -margin, margin, margin);
    m_mirror->setSceneRect(source);
    fit();

    const QSize target = mapFromScene(source).boundingRect().size();
    if (target.isEmpty())
        return;
    if (graph && graph->drawingVersion() == m_drawnVersion && source == m_pixmapSource
        && m_pixmap.deviceIndependentSize().toSize() == target)
        return; // nothing the overview shows has changed

    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(target * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        if (graph) {
            // Blocks drawn from the layout, not the items: a few milliseconds at 50,000 cards.
            painter.scale(target.width() / source.width(), target.height() / source.height());
            painter.translate(-source.topLeft());
            GraphOverview::drawGraph(painter, *graph);
        } else {
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                                   | QPainter::SmoothPixmapTransform);
            m_followed->render(&painter, QRectF(QPointF(0, 0), QSizeF(target)), source, Qt::IgnoreAspectRatio);
        }
    }
    m_pixmap = pixmap;
    m_pixmapSource = source;
    m_drawnVersion = graph ? graph->drawingVersion() : 0;
    ++m_renders;
    updateFrame();
    viewport()->update();
}

void Minimap::fit()
{
    const QRectF rect = m_mirror->sceneRect();
    if (!rect.isEmpty())
        fitInView(rect, Qt::KeepAspectRatio);
}

void Minimap::updateFrame()
{
    if (!m_main)
        return;
    followScene();
    const QRectF frame = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    if (frame == m_frame)
        return;
    m_frame = frame;
    viewport()->update();
}

void Minimap::centreMainOn(const QPoint &viewportPos)
{
    if (m_main && !m_pixmap.isNull())
        m_main->centerOn(mapToScene(viewportPos));
}

} // namespace wfs
