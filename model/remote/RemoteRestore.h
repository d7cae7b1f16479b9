#pragma once

#include "model/remote/RemoteContent.h"
#include "model/versions/Versions.h"

namespace wfs::remote {

// One file of a remote manifest, checked: a relative path without "." or ".." segments, NUL or
// empty segments, a known type, a well-formed content id.
struct RemoteEntry
{
    enum class Type { File, Symlink, Dir };
    QByteArray path;
    Type type = Type::File;
    std::uint32_t mode = 0644;
    std::int64_t mtimeNs = 0;
    qint64 size = 0;
    ContentId id;
    QByteArray target;
};

// Reads a manifest pushed by VersionPush. Throws wfs::Error naming `what` and the entry when the
// JSON is not one, bounded: at most 10,000,000 entries, paths of at most 4,096 bytes.
std::vector<RemoteEntry> parseRemoteManifest(const QByteArray &json, const QString &what);

// Writes a pushed version into `folder` (created; must not exist or be empty), fetching content
// from the remote and checking every byte against its SHA-256 before it lands in the folder.
// On any failure the folder is removed again and the error names the file.
// Returns the number of files written.
qint64 restoreFromRemote(RemoteStore &remote, const QString &record, const QString &folder, const Progress &progress = {});

// `wfs version restore` of a version pulled from a remote (GraphStore::remoteVersion): fetched
// from that remote into `folder` (required: the project's own folder is a teammate's), which is
// then registered as a project card.
RestoreResult restorePulled(GraphStore &graph, const VersionInfo &version, const QString &folder, const Progress &progress = {});

} // namespace wfs::remote
