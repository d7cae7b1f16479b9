#pragma once

#include "model/layout/LayoutService.h"
#include "widgets/pipelines/TaskBoxItem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QTimer>
#include <vector>

namespace wfs {

class EdgeItem;

// A pipeline's tasks and their needs, laid out left to right by Graphviz (on the layout
// thread) and drawn by Qt. Showing new statuses of the same tasks repaints the boxes without
// laying them out again.
class PipelineDagScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit PipelineDagScene(QObject *parent = nullptr);
    ~PipelineDagScene() override;

    void setTasks(const std::vector<DagTask> &tasks);
    void clearTasks() { setTasks({}); }

    TaskBoxItem *item(const QString &taskId) const { return m_items.value(taskId); }
    QList<TaskBoxItem *> taskItems() const;
    QList<EdgeItem *> edgeItems() const;
    bool isLayoutPending() const { return m_layoutPending; }

    QString selectedTask() const;
    void selectTask(const QString &taskId);

signals:
    void layoutApplied();
    void layoutFailed(const QString &message);
    void taskActivated(const QString &taskId);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void relayout();
    void applyLayout(quint64 ticket, const LayoutResult &result);
    void tickRunning();

    LayoutService m_layout;
    std::vector<DagTask> m_tasks;
    QHash<QString, TaskBoxItem *> m_items;
    QList<EdgeItem *> m_edges;
    QTimer m_clock;
    quint64 m_ticket = 0;
    QString m_reselect; // selected before a layout, to select again once it is placed
    bool m_layoutPending = false;
};

} // namespace wfs
