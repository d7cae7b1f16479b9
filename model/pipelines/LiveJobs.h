#pragma once

#include "model/graph/Graph.h"
#include "model/pipelines/FlowDocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace wfs {
namespace db {
class Statement;
}
class GraphStore;
class ProcessRunner;
}

namespace wfs::pipelines {

// One run of a live workflow's job (`kind: live`, `jobs:`).
struct LiveJob
{
    qint64 id = 0;
    QString flowId;
    QString job;
    QString suffix; // for `multi: true` jobs
    QString file;
    TaskStatus status = TaskStatus::Pending; // Running, Succeeded, Failed, Cancelled
    bool interrupted = false;                // stored as running, but its supervisor is gone
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    std::optional<int> exitCode;
    qint64 pid = 0; // the job's process group
    QString identity; // proves pid still names the group started (runner/ProcessTree.h)
    QString logPath;
    NodeId nodeId = 0;
    QString commandText;

    QString name() const { return suffix.isEmpty() ? job : job + u'-' + suffix; }
};

// Why an ended job ended, for `wfs ps`: "exit code N", "killed", "life_span reached (N s)",
// "supervisor gone"; empty while it runs. A failed job that ran its whole life_span was stopped
// by it (the supervisor records the failure, not its cause).
QString endReason(const LiveJob &job);

// Live jobs in the workspace database. A job runs under a supervisor process (`wfs run-job`
// starts one, detached) that holds a lock while it lives, streams the log, and writes down how
// the job ended; `kill` asks it to stop the job's whole process group.
class LiveJobs
{
public:
    explicit LiveJobs(GraphStore &store);

    // Evaluates the job (params from `overrides`, ${{ multi.args }} from `args`), records it as a
    // pending task card in the group "live · FLOW" and returns its id; the caller starts the
    // supervisor. Throws a usage error for an unknown job, a suffix on a job that is not multi,
    // or a job (non-multi) or job-with-suffix that is already running.
    qint64 prepare(const FlowDocument &doc, const QString &job, const QString &suffix,
                   const std::vector<std::pair<QString, QString>> &overrides, const QStringList &args);

    // Runs job `id` in this process until it ends (the supervisor's body); returns its exit code.
    // `onStarted` gets the runner once the job runs (the CLI connects its signal handling).
    int supervise(qint64 id, const std::function<void(ProcessRunner &)> &onStarted = {});

    // Asks job `id` to stop; for a job whose supervisor is gone, stops its group directly.
    // Waits up to `waitMs` for it to end; returns false if it did not.
    bool kill(qint64 id, int waitMs = 15000);

    std::vector<LiveJob> list(bool includeEnded, int limit = 200); // newest first
    std::optional<LiveJob> job(qint64 id);
    // The newest run of NAME (job, or job-suffix); nullopt when there is none.
    std::optional<LiveJob> newestByName(const QString &name);

    QString lockPath(qint64 id) const;

private:
    std::vector<LiveJob> select(const char *where, const std::function<void(db::Statement &)> &bind);
    void setStatus(qint64 id, TaskStatus status, std::optional<int> exitCode);

    GraphStore &m_store;
};

} // namespace wfs::pipelines
