#pragma once

#include <QString>

namespace wfs::paths {

// Absolute, with symlinks and ".." resolved as far as the path exists, so that the same
// folder recorded from anywhere is one card. A path that does not exist yet (an output about
// to be written) keeps its missing tail, cleaned.
QString canonical(const QString &path);

// The last part of a path, or the path itself for "/".
QString baseName(const QString &path);

} // namespace wfs::paths
