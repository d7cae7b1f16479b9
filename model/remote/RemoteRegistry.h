#pragma once

#include "model/remote/RemoteSpec.h"

#include <vector>

namespace wfs {
class Workspace;
}

namespace wfs::remote {

// The remotes a workspace knows, in its database. The first one added is the default; when
// the default is removed, the oldest remaining one takes over.
class RemoteRegistry
{
public:
    explicit RemoteRegistry(Workspace &workspace) : m_workspace(workspace) {}

    // Usage errors for an invalid spec or a name in use.
    void add(RemoteSpec spec);
    std::vector<RemoteSpec> list();
    // Throws a usage error listing the known names when `name` is unknown.
    void remove(const QString &name);
    // `name`, or the default when empty; usage errors list the known names.
    RemoteSpec find(const QString &name);

private:
    [[noreturn]] void unknown(const QString &name);
    Workspace &m_workspace;
};

} // namespace wfs::remote
