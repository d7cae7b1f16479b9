#pragma once

#include <QObject>
#include <QTimer>

namespace wfs {

class Workspace;

// Tells when another process (a `wfs bake`, a live job's supervisor) committed to the workspace
// database: SQLite's data_version moves on every commit of another connection, so one tiny
// query every 250 ms is all it costs. A slower heartbeat (while `setHeartbeat(true)`) also
// fires, for what no commit announces: a runner that died and left its bake interrupted.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceWatcher(Workspace &workspace, QObject *parent = nullptr);

    void setHeartbeat(bool on);

signals:
    void changed();

private:
    void poll();

    Workspace &m_workspace;
    QTimer m_poll;
    QTimer m_heartbeat;
    qint64 m_version = -1;
};

} // namespace wfs
