#pragma once

// Internal to the workflow loader: the top-level `mixins` section and Apolo's rules for merging
// the mixins a task or job names (`mixins:` or `inherits:`) into it.

#include "model/pipelines/FlowYaml.h"

namespace wfs::pipelines::flowmixins {

class Mixins
{
public:
    // `section` is the `mixins` mapping, or nullptr when the flow has none.
    explicit Mixins(const flowyaml::Node *section);

    // Each mixin by name and its definition, as written.
    const std::vector<flowyaml::Entry> &definitions() const;

    // `target` (a task, a job or a mixin at `path`) with the mixins it names merged in, and its
    // mixins key removed. A scalar is the target's own, else the rightmost mixin's; lists are
    // concatenated, mixins first; mappings merge key by key by the same rules. Entries that only
    // a mixin wrote are marked inherited. Throws for an unknown mixin and for mixins that
    // inherit each other in a cycle. `name` is the mixin being merged, empty for tasks and jobs.
    flowyaml::Node apply(const flowyaml::Node &target, const QString &path, const QString &name = {}) const;

private:
    flowyaml::Node merged(const flowyaml::Node &target, const QString &path, QStringList &chain) const;

    const flowyaml::Node *m_section;
};

} // namespace wfs::pipelines::flowmixins
