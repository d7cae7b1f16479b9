#pragma once

#include "model/graph/Graph.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace wfs {
class Workspace;
}

namespace wfs::pipelines {

// An attempt's status; Interrupted is never stored: it is a running attempt whose runner no
// longer holds its lock (killed, machine crashed).
enum class BakeStatus { Pending, Running, Succeeded, Failed, Cancelled, Interrupted };
QString bakeStatusName(BakeStatus status);

struct BakeTaskRow
{
    QString id;
    int seq = 0; // position in the plan
    QString title;
    QStringList needs;
    TaskStatus status = TaskStatus::Pending;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    std::optional<int> exitCode;
    QJsonObject outputs;
    QString logPath;
    qint64 pgid = 0;
    QString identity; // proves pgid still names the group started (runner/ProcessTree.h)
    NodeId nodeId = 0; // the task's card in the workflow graph
    QString message;   // why it was skipped, failed to start, ...
    bool cancelRequested = false;
};

struct BakeAttempt
{
    qint64 bakeId = 0;
    int number = 0;
    BakeStatus status = BakeStatus::Pending;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    qint64 runnerPid = 0;
    bool cancelRequested = false;
};

struct Bake
{
    qint64 id = 0;
    QString flowId;
    QString title;
    QString file;
    QJsonObject params;
    QString source; // the workflow's text when it was baked: restarts run the same definition
    qint64 createdMs = 0;
    BakeAttempt last; // the newest attempt
    QString user, host; // who ran it
    QString origin;     // a bake pulled from a teammate: "WORKSPACE/ID" where it ran; empty: ran here
};

// Bakes, their attempts and task states, and the task cache, in the workspace database.
// Every write is one short transaction, so the GUI, `wfs inspect` and the runner share them.
class BakeStore
{
public:
    // Milliseconds since the epoch; the cache's ages are measured with it (tests pass their own).
    using Clock = std::function<qint64()>;
    explicit BakeStore(Workspace &workspace, Clock clock = {});

    Workspace &workspace() { return m_ws; }

    qint64 createBake(const QString &flowId, const QString &title, const QString &file,
                      const QJsonObject &params, const QString &source);
    // A new attempt (1 for a new bake) with `tasks` as its initial rows; returns its number.
    int createAttempt(qint64 bake, const std::vector<BakeTaskRow> &tasks, qint64 runnerPid);
    void setAttemptStatus(qint64 bake, int attempt, BakeStatus status);

    void setTaskNode(qint64 bake, int attempt, const QString &task, NodeId node);
    void setTaskTitle(qint64 bake, int attempt, const QString &task, const QString &title);
    void startTask(qint64 bake, int attempt, const QString &task, qint64 pgid, const QString &identity,
                   const QString &logPath);
    void finishTask(qint64 bake, int attempt, const QString &task, TaskStatus status,
                    std::optional<int> exitCode, const QJsonObject &outputs, const QString &message = {});

    // Cancel requests: the runner polls them; `task` empty cancels the whole attempt.
    void requestCancel(qint64 bake, int attempt, const QString &task = {});

    std::vector<Bake> bakes(int limit = 1000); // newest first
    std::optional<Bake> bake(qint64 id);
    std::vector<BakeAttempt> attempts(qint64 bake); // oldest first
    // Every attempt of the bakes from `oldestBake` on, by bake, in one query (the GUI's bake tree).
    std::unordered_map<qint64, std::vector<BakeAttempt>> attemptsFrom(qint64 oldestBake);
    std::optional<BakeAttempt> attempt(qint64 bake, int number);
    std::vector<BakeTaskRow> tasks(qint64 bake, int attempt); // in plan order
    // The ids of the attempt's tasks with a cancel request, in plan order: what the runner polls.
    QStringList cancelRequested(qint64 bake, int attempt);

    // The task cache: outputs of an earlier successful run with the same key, if younger than
    // `lifeSpanSeconds`.
    std::optional<QJsonObject> cached(const QString &flowId, const QString &task, const QString &key,
                                      double lifeSpanSeconds);
    void storeCache(const QString &flowId, const QString &task, const QString &key, const QJsonObject &outputs);

    // Where an attempt's logs go, and the lock its runner holds while it lives.
    QString attemptDir(qint64 bake, int attempt) const;
    QString runnerLockPath(qint64 bake) const;

private:
    BakeStatus liveStatus(qint64 bake, BakeStatus stored) const;
    // Running attempts whose runner is gone become Interrupted.
    void settle(qint64 bake, std::vector<BakeAttempt> &attempts) const;

    Workspace &m_ws;
    Clock m_clock;
};

} // namespace wfs::pipelines
