#pragma once

#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowDocument.h"

namespace wfs::pipelines {

// Checks, before anything runs, what the flow's expressions read against what it declares:
// params.NAME must be a param, needs.ID one of the task's needs (then .result or .outputs),
// matrix.KEY one of its matrix's keys or ORDINAL, flow.X, strategy.X and git.X known attributes,
// and git only in a project folder that is in a git repository.
// Throws FlowError at the attribute, quoting the expression.
void checkReferences(const FlowDocument &doc, const BatchPlan &plan);

// The same for the live job `job` of `doc` (params are the job's own), so that `wfs run-job`
// refuses what a bake refuses with the same message.
void checkJobReferences(const FlowDocument &doc, const JobSpec &job);

} // namespace wfs::pipelines
