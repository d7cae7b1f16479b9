#include "model/graph/WorkflowModel.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceReader.h"
#include "model/workspace/WorkspaceWriter.h"

#include <QFileInfo>

namespace wfs {

namespace {

bool sameNode(const Node &a, const Node &b)
{
    const bool sameTask = a.task.has_value() == b.task.has_value()
                          && (!a.task || (a.task->status == b.task->status && a.task->finishedMs == b.task->finishedMs
                                          && a.task->app == b.task->app && a.task->group == b.task->group
                                          && a.task->logPath == b.task->logPath));
    return a.kind == b.kind && a.title == b.title && a.path == b.path && a.url == b.url
           && a.settings == b.settings && sameTask && a.versionNumber == b.versionNumber;
}

Node *findIn(GraphSnapshot &graph, NodeId id)
{
    return const_cast<Node *>(std::as_const(graph).find(id));
}

// Edits shown over what the reader reads (card settings, group states): `show` lays each one
// over a read that may not see it yet; one that a read started after its write sees is done.
template <typename Pending, typename Show>
void overRead(Pending &pending, quint64 read, Show show)
{
    for (auto it = pending.begin(); it != pending.end();) {
        if (it->second.clearedByRead != 0 && read >= it->second.clearedByRead) {
            it = pending.erase(it);
            continue;
        }
        show(it->first, it->second);
        ++it;
    }
}

// An edit's write ended: a failed one is dropped, a written one stays shown until the next read
// to start. False when a later edit of the same thing is still to come.
template <typename Pending, typename Key>
bool writeEnded(Pending &pending, const Key &key, quint64 write, const QString &error, quint64 nextRead)
{
    const auto it = pending.find(key);
    if (it == pending.end() || it->second.write != write)
        return false;
    if (!error.isEmpty())
        pending.erase(it);
    else
        it->second.clearedByRead = nextRead;
    return true;
}

} // namespace

WorkflowModel::WorkflowModel(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_reader(std::make_unique<WorkspaceReader>(workspace.dir())),
      m_writer(std::make_unique<WorkspaceWriter>(workspace.dir()))
{
    // The reader reports a change once at the start, so the first read follows whatever else
    // was asked of the reader first (the layout cache's entries).
    connect(m_reader.get(), &WorkspaceReader::changed, this, &WorkflowModel::reload);
    connect(m_reader.get(), &WorkspaceThread::failed, this, &WorkflowModel::errorOccurred);
    connect(m_writer.get(), &WorkspaceThread::failed, this, &WorkflowModel::errorOccurred);
}

WorkflowModel::~WorkflowModel() = default;

void WorkflowModel::setPollInterval(int ms)
{
    m_reader->setPollInterval(ms);
}

void WorkflowModel::reload()
{
    if (m_gate.request())
        startRead();
}

void WorkflowModel::startRead()
{
    const quint64 read = ++m_reads;
    m_reader->run(
        this, [](Workspace &ws) { return Read{GraphStore(ws).snapshot(), readGroupStates(ws)}; },
        [this, read](const Read &all) { onRead(read, all); },
        [this](const QString &message) {
            emit errorOccurred(message);
            if (m_gate.finish())
                startRead();
        });
}

void WorkflowModel::onRead(quint64 read, Read all)
{
    overRead(m_pending, read, [&](NodeId id, const PendingEdit &edit) {
        if (Node *n = findIn(all.graph, id))
            n->settings = edit.settings;
    });
    overRead(m_pendingGroups, read, [&](const QString &unit, const PendingGroup &group) { all.groups[unit] = group.expanded; });
    m_groupStates = std::move(all.groups);
    show(std::move(all.graph));
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    }
    if (m_gate.finish())
        startRead();
}

void WorkflowModel::setScope(const Scope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    show(m_all);
    emit scopeChanged();
}

// Emits what differs between what is shown and `all` (the whole workspace).
void WorkflowModel::show(GraphSnapshot all)
{
    std::vector<Node> index;
    for (const Node &n : all.nodes) {
        if (n.kind == NodeKind::Project || n.kind == NodeKind::Task)
            index.push_back(n);
    }
    const bool indexChanged = index.size() != m_index.size()
                              || !std::equal(index.begin(), index.end(), m_index.begin(),
                                             [](const Node &a, const Node &b) { return a.id == b.id && sameNode(a, b); });
    m_index = std::move(index);

    GraphSnapshot previous = std::move(m_graph);
    m_graph = all.filtered(m_scope);
    m_all = std::move(all);

    for (const Node &n : previous.nodes) {
        if (!m_graph.find(n.id))
            emit nodeRemoved(n.id);
    }
    for (const Node &n : m_graph.nodes) {
        const Node *old = previous.find(n.id);
        if (!old)
            emit nodeAdded(n.id);
        else if (!sameNode(*old, n))
            emit nodeChanged(n.id);
    }
    if (previous.edges != m_graph.edges)
        emit edgesChanged();
    if (indexChanged)
        emit this->indexChanged();
    updateGroups();
}

void WorkflowModel::updateGroups()
{
    std::vector<BakeGroup> collapsed = wfs::collapsedGroups(m_graph, m_groupStates);
    if (collapsed == m_collapsed)
        return;
    m_collapsed = std::move(collapsed);
    emit groupsChanged();
}

void WorkflowModel::setGroupExpanded(const QString &unit, bool expanded)
{
    const quint64 write = ++m_writes;
    m_pendingGroups[unit] = PendingGroup{expanded, write, 0};
    m_writer->post(
        this,
        [this, unit, expanded, write](Workspace &ws) -> WorkspaceThread::Continuation {
            writeGroupState(ws, unit, expanded);
            return [this, unit, write] { onGroupWritten(unit, write, QString()); };
        },
        [this, unit, write](const QString &message) { onGroupWritten(unit, write, message); });
    m_groupStates[unit] = expanded;
    updateGroups();
}

void WorkflowModel::onGroupWritten(const QString &unit, quint64 write, const QString &error)
{
    if (!writeEnded(m_pendingGroups, unit, write, error, m_reads + 1))
        return;
    if (!error.isEmpty())
        emit errorOccurred(error);
    reload();
}

void WorkflowModel::setSettings(NodeId id, const CardSettings &settings)
{
    const Node *shown = m_all.find(id);
    try {
        if (!shown)
            throw Error(tr("Card %1 no longer exists").arg(id));
        settings.validate(tr("card settings"), shown->kind);
    } catch (const Error &e) {
        emit errorOccurred(e.message());
        return;
    }
    const quint64 write = ++m_writes;
    m_pending[id] = PendingEdit{settings, write, 0};
    m_writer->post(
        this,
        [this, id, settings, write](Workspace &ws) -> WorkspaceThread::Continuation {
            GraphStore store(ws);
            if (!store.node(id))
                throw Error(tr("Card %1 no longer exists").arg(id));
            store.setSettings(id, settings);
            return [this, id, write] { onWritten(id, write, QString()); };
        },
        [this, id, write](const QString &message) { onWritten(id, write, message); });

    // Shown at once: one card changed, no need to read the graph again for it.
    if (Node *n = findIn(m_all, id))
        n->settings = settings;
    if (Node *n = findIn(m_graph, id)) {
        n->settings = settings;
        emit nodeChanged(id);
    }
    for (Node &n : m_index) {
        if (n.id == id) {
            n.settings = settings;
            emit indexChanged();
        }
    }
}

void WorkflowModel::onWritten(NodeId id, quint64 write, const QString &error)
{
    if (!writeEnded(m_pending, id, write, error, m_reads + 1))
        return;
    if (!error.isEmpty())
        emit errorOccurred(error);
    reload();
}

void WorkflowModel::addPath(const QString &path, std::function<void(NodeId, bool)> done)
{
    const NodeKind kind = QFileInfo(path).isDir() ? NodeKind::Project : NodeKind::File;
    m_writer->run(
        this,
        [kind, path](Workspace &ws) {
            GraphStore store(ws);
            const qint64 before = store.nodeCount();
            const NodeId id = Recorder(store).registerPath(kind, path);
            return std::make_pair(id, store.nodeCount() > before);
        },
        [this, done](const std::pair<NodeId, bool> &result) {
            done(result.first, result.second);
            reload();
        },
        [this](const QString &message) { emit errorOccurred(message); });
}

} // namespace wfs
