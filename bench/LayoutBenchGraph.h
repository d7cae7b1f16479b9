#pragma once

// bench_layout's fixed inputs: a recorded workflow of a given size, always the same for the same
// size, and the graph the scene asked Graphviz for, as DOT (plain or with our settings).

#include "model/layout/LayoutTypes.h"

#include <QString>

namespace wfs {

class GraphScene;
class WorkflowModel;

struct Generated
{
    LayoutRequest request; // what the scene asked Graphviz for: measured card sizes, edges, groups
    int tasks = 0;
    int groups = 0;
    double generateSeconds = 0;
};

Generated generate(const QString &wsDir, const QString &dataDir, int cards);
// The request GraphScene builds, rebuilt from the scene: for the DOT files.
LayoutRequest requestOf(GraphScene &scene, WorkflowModel &model);
// The graph as DOT: the scene's card sizes and groups; `tuned` adds GraphvizLayout's settings.
QByteArray toDot(const LayoutRequest &r, bool tuned);

} // namespace wfs
