#pragma once

// Internal to BatchPlan: the expanded tasks put in an order that runs each after its needs.

#include "model/pipelines/BatchPlan.h"

#include <vector>

namespace wfs::pipelines::batchorder {

// `tasks` in topological order of `deps` (per task, the indices of the tasks it needs), ties
// broken by written order. Throws FlowError at the first task of a cycle, naming the tasks
// around it ("a -> b -> a").
std::vector<PlannedTask> sorted(const std::vector<PlannedTask> &tasks, const std::vector<std::vector<int>> &deps,
                                const FlowDocument &doc);

} // namespace wfs::pipelines::batchorder
