#pragma once

#include "model/graph/Graph.h"

#include <QJsonObject>

namespace wfs {

// {"nodes":[{"id","kind","title","path","settings",...}],"edges":[{"from","to"}]}
QJsonObject graphToJson(const GraphSnapshot &graph);
QJsonObject nodeToJson(const Node &node);

} // namespace wfs
