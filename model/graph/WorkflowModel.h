#pragma once

#include "model/graph/BakeGroups.h"
#include "model/graph/Graph.h"
#include "model/workspace/ReadGate.h"
#include "model/workspace/WorkspaceReader.h"
#include "model/workspace/WorkspaceWriter.h"

#include <QObject>
#include <functional>
#include <memory>
#include <unordered_map>

namespace wfs {

class Workspace;

// The graph as the GUI sees it: the current scope's cards and edges, kept in step with the
// workspace. It never runs SQL on its own thread: a WorkspaceReader reads the workspace whenever
// anything committed to it (the `wfs` command line, pipelines, our own writes) and hands over
// plain values, and edits go to a WorkspaceWriter. An edit is shown at once and stays shown
// while it waits for another process's lock.
class WorkflowModel : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowModel(Workspace &workspace, QObject *parent = nullptr);
    ~WorkflowModel() override;

    // For its folders; its connection is not for the GUI thread.
    Workspace &workspace() { return m_workspace; }
    WorkspaceReader &reader() { return *m_reader; }
    WorkspaceWriter &writer() { return *m_writer; }

    // False until the first read of the workspace arrived (loaded() then).
    bool isLoaded() const { return m_loaded; }
    const GraphSnapshot &graph() const { return m_graph; }
    const Node *node(NodeId id) const { return m_graph.find(id); }
    // Every project and task of the workspace, whatever the scope (for the scope tree).
    const std::vector<Node> &projectsAndTasks() const { return m_index; }
    // Any node of the workspace, whatever the scope.
    const Node *anyNode(NodeId id) const { return m_all.find(id); }

    const Scope &scope() const { return m_scope; }
    void setScope(const Scope &scope);

    // Shows a card's new settings at once (nodeChanged) and writes them off this thread
    // (undo commands go through here).
    void setSettings(NodeId id, const CardSettings &settings);
    // Registers a dropped path as a project (folder) or file card; `done` gets its id and
    // whether the workspace had no card for it before, once written.
    void addPath(const QString &path, std::function<void(NodeId id, bool added)> done);

    // Finished bakes shown as one card each (in the current scope), in unit order.
    const std::vector<BakeGroup> &collapsedGroups() const { return m_collapsed; }
    // Expands or collapses a bake's group at once (groupsChanged) and remembers the choice in
    // the workspace. A running bake stays expanded whatever the choice.
    void setGroupExpanded(const QString &unit, bool expanded);

    // Reads the workspace again (the reader also does on every commit it notices).
    void reload();
    void setPollInterval(int ms);

signals:
    void loaded();
    void nodeAdded(wfs::NodeId id);
    void nodeRemoved(wfs::NodeId id);
    void nodeChanged(wfs::NodeId id);
    void edgesChanged();
    void scopeChanged();
    void indexChanged();
    // collapsedGroups() changed: which groups, their tasks or their statuses.
    void groupsChanged();
    void errorOccurred(const QString &message);

private:
    // An edit written or being written, shown over what the reader reads until a read that
    // started after the write has arrived.
    struct PendingEdit
    {
        CardSettings settings;
        quint64 write = 0;
        quint64 clearedByRead = 0; // 0 while the write is under way
    };

    struct Read
    {
        GraphSnapshot graph;
        GroupStates groups;
    };
    struct PendingGroup
    {
        bool expanded = false;
        quint64 write = 0;
        quint64 clearedByRead = 0;
    };

    void startRead();
    void onRead(quint64 read, Read all);
    void onGroupWritten(const QString &unit, quint64 write, const QString &error);
    void updateGroups();
    void show(GraphSnapshot all);
    void onWritten(NodeId id, quint64 write, const QString &error);

    Workspace &m_workspace;
    std::unique_ptr<WorkspaceReader> m_reader;
    std::unique_ptr<WorkspaceWriter> m_writer;
    bool m_loaded = false;
    Scope m_scope;
    GraphSnapshot m_all;
    GraphSnapshot m_graph;
    std::vector<Node> m_index;
    std::unordered_map<NodeId, PendingEdit> m_pending;
    GroupStates m_groupStates;
    std::map<QString, PendingGroup> m_pendingGroups;
    std::vector<BakeGroup> m_collapsed;
    quint64 m_writes = 0;
    quint64 m_reads = 0; // reads started
    ReadGate m_gate;
};

} // namespace wfs
