#pragma once

#include <QString>
#include <QStringList>

namespace wfs {

// Another program of Workflow Studio (wfs, wfstudio): beside this one when installed, in one of
// `buildTreeDirs` (relative to this program's folder) in the build tree, else on PATH. Empty when
// there is none.
QString companionProgram(const QString &name, const QStringList &buildTreeDirs);

} // namespace wfs
