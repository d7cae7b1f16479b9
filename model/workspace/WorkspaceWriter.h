#pragma once

#include "model/workspace/WorkspaceThread.h"

namespace wfs {

// The window's one writer: card settings, dropped paths, the layout cache. Its connection waits
// for another process's lock as long as it takes (ten minutes at most), on its own thread.
class WorkspaceWriter : public WorkspaceThread
{
    Q_OBJECT
public:
    explicit WorkspaceWriter(const QString &dir, QObject *parent = nullptr);
    ~WorkspaceWriter() override;
};

} // namespace wfs
