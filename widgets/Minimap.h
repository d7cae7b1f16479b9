#pragma once

#include <QGraphicsView>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

namespace wfs {

// An overview of another view's scene with a frame around the part that view shows; clicking or
// dragging in it centres the main view there. Hides itself while the scene has no items.
//
// The minimap never paints the scene's items itself. It looks at a private, empty scene whose
// coordinates match the main scene, so QGraphicsView's own item drawing has nothing to do, and
// drawBackground paints a pixmap of the main scene rendered at most once per refresh interval.
// Letting the view paint a 10,000-item scene on every scroll of the main view would make the
// minimap the most expensive widget on screen. Of a GraphScene it renders only what changes its
// far-out picture (GraphScene::drawingVersion): not a hover, a selection or a running clock.
class Minimap : public QGraphicsView
{
    Q_OBJECT
public:
    explicit Minimap(QGraphicsView *main, QWidget *parent = nullptr);

    // How often the scene was rendered into the overview (tests and benchmarks).
    int renders() const { return m_renders; }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followScene();
    void scheduleRefresh();
    void refresh();
    void fit();
    void updateFrame();
    void centreMainOn(const QPoint &viewportPos);

    QPointer<QGraphicsView> m_main;
    QPointer<QGraphicsScene> m_followed;
    QGraphicsScene *m_mirror = nullptr;
    QTimer m_refreshTimer;
    QPixmap m_pixmap;
    QRectF m_pixmapSource;  // The scene rectangle m_pixmap shows.
    QRectF m_frame;         // The main view's visible scene rectangle.
    bool m_dragging = false;
    bool m_hiddenWhileEmpty = false;
    int m_renders = 0;
    quint64 m_drawnVersion = 0; // the GraphScene drawing m_pixmap shows
};

} // namespace wfs
