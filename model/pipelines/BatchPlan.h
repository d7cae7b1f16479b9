#pragma once

#include "model/pipelines/FlowDocument.h"

#include <QCborMap>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace wfs::pipelines {

struct PlannedNeed
{
    QString task; // a planned task's id
    Need::When when = Need::When::Completed;
    QString name; // what the needs context calls it when not `task` (an action's task by its own id)
    // Only an order, not in the needs context: what the call around an action's task waits for,
    // and the local action calls everything waits for.
    bool wait = false;
};

// One task of a bake after matrix expansion: what the scheduler runs.
struct PlannedTask
{
    QString id;       // unique in the plan; matrix instances get their evaluated id, or the
                      // task's id with "-VALUE1-VALUE2..." when the id does not use the matrix
    int specIndex = 0; // into FlowDocument::tasks
    QCborMap matrix; // this instance's values (floats stay floats) plus "ORDINAL" (0-based); empty without a matrix
    std::vector<PlannedNeed> needs;
    QCborMap inputs; // the inputs context of an action's tasks (an arg of 1.0 stays a float)
    // The action call this task belongs to: the call instance's id on the action's tasks and on
    // the call itself (whose id it is), empty for the flow's own tasks. The window groups by it.
    QString call;
    // The call instance whose action holds this task (a nested call's scope is the call around
    // it): the prefix its id and the ids its needs name are relative to; empty for the flow's own.
    QString scope;
    // An action's tasks and its call: the tasks the call waits for. Args that read `needs`
    // (outputs of an earlier task) are evaluated against them when the task starts; `inputs`
    // lacks them until then.
    QStringList callNeeds;
};

// The expanded task list of a batch flow, in an order where every task comes after what it
// needs. Expansion evaluates ids and needs against the flow's params and each matrix instance.
class BatchPlan
{
public:
    // `params`: the evaluated params (defaults with command-line values laid over them).
    // Throws FlowError (at the offending task's mark) for: a duplicate id, a need naming no task,
    // a cycle in needs (the message names the tasks around it, "a -> b -> a"), a matrix that
    // expands to more than 256 instances or an include that is not a full combination,
    // and expression errors in ids and needs.
    static BatchPlan build(const FlowDocument &doc, const QJsonObject &params);

    const std::vector<PlannedTask> &tasks() const { return m_tasks; }
    const PlannedTask *find(const QString &id) const;

    // The "flow" context as Apolo gives it: flow_id, project_id (the project folder's name),
    // title, and workspace: the project folder, the one holding .apolo/ (see projectRoot()).
    static QJsonObject flowContext(const FlowDocument &doc, const QJsonObject &params, const QString &projectFolder);
    // The "project" context: id (flow.project_id), owner, project_name and role from the project file.
    static QJsonObject projectContext(const FlowDocument &doc, const QJsonObject &flow);

    // The params defaults with `overrides` laid over them. Throws a usage error for an override
    // that names no param (listing the known ones); default expressions are evaluated without contexts.
    // Values are text (as Apolo has them); a param without a default and without a value is null.
    static QJsonObject params(const FlowDocument &doc, const std::vector<std::pair<QString, QString>> &overrides);
    // The same for any declared params (a live job's); `owner` names them in errors ("job train").
    // Defaults are evaluated with `contexts` (Apolo gives a live job's the flow's: project, flow,
    // env, volumes, ...; a batch flow's have none).
    static QJsonObject paramValues(const std::vector<Param> &declared,
                                   const std::vector<std::pair<QString, QString>> &overrides, const QString &owner,
                                   const QCborMap &contexts = {});
    // Throws a usage error naming the params that have neither a default nor a value.
    static void requireParams(const std::vector<Param> &declared, const QJsonObject &params);

private:
    std::vector<PlannedTask> m_tasks;
};

} // namespace wfs::pipelines
