#pragma once

// Internal to the workflow loader: finding, reading and checking the file an action call names.

#include "model/pipelines/FlowRead.h"
#include "model/pipelines/FlowYaml.h"

#include <utility>
#include <vector>

namespace wfs::pipelines::flowactions {

// `action:` or `module:` of a call (a module is an action whose tasks share the flow's mixins
// and defaults; a local run gives an action's tasks the flow's defaults too).
Scalar actionRef(const flowread::Fields &call);

// gh: and github:, the schemes of actions Apolo clones from github.com.
bool isRemoteScheme(const QString &scheme);

// The action file `action` (ws:NAME) names in the flow's workspace, parsed; its path in `file`.
// Throws FlowError at the call for another scheme or a file that is not there.
flowyaml::Node loadAction(const Scalar &action, const QString &callPath, const FlowDocument &doc, QString &file);

// Each input's default (a Scalar that is not present when it has none), in the order written.
std::vector<std::pair<QString, Scalar>> readInputs(const flowyaml::Node *node);

// The call's args checked against the inputs: each input's value as written.
ScalarMap inputValues(const flowread::Fields &call, const QString &action,
                      const std::vector<std::pair<QString, Scalar>> &inputs);

} // namespace wfs::pipelines::flowactions
