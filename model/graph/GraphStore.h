#pragma once

#include "model/graph/Graph.h"

#include <memory>

namespace wfs {

class Workspace;
namespace db {
class Database;
class Statement;
}

// Who runs what this process starts: the user's account name and the machine's host name.
struct RunBy
{
    QString user;
    QString host;
    static RunBy current();
};

// A card recorded in another workspace, as `wfs pull` brings it. `origin` names it for good
// ("WORKSPACE/ID" where it was recorded): its local id is this workspace's own.
struct ImportedNode
{
    QString origin;
    NodeKind kind = NodeKind::File;
    QString title;
    QString path;
    QString url;
    CardSettings settings;
    qint64 createdMs = 0;
    std::optional<TaskState> task;
};

// A pulled version of a pulled project: its content stays on the remote until restored.
struct ImportedVersion
{
    NodeId project = 0;
    QString title;
    QString description;
    qint64 createdMs = 0;
    qint64 files = 0;
    qint64 bytes = 0;
    QString remote; // the remote's name
    QString record; // the version's record there
};

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

    // Pulled cards (GraphImport.cpp): created on the first pull, brought up to date by later ones.
    NodeId importNode(const ImportedNode &node);
    std::optional<NodeId> findOrigin(const QString &origin);
    // A version row for a pulled version card; numbered by renumberVersions().
    void importVersion(NodeId node, const ImportedVersion &version);
    // Numbers a project's versions 1, 2, ... in the order given.
    void renumberVersions(NodeId project, const std::vector<NodeId> &ordered);
    // The remote and record of a pulled version, if it is one.
    std::optional<std::pair<QString, QString>> remoteVersion(NodeId version);

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
