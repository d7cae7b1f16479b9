#pragma once

#include "model/graph/CardSettings.h"
#include "model/graph/Graph.h"

#include <span>
#include <vector>

namespace wfs {

class GraphStore;

enum class Direction { Input, Output };

// One relation of a task to data: what `wfs input/output` and `wfs run --in/--out` record.
struct Relation
{
    Direction direction = Direction::Input;
    NodeKind kind = NodeKind::File; // project, dataset, file, model_weight, folder, task, job, app_session
    QString target;                 // a path, or a card id; a job's external id; empty for app_session
    std::optional<NodeId> versionId;
    std::optional<int> versionNumber;
    QString jobTitle;
    QString jobUrl;
    std::optional<CardSettings> relationSettings; // replaces the data card's settings when set
    std::optional<CardSettings> taskSettings;     // replaces the task card's settings when set

    // "KIND:PATH" as `wfs run --in/--out` take it; throws a usage error naming the spec.
    static Relation parseSpec(const QString &spec, Direction direction);
};

struct TaskStart
{
    QString title;
    QString app;
    QString group;
    std::optional<CardSettings> settings;
    TaskStatus status = TaskStatus::Running; // Pending for a pipeline task not started yet
};

// The one API through which anything (CLI, GUI, pipelines, importers) records the workflow.
// Every call is one transaction; recordAll() records a batch in one.
class Recorder
{
public:
    explicit Recorder(GraphStore &store);

    NodeId startTask(const TaskStart &start);
    void finishTask(NodeId task, TaskStatus status, std::optional<int> exitCode = std::nullopt);
    // `wfs task finish`: a task that has already finished keeps its status (refused, not rewritten).
    void finishRunningTask(NodeId task, TaskStatus status);
    // A pipeline task starts (Running), or waits again for a new attempt (Pending).
    void restartTask(NodeId task, TaskStatus status);
    void setTaskSettings(NodeId task, const CardSettings &settings);

    // Returns the data card's id.
    NodeId record(NodeId task, const Relation &relation);
    std::vector<NodeId> recordAll(NodeId task, std::span<const Relation> relations);

    // A card for a path that no task has used yet (a project dropped on the window);
    // the existing card when the path has one.
    NodeId registerPath(NodeKind kind, const QString &path);

    // Throws a clear error unless `id` is a task of this workspace.
    Node requireTask(NodeId id);

private:
    NodeId recordOne(const Node &task, const Relation &relation);
    NodeId resolveData(const Node &task, const Relation &relation);
    NodeId resolvePathCard(const Relation &relation);
    NodeId resolveProject(const Relation &relation);
    Node requireNode(NodeId id, std::initializer_list<NodeKind> kinds, const QString &what);

    GraphStore &m_store;
};

} // namespace wfs
