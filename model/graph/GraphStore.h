#pragma once

#include "model/graph/Graph.h"

#include <memory>

namespace wfs {

class Workspace;
namespace db {
class Database;
class Statement;
}

// The SQL behind the workflow graph. Each write runs in a transaction of its own unless the
// caller holds one (db::Transaction nests), so batches commit once.
class GraphStore
{
public:
    explicit GraphStore(Workspace &workspace);
    ~GraphStore();

    Workspace &workspace() { return m_ws; }

    NodeId insertTask(const QString &title, const QString &app, const QString &group,
                      TaskStatus status = TaskStatus::Running);
    // A pipeline task back to pending (no start), or running from now; no end, no exit code.
    void resetTask(NodeId task, TaskStatus status);
    void finishTask(NodeId task, TaskStatus status, std::optional<int> exitCode);
    void setTaskLog(NodeId task, const QString &logPath);

    // Finds the node of (kind, key) or creates it with `title`, `path` and `url`.
    NodeId ensureNode(NodeKind kind, const QString &key, const QString &title,
                      const QString &path = {}, const QString &url = {});
    std::optional<NodeId> findNode(NodeKind kind, const QString &key);
    void setKind(NodeId id, NodeKind kind);
    void setTitleAndUrl(NodeId id, const QString &title, const QString &url);
    void setSettings(NodeId id, const CardSettings &settings);

    // True when the edge is new; recording the same relation twice keeps one edge.
    bool addEdge(NodeId from, NodeId to);

    std::optional<Node> node(NodeId id);
    std::optional<NodeId> versionByNumber(NodeId project, int number);

    GraphSnapshot snapshot();
    GraphSnapshot snapshot(const Scope &scope) { return snapshot().filtered(scope); }

    qint64 nodeCount();
    qint64 edgeCount();

private:
    db::Statement &cached(std::unique_ptr<db::Statement> &slot, const char *sql);

    Workspace &m_ws;
    db::Database &m_db;
    std::unique_ptr<db::Statement> m_insertNode, m_findNode, m_insertEdge, m_nodeById;
};

} // namespace wfs
