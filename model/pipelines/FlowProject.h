#pragma once

// Internal to the workflow loader: the project file (.apolo/project.yml), whose id, owner and
// project_name the `project` and `flow` contexts give, and whose defaults and mixins apply to
// every flow of the project (a flow's own win).

#include "model/pipelines/FlowYaml.h"

namespace wfs::pipelines::flowproject {

struct Project
{
    flowyaml::Node root;          // the project file's mapping; Null when there is none
    const flowyaml::Node *defaults = nullptr;
    const flowyaml::Node *mixins = nullptr;
};

// Reads the project file of the flow `doc.file` (its .apolo folder, then the workspace) into
// doc.project*; its platform-only sections are recorded as ignored. Throws FlowError.
Project load(FlowDocument &doc);

// The entries of a `volumes:` or `images:` section (`name`) into `items`, replacing those of
// the same id (the flow's replace the project's). Only scalar attributes are kept.
void readPlatformItems(const flowyaml::Node *section, const QString &name, std::vector<PlatformItem> &items);

// `flow` mixins laid over the project's (same name: the flow's).
flowyaml::Node mergedMixins(const flowyaml::Node *project, const flowyaml::Node *flow);

// The project's defaults under the flow's: env merged name by name, any other key the flow's
// when it writes one.
void mergeDefaults(Defaults &project, const Defaults &flow);

} // namespace wfs::pipelines::flowproject
