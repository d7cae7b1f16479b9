#include "widgets/pipelines/DagTask.h"

#include "model/pipelines/BakePreview.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowDocument.h"

#include <QSet>

namespace wfs {

using namespace pipelines;

std::vector<DagTask> dagTasksOfPlan(const FlowDocument &doc, const std::vector<PreviewTask> &preview)
{
    std::vector<DagTask> tasks;
    if (doc.kind == FlowDocument::Kind::Live) {
        for (const JobSpec &job : doc.jobs)
            tasks.push_back({job.id, job.title.text, {}, TaskStatus::Pending, 0, 0, {}, {}});
        return tasks;
    }
    const BatchPlan plan = BatchPlan::build(doc, BatchPlan::params(doc, {}));
    for (const PlannedTask &t : plan.tasks()) {
        DagTask d;
        d.id = t.id;
        d.title = doc.tasks[std::size_t(t.specIndex)].title.text;
        for (const PlannedNeed &n : t.needs)
            d.needs << n.task;
        for (const PreviewTask &p : preview) {
            if (p.id == t.id)
                d.cache = p.note.isEmpty() ? cacheText(p.cache) : cacheText(p.cache) + QStringLiteral(" (") + p.note + u')';
        }
        tasks.push_back(d);
    }
    return tasks;
}

std::vector<DagTask> dagTasksOfAttempt(const std::vector<BakeTaskRow> &rows)
{
    std::vector<DagTask> tasks;
    for (const BakeTaskRow &r : rows)
        tasks.push_back({r.id, r.title, r.needs, r.status, r.startedMs, r.finishedMs, r.message, {}});
    return tasks;
}

std::vector<QString> actionCalls(const std::vector<DagTask> &tasks)
{
    QSet<QString> calls;
    for (const DagTask &t : tasks) {
        if (const qsizetype dot = t.id.indexOf(u'.'); dot > 0)
            calls.insert(t.id.left(dot));
    }
    std::vector<QString> result;
    result.reserve(tasks.size());
    for (const DagTask &t : tasks) {
        const qsizetype dot = t.id.indexOf(u'.');
        result.push_back(dot > 0 ? t.id.left(dot) : calls.contains(t.id) ? t.id : QString());
    }
    return result;
}

} // namespace wfs
