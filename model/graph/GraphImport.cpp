// What `wfs pull` writes: cards recorded in other workspaces, through the same store as every
// other recording. A pulled card's key is "remote:ORIGIN", so it never meets a local card of the
// same path (a teammate's /data/cats is not this machine's).
#include "model/graph/GraphStore.h"

#include "model/db/Sqlite.h"

namespace wfs {

std::optional<NodeId> GraphStore::findOrigin(const QString &origin)
{
    db::Statement &st = cached(m_findOrigin, "SELECT id FROM nodes WHERE origin = ?");
    st.reset();
    st.bind(1, origin);
    std::optional<NodeId> id;
    if (st.step())
        id = st.int64(0);
    st.reset();
    return id;
}

NodeId GraphStore::importNode(const ImportedNode &n)
{
    db::Transaction tx(m_db);
    std::optional<NodeId> id = findOrigin(n.origin);
    if (id) {
        // Its customisation is the newest by its stamp, which the caller compares (a teammate may
        // have edited it since).
        db::Statement &st = cached(m_updateNode, "UPDATE nodes SET kind = ?, title = ?, path = ?, url = ? WHERE id = ?");
        st.bind(1, kindName(n.kind)).bind(2, n.title).bindOptional(3, n.path).bindOptional(4, n.url);
        st.bind(5, *id).exec();
    } else {
        // Customised, until a stamp says otherwise, by the workspace it came from.
        db::Statement &st = cached(m_importNode, "INSERT INTO nodes(kind, key, title, path, url, settings, created, origin, settings_by) "
                                                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, substr(?8, 1, instr(?8, '/') - 1))");
        st.bind(1, kindName(n.kind)).bind(2, QStringLiteral("remote:") + n.origin).bind(3, n.title);
        st.bindOptional(4, n.path).bindOptional(5, n.url).bind(6, n.settings.toStored()).bind(7, n.createdMs);
        st.bind(8, n.origin).exec();
        id = m_db.lastInsertId();
    }
    if (n.task) {
        const TaskState &t = *n.task;
        db::Statement &st = cached(m_importTask, "INSERT OR REPLACE INTO tasks(node_id, status, app, grp, started, finished, "
                                                 "exit_code, log_path, run_user, run_host) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, *id).bind(2, statusName(t.status)).bindOptional(3, t.app).bindOptional(4, t.group);
        if (t.startedMs)
            st.bind(5, t.startedMs);
        else
            st.bindNull(5);
        if (t.finishedMs)
            st.bind(6, t.finishedMs);
        else
            st.bindNull(6);
        if (t.exitCode)
            st.bind(7, *t.exitCode);
        else
            st.bindNull(7);
        st.bindOptional(8, t.logPath).bindOptional(9, t.user).bindOptional(10, t.host).exec();
    }
    tx.commit();
    return *id;
}

void GraphStore::importVersion(NodeId node, const ImportedVersion &v)
{
    db::Transaction tx(m_db);
    // A number no version has (negative, unique by card) until renumberVersions() orders them.
    db::Statement st(m_db, "INSERT INTO versions(node_id, project_id, number, title, description, created, files, bytes) "
                           "VALUES(?1, ?2, -?1, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(node_id) DO UPDATE SET "
                           "title = ?3, description = ?4, files = ?6, bytes = ?7");
    st.bind(1, node).bind(2, v.project).bind(3, v.title).bind(4, v.description).bind(5, v.createdMs);
    st.bind(6, v.files).bind(7, v.bytes).exec();
    db::Statement remote(m_db, "INSERT OR REPLACE INTO remote_versions(node_id, remote, record) VALUES(?, ?, ?)");
    remote.bind(1, node).bind(2, v.remote).bind(3, v.record).exec();
    tx.commit();
}

void GraphStore::renumberVersions(NodeId project, const std::vector<NodeId> &ordered)
{
    db::Transaction tx(m_db);
    // Out of the way first (numbers are unique per project), then 1, 2, ...
    db::Statement away(m_db, "UPDATE versions SET number = -node_id WHERE project_id = ?");
    away.bind(1, project).exec();
    db::Statement st(m_db, "UPDATE versions SET number = ? WHERE node_id = ? AND project_id = ?");
    int number = 0;
    for (const NodeId id : ordered) {
        st.bind(1, ++number).bind(2, id).bind(3, project).exec();
    }
    tx.commit();
}

std::optional<std::pair<QString, QString>> GraphStore::remoteVersion(NodeId version)
{
    db::Statement st(m_db, "SELECT remote, record FROM remote_versions WHERE node_id = ?");
    st.bind(1, version);
    if (!st.step())
        return std::nullopt;
    return std::pair{st.text(0), st.text(1)};
}

} // namespace wfs
