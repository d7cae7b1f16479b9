#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

class QThread;

namespace wfs {

class Workspace;
class WorkspaceWorker;

// One connection to a workspace, on a thread of its own. Jobs run there one after another in
// the order they were posted; what a job hands back runs on the thread that posted it (the
// GUI's), so the GUI gives away work and gets plain values back, and never waits on SQLite's
// locks itself. WorkspaceReader and WorkspaceWriter are the two the window uses.
class WorkspaceThread : public QObject
{
    Q_OBJECT
public:
    using Continuation = std::function<void()>;
    using Job = std::function<Continuation(Workspace &)>;
    using OnError = std::function<void(const QString &message)>;

    // The connection is opened on the thread by the first job; busyTimeoutMs is how long a job
    // waits for another process's lock before it fails.
    WorkspaceThread(const QString &dir, int busyTimeoutMs, QObject *parent = nullptr);
    // Lets the job under way finish and drops the rest.
    ~WorkspaceThread() override;

    const QString &dir() const { return m_dir; }

    // Runs `job` on the thread, then its continuation here unless `context` was destroyed
    // meanwhile. An Error thrown by the job goes to `onError`, else to failed().
    void post(QObject *context, Job job, OnError onError = {});

    // The same for a job that reads a value: `deliver(read(workspace))` here.
    template <typename Read, typename Deliver>
    void run(QObject *context, Read read, Deliver deliver, OnError onError = {})
    {
        post(
            context,
            [read = std::move(read), deliver = std::move(deliver)](Workspace &ws) -> Continuation {
                auto value = read(ws);
                return [deliver, value = std::move(value)] { deliver(value); };
            },
            std::move(onError));
    }

signals:
    void failed(const QString &message);

protected:
    WorkspaceWorker *worker() const { return m_worker; }
    // Ends the thread: first lets the jobs posted so far run for up to `drain`, then waits for
    // the job under way and drops the rest. The most derived destructor calls it, so that no
    // job calls back into a half-destroyed object.
    void stop(std::chrono::milliseconds drain = std::chrono::milliseconds(0));

private:
    QString m_dir;
    QThread *m_thread;
    WorkspaceWorker *m_worker;
};

} // namespace wfs
