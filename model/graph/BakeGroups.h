#pragma once

#include "model/graph/Graph.h"

#include <array>
#include <map>
#include <vector>

namespace wfs {

class Workspace;

// A bake's task cards as one group (issue 15): once the bake has finished they are shown as one
// card that summarises their statuses, until the user expands them; a running bake stays
// expanded. Which groups the user expanded or collapsed is kept in the workspace (group_view).
struct BakeGroup
{
    QString unit;    // "bake 12": what the user's choice is remembered by
    QString title;   // the bake's group, as its task cards name it ("bake 12 · Train")
    NodeId card = 0; // the collapsed card's id in scenes and layouts: negative, never a node's
    std::vector<NodeId> tasks; // in id order
    std::array<int, 7> counts{}; // tasks per TaskStatus, indexed by its value

    int count(TaskStatus status) const { return counts[std::size_t(status)]; }
    bool isRunning() const;
    bool operator==(const BakeGroup &) const = default;
};

// unit -> expanded, as the user left each group.
using GroupStates = std::map<QString, bool>;

// "bake N" for the group names a bake gives its tasks ("bake N · FLOW", "bake N · FLOW · CALL"),
// empty for any other group.
QString bakeUnit(const QString &group);
// The bake groups of `graph`, in unit order.
std::vector<BakeGroup> bakeGroups(const GraphSnapshot &graph);
// Those shown as one card: finished, and not expanded by the user.
std::vector<BakeGroup> collapsedGroups(const GraphSnapshot &graph, const GroupStates &states);

GroupStates readGroupStates(Workspace &workspace);
void writeGroupState(Workspace &workspace, const QString &unit, bool expanded);

} // namespace wfs
