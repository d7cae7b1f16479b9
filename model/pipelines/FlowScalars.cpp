#include "model/pipelines/FlowScalars.h"

#include "model/core/Error.h"
#include "model/pipelines/Expr.h"

namespace wfs::pipelines {

namespace {

using Visit = std::function<void(const Scalar &)>;

void visitMap(const ScalarMap &map, const Visit &visit)
{
    for (const auto &entry : map)
        visit(entry.second);
}

void visitList(const std::vector<Scalar> &list, const Visit &visit)
{
    for (const Scalar &s : list)
        visit(s);
}

void visitCommand(const CommandSpec &command, const Visit &visit)
{
    visit(command.bash);
    visit(command.cmd);
    visit(command.python);
}

void visitTask(const TaskSpec &t, const Visit &visit)
{
    for (const Scalar *s : {&t.id, &t.title, &t.enable, &t.failFast, &t.maxParallel, &t.workdir, &t.cache.strategy,
                            &t.cache.lifeSpan, &t.lifeSpan})
        visit(*s);
    if (t.needs) {
        for (const Need &need : *t.needs)
            visit(Scalar{need.task, need.mark, true});
    }
    for (const CacheSpec &c : t.cacheChain) {
        visit(c.strategy);
        visit(c.lifeSpan);
    }
    for (const auto &axis : t.matrix.computed)
        visit(axis.second);
    visitCommand(t.command, visit);
    visitMap(t.env, visit);
    visitList(t.inputs, visit);
    visitList(t.outputs, visit);
    visitMap(t.actionInputs, visit);
    visitMap(t.callOutputs, visit);
}

} // namespace

void forEachScalar(const FlowDocument &doc, const Visit &visit)
{
    visit(doc.title);
    const Defaults &d = doc.defaults;
    for (const Scalar *s : {&d.workdir, &d.maxParallel, &d.failFast, &d.cache.strategy, &d.cache.lifeSpan, &d.lifeSpan})
        visit(*s);
    visitMap(d.env, visit);
    visitList(d.tags, visit);
    for (const auto *items : {&doc.volumes, &doc.images}) {
        for (const PlatformItem &item : *items)
            visitMap(item.fields, visit);
    }
    for (const auto *tasks : {&doc.tasks, &doc.posts}) {
        for (const TaskSpec &t : *tasks)
            visitTask(t, visit);
    }
    for (const JobSpec &j : doc.jobs) {
        for (const Scalar *s : {&j.title, &j.workdir, &j.lifeSpan})
            visit(*s);
        visitCommand(j.command, visit);
        visitMap(j.env, visit);
        visitList(j.inputs, visit);
        visitList(j.outputs, visit);
        visitMap(j.actionInputs, visit);
    }
}

bool readsContext(const FlowDocument &doc, const QString &name)
{
    bool reads = false;
    forEachScalar(doc, [&](const Scalar &s) {
        if (reads || !s.present || !expr::hasExpressions(s.text))
            return;
        try {
            reads = expr::contextsUsed(s.text).contains(name);
        } catch (const Error &) {
            // Reported where the scalar is checked or evaluated.
        }
    });
    return reads;
}

} // namespace wfs::pipelines
