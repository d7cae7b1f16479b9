#pragma once

#include "model/remote/RemoteContent.h"

namespace wfs {
class GraphStore;
}

namespace wfs::remote {

// Sends the lineage recorded in this workspace that the remote has not had from it: the logs
// of finished tasks first (as content, by SHA-256), then one batch of the cards, relations,
// customisations and bakes that are new or changed since the last push (Lineage.h). The workspace remembers a digest of
// each row sent, only once the batch is on the remote; pushing with nothing new sends nothing.
class LineagePush
{
public:
    struct Report
    {
        int cards = 0;
        int relations = 0;
        int logs = 0;
        int customisations = 0; // of cards pulled from teammates
        int bakes = 0;
        QString batch; // its key, empty when nothing was new
    };

    LineagePush(GraphStore &graph, RemoteStore &remote) : m_graph(graph), m_remote(remote) {}
    Report push();

private:
    GraphStore &m_graph;
    RemoteStore &m_remote;
};

} // namespace wfs::remote
