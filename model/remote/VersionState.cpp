#include "model/remote/VersionState.h"

#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};
} // namespace

std::map<NodeId, QString> versionStates(GraphStore &graph, NodeId project)
{
    db::Database &db = graph.workspace().db();
    std::map<NodeId, QStringList> pushed;
    std::map<NodeId, QString> out;
    db::Statement st(db, "SELECT v.node_id, r.remote, s.remote FROM versions v "
                         "LEFT JOIN remote_versions r ON r.node_id = v.node_id "
                         "LEFT JOIN remote_sent s ON s.item = 'v:' || v.node_id "
                         "WHERE v.project_id = ? ORDER BY v.node_id, s.remote");
    st.bind(1, project);
    while (st.step()) {
        const NodeId id = st.int64(0);
        if (!st.isNull(1))
            out[id] = Text::tr("on %1, content not here yet").arg(st.text(1));
        else if (!st.isNull(2))
            pushed[id] << st.text(2);
        else
            out[id] = Text::tr("only here");
    }
    for (const auto &[id, remotes] : pushed)
        out[id] = Text::tr("on %1").arg(remotes.join(QStringLiteral(", ")));
    return out;
}

} // namespace wfs::remote
