#include "widgets/pipelines/PipelineDagScene.h"

#include "widgets/EdgeItem.h"

#include <QGraphicsSceneMouseEvent>

namespace wfs {

namespace {
// Same tasks, same needs, same titles: only statuses and times differ, no new layout needed.
bool sameShape(const std::vector<DagTask> &a, const std::vector<DagTask> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].needs != b[i].needs || a[i].title != b[i].title)
            return false;
    }
    return true;
}
} // namespace

PipelineDagScene::PipelineDagScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xf5f6f8));
    connect(&m_layout, &LayoutService::ready, this, &PipelineDagScene::applyLayout);
    connect(&m_layout, &LayoutService::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket != m_ticket)
            return;
        m_layoutPending = false;
        emit layoutFailed(message);
    });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &PipelineDagScene::tickRunning);
    m_clock.start();
}

PipelineDagScene::~PipelineDagScene() = default;

QList<TaskBoxItem *> PipelineDagScene::taskItems() const
{
    QList<TaskBoxItem *> list;
    for (const DagTask &t : m_tasks) {
        if (TaskBoxItem *i = m_items.value(t.id))
            list << i;
    }
    return list;
}

QList<EdgeItem *> PipelineDagScene::edgeItems() const
{
    return m_edges;
}

void PipelineDagScene::setTasks(const std::vector<DagTask> &tasks)
{
    if (sameShape(tasks, m_tasks) && !tasks.empty()) {
        m_tasks = tasks;
        for (const DagTask &t : tasks) {
            if (TaskBoxItem *i = m_items.value(t.id))
                i->setTask(t);
        }
        return;
    }
    const QString selected = selectedTask();
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_items);
    m_items.clear();
    m_tasks = tasks;
    for (const DagTask &t : tasks) {
        auto *item = new TaskBoxItem(t);
        item->setVisible(false); // until the layout places it
        addItem(item);
        m_items.insert(t.id, item);
    }
    m_reselect = selected; // hidden items cannot be selected: once they are placed
    relayout();
}

void PipelineDagScene::relayout()
{
    LayoutRequest request;
    QHash<QString, NodeId> ids;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        const NodeId id = NodeId(i + 1);
        ids.insert(m_tasks[i].id, id);
        request.nodes.push_back({id, TaskBoxItem::width, TaskBoxItem::height, {}});
    }
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        for (const QString &need : m_tasks[i].needs) {
            if (const NodeId from = ids.value(need))
                request.edges.push_back({from, NodeId(i + 1)});
        }
    }
    if (request.nodes.empty()) {
        ++m_ticket;
        m_layoutPending = false;
        setSceneRect(QRectF(0, 0, 400, 200));
        emit layoutApplied();
        return;
    }
    m_layoutPending = true;
    m_ticket = m_layout.request(request);
}

void PipelineDagScene::applyLayout(quint64 ticket, const LayoutResult &result)
{
    if (ticket != m_ticket)
        return;
    m_layoutPending = false;
    qDeleteAll(m_edges);
    m_edges.clear();
    for (const NodePlacement &p : result.nodes) {
        const std::size_t index = std::size_t(p.id - 1);
        if (index >= m_tasks.size())
            continue;
        if (TaskBoxItem *i = m_items.value(m_tasks[index].id)) {
            i->setPos(p.rect.topLeft());
            i->setVisible(true);
        }
    }
    for (const EdgeRoute &route : result.edges) {
        auto *edge = new EdgeItem(route, false);
        addItem(edge);
        m_edges << edge;
    }
    setSceneRect(result.bounds.adjusted(-40, -40, 40, 40));
    if (const QString task = std::exchange(m_reselect, QString()); !task.isEmpty() && m_items.contains(task))
        selectTask(task);
    emit layoutApplied();
}

QString PipelineDagScene::selectedTask() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *box = qgraphicsitem_cast<TaskBoxItem *>(item))
            return box->taskId();
    }
    return m_layoutPending ? m_reselect : QString();
}

void PipelineDagScene::selectTask(const QString &taskId)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        if (TaskBoxItem *i = m_items.value(taskId))
            i->setSelected(true);
        if (m_layoutPending)
            m_reselect = taskId;
    }
    emit selectionChanged();
}

void PipelineDagScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *box = qgraphicsitem_cast<TaskBoxItem *>(item)) {
            emit taskActivated(box->taskId());
            return;
        }
    }
}

void PipelineDagScene::tickRunning()
{
    for (TaskBoxItem *i : std::as_const(m_items)) {
        if (i->status() == TaskStatus::Running)
            i->update();
    }
}

} // namespace wfs
