#pragma once

// bench_layout's figures taken while a big graph is open: a card recorded by another process
// until it is on screen, how far existing cards moved, and paint time per frame.

#include <QString>

namespace wfs {

class GraphScene;
class GraphView;

struct LiveFigures
{
    double seconds = -1;   // `wfs output` started .. its card placed and the view painted
    double maxMovePx = -1; // the largest move of an existing card on screen, in view pixels
};

// Starts a task with `wfs task start` (waits for its card), then times `wfs output file`.
LiveFigures measureLiveUpdate(const QString &wfs, const QString &wsDir, GraphScene &scene, GraphView &view);

struct PaintFigures
{
    double fitAllMs = 0;  // the whole graph in the view
    double actualMs = 0;  // 100 % zoom, in the middle of the graph
};

// Median time of one viewport paint (after a first, cache-filling one) at both zooms.
PaintFigures measurePaint(GraphScene &scene, GraphView &view);

} // namespace wfs
