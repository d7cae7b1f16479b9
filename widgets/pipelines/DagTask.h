#pragma once

#include "model/graph/Graph.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace wfs::pipelines {
struct BakeTaskRow;
struct FlowDocument;
struct PreviewTask;
} // namespace wfs::pipelines

namespace wfs {

// What the pipeline DAG shows of one task: from a batch plan (before running, all pending) or
// from a bake attempt's task rows.
struct DagTask
{
    QString id;
    QString title;
    QStringList needs; // ids of tasks in the same list
    TaskStatus status = TaskStatus::Pending;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString message;
    QString cache; // before a run: what the cache would do ("cached", "runs", ...), as --dry-run says
};

// For each task, the action call it belongs to: CALL for CALL.TASK and for CALL itself (the
// call's own row) when the list has tasks of CALL; empty for a task of the flow's own.
std::vector<QString> actionCalls(const std::vector<DagTask> &tasks);
// A flow's plan before it runs (with default params): all pending.
// With `preview`, each task also says what the cache would do.
std::vector<DagTask> dagTasksOfPlan(const pipelines::FlowDocument &doc,
                                    const std::vector<pipelines::PreviewTask> &preview = {});
// The tasks of a bake attempt as read.
std::vector<DagTask> dagTasksOfAttempt(const std::vector<pipelines::BakeTaskRow> &rows);

} // namespace wfs
