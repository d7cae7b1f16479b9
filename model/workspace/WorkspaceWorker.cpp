#include "model/workspace/WorkspaceWorker.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"

#include <QTimer>

namespace wfs {

WorkspaceWorker::WorkspaceWorker(const QString &dir, int busyTimeoutMs) : m_dir(dir), m_busyTimeoutMs(busyTimeoutMs) {}

WorkspaceWorker::~WorkspaceWorker() = default;

Workspace &WorkspaceWorker::workspace()
{
    if (!m_workspace) {
        auto ws = std::make_unique<Workspace>(m_dir);
        ws->db().exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs).toUtf8().constData());
        m_workspace = std::move(ws);
    }
    return *m_workspace;
}

void WorkspaceWorker::watch(int intervalMs, std::function<void()> moved)
{
    m_moved = std::move(moved);
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceWorker::poll);
    m_timer->start();
    poll();
}

void WorkspaceWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void WorkspaceWorker::poll()
{
    if (cancelled)
        return;
    try {
        db::Statement st(workspace().db(), "PRAGMA data_version");
        const qint64 version = st.step() ? st.int64(0) : 0;
        if (version == m_version)
            return;
        m_version = version;
    } catch (const Error &) {
        return; // an unreadable workspace is reported by the reads themselves; ask again later
    }
    m_moved();
}

} // namespace wfs
