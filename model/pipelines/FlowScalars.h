#pragma once

#include "model/pipelines/FlowDocument.h"

#include <functional>

namespace wfs::pipelines {

// Calls `visit` for every scalar of `doc` that may hold an expression: its title, defaults,
// volumes and images, and every field of its tasks (post tasks and action calls too) and jobs.
void forEachScalar(const FlowDocument &doc, const std::function<void(const Scalar &)> &visit);

// Whether an expression anywhere in `doc` reads the top-level context `name` ("git"). An
// expression that does not parse counts as not reading it: its own check reports it.
bool readsContext(const FlowDocument &doc, const QString &name);

} // namespace wfs::pipelines
