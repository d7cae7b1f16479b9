#include "model/remote/VersionState.h"

#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace wfs::remote {

std::map<NodeId, QString> versionStates(GraphStore &graph, NodeId project, const QString &remote)
{
    db::Database &db = graph.workspace().db();
    std::map<NodeId, QString> pulledFrom;
    std::map<NodeId, QStringList> pushed;
    std::map<NodeId, QString> out;
    db::Statement st(db, "SELECT v.node_id, r.remote, s.remote FROM versions v "
                         "LEFT JOIN remote_versions r ON r.node_id = v.node_id "
                         "LEFT JOIN remote_sent s ON s.item = 'v:' || v.node_id "
                         "WHERE v.project_id = ? ORDER BY v.node_id, s.remote");
    st.bind(1, project);
    while (st.step()) {
        const NodeId id = st.int64(0);
        out[id] = Text::tr("only here");
        if (!st.isNull(1))
            pulledFrom[id] = st.text(1);
        else if (!st.isNull(2))
            pushed[id] << st.text(2);
    }
    for (auto &[id, state] : out) {
        const auto from = pulledFrom.find(id);
        const QStringList on = from != pulledFrom.end() ? QStringList{from->second} : pushed[id];
        if (!remote.isEmpty() && !on.contains(remote))
            state = Text::tr("not on %1").arg(remote); // as to the remote chosen
        else if (from != pulledFrom.end())
            state = Text::tr("on %1, content not here yet").arg(from->second);
        else if (!on.isEmpty())
            state = Text::tr("on %1").arg(remote.isEmpty() ? on.join(QStringLiteral(", ")) : remote);
    }
    return out;
}

} // namespace wfs::remote
