#pragma once

// The runner's state of one planned task; shared by BakeRunner.cpp and BakeRunnerTask.cpp only.
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/OutputCollector.h"
#include "model/runner/ProcessRunner.h"

namespace wfs::pipelines {

struct BakeRunner::Slot
{
    const PlannedTask *plan = nullptr;
    const TaskSpec *spec = nullptr;
    QString title;
    TaskStatus status = TaskStatus::Pending;
    QJsonObject outputs;
    QJsonObject state; // what a stateful action's main task saved, for its post task
    NodeId card = 0;
    bool kept = false; // carried over from an earlier attempt
    std::unique_ptr<ProcessRunner> runner;
    OutputCollector collector;
    std::vector<Relation> outputRelations; // recorded when it succeeds
    QString cacheKey;
    QString flowCacheId;
    bool cacheable = false;
    bool failFast = true;
    int specParallel = 0; // strategy.max_parallel; 0: no limit
    qint64 lifeSpanMs = 0; // life_span: stopped and failed after this long; 0: no limit
    bool timedOut = false;
    // An action call: whether its enable held when its action's first task was about to start
    // (then fixed for the rest of the bake), and why not when it did not.
    std::optional<bool> gate;
    QString gateWhy;
};

} // namespace wfs::pipelines
