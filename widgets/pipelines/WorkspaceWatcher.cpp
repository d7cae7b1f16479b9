#include "WorkspaceWatcher.h"

#include "core/Error.h"
#include "db/Sqlite.h"
#include "workspace/Workspace.h"

namespace wfs {

WorkspaceWatcher::WorkspaceWatcher(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceWatcher::poll);
    m_poll.start();
    m_heartbeat.setInterval(2000);
    connect(&m_heartbeat, &QTimer::timeout, this, &WorkspaceWatcher::changed);
}

void WorkspaceWatcher::setHeartbeat(bool on)
{
    if (on && !m_heartbeat.isActive())
        m_heartbeat.start();
    else if (!on)
        m_heartbeat.stop();
}

void WorkspaceWatcher::poll()
{
    qint64 version = m_version;
    try {
        db::Statement st(m_workspace.db(), "PRAGMA data_version");
        if (st.step())
            version = st.int64(0);
    } catch (const Error &) {
        return; // busy for longer than the busy timeout: the next tick asks again
    }
    if (version != m_version) {
        m_version = version;
        emit changed();
    }
}

} // namespace wfs
