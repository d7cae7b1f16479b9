#include "model/pipelines/FlowCheck.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/GitContext.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wfs::pipelines {

namespace {
// What one task's expressions may read; `needs` and `matrix` are null for defaults (they are
// evaluated for every task, so only params and flow can be checked there).
struct Known
{
    QStringList params;
    QStringList volumes;
    QStringList images;
    const QStringList *needs = nullptr;
    const QStringList *matrix = nullptr;
    QString projectFolder; // where the git context comes from
    bool inAction = false; // a batch action's task: the flow's own contexts are not there
    const QStringList *inputs = nullptr; // an action's inputs, where they are known
};

// The `${{ }}` part of `text` that mentions `name`, for the message.
QString partNaming(const QString &text, const QString &name)
{
    static const QRegularExpression part(QStringLiteral("\\$\\{\\{.*?\\}\\}|\\$\\[\\[.*?\\]\\]"));
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (p.contains(name))
            return p;
    }
    return text.trimmed();
}

QString problem(const QStringList &path, const Known &known)
{
    static const QStringList flow{QStringLiteral("flow_id"), QStringLiteral("project_id"), QStringLiteral("title"),
                                  QStringLiteral("workspace"), QStringLiteral("username"), QStringLiteral("id"),
                                  QStringLiteral("action_path")};
    static const QStringList project{QStringLiteral("id"), QStringLiteral("owner"), QStringLiteral("project_name"),
                                     QStringLiteral("role")};
    static const QStringList strategy{QStringLiteral("fail_fast"), QStringLiteral("max_parallel")};
    static const QStringList need{QStringLiteral("result"), QStringLiteral("outputs")};
    static const QStringList git{QStringLiteral("sha"), QStringLiteral("branch"), QStringLiteral("tags")};
    const QString &context = path.front();
    static const QStringList ofFlow{QStringLiteral("params"), QStringLiteral("env"), QStringLiteral("tags"),
                                    QStringLiteral("volumes"), QStringLiteral("project")};
    if (known.inAction && ofFlow.contains(context))
        return Text::tr("a batch action's task cannot read %1 (it has flow, git, images, inputs, strategy, matrix and "
                        "needs; a module also has the flow's contexts)")
            .arg(context);
    if (context == u"git") {
        if (path.size() > 1 && !git.contains(path[1]))
            return Text::tr("git has no '%1' (it has %2)").arg(path[1], git.join(QStringLiteral(", ")));
        const GitInfo info = gitInfo(known.projectFolder);
        if (!info.problem.isEmpty())
            return Text::tr("the git context needs the flow's project folder in a git repository: %1").arg(info.problem);
    }
    if (path.size() < 2)
        return {};
    const QString &name = path[1];
    auto listed = [](const QStringList &names) {
        return names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", "));
    };
    if (context == u"inputs" && known.inputs && !known.inputs->contains(name))
        return Text::tr("the action has no input '%1' (inputs: %2)").arg(name, listed(*known.inputs));
    if (context == u"volumes" && !known.volumes.contains(name))
        return Text::tr("the flow has no volume '%1' (volumes: %2)").arg(name, listed(known.volumes));
    if (context == u"images" && !known.images.contains(name))
        return Text::tr("the flow has no image '%1' (images: %2)").arg(name, listed(known.images));
    if (context == u"params" && !known.params.contains(name))
        return Text::tr("the flow has no param '%1' (params: %2)").arg(name, listed(known.params));
    if (context == u"flow" && !flow.contains(name))
        return Text::tr("flow has no '%1' (it has %2)").arg(name, flow.join(QStringLiteral(", ")));
    if (context == u"project" && !project.contains(name))
        return Text::tr("project has no '%1' (it has %2)").arg(name, project.join(QStringLiteral(", ")));
    if (context == u"strategy" && !strategy.contains(name))
        return Text::tr("strategy has no '%1' (it has %2)").arg(name, strategy.join(QStringLiteral(", ")));
    if (context == u"needs" && known.needs) {
        if (!known.needs->contains(name))
            return Text::tr("'%1' is not among the tasks this task needs (needs: %2)").arg(name, listed(*known.needs));
        if (path.size() > 2 && !need.contains(path[2]))
            return Text::tr("needs.%1 has no '%2' (it has result and outputs)").arg(name, path[2]);
    }
    if (context == u"matrix" && known.matrix && !known.matrix->contains(name))
        return Text::tr("the task's matrix has no '%1' (it has %2)").arg(name, listed(*known.matrix));
    return {};
}

void check(const Scalar &scalar, const QString &key, const Known &known)
{
    if (!scalar.present || !expr::hasExpressions(scalar.text))
        return;
    for (const QStringList &path : expr::referencedPaths(scalar.text)) {
        const QString what = problem(path, known);
        if (!what.isEmpty())
            throw FlowError(scalar.mark, key,
                            Text::tr("in '%1': %2").arg(partNaming(scalar.text, path.value(1)), what));
    }
}

void checkEnv(const ScalarMap &env, const QString &prefix, const Known &known)
{
    for (const auto &[name, value] : env)
        check(value, prefix + QStringLiteral("env.") + name, known);
}

// What the flow declares; `params` those of the flow or of a live job.
Known declared(const FlowDocument &doc, const std::vector<Param> &params)
{
    Known known;
    known.projectFolder = projectRoot(doc);
    for (const Param &p : params)
        known.params << p.name;
    for (const PlatformItem &v : doc.volumes)
        known.volumes << v.id;
    for (const PlatformItem &i : doc.images)
        known.images << i.id;
    return known;
}

void checkDefaults(const FlowDocument &doc, const Known &known)
{
    const Defaults &d = doc.defaults;
    checkEnv(d.env, QStringLiteral("defaults."), known);
    for (const auto &[scalar, key] : {std::pair{&d.workdir, "defaults.workdir"}, {&d.maxParallel, "defaults.max_parallel"},
                                      {&d.failFast, "defaults.fail_fast"}, {&d.cache.strategy, "defaults.cache.strategy"},
                                      {&d.cache.lifeSpan, "defaults.cache.life_span"},
                                      {&d.lifeSpan, "defaults.life_span"}})
        check(*scalar, QString::fromLatin1(key), known);
    for (std::size_t i = 0; i < d.tags.size(); ++i)
        check(d.tags[i], QStringLiteral("defaults.tags[%1]").arg(i), known);
    // Evaluated for the volumes and images contexts before anything runs: a real flow's image
    // ref reads git.sha, which outside a repository must say so, not "unknown context".
    for (const auto &[section, items] : {std::pair{"volumes", &doc.volumes}, {"images", &doc.images}}) {
        for (const PlatformItem &item : *items) {
            for (const auto &[field, value] : item.fields)
                check(value, QStringLiteral("%1.%2.%3").arg(QString::fromLatin1(section), item.id, field), known);
        }
    }
}

void checkRelations(const std::vector<Scalar> &inputs, const std::vector<Scalar> &outputs, const QString &prefix,
                    const Known &known)
{
    for (std::size_t i = 0; i < inputs.size(); ++i)
        check(inputs[i], prefix + QStringLiteral("inputs[%1]").arg(i), known);
    for (std::size_t i = 0; i < outputs.size(); ++i)
        check(outputs[i], prefix + QStringLiteral("outputs[%1]").arg(i), known);
}

} // namespace

void checkJobReferences(const FlowDocument &doc, const JobSpec &job)
{
    Known known = declared(doc, job.params);
    checkDefaults(doc, known);
    const QString prefix = QStringLiteral("jobs.%1.").arg(job.id);
    checkEnv(job.env, prefix, known);
    for (const auto &[scalar, key] :
         {std::pair{&job.title, "title"}, {&job.command.bash, "bash"}, {&job.command.cmd, "cmd"},
          {&job.command.python, "python"}, {&job.workdir, "workdir"}, {&job.lifeSpan, "life_span"}})
        check(*scalar, prefix + QString::fromLatin1(key), known);
    checkRelations(job.inputs, job.outputs, prefix, known);
    for (const auto &[name, value] : job.actionInputs)
        check(value, prefix + QStringLiteral("args.") + name, known);
}

void checkReferences(const FlowDocument &doc, const BatchPlan &plan)
{
    Known known = declared(doc, doc.params);
    checkDefaults(doc, known);
    for (const PlannedTask &task : plan.tasks()) {
        const TaskSpec &spec = doc.tasks[std::size_t(task.specIndex)];
        // A call's own fields (enable, title) read the call's needs, by their ids around it; its
        // outputs read its action's tasks. A wait is only an order, not a need.
        QStringList needs, ofTasks;
        const QString around = task.scope.isEmpty() ? QString() : task.scope + u'.';
        for (const QString &id : task.callNeeds)
            needs << (id.startsWith(around) ? id.mid(around.size()) : id);
        for (const PlannedNeed &n : task.needs) {
            if (!n.wait)
                ofTasks << (n.name.isEmpty() ? n.task : n.name);
        }
        if (!spec.isCall)
            needs = ofTasks;
        QStringList matrix;
        for (auto it = task.matrix.cbegin(); it != task.matrix.cend(); ++it)
            matrix << it.key().toString();
        known.needs = &needs;
        known.matrix = &matrix;
        known.inAction = !spec.flowContexts;
        // The inputs a plain task of an action reads (a call's own fields read those around it).
        QStringList inputs;
        for (const auto &input : spec.actionInputs)
            inputs << input.first;
        const bool plain = spec.callSpec >= 0 && !spec.isCall && !spec.stateful && !spec.runsFirst;
        known.inputs = plain ? &inputs : nullptr;
        const QString prefix = QStringLiteral("tasks[%1].").arg(task.specIndex);
        checkEnv(spec.env, prefix, known);
        for (const auto &[scalar, key] :
             {std::pair{&spec.title, "title"}, {&spec.enable, "enable"}, {&spec.command.bash, "bash"},
              {&spec.command.cmd, "cmd"}, {&spec.command.python, "python"}, {&spec.workdir, "workdir"},
              {&spec.failFast, "strategy.fail_fast"}, {&spec.maxParallel, "strategy.max_parallel"},
              {&spec.cache.strategy, "cache.strategy"}, {&spec.cache.lifeSpan, "cache.life_span"},
              {&spec.lifeSpan, "life_span"}})
            check(*scalar, prefix + QString::fromLatin1(key), known);
        checkRelations(spec.inputs, spec.outputs, prefix, known);
        // An action's outputs read its inputs and the needs of its tasks (written in the action's
        // file), in the action's contexts.
        known.inputs = &inputs;
        known.needs = &ofTasks;
        for (const TaskSpec &inner : doc.tasks) {
            if (inner.callSpec == task.specIndex)
                known.inAction = !inner.flowContexts;
        }
        for (const auto &[name, value] : spec.callOutputs)
            check(value, QStringLiteral("outputs.") + name, known);
    }
}

} // namespace wfs::pipelines
