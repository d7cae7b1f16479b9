#pragma once

// Internal to BatchPlan: a task's matrix expanded into its instances.

#include "model/pipelines/FlowDocument.h"

#include <QCborMap>
#include <QJsonObject>

#include <vector>

namespace wfs::pipelines::batchmatrix {

// Each instance's values (keys in the order written) with its "ORDINAL" (0-based, last), in
// Apolo's order. Axes computed by an expression are evaluated against `contexts` (params; in an
// action also its inputs). Throws FlowError at the matrix for an include that is not a full
// combination, an exclude naming no axis, more than 256 instances or none.
std::vector<QCborMap> instances(const MatrixSpec &matrix, const QCborMap &contexts);

} // namespace wfs::pipelines::batchmatrix
