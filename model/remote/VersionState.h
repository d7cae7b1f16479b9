#pragma once

#include "model/graph/NodeKind.h"

#include <QString>
#include <map>

namespace wfs {
class GraphStore;
}

namespace wfs::remote {

// Where each version of `project` is, as the Versions panel shows it: only in this workspace,
// also on the remotes it was pushed to, or pulled from a remote with its content not here yet.
std::map<NodeId, QString> versionStates(GraphStore &graph, NodeId project);

} // namespace wfs::remote
