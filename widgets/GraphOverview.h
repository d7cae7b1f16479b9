#pragma once

#include <QImage>
#include <QRectF>

class QPainter;

namespace wfs {

class GraphScene;
class GraphView;

// A big graph far out, as one image: card blocks in their colours, light straight edges and the
// group boxes, drawn once per change of the graph rather than item by item every frame (50,000
// cards and their edges cost a quarter of a second a frame as items, a few milliseconds as one
// scaled image). Group titles and the selection are drawn over it each frame, at screen size.
class GraphOverview
{
public:
    // Graphs with fewer cards are painted as items at every zoom: cheap enough, and exact.
    void setMinimumCards(std::size_t cards) { m_minimumCards = cards; }

    // Whether the view is far enough out (and the graph big enough) for the overview.
    bool covers(const GraphView &view, const GraphScene &scene);
    // Draws what `view` shows of the graph into its viewport.
    void paint(QPainter &painter, const GraphView &view, const GraphScene &scene);

    double scale() const { return m_scale; }
    // The graph as group boxes, straight edges and card blocks, in scene coordinates: a few
    // milliseconds for 50,000 cards, where painting the items costs a quarter of a second.
    static void drawGraph(QPainter &painter, const GraphScene &scene);

private:
    void rebuild(const GraphScene &scene);

    std::size_t m_minimumCards = 2000;
    QImage m_image;
    QRectF m_bounds; // the scene area the image shows
    double m_scale = 0;
    quint64 m_version = 0;
    const GraphScene *m_scene = nullptr;
};

} // namespace wfs
