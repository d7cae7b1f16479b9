#include "graph/WorkflowModel.h"

#include "core/Error.h"
#include "db/Sqlite.h"
#include "recording/Recorder.h"
#include "workspace/Workspace.h"

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

} // namespace

WorkflowModel::WorkflowModel(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_store(workspace),
      m_recorder(std::make_unique<Recorder>(m_store))
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &WorkflowModel::poll);
    m_poll.start();
    reload();
}

WorkflowModel::~WorkflowModel() = default;

qint64 WorkflowModel::dataVersion()
{
    db::Statement st(m_workspace.db(), "PRAGMA data_version");
    return st.step() ? st.int64(0) : 0;
}

void WorkflowModel::poll()
{
    try {
        const qint64 version = dataVersion();
        if (version != m_dataVersion)
            reload();
    } catch (const Error &e) {
        emit errorOccurred(e.message());
    }
}

void WorkflowModel::setScope(const Scope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
    emit scopeChanged();
}

bool WorkflowModel::reload()
{
    GraphSnapshot all;
    try {
        m_dataVersion = dataVersion();
        all = m_store.snapshot();
    } catch (const Error &e) {
        emit errorOccurred(e.message());
        return false;
    }

    std::vector<Node> index;
    for (const Node &n : all.nodes) {
        if (n.kind == NodeKind::Project || n.kind == NodeKind::Task)
            index.push_back(n);
    }
    const bool indexChanged = index.size() != m_index.size()
                              || !std::equal(index.begin(), index.end(), m_index.begin(),
                                             [](const Node &a, const Node &b) { return a.id == b.id && sameNode(a, b); });
    m_index = std::move(index);

    GraphSnapshot next = all.filtered(m_scope);
    GraphSnapshot previous = std::move(m_graph);
    m_graph = std::move(next);

    bool changed = false;
    for (const Node &n : previous.nodes) {
        if (!m_graph.find(n.id)) {
            emit nodeRemoved(n.id);
            changed = true;
        }
    }
    for (const Node &n : m_graph.nodes) {
        const Node *old = previous.find(n.id);
        if (!old) {
            emit nodeAdded(n.id);
            changed = true;
        } else if (!sameNode(*old, n)) {
            emit nodeChanged(n.id);
            changed = true;
        }
    }
    if (previous.edges != m_graph.edges) {
        emit edgesChanged();
        changed = true;
    }
    if (indexChanged)
        emit this->indexChanged();
    return changed;
}

void WorkflowModel::setSettings(NodeId id, const CardSettings &settings)
{
    try {
        const std::optional<Node> node = m_store.node(id);
        if (!node)
            throw Error(tr("Card %1 no longer exists").arg(id));
        settings.validate(tr("card settings"), node->kind);
        m_store.setSettings(id, settings);
    } catch (const Error &e) {
        emit errorOccurred(e.message());
        return;
    }
    // Our own commit does not move data_version, and one card changed: update it alone rather
    // than re-reading the graph on every keystroke.
    const auto it = std::lower_bound(m_graph.nodes.begin(), m_graph.nodes.end(), id,
                                     [](const Node &n, NodeId v) { return n.id < v; });
    if (it != m_graph.nodes.end() && it->id == id) {
        it->settings = settings;
        emit nodeChanged(id);
    }
    for (Node &n : m_index) {
        if (n.id == id) {
            n.settings = settings;
            emit indexChanged();
        }
    }
}

std::pair<NodeId, bool> WorkflowModel::addPath(const QString &path)
{
    const QFileInfo info(path);
    const qint64 before = m_store.nodeCount();
    const NodeId id = m_recorder->registerPath(info.isDir() ? NodeKind::Project : NodeKind::File, path);
    const bool added = m_store.nodeCount() > before;
    reload();
    return {id, added};
}

} // namespace wfs
