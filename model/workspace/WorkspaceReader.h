#pragma once

#include "workspace/WorkspaceThread.h"

#include <utility>

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

// One read at a time for a reader's client: asking while a read is under way asks for exactly
// one more once it ends, so a burst of changes costs two reads, not one per change.
class ReadGate
{
public:
    // True when the caller starts a read now.
    bool request()
    {
        if (m_busy) {
            m_again = true;
            return false;
        }
        m_busy = true;
        return true;
    }
    // While a read is under way: one more once it ends.
    void again() { m_again = m_busy; }
    // The read ended: true when the caller starts the next one now.
    bool finish()
    {
        m_busy = std::exchange(m_again, false);
        return m_busy;
    }

private:
    bool m_busy = false;
    bool m_again = false;
};

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
