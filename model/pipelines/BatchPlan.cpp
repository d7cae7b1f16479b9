#include "model/pipelines/BatchPlan.h"

#include "model/core/Text.h"
#include "model/pipelines/BatchMatrix.h"
#include "model/pipelines/BatchOrder.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowCheck.h"
#include "model/pipelines/TaskIds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <map>

namespace wfs::pipelines {

namespace {

QString baseId(const TaskSpec &spec)
{
    return spec.id.present ? spec.id.text : QStringLiteral("task-%1").arg(spec.number);
}

// The action's own tasks (not the call, not a local action's call).
bool inAction(const TaskSpec &spec)
{
    return spec.callSpec >= 0;
}

const Mark &idMark(const TaskSpec &spec)
{
    return spec.id.present ? spec.id.mark : spec.mark;
}

// Evaluates `text` against params (and matrix, for matrix instances), turning expression errors
// into FlowErrors at `mark`.
QString evaluateAt(const QString &text, const QCborMap &contexts, const Mark &mark, const QString &key)
{
    try {
        return expr::evaluateValueText(text, contexts);
    } catch (const expr::ExprError &e) {
        throw FlowError(mark, key, e.message());
    }
}

QCborMap contextsFor(const QJsonObject &params, const TaskSpec &spec, const QCborMap &matrix)
{
    QCborMap contexts{{QStringLiteral("params"), QCborMap::fromJsonObject(params)}};
    if (!spec.matrix.empty())
        contexts.insert(QStringLiteral("matrix"), matrix);
    return contexts;
}

QString instanceId(const TaskSpec &spec, const QJsonObject &params, const QCborMap &matrix)
{
    if (expr::hasExpressions(spec.id.text)) {
        const QString id = taskids::sanitized(
            evaluateAt(spec.id.text, contextsFor(params, spec, matrix), idMark(spec), QStringLiteral("id")));
        // What was written is checked; an id that starts with what a value gave need not be.
        return taskids::bounded(id.isEmpty() || id.at(0).isDigit() || id.at(0) == u'-' ? u'_' + id : id);
    }
    if (!spec.id.present)
        return taskids::generated(spec.number, matrix);
    QStringList order;
    for (const auto &axis : spec.matrix.axes)
        order << axis.first;
    if (order.isEmpty()) { // a matrix of includes only
        for (auto it = matrix.cbegin(); it != matrix.cend(); ++it)
            order << it.key().toString();
    }
    QString id = spec.id.text;
    for (const QString &key : std::as_const(order)) {
        if (key != u"ORDINAL")
            id += u'-' + taskids::sanitized(expr::toText(matrix.value(key)));
    }
    return taskids::bounded(id);
}

// One instance of an action call: the prefix of its action's tasks and their inputs context.
struct CallInstance
{
    QString id;
    QCborMap matrix;
    QCborMap inputs;
    QString scope;         // the instance of the call around it (nested calls), else empty
    bool deferred = false; // some args wait for the call's needs (they are not in `inputs`)
};

QString prefixOf(const QString &scope)
{
    return scope.isEmpty() ? QString() : scope + u'.';
}

struct Planner
{
    const FlowDocument &doc;
    const QJsonObject &params;
    std::vector<PlannedTask> tasks;              // in written order, instances in matrix order
    std::vector<std::vector<int>> instancesOf;   // spec index -> indices into tasks
    QHash<QString, int> byId;
    QHash<QString, std::vector<int>> byBase;     // "[CALL.]ID" of a task whose id has no expression -> its instances
    std::map<size_t, std::vector<CallInstance>> calls; // call spec -> its instances
    QHash<QString, QCborMap> callMatrix;         // call instance id -> its matrix
    QHash<QString, QString> callScope;           // call instance id -> the instance around it
    std::vector<QString> scopes;                 // of each of `tasks`

    // `inputs`: of the action holding the task, which its computed axes may read.
    std::vector<QCborMap> matricesOf(const TaskSpec &spec, const QCborMap &inputs) const
    {
        if (spec.matrix.empty())
            return std::vector<QCborMap>(1);
        QCborMap contexts{{QStringLiteral("params"), QCborMap::fromJsonObject(params)}};
        if (inAction(spec))
            contexts.insert(QStringLiteral("inputs"), inputs);
        return batchmatrix::instances(spec.matrix, contexts);
    }

    // The instances of the call at `s` (its matrix's; within an action, for each instance of
    // the call around it), each with its args evaluated (a nested call's read that call's inputs).
    const std::vector<CallInstance> &callInstances(size_t s)
    {
        if (const auto it = calls.find(s); it != calls.end())
            return it->second;
        const TaskSpec &spec = doc.tasks[s];
        const std::vector<CallInstance> outside(1);
        const std::vector<CallInstance> outer = inAction(spec) ? callInstances(size_t(spec.callSpec)) : outside;
        std::vector<CallInstance> out;
        for (const CallInstance &around : outer) {
            for (const QCborMap &matrix : matricesOf(spec, around.inputs)) {
                CallInstance call{prefixOf(around.id) + instanceId(spec, params, matrix), matrix, {}, around.id, false};
                QCborMap contexts = contextsFor(params, spec, matrix);
                if (inAction(spec))
                    contexts.insert(QStringLiteral("inputs"), around.inputs);
                for (const auto &[name, value] : spec.actionInputs) {
                    const QStringList used = expr::contextsUsed(value.text);
                    if (used.contains(QStringLiteral("needs")) || (around.deferred && used.contains(QStringLiteral("inputs")))) {
                        call.deferred = true; // known when the call's needs are done
                        continue;
                    }
                    try {
                        call.inputs.insert(name, expr::evaluateValue(value.text, contexts));
                    } catch (const expr::ExprError &e) {
                        throw FlowError(value.mark, QStringLiteral("args.") + name, e.message());
                    }
                }
                callMatrix.insert(call.id, matrix);
                callScope.insert(call.id, around.id);
                out.push_back(std::move(call));
            }
        }
        return calls[s] = std::move(out);
    }

    void add(size_t s, PlannedTask task)
    {
        const QString scope = task.scope;
        const TaskSpec &spec = doc.tasks[s];
        if (const auto it = byId.constFind(task.id); it != byId.constEnd())
            throw FlowError(idMark(spec), QStringLiteral("id"),
                            Text::tr("'%1' is already the id of another task (at %2)")
                                .arg(task.id, idMark(doc.tasks[size_t(tasks[size_t(*it)].specIndex)]).toString()));
        if (!expr::hasExpressions(spec.id.text))
            byBase[prefixOf(scope) + baseId(spec)].push_back(int(tasks.size()));
        byId.insert(task.id, int(tasks.size()));
        instancesOf[s].push_back(int(tasks.size()));
        tasks.push_back(std::move(task));
        scopes.push_back(scope);
    }

    void expand()
    {
        instancesOf.resize(doc.tasks.size());
        for (size_t s = 0; s < doc.tasks.size(); ++s) {
            const TaskSpec &spec = doc.tasks[s];
            if (spec.id.present) {
                if (const QString problem = taskids::problem(spec.id.text); !problem.isEmpty())
                    throw FlowError(idMark(spec), QStringLiteral("id"), problem);
            }
            if (spec.postOf >= 0) {
                // One post task for each instance of its stateful call, after the other tasks of
                // the flow or of the action holding the call.
                for (int i : std::vector<int>(instancesOf[size_t(spec.postOf)])) {
                    const PlannedTask call = tasks[size_t(i)];
                    const QString own = call.id.mid(prefixOf(call.scope).size());
                    add(s, PlannedTask{prefixOf(call.scope) + QStringLiteral("post-") + own, int(s), call.matrix, {},
                                       call.inputs, call.id, call.scope, {}});
                }
                continue;
            }
            if (spec.isCall || spec.runsFirst || spec.stateful) {
                for (const CallInstance &call : callInstances(s))
                    add(s, PlannedTask{call.id, int(s), spec.matrix.empty() ? QCborMap() : call.matrix, {},
                                       call.inputs, call.id, call.scope, {}});
                continue;
            }
            // An action's tasks are repeated for each instance of their call.
            const std::vector<CallInstance> outside(1);
            const std::vector<CallInstance> &callsOf = inAction(spec) ? callInstances(size_t(spec.callSpec)) : outside;
            for (const CallInstance &call : callsOf) {
                for (const QCborMap &matrix : matricesOf(spec, call.inputs)) {
                    const QString own = instanceId(spec, params, spec.matrix.empty() ? QCborMap() : matrix);
                    add(s, PlannedTask{prefixOf(call.id) + own, int(s), spec.matrix.empty() ? QCborMap() : matrix, {},
                                       call.inputs, call.id, call.id, {}});
                }
            }
        }
    }

    // The ids a need may name, for the message when it names none of them.
    QString knownIds(const QString &prefix) const
    {
        QStringList known;
        for (size_t s = 0; s < doc.tasks.size(); ++s) {
            for (int i : instancesOf[s]) {
                const PlannedTask &task = tasks[size_t(i)];
                if (prefixOf(scopes[size_t(i)]) != prefix)
                    continue;
                const QString own = task.id.mid(prefix.size());
                const QString name = expr::hasExpressions(doc.tasks[s].id.text) ? own : baseId(doc.tasks[s]);
                if (!known.contains(name))
                    known << name;
            }
        }
        return known.join(u", ");
    }

    // The instances of spec `s` in `scope` (all of them for a local call: everything waits for those).
    std::vector<int> instancesIn(size_t s, const QString &scope) const
    {
        std::vector<int> out;
        for (int i : instancesOf[s]) {
            if (doc.tasks[s].runsFirst || scopes[size_t(i)] == scope)
                out.push_back(i);
        }
        return out;
    }

    // Fills each task's needs and returns, per task, the indices of the tasks it needs.
    std::vector<std::vector<int>> resolveNeeds()
    {
        std::vector<std::vector<int>> deps(tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t) {
            PlannedTask &task = tasks[t];
            const TaskSpec &spec = doc.tasks[size_t(task.specIndex)];
            // Inside an action a need goes by the task's own id; a call's, by its action's task's.
            const QString prefix = spec.isCall ? task.call + u'.' : prefixOf(scopes[t]);
            auto add = [&](int index, Need::When when, bool wait) {
                const QString &id = tasks[size_t(index)].id;
                if (std::find(deps[t].begin(), deps[t].end(), index) != deps[t].end()) {
                    for (PlannedNeed &n : task.needs) {
                        if (n.task == id && !wait)
                            n.wait = false; // also a need of its own
                    }
                    return;
                }
                deps[t].push_back(index);
                task.needs.push_back(
                    {id, when, !prefix.isEmpty() && id.startsWith(prefix) ? id.mid(prefix.size()) : QString(), wait});
            };
            auto addAll = [&](size_t s, const QString &scope, bool wait) {
                for (int i : instancesIn(s, scope))
                    add(i, Need::When::Completed, wait);
            };
            auto addNeeds = [&](const std::vector<Need> &needs, const QString &within, const TaskSpec &at,
                                const QCborMap &matrix, bool wait) {
                for (const Need &need : needs) {
                    const QString name = evaluateAt(need.task, contextsFor(params, at, matrix), need.mark,
                                                    QStringLiteral("needs"));
                    if (const auto it = byId.constFind(within + name); it != byId.constEnd()) {
                        add(*it, need.when, wait);
                    } else if (const auto base = byBase.constFind(within + name); base != byBase.constEnd()) {
                        for (int i : *base)
                            add(i, need.when, wait);
                    } else {
                        throw FlowError(need.mark, QStringLiteral("needs"),
                                        Text::tr("needs '%1', which is not a task of this flow (known: %2)")
                                            .arg(name, knownIds(within)));
                    }
                }
            };
            if (spec.isCall) {
                // The call ends when every task of its action has (a nested call's, when its own have).
                for (size_t s = 0; s < doc.tasks.size(); ++s) {
                    if (doc.tasks[s].callSpec == task.specIndex)
                        addAll(s, task.call, false);
                }
                continue;
            }
            if (spec.postOf >= 0)
                add(byId.value(task.call), Need::When::Completed, false); // after its call's main task
            if (!spec.runsFirst) {
                // Calls of local actions come before everything else.
                for (size_t s = 0; s < doc.tasks.size(); ++s) {
                    if (doc.tasks[s].runsFirst)
                        addAll(s, QString(), true);
                }
            }
            if (inAction(spec) && !spec.runsFirst)
                addCallWaits(t, addNeeds, addAll);
            if (!spec.needs) {
                if (task.specIndex > 0 && !spec.runsFirst)
                    addAll(size_t(task.specIndex) - 1, scopes[t], false);
                continue;
            }
            addNeeds(*spec.needs, prefix, spec, task.matrix, false);
            if (spec.runsFirst) {
                for (const PlannedNeed &n : task.needs) {
                    if (!doc.tasks[size_t(tasks[size_t(byId.value(n.task))].specIndex)].runsFirst)
                        throw FlowError(spec.mark, QStringLiteral("needs"),
                                        Text::tr("local action call '%1' runs before the flow's other tasks, so it "
                                                       "cannot need '%2'")
                                            .arg(task.id, n.task));
                }
            }
        }
        return deps;
    }

    // An action's task waits for what its call waits for: the call's needs, else the task
    // written before the call. A call that waits for nothing in its action (the first task
    // there) waits for what the call around it waits for, and so on out.
    template<typename AddNeeds, typename AddAll>
    void addCallWaits(size_t t, const AddNeeds &addNeeds, const AddAll &addAll)
    {
        PlannedTask &task = tasks[t];
        const TaskSpec *level = &doc.tasks[size_t(task.specIndex)];
        QString instance = scopes[t];
        for (bool first = true; level->callSpec >= 0; first = false) {
            const TaskSpec &call = doc.tasks[size_t(level->callSpec)];
            const QString around = callScope.value(instance);
            const size_t before = task.needs.size();
            if (level->callNeeds)
                addNeeds(*level->callNeeds, prefixOf(around), call, callMatrix.value(instance), true);
            else if (level->callPredecessor >= 0)
                addAll(size_t(level->callPredecessor), around, true);
            if (first) {
                // What the call's args may read with `needs` (by the ids they have around the call).
                for (size_t n = before; n < task.needs.size(); ++n)
                    task.callNeeds << task.needs[n].task;
                QStringList &ofCall = tasks[size_t(byId.value(instance))].callNeeds;
                for (const QString &id : std::as_const(task.callNeeds)) {
                    if (!ofCall.contains(id))
                        ofCall << id;
                }
            }
            if ((level->callNeeds && !level->callNeeds->empty()) || (!level->callNeeds && level->callPredecessor >= 0))
                break;
            level = &call;
            instance = around;
        }
    }
};

} // namespace

BatchPlan BatchPlan::build(const FlowDocument &doc, const QJsonObject &params)
{
    Planner planner{doc, params, {}, {}, {}, {}, {}, {}, {}, {}};
    planner.expand();
    const std::vector<std::vector<int>> deps = planner.resolveNeeds();
    BatchPlan plan;
    plan.m_tasks = batchorder::sorted(planner.tasks, deps, doc);
    checkReferences(doc, plan);
    return plan;
}

const PlannedTask *BatchPlan::find(const QString &id) const
{
    for (const PlannedTask &task : m_tasks) {
        if (task.id == id)
            return &task;
    }
    return nullptr;
}

} // namespace wfs::pipelines
