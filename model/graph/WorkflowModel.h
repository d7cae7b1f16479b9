#pragma once

#include "graph/Graph.h"
#include "graph/GraphStore.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace wfs {

class Workspace;
class Recorder;

// The graph as the GUI sees it: the current scope's cards and edges, kept in step with the
// workspace. Changes made here emit signals at once; changes other processes commit (the `wfs`
// command line, pipelines) are noticed by polling SQLite's data_version and emitted the same way.
class WorkflowModel : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowModel(Workspace &workspace, QObject *parent = nullptr);
    ~WorkflowModel() override;

    Workspace &workspace() { return m_workspace; }
    GraphStore &store() { return m_store; }
    Recorder &recorder() { return *m_recorder; }

    const GraphSnapshot &graph() const { return m_graph; }
    const Node *node(NodeId id) const { return m_graph.find(id); }
    // Every project and task of the workspace, whatever the scope (for the scope tree).
    const std::vector<Node> &projectsAndTasks() const { return m_index; }

    const Scope &scope() const { return m_scope; }
    void setScope(const Scope &scope);

    // Writes a card's settings and emits nodeChanged (undo commands go through here).
    void setSettings(NodeId id, const CardSettings &settings);
    // Registers a dropped path as a project (folder) or file card; returns its id and whether
    // the workspace had no card for it before.
    std::pair<NodeId, bool> addPath(const QString &path);

    // Re-reads the workspace and emits what changed; returns true when anything did.
    bool reload();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

signals:
    void nodeAdded(wfs::NodeId id);
    void nodeRemoved(wfs::NodeId id);
    void nodeChanged(wfs::NodeId id);
    void edgesChanged();
    void scopeChanged();
    void indexChanged();
    void errorOccurred(const QString &message);

private:
    void poll();
    qint64 dataVersion();

    Workspace &m_workspace;
    GraphStore m_store;
    std::unique_ptr<Recorder> m_recorder;
    Scope m_scope;
    GraphSnapshot m_graph;
    std::vector<Node> m_index;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace wfs
