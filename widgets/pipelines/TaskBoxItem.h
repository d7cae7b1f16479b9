#pragma once

#include "widgets/pipelines/DagTask.h"

#include <QGraphicsItem>
#include <QString>
#include <QStringList>

namespace wfs {

// One task of the DAG: a box coloured by its status. Holds the task's id; the scene holds the rest.
class TaskBoxItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };
    static constexpr double width = 200;
    static constexpr double height = 62;

    explicit TaskBoxItem(const DagTask &task);

    int type() const override { return Type; }
    const QString &taskId() const { return m_task.id; }
    TaskStatus status() const { return m_task.status; }
    const DagTask &task() const { return m_task; }
    // Same id; status, times or message may differ.
    void setTask(const DagTask &task);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateToolTip();

    DagTask m_task;
};

} // namespace wfs
