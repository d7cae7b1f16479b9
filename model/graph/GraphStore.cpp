#include "model/graph/GraphStore.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>
#include <QSysInfo>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace wfs {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr const char *nodeColumns =
    "SELECT n.id, n.kind, n.key, n.title, n.path, n.url, n.settings,"
    " t.status, t.app, t.grp, t.started, t.finished, t.exit_code, t.log_path,"
    " v.project_id, v.number, t.run_user, t.run_host"
    " FROM nodes n LEFT JOIN tasks t ON t.node_id = n.id LEFT JOIN versions v ON v.node_id = n.id";

Node readNode(const db::Statement &st)
{
    Node n;
    n.id = st.int64(0);
    n.kind = kindFromName(st.text(1)).value_or(NodeKind::File);
    n.key = st.text(2);
    n.title = st.text(3);
    n.path = st.text(4);
    n.url = st.text(5);
    n.settings = CardSettings::fromStored(st.text(6));
    if (!st.isNull(7)) {
        TaskState t;
        t.status = statusFromName(st.text(7)).value_or(TaskStatus::Running);
        t.app = st.text(8);
        t.group = st.text(9);
        t.startedMs = st.int64(10);
        t.finishedMs = st.int64(11);
        if (!st.isNull(12))
            t.exitCode = int(st.int64(12));
        t.logPath = st.text(13);
        t.user = st.text(16);
        t.host = st.text(17);
        n.task = t;
    }
    if (!st.isNull(14)) {
        n.projectId = st.int64(14);
        n.versionNumber = int(st.int64(15));
    }
    return n;
}
} // namespace

RunBy RunBy::current()
{
    // The account's name from the password database (what `id -un` says), $USER when it has none.
    static const RunBy by = [] {
        RunBy r;
        if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
            r.user = QString::fromLocal8Bit(pw->pw_name);
        if (r.user.isEmpty())
            r.user = qEnvironmentVariable("USER");
        r.host = QSysInfo::machineHostName();
        return r;
    }();
    return by;
}

GraphStore::GraphStore(Workspace &workspace) : m_ws(workspace), m_db(workspace.db()) {}

GraphStore::~GraphStore() = default;

db::Statement &GraphStore::cached(std::unique_ptr<db::Statement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<db::Statement>(m_db, sql);
    return *slot;
}

NodeId GraphStore::insertTask(const QString &title, const QString &app, const QString &group, TaskStatus status)
{
    db::Transaction tx(m_db);
    const qint64 now = nowMs();
    db::Statement node(m_db, "INSERT INTO nodes(kind, key, title, created) VALUES('task', ?, ?, ?)");
    node.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, title).bind(3, now).exec();
    const NodeId id = m_db.lastInsertId();
    db::Statement task(m_db, "INSERT INTO tasks(node_id, status, app, grp, started, run_user, run_host) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?)");
    task.bind(1, id).bind(2, statusName(status)).bindOptional(3, app).bindOptional(4, group);
    // A pending task has not started: no start time, so no duration on its card, and no one ran it yet.
    if (status == TaskStatus::Pending) {
        task.bindNull(5).bindNull(6).bindNull(7);
    } else {
        const RunBy by = RunBy::current();
        task.bind(5, now).bind(6, by.user).bind(7, by.host);
    }
    task.exec();
    tx.commit();
    return id;
}

void GraphStore::resetTask(NodeId task, TaskStatus status)
{
    db::Statement st(m_db, "UPDATE tasks SET status = ?, started = ?, finished = NULL, exit_code = NULL, "
                           "run_user = ?, run_host = ? WHERE node_id = ?");
    st.bind(1, statusName(status));
    if (status == TaskStatus::Pending) {
        st.bindNull(2).bindNull(3).bindNull(4);
    } else {
        const RunBy by = RunBy::current();
        st.bind(2, nowMs()).bind(3, by.user).bind(4, by.host);
    }
    st.bind(5, task).exec();
}

void GraphStore::finishTask(NodeId task, TaskStatus status, std::optional<int> exitCode)
{
    db::Transaction tx(m_db);
    db::Statement st(m_db, "UPDATE tasks SET status = ?, finished = ?, exit_code = ? WHERE node_id = ?");
    st.bind(1, statusName(status)).bind(2, nowMs());
    if (exitCode)
        st.bind(3, *exitCode);
    else
        st.bindNull(3);
    st.bind(4, task).exec();
    tx.commit();
}

void GraphStore::setTaskLog(NodeId task, const QString &logPath)
{
    db::Transaction tx(m_db);
    db::Statement st(m_db, "UPDATE tasks SET log_path = ? WHERE node_id = ?");
    st.bind(1, logPath).bind(2, task).exec();
    tx.commit();
}

std::optional<NodeId> GraphStore::findNode(NodeKind kind, const QString &key)
{
    db::Statement &st = cached(m_findNode, "SELECT id FROM nodes WHERE kind = ? AND key = ?");
    st.bind(1, kindName(kind)).bind(2, key);
    std::optional<NodeId> id;
    if (st.step())
        id = st.int64(0);
    st.reset();
    return id;
}

NodeId GraphStore::ensureNode(NodeKind kind, const QString &key, const QString &title,
                              const QString &path, const QString &url)
{
    db::Transaction tx(m_db);
    db::Statement &ins = cached(m_insertNode,
                                "INSERT OR IGNORE INTO nodes(kind, key, title, path, url, created) "
                                "VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind(1, kindName(kind)).bind(2, key).bind(3, title).bindOptional(4, path).bindOptional(5, url);
    ins.bind(6, nowMs()).exec();
    const NodeId id = m_db.changes() > 0 ? m_db.lastInsertId() : findNode(kind, key).value_or(0);
    tx.commit();
    return id;
}

void GraphStore::setKind(NodeId id, NodeKind kind)
{
    db::Transaction tx(m_db);
    db::Statement st(m_db, "UPDATE nodes SET kind = ? WHERE id = ?");
    st.bind(1, kindName(kind)).bind(2, id).exec();
    tx.commit();
}

void GraphStore::setTitleAndUrl(NodeId id, const QString &title, const QString &url)
{
    db::Transaction tx(m_db);
    db::Statement st(m_db, "UPDATE nodes SET title = ?, url = ? WHERE id = ?");
    st.bind(1, title).bindOptional(2, url).bind(3, id).exec();
    tx.commit();
}

void GraphStore::setSettings(NodeId id, const CardSettings &settings)
{
    db::Transaction tx(m_db);
    db::Statement st(m_db, "UPDATE nodes SET settings = ? WHERE id = ?");
    st.bind(1, settings.toStored()).bind(2, id).exec();
    tx.commit();
}

bool GraphStore::addEdge(NodeId from, NodeId to)
{
    db::Transaction tx(m_db);
    db::Statement &st = cached(m_insertEdge,
                               "INSERT OR IGNORE INTO edges(src, dst, created) VALUES(?, ?, ?)");
    st.bind(1, from).bind(2, to).bind(3, nowMs()).exec();
    const bool added = m_db.changes() > 0;
    tx.commit();
    return added;
}

std::optional<Node> GraphStore::node(NodeId id)
{
    // Prepared once: recording checks its task this way several times per call.
    static const QByteArray sql = QByteArray(nodeColumns) + " WHERE n.id = ?";
    db::Statement &st = cached(m_nodeById, sql.constData());
    st.reset(); // a step that threw last time left it mid-way
    st.bind(1, id);
    std::optional<Node> node;
    if (st.step())
        node = readNode(st);
    st.reset();
    return node;
}

std::optional<NodeId> GraphStore::versionByNumber(NodeId project, int number)
{
    db::Statement st(m_db, "SELECT node_id FROM versions WHERE project_id = ? AND number = ?");
    st.bind(1, project).bind(2, number);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

GraphSnapshot GraphStore::snapshot()
{
    GraphSnapshot g;
    // One read transaction, so nodes and edges come from the same moment.
    m_db.exec("BEGIN");
    try {
        const QByteArray sql = QByteArray(nodeColumns) + " ORDER BY n.id";
        db::Statement nodes(m_db, sql.constData());
        while (nodes.step())
            g.nodes.push_back(readNode(nodes));
        db::Statement edges(m_db, "SELECT src, dst FROM edges ORDER BY id");
        while (edges.step())
            g.edges.push_back({edges.int64(0), edges.int64(1)});
    } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
    }
    m_db.exec("COMMIT");
    return g;
}

qint64 GraphStore::nodeCount()
{
    db::Statement st(m_db, "SELECT count(*) FROM nodes");
    return st.step() ? st.int64(0) : 0;
}

qint64 GraphStore::edgeCount()
{
    db::Statement st(m_db, "SELECT count(*) FROM edges");
    return st.step() ? st.int64(0) : 0;
}

} // namespace wfs
