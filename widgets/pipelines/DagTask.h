#pragma once

#include "model/graph/Graph.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace wfs::pipelines {
struct BakeTaskRow;
struct FlowDocument;
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
};

// A flow's plan before it runs (with default params): all pending.
std::vector<DagTask> dagTasksOfPlan(const pipelines::FlowDocument &doc);
// The tasks of a bake attempt as read.
std::vector<DagTask> dagTasksOfAttempt(const std::vector<pipelines::BakeTaskRow> &rows);

} // namespace wfs
