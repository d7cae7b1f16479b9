#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include "model/pipelines/Expr.h"
#include "model/pipelines/TaskIds.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <queue>

namespace wfs::pipelines {

namespace {

constexpr int kMaxInstances = 256;
// Above this a product is refused before it is built, whatever exclude would remove.
constexpr double kMaxProduct = 65536;

QString baseId(const TaskSpec &spec, size_t index)
{
    return spec.id.present ? spec.id.text : QStringLiteral("task-%1").arg(index + 1);
}

const Mark &idMark(const TaskSpec &spec)
{
    return spec.id.present ? spec.id.mark : spec.mark;
}

bool sameScalar(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool matches(const QJsonObject &combination, const QJsonObject &partial)
{
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (!combination.contains(it.key()) || !sameScalar(combination.value(it.key()), it.value()))
            return false;
    }
    return true;
}

bool sameCombination(const QJsonObject &a, const QJsonObject &b)
{
    return a.size() == b.size() && matches(a, b);
}

// The matrix's combinations in their final order, without ORDINAL: the product of the axes
// (the first axis varying slowest), less what exclude matches, plus the includes.
std::vector<QJsonObject> combinations(const MatrixSpec &matrix)
{
    auto fail = [&](const QString &what) { throw FlowError(matrix.mark, QStringLiteral("strategy.matrix"), what); };
    QStringList axisNames;
    double product = 1;
    for (const auto &[name, values] : matrix.axes) {
        axisNames << name;
        product *= double(values.size());
    }
    if (product > kMaxProduct)
        fail(QStringLiteral("expands to %1 combinations; at most %2 are allowed")
                 .arg(QString::number(product, 'f', 0))
                 .arg(kMaxInstances));
    std::vector<QJsonObject> out;
    if (!matrix.axes.empty())
        out.emplace_back();
    for (const auto &[name, values] : matrix.axes) {
        std::vector<QJsonObject> next;
        for (const QJsonObject &partial : out) {
            for (const QJsonValue &value : values) {
                QJsonObject combination = partial;
                combination.insert(name, value);
                next.push_back(combination);
            }
        }
        out = std::move(next);
    }
    auto checkKeys = [&](const QJsonObject &entry, const QString &what) {
        for (const QString &key : entry.keys()) {
            if (!axisNames.contains(key))
                fail(QStringLiteral("%1 names '%2', which is not an axis of the matrix (axes: %3)")
                         .arg(what, key, axisNames.join(u", ")));
        }
    };
    for (const QJsonObject &exclude : matrix.exclude) {
        checkKeys(exclude, QStringLiteral("an exclude"));
        std::erase_if(out, [&](const QJsonObject &c) { return matches(c, exclude); });
    }
    for (const QJsonObject &include : matrix.include) {
        if (!axisNames.isEmpty()) {
            checkKeys(include, QStringLiteral("an include"));
            for (const QString &axis : std::as_const(axisNames)) {
                if (!include.contains(axis))
                    fail(QStringLiteral("an include must give every axis (%1); this one lacks '%2'")
                             .arg(axisNames.join(u", "), axis));
            }
        }
        if (std::none_of(out.begin(), out.end(), [&](const QJsonObject &c) { return sameCombination(c, include); }))
            out.push_back(include);
    }
    if (out.size() > size_t(kMaxInstances))
        fail(QStringLiteral("expands to %1 combinations; at most %2 are allowed").arg(out.size()).arg(kMaxInstances));
    if (out.empty())
        fail(QStringLiteral("leaves no combination to run"));
    return out;
}

// Evaluates `text` against params (and matrix, for matrix instances), turning expression errors
// into FlowErrors at `mark`.
QString evaluateAt(const QString &text, const QJsonObject &contexts, const Mark &mark, const QString &key)
{
    try {
        return expr::evaluateText(text, contexts);
    } catch (const expr::ExprError &e) {
        throw FlowError(mark, key, e.message());
    }
}

QJsonObject contextsFor(const QJsonObject &params, const TaskSpec &spec, const QJsonObject &matrix)
{
    QJsonObject contexts{{QStringLiteral("params"), params}};
    if (!spec.matrix.empty())
        contexts.insert(QStringLiteral("matrix"), matrix);
    return contexts;
}

QString instanceId(const TaskSpec &spec, size_t index, const QJsonObject &params, const QJsonObject &matrix)
{
    if (expr::hasExpressions(spec.id.text)) {
        const QString id = taskids::sanitized(
            evaluateAt(spec.id.text, contextsFor(params, spec, matrix), idMark(spec), QStringLiteral("id")));
        // What was written is checked; an id that starts with what a value gave need not be.
        return taskids::bounded(id.isEmpty() || id.at(0).isDigit() || id.at(0) == u'-' ? u'_' + id : id);
    }
    if (!spec.id.present)
        return taskids::generated(int(index) + 1, matrix);
    QStringList order;
    for (const auto &axis : spec.matrix.axes)
        order << axis.first;
    if (order.isEmpty())
        order = matrix.keys(); // a matrix of includes only
    QString id = spec.id.text;
    for (const QString &key : std::as_const(order)) {
        if (key != u"ORDINAL")
            id += u'-' + taskids::sanitized(expr::toText(matrix.value(key)));
    }
    return taskids::bounded(id);
}

// The matrix with its computed axes evaluated against the params.
MatrixSpec resolved(const MatrixSpec &matrix, const QJsonObject &params)
{
    MatrixSpec out = matrix;
    for (const auto &[name, scalar] : matrix.computed) {
        const QString key = QStringLiteral("strategy.matrix.") + name;
        QJsonValue value;
        try {
            value = expr::evaluate(scalar.text, {{QStringLiteral("params"), params}});
        } catch (const expr::ExprError &e) {
            throw FlowError(scalar.mark, key, e.message());
        }
        if (!value.isArray())
            throw FlowError(scalar.mark, key,
                            QStringLiteral("the expression gives %1, not a list of values").arg(expr::toText(value)));
        for (auto &[axis, values] : out.axes) {
            if (axis != name)
                continue;
            for (const QJsonValue &v : value.toArray()) {
                if (v.isArray() || v.isObject())
                    throw FlowError(scalar.mark, key, QStringLiteral("matrix values are single values, not %1")
                                                          .arg(expr::toText(v)));
                values.push_back(v);
            }
        }
    }
    return out;
}

struct Planner
{
    const FlowDocument &doc;
    const QJsonObject &params;
    std::vector<PlannedTask> tasks;              // in written order, instances in matrix order
    std::vector<std::vector<int>> instancesOf;   // spec index -> indices into tasks
    QHash<QString, int> byId;

    void expand()
    {
        instancesOf.resize(doc.tasks.size());
        for (size_t s = 0; s < doc.tasks.size(); ++s) {
            const TaskSpec &spec = doc.tasks[s];
            if (spec.id.present && (spec.actionCall.isEmpty() || spec.isCall || spec.runsFirst)) { // an action's are built
                if (const QString problem = taskids::problem(spec.id.text); !problem.isEmpty())
                    throw FlowError(idMark(spec), QStringLiteral("id"), problem);
            }
            QJsonObject inputs;
            for (const auto &[name, value] : spec.actionInputs) {
                try {
                    inputs.insert(name, expr::evaluate(value.text, {{QStringLiteral("params"), params}}));
                } catch (const expr::ExprError &e) {
                    throw FlowError(value.mark, QStringLiteral("args.") + name, e.message());
                }
            }
            std::vector<QJsonObject> matrices(1);
            if (!spec.matrix.empty())
                matrices = combinations(resolved(spec.matrix, params));
            for (size_t ordinal = 0; ordinal < matrices.size(); ++ordinal) {
                PlannedTask task;
                task.specIndex = int(s);
                if (!spec.matrix.empty()) {
                    task.matrix = matrices[ordinal];
                    task.matrix.insert(QStringLiteral("ORDINAL"), qint64(ordinal));
                }
                task.id = instanceId(spec, s, params, task.matrix);
                task.inputs = inputs;
                if (const auto it = byId.constFind(task.id); it != byId.constEnd())
                    throw FlowError(idMark(spec), QStringLiteral("id"),
                                    QStringLiteral("'%1' is already the id of another task (at %2)")
                                        .arg(task.id, idMark(doc.tasks[size_t(tasks[size_t(*it)].specIndex)]).toString()));
                byId.insert(task.id, int(tasks.size()));
                instancesOf[s].push_back(int(tasks.size()));
                tasks.push_back(std::move(task));
            }
        }
    }

    // The ids a need may name, for the message when it names none of them.
    QString knownIds() const
    {
        QStringList known;
        for (size_t s = 0; s < doc.tasks.size(); ++s) {
            if (!expr::hasExpressions(doc.tasks[s].id.text))
                known << baseId(doc.tasks[s], s);
            else
                for (int i : instancesOf[s])
                    known << tasks[size_t(i)].id;
        }
        return known.join(u", ");
    }

    // Fills each task's needs and returns, per task, the indices of the tasks it needs.
    std::vector<std::vector<int>> resolveNeeds()
    {
        QHash<QString, size_t> specByBase;
        for (size_t s = 0; s < doc.tasks.size(); ++s) {
            if (!expr::hasExpressions(doc.tasks[s].id.text))
                specByBase.insert(baseId(doc.tasks[s], s), s);
        }
        std::vector<std::vector<int>> deps(tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t) {
            PlannedTask &task = tasks[t];
            const TaskSpec &spec = doc.tasks[size_t(task.specIndex)];
            // Inside an action a need goes by the task's own id.
            const QString prefix = spec.actionCall.isEmpty() ? QString() : spec.actionCall + u'.';
            auto add = [&](int index, Need::When when) {
                if (std::find(deps[t].begin(), deps[t].end(), index) != deps[t].end())
                    return;
                deps[t].push_back(index);
                const QString &id = tasks[size_t(index)].id;
                task.needs.push_back({id, when, !prefix.isEmpty() && id.startsWith(prefix) ? id.mid(prefix.size()) : QString()});
            };
            auto addNeeds = [&](const std::vector<Need> &needs) {
                for (const Need &need : needs) {
                    const QString name = evaluateAt(need.task, contextsFor(params, spec, task.matrix), need.mark,
                                                    QStringLiteral("needs"));
                    if (const auto it = byId.constFind(name); it != byId.constEnd()) {
                        add(*it, need.when);
                    } else if (const auto base = specByBase.constFind(name); base != specByBase.constEnd()) {
                        for (int i : instancesOf[*base])
                            add(i, need.when);
                    } else {
                        throw FlowError(need.mark, QStringLiteral("needs"),
                                        QStringLiteral("needs '%1', which is not a task of this flow (known: %2)")
                                            .arg(name.startsWith(prefix) ? name.mid(prefix.size()) : name, knownIds()));
                    }
                }
            };
            if (spec.isCall) {
                // The call ends when every task of its action has.
                for (size_t s = 0; s < doc.tasks.size(); ++s) {
                    if (doc.tasks[s].actionCall == spec.actionCall && !doc.tasks[s].isCall)
                        for (int i : instancesOf[s])
                            add(i, Need::When::Completed);
                }
                continue;
            }
            if (!spec.runsFirst) {
                // Calls of local actions come before everything else.
                for (size_t s = 0; s < doc.tasks.size(); ++s) {
                    if (doc.tasks[s].runsFirst)
                        for (int i : instancesOf[s])
                            add(i, Need::When::Completed);
                }
            }
            if (!spec.actionCall.isEmpty() && !spec.runsFirst) {
                // An action's task waits for what its call waits for.
                if (spec.callNeeds)
                    addNeeds(*spec.callNeeds);
                else if (spec.callPredecessor >= 0)
                    for (int i : instancesOf[size_t(spec.callPredecessor)])
                        add(i, Need::When::Completed);
            }
            if (!spec.needs) {
                if (task.specIndex > 0)
                    for (int i : instancesOf[size_t(task.specIndex) - 1])
                        add(i, Need::When::Completed);
                continue;
            }
            addNeeds(*spec.needs);
        }
        return deps;
    }

    // Topological order, ties broken by written order; a cycle is reported at its first task.
    std::vector<PlannedTask> sorted(const std::vector<std::vector<int>> &deps)
    {
        const size_t n = tasks.size();
        std::vector<int> waiting(n);
        std::vector<std::vector<int>> users(n);
        for (size_t t = 0; t < n; ++t) {
            waiting[t] = int(deps[t].size());
            for (int d : deps[t])
                users[size_t(d)].push_back(int(t));
        }
        std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
        for (size_t t = 0; t < n; ++t) {
            if (waiting[t] == 0)
                ready.push(int(t));
        }
        std::vector<bool> done(n, false);
        std::vector<PlannedTask> out;
        while (!ready.empty()) {
            const int t = ready.top();
            ready.pop();
            done[size_t(t)] = true;
            out.push_back(tasks[size_t(t)]);
            for (int u : users[size_t(t)]) {
                if (--waiting[size_t(u)] == 0)
                    ready.push(u);
            }
        }
        if (out.size() < n)
            reportCycle(deps, done);
        return out;
    }

    [[noreturn]] void reportCycle(const std::vector<std::vector<int>> &deps, const std::vector<bool> &done)
    {
        // Every task left waits for another task left, so following those needs must come back
        // to a task already seen; the tasks from there on form a cycle.
        std::vector<int> path;
        int t = int(std::find(done.begin(), done.end(), false) - done.begin());
        while (std::find(path.begin(), path.end(), t) == path.end()) {
            path.push_back(t);
            const auto &d = deps[size_t(t)];
            t = *std::find_if(d.begin(), d.end(), [&](int x) { return !done[size_t(x)]; });
        }
        std::vector<int> cycle(std::find(path.begin(), path.end(), t), path.end());
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        QStringList names;
        for (int i : cycle)
            names << tasks[size_t(i)].id;
        names << names.front();
        const PlannedTask &first = tasks[size_t(cycle.front())];
        throw FlowError(doc.tasks[size_t(first.specIndex)].mark, QStringLiteral("needs"),
                        QStringLiteral("the needs form a cycle (each task needs the next): %1")
                            .arg(names.join(QStringLiteral(" -> "))));
    }
};

} // namespace

BatchPlan BatchPlan::build(const FlowDocument &doc, const QJsonObject &params)
{
    Planner planner{doc, params, {}, {}, {}};
    planner.expand();
    const std::vector<std::vector<int>> deps = planner.resolveNeeds();
    BatchPlan plan;
    plan.m_tasks = planner.sorted(deps);
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

QJsonObject BatchPlan::flowContext(const FlowDocument &doc, const QJsonObject &params, const QString &projectFolder)
{
    const QString title = doc.title.present
        ? evaluateAt(doc.title.text, {{QStringLiteral("params"), params}}, doc.title.mark, QStringLiteral("title"))
        : doc.id;
    return {{QStringLiteral("flow_id"), doc.id},
            {QStringLiteral("project_id"), QFileInfo(projectFolder).fileName()},
            {QStringLiteral("title"), title},
            {QStringLiteral("workspace"), projectFolder}};
}

} // namespace wfs::pipelines
