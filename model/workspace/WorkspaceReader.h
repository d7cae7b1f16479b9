#pragma once

#include "model/workspace/WorkspaceThread.h"

namespace wfs {

// The window's one reader of the workspace: its own connection on its own thread, and the one
// watch for what other connections commit (the `wfs` command line, bakes, live jobs, the
// window's own writer). Reads are WorkspaceThread::run jobs; changed() tells when to read again.
class WorkspaceReader : public WorkspaceThread
{
    Q_OBJECT
public:
    explicit WorkspaceReader(const QString &dir, int pollMs = 250, QObject *parent = nullptr);
    ~WorkspaceReader() override;

    void setPollInterval(int ms);

signals:
    // The workspace moved on since the last change reported (also once at the start).
    void changed();
};

} // namespace wfs
