#pragma once

#include "model/remote/RemoteContent.h"
#include "model/versions/Versions.h"

namespace wfs {
class GraphStore;
}

namespace wfs::remote {

// Sends a workspace's project versions to a remote, each in three steps so that a version is
// visible only once all of it is there: the content the remote lacks (RemoteContent), then the
// version's manifest (manifests/ID, files named by SHA-256), then its record
// (versions/PROJECT/NUMBER-CREATED-MANIFEST.json). A push killed anywhere leaves at most
// content no record names yet; the next push finds no record and completes the version, sending
// only the content still missing. Every name is unique to its content or its version, so
// concurrent pushes from several workspaces add objects and never replace one another's.
class VersionPush
{
public:
    struct Report
    {
        int versions = 0;     // records written
        int alreadyThere = 0; // versions the remote had
        RemoteContent::PushStats content;
    };

    VersionPush(GraphStore &graph, RemoteStore &remote) : m_graph(graph), m_remote(remote) {}
    Report push(const Progress &progress = {});

    // Where a version's record goes; the project's part is a hash of its uid ("WORKSPACE/ID",
    // see Lineage.h), the same on every machine.
    static QString recordKey(const QString &projectUid, const VersionInfo &version);
    // The remote form of a manifest: JSON, content named by SHA-256 (`sha256` gives the id of
    // a local object).
    static QByteArray remoteManifest(const Manifest &manifest, const std::function<ContentId(const Hash &)> &sha256);

private:
    GraphStore &m_graph;
    RemoteStore &m_remote;
};

} // namespace wfs::remote
