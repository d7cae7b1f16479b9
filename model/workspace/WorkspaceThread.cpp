#include "model/workspace/WorkspaceThread.h"

#include "model/core/Error.h"
#include "model/workspace/WorkspaceWorker.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

namespace wfs {

WorkspaceThread::WorkspaceThread(const QString &dir, int busyTimeoutMs, QObject *parent)
    : QObject(parent), m_dir(dir), m_thread(new QThread), m_worker(new WorkspaceWorker(dir, busyTimeoutMs))
{
    m_thread->setObjectName(QStringLiteral("workspace"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WorkspaceThread::~WorkspaceThread()
{
    stop();
    delete m_thread;
}

void WorkspaceThread::stop(std::chrono::milliseconds drain)
{
    if (m_thread->isFinished())
        return;
    if (drain.count() > 0) {
        // Jobs run in order, so this one runs after everything posted before it.
        QThread *thread = m_thread;
        QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
        if (m_thread->wait(QDeadlineTimer(drain)))
            return;
    }
    m_worker->cancelled = true;
    m_thread->quit();
    m_thread->wait();
}

void WorkspaceThread::post(QObject *context, Job job, OnError onError)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    WorkspaceWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [this, w, hasContext, guard, job = std::move(job), onError = std::move(onError)] {
            if (w->cancelled)
                return;
            Continuation next;
            QString error;
            try {
                next = job(w->workspace());
            } catch (const Error &e) {
                error = e.message();
            }
            // Runs on our thread; queued events for a destroyed WorkspaceThread are discarded.
            QMetaObject::invokeMethod(
                this,
                [this, hasContext, guard, next = std::move(next), error, onError] {
                    if (hasContext && !guard)
                        return;
                    if (!error.isEmpty())
                        onError ? onError(error) : emit failed(error);
                    else if (next)
                        next();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace wfs
