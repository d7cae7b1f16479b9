#pragma once

#include "model/core/PlainText.h"
#include "model/graph/CardSettings.h"
#include "model/graph/NodeKind.h"

#include <QString>
#include <optional>
#include <vector>

namespace wfs {

// Pending, Skipped and Cached are for pipeline tasks: planned but not started yet, not run
// because of what they need, and reusing an earlier run's outputs.
enum class TaskStatus { Running, Succeeded, Failed, Cancelled, Pending, Skipped, Cached };
QString statusName(TaskStatus status);
std::optional<TaskStatus> statusFromName(const QString &name);
// True for the statuses a task ends in.
bool isFinal(TaskStatus status);
// The status's colour as "#rrggbb": one table for the cards, the pipeline view and `wfs inspect --dot`.
QString statusColorName(TaskStatus status);

struct TaskState
{
    TaskStatus status = TaskStatus::Running;
    QString app;
    QString group;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0 while running
    std::optional<int> exitCode;
    QString logPath;
    // Who ran it: the account and machine that started it (empty for a task not started yet).
    QString user;
    QString host;
};

struct Node
{
    NodeId id = 0;
    NodeKind kind = NodeKind::File;
    QString key;   // identity within the kind: canonical path, external id, ...
    QString title; // the card's own title; settings.title overrides it on screen
    QString path;  // for kinds with a path
    QString url;   // a labeling job's own link
    CardSettings settings;
    std::optional<TaskState> task;  // for tasks
    NodeId projectId = 0;           // for project versions
    int versionNumber = 0;          // for project versions

    // Safe to draw, print and write into SVG: control characters shown as symbols.
    QString displayTitle() const { return visibleText(settings.title.value_or(title)); }
};

struct Edge
{
    NodeId from = 0;
    NodeId to = 0;
    bool operator==(const Edge &) const = default;
};

// Which part of the graph to show (seed 001): everything, one project's history, one task.
struct Scope
{
    enum class Type { Workspace, Project, Task };
    Type type = Type::Workspace;
    NodeId id = 0;

    // "workspace", "project:ID", "task:ID"; throws a usage error otherwise.
    static Scope parse(const QString &text);
    QString toString() const;
    bool operator==(const Scope &) const = default;
};

// A plain copy of (part of) the graph: what the CLI prints and the scene draws.
struct GraphSnapshot
{
    std::vector<Node> nodes; // sorted by id

    std::vector<Edge> edges;

    const Node *find(NodeId id) const;
    // Keeps the nodes `scope` selects and every edge between them.
    GraphSnapshot filtered(const Scope &scope) const;
};

} // namespace wfs
