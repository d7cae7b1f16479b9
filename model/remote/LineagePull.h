#pragma once

#include "model/remote/RemoteContent.h"
#include "model/versions/Versions.h"

namespace wfs {
class GraphStore;
}

namespace wfs::remote {

// Brings the lineage other workspaces pushed into this one: their cards, relations, task logs
// and version lists (not version content, fetched when a version is restored). Everything is
// written through GraphStore's import calls in one transaction, so a pull that fails or is
// killed leaves the graph as it was; pulling again reads only batches it has not read.
//
// Customisations: a card keeps the newest by (time, workspace uid), whatever the order of pulls.
// Version numbers: the versions of a pulled project are numbered 1, 2, ... in the order of
// (creation time, uid), over every version of it pulled so far; the same on every machine.
class LineagePull
{
public:
    struct Report
    {
        int batches = 0;
        int cards = 0;
        int relations = 0;
        int versions = 0;
        int logs = 0;
        int bakes = 0;
        int customisations = 0; // applied: newer than the card's own

    };

    LineagePull(GraphStore &graph, RemoteStore &remote) : m_graph(graph), m_remote(remote) {}
    Report pull(const Progress &progress = {});

private:
    GraphStore &m_graph;
    RemoteStore &m_remote;
};

} // namespace wfs::remote
