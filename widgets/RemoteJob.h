#pragma once

#include "widgets/VersionJob.h"

namespace wfs::remotejob {

// `wfs push` and `wfs pull` for the window: on a thread of their own, behind VersionJob's
// progress dialog with Cancel. `remote` empty means the default remote. `done` runs on the GUI
// thread with a one-line summary or the error.
void push(QWidget *parent, const QString &workspaceDir, const QString &remote, VersionJob::Done done);
void pull(QWidget *parent, const QString &workspaceDir, const QString &remote, VersionJob::Done done);

} // namespace wfs::remotejob
