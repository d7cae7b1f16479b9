#pragma once

// Internal to the workflow loader: batch action calls (`action: ws:NAME` with `args:`).

#include "model/pipelines/FlowYaml.h"

#include <functional>

namespace wfs::pipelines::flowactions {

// Reads one of an action's tasks (path as written in the action file); `call`: the task calls
// an action itself, so it has no command of its own.
using ReadTask = std::function<TaskSpec(const flowyaml::Node &, const QString &path, bool call)>;

// How deep actions may call actions: the flow's call is level 1 (neuro-flow sets no limit).
constexpr int maxActionDepth = 8;

// Loads the action that the task `node` (read as `call`) calls from the flow's workspace
// (WORKSPACE/NAME, NAME.yml or NAME.yaml, or .apolo/NAME.yml ...), checks the call's args
// against the action's inputs, and appends to doc.tasks the action's tasks, ids prefixed with
// the call's id and '.', and then the call itself, which the tasks after it need. A task of a
// batch action may call an action in turn (its tasks are then CALL.INNER.TASK), up to
// maxActionDepth levels. Throws FlowError at the call (unknown action, unknown or missing
// input, too deep, an action that calls itself) or in the action's file.
void addCall(const flowyaml::Node &node, const QString &path, TaskSpec call, FlowDocument &doc, const ReadTask &read);

// Reads one live job (the action's `job:` mapping, path as written in the action file).
using ReadJob = std::function<JobSpec(const flowyaml::Node &, const QString &path)>;

// The job `node` of a live flow calls a `kind: live` action: returns the action's job with the
// call's params and the inputs from its args. Throws FlowError like addCall().
JobSpec liveCall(const flowyaml::Node &node, const QString &path, const FlowDocument &doc, const ReadJob &read);

// Whether the job or task `node` calls a GitHub action (gh:OWNER/REPO@VERSION, github:...).
bool isRemoteCall(const flowyaml::Node &node);

} // namespace wfs::pipelines::flowactions
