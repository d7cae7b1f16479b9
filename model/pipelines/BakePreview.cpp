#include "model/pipelines/BakePreview.h"
#include "model/pipelines/PlatformContexts.h"

#include "model/core/Text.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace wfs::pipelines {

namespace {
// Whether the cache answers for `task` when every need came from the cache with `outputs`.
PreviewTask::Cache cacheFor(const FlowDocument &doc, const PlannedTask &task, const QCborMap &contexts,
                            const QJsonObject &needOutputs, BakeStore *store, QJsonObject &outputs, QString &note)
{
    const TaskSpec &spec = doc.tasks[std::size_t(task.specIndex)];
    try {
        const CacheUse use = cacheUse(doc, spec, contexts);
        if (use.strategy != u"default")
            return PreviewTask::Cache::Off;
        const TaskLaunch launch = evaluateLaunch(doc, spec.command, spec.env, spec.workdir, spec.inputs, spec.outputs,
                                                 contexts);
        if (std::any_of(launch.inputs.begin(), launch.inputs.end(),
                        [](const Relation &r) { return r.kind == NodeKind::Project; })) {
            note = Text::tr("its project inputs are versioned when it starts");
            return PreviewTask::Cache::Unknown;
        }
        const bool outputsThere = std::all_of(launch.outputs.begin(), launch.outputs.end(), [](const Relation &r) {
            return !kindHasPath(r.kind) || QFileInfo::exists(r.target);
        });
        const auto hit = store && outputsThere
            ? store->cached(doc.id, task.id, launch.definitionKey(needOutputs), use.lifeSpan)
            : std::nullopt;
        if (!hit)
            return PreviewTask::Cache::Runs;
        outputs = *hit;
        return PreviewTask::Cache::Cached;
    } catch (const Error &e) {
        note = e.message();
        return PreviewTask::Cache::Unknown;
    }
}

} // namespace

std::vector<PreviewTask> previewBake(const FlowDocument &doc, const QJsonObject &params, const BatchPlan &plan,
                                     BakeStore *store)
{
    const QJsonObject flow = BatchPlan::flowContext(doc, params, projectRoot(doc));
    QCborMap base{{QStringLiteral("flow"), QCborMap::fromJsonObject(flow)},
                  {QStringLiteral("project"), QCborMap::fromJsonObject(BatchPlan::projectContext(doc, flow))}};
    try {
        base = withPlatformContexts(doc, base);
    } catch (const Error &) {
        // Left out: a task that reads them is then "decided when it starts", with the reason.
    }
    QHash<QString, QJsonObject> cachedOutputs; // of the tasks the cache answers for
    std::vector<PreviewTask> out;
    for (const PlannedTask &task : plan.tasks()) {
        PreviewTask p;
        p.id = task.id;
        p.matrix = task.matrix;
        p.call = task.call;
        p.matrix.remove(QStringLiteral("ORDINAL"));
        QJsonObject needs, needOutputs;
        bool needsCached = true;
        for (const PlannedNeed &n : task.needs) {
            p.needs << n.task;
            needsCached = needsCached && cachedOutputs.contains(n.task);
            needOutputs.insert(n.task, cachedOutputs.value(n.task)); // as the runner keys its cache
            if (n.wait)
                continue; // only an order
            needs.insert(n.name.isEmpty() ? n.task : n.name,
                         QJsonObject{{QStringLiteral("result"), QStringLiteral("succeeded")},
                                     {QStringLiteral("outputs"), cachedOutputs.value(n.task)}});
        }
        if (doc.tasks[std::size_t(task.specIndex)].isCall) {
            p.cache = PreviewTask::Cache::Unknown;
            p.note = Text::tr("an action call runs nothing itself");
        } else if (!needsCached) {
            p.cache = PreviewTask::Cache::AfterNeeds;
        } else {
            QCborMap contexts = base;
            contexts.insert(QStringLiteral("params"), QCborMap::fromJsonObject(params));
            contexts.insert(QStringLiteral("matrix"), task.matrix);
            contexts.insert(QStringLiteral("needs"), QCborMap::fromJsonObject(needs));
            contexts.insert(QStringLiteral("strategy"), QCborMap());
            contexts.insert(QStringLiteral("inputs"), task.inputs);
            QJsonObject outputs;
            p.cache = cacheFor(doc, task, contexts, needOutputs, store, outputs, p.note);
            if (p.cache == PreviewTask::Cache::Cached)
                cachedOutputs.insert(task.id, outputs);
        }
        out.push_back(std::move(p));
    }
    return out;
}

QString cacheText(PreviewTask::Cache cache)
{
    switch (cache) {
    case PreviewTask::Cache::Cached:
        return Text::tr("cached");
    case PreviewTask::Cache::Runs:
        return Text::tr("runs");
    case PreviewTask::Cache::Off:
        return Text::tr("no cache");
    case PreviewTask::Cache::AfterNeeds:
        return Text::tr("after its needs");
    case PreviewTask::Cache::Unknown:
        break;
    }
    return Text::tr("decided when it starts");
}

} // namespace wfs::pipelines
