#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace wfs {

class Workspace;

// The part of a WorkspaceThread that lives on its thread: the connection, opened on first use,
// and the optional watch for other connections' commits. Only WorkspaceThread uses it.
class WorkspaceWorker : public QObject
{
public:
    WorkspaceWorker(const QString &dir, int busyTimeoutMs);
    ~WorkspaceWorker() override;

    Workspace &workspace();

    // From now on asks SQLite's data_version every intervalMs and calls `moved` when another
    // connection (a `wfs` process, a bake, our writer) committed since the last ask.
    void watch(int intervalMs, std::function<void()> moved);
    void setInterval(int intervalMs);

    std::atomic_bool cancelled{false};

private:
    void poll();

    QString m_dir;
    int m_busyTimeoutMs;
    std::unique_ptr<Workspace> m_workspace;
    QTimer *m_timer = nullptr;
    std::function<void()> m_moved;
    qint64 m_version = -1;
};

} // namespace wfs
