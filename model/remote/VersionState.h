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
// With `remote`, as to that remote only: on it, or not (when it is elsewhere or only here).
std::map<NodeId, QString> versionStates(GraphStore &graph, NodeId project, const QString &remote = {});

} // namespace wfs::remote
