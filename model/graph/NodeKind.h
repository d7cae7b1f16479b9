#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace wfs {

using NodeId = qint64;

enum class NodeKind {
    Project,
    ProjectVersion,
    Dataset,
    File,
    ModelWeight,
    Folder,
    Task,
    Job,
    AppSession,
};

// The names used in the database, in `wfs graph --json` and on the command line.
QString kindName(NodeKind kind);
std::optional<NodeKind> kindFromName(const QString &name);
// The kind in words for messages, translated ("project version", "Projektversion").
QString kindLabel(NodeKind kind);
// Kinds whose cards stand for a path on disk.
bool kindHasPath(NodeKind kind);

} // namespace wfs
