#include "model/core/Text.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/RunnerLock.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wfs::pipelines {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

BakeStatus storedBakeStatus(const QString &name)
{
    for (BakeStatus s : {BakeStatus::Pending, BakeStatus::Running, BakeStatus::Succeeded, BakeStatus::Failed,
                         BakeStatus::Cancelled}) {
        if (bakeStatusName(s) == name)
            return s;
    }
    return BakeStatus::Failed;
}

constexpr const char *attemptColumns = "bake_id, number, status, started, finished, runner_pid, cancel";

BakeAttempt attemptFrom(db::Statement &st, int first)
{
    BakeAttempt a;
    a.bakeId = st.int64(first);
    a.number = int(st.int64(first + 1));
    a.status = storedBakeStatus(st.text(first + 2));
    a.startedMs = st.int64(first + 3);
    a.finishedMs = st.isNull(first + 4) ? 0 : st.int64(first + 4);
    a.runnerPid = st.isNull(first + 5) ? 0 : st.int64(first + 5);
    a.cancelRequested = st.int64(first + 6) != 0;
    return a;
}

// A bake from columns id, flow_id, title, file, params, source, created, and run_user, run_host,
// origin from column `by`.
Bake bakeFrom(db::Statement &st, int by)
{
    Bake b;
    b.id = st.int64(0);
    b.flowId = st.text(1);
    b.title = st.text(2);
    b.file = st.text(3);
    b.params = objectFrom(st.text(4));
    b.source = st.text(5);
    b.createdMs = st.int64(6);
    b.user = st.text(by);
    b.host = st.text(by + 1);
    b.origin = st.text(by + 2);
    return b;
}

} // namespace

QString bakeStatusName(BakeStatus status)
{
    switch (status) {
    case BakeStatus::Pending:
        return QStringLiteral("pending");
    case BakeStatus::Running:
        return QStringLiteral("running");
    case BakeStatus::Succeeded:
        return QStringLiteral("succeeded");
    case BakeStatus::Failed:
        return QStringLiteral("failed");
    case BakeStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BakeStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

BakeStore::BakeStore(Workspace &workspace, Clock clock)
    : m_ws(workspace), m_clock(clock ? std::move(clock) : Clock(&nowMs))
{
}

qint64 BakeStore::createBake(const QString &flowId, const QString &title, const QString &file,
                             const QJsonObject &params, const QString &source)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "INSERT INTO bakes(flow_id, title, file, params, source, created, run_user, run_host) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    const RunBy by = RunBy::current();
    st.bind(1, flowId).bind(2, title).bind(3, file).bind(4, toJson(params)).bind(5, source).bind(6, nowMs());
    st.bind(7, by.user).bind(8, by.host).exec();
    const qint64 id = m_ws.db().lastInsertId();
    tx.commit();
    return id;
}

int BakeStore::createAttempt(qint64 bake, const std::vector<BakeTaskRow> &tasks, qint64 runnerPid)
{
    db::Transaction tx(m_ws.db());
    int number = 1;
    {
        db::Statement st(m_ws.db(), "SELECT COALESCE(MAX(number), 0) + 1, (SELECT origin FROM bakes WHERE id = ?1) "
                                    "FROM bake_attempts WHERE bake_id = ?1");
        st.bind(1, bake);
        if (st.step())
            number = int(st.int64(0));
        // Its attempts belong to the workspace it ran in, and the next pull replaces them.
        if (!st.isNull(1))
            throw Error::usage(Text::tr("bake %1 was pulled from a teammate (%2): restart it where it ran").arg(bake).arg(st.text(1)));
    }
    db::Statement attempt(m_ws.db(), "INSERT INTO bake_attempts(bake_id, number, status, started, runner_pid) "
                                     "VALUES(?, ?, 'running', ?, ?)");
    attempt.bind(1, bake).bind(2, number).bind(3, nowMs()).bind(4, runnerPid).exec();
    db::Statement insert(m_ws.db(),
                         "INSERT INTO bake_tasks(bake_id, attempt, task_id, seq, title, needs, status, started, "
                         "finished, exit_code, outputs, log_path, node_id, message) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const BakeTaskRow &t : tasks) {
        insert.reset();
        insert.bind(1, bake).bind(2, number).bind(3, t.id).bind(4, t.seq).bind(5, t.title);
        insert.bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(t.needs)).toJson(QJsonDocument::Compact)));
        insert.bind(7, statusName(t.status));
        if (t.startedMs)
            insert.bind(8, t.startedMs);
        else
            insert.bindNull(8);
        if (t.finishedMs)
            insert.bind(9, t.finishedMs);
        else
            insert.bindNull(9);
        if (t.exitCode)
            insert.bind(10, *t.exitCode);
        else
            insert.bindNull(10);
        insert.bind(11, toJson(t.outputs)).bindOptional(12, t.logPath);
        if (t.nodeId)
            insert.bind(13, t.nodeId);
        else
            insert.bindNull(13);
        insert.bind(14, t.message);
        insert.exec();
    }
    tx.commit();
    return number;
}

void BakeStore::setAttemptStatus(qint64 bake, int attempt, BakeStatus status)
{
    db::Statement st(m_ws.db(), "UPDATE bake_attempts SET status = ?, finished = ? WHERE bake_id = ? AND number = ?");
    st.bind(1, bakeStatusName(status));
    if (status == BakeStatus::Running || status == BakeStatus::Pending)
        st.bindNull(2);
    else
        st.bind(2, nowMs());
    st.bind(3, bake).bind(4, attempt);
    db::Transaction tx(m_ws.db());
    st.exec();
    tx.commit();
}

void BakeStore::setTaskNode(qint64 bake, int attempt, const QString &task, NodeId node)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "UPDATE bake_tasks SET node_id = ? WHERE bake_id = ? AND attempt = ? AND task_id = ?");
    st.bind(1, node).bind(2, bake).bind(3, attempt).bind(4, task).exec();
    tx.commit();
}

void BakeStore::setTaskTitle(qint64 bake, int attempt, const QString &task, const QString &title)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "UPDATE bake_tasks SET title = ? WHERE bake_id = ? AND attempt = ? AND task_id = ?");
    st.bind(1, title).bind(2, bake).bind(3, attempt).bind(4, task).exec();
    tx.commit();
}

void BakeStore::startTask(qint64 bake, int attempt, const QString &task, qint64 pgid, const QString &identity,
                          const QString &logPath)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "UPDATE bake_tasks SET status = 'running', started = ?, finished = NULL, "
                                "exit_code = NULL, pgid = ?, identity = ?, log_path = ? "
                                "WHERE bake_id = ? AND attempt = ? AND task_id = ?");
    st.bind(1, nowMs()).bind(2, pgid).bindOptional(3, identity).bindOptional(4, logPath);
    st.bind(5, bake).bind(6, attempt).bind(7, task).exec();
    tx.commit();
}

void BakeStore::finishTask(qint64 bake, int attempt, const QString &task, TaskStatus status,
                           std::optional<int> exitCode, const QJsonObject &outputs, const QString &message)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "UPDATE bake_tasks SET status = ?, finished = ?, exit_code = ?, outputs = ?, "
                                "message = ? WHERE bake_id = ? AND attempt = ? AND task_id = ?");
    st.bind(1, statusName(status)).bind(2, nowMs());
    if (exitCode)
        st.bind(3, *exitCode);
    else
        st.bindNull(3);
    st.bind(4, toJson(outputs)).bind(5, message).bind(6, bake).bind(7, attempt).bind(8, task).exec();
    tx.commit();
}

void BakeStore::requestCancel(qint64 bake, int attempt, const QString &task)
{
    db::Transaction tx(m_ws.db());
    if (task.isEmpty()) {
        db::Statement st(m_ws.db(), "UPDATE bake_attempts SET cancel = 1 WHERE bake_id = ? AND number = ?");
        st.bind(1, bake).bind(2, attempt).exec();
    } else {
        db::Statement st(m_ws.db(), "UPDATE bake_tasks SET cancel = 1 WHERE bake_id = ? AND attempt = ? AND task_id = ?");
        st.bind(1, bake).bind(2, attempt).bind(3, task).exec();
        if (m_ws.db().changes() == 0)
            throw Error::usage(Text::tr("bake %1 has no task '%2'").arg(bake).arg(task));
    }
    tx.commit();
}

std::vector<Bake> BakeStore::bakes(int limit)
{
    std::vector<Bake> result;
    db::Statement st(m_ws.db(),
                     "SELECT b.id, b.flow_id, b.title, b.file, b.params, b.source, b.created, "
                     "a.bake_id, a.number, a.status, a.started, a.finished, a.runner_pid, a.cancel, "
                     "b.run_user, b.run_host, b.origin "
                     "FROM bakes b JOIN bake_attempts a ON a.bake_id = b.id "
                     "AND a.number = (SELECT MAX(number) FROM bake_attempts WHERE bake_id = b.id) "
                     "ORDER BY b.id DESC LIMIT ?");
    st.bind(1, limit);
    while (st.step()) {
        Bake b = bakeFrom(st, 14);
        b.last = attemptFrom(st, 7);
        b.last.status = liveStatus(b.id, b.last.status);
        result.push_back(std::move(b));
    }
    return result;
}

std::optional<Bake> BakeStore::bake(qint64 id)
{
    db::Statement st(m_ws.db(), "SELECT id, flow_id, title, file, params, source, created, run_user, run_host, origin "
                                "FROM bakes WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Bake b = bakeFrom(st, 7);
    const std::vector<BakeAttempt> all = attempts(id);
    if (!all.empty())
        b.last = all.back();
    return b;
}

std::vector<BakeAttempt> BakeStore::attempts(qint64 bake)
{
    std::vector<BakeAttempt> result;
    const std::string sql = std::string("SELECT ") + attemptColumns + " FROM bake_attempts WHERE bake_id = ? ORDER BY number";
    db::Statement st(m_ws.db(), sql.c_str());
    st.bind(1, bake);
    while (st.step())
        result.push_back(attemptFrom(st, 0));
    settle(bake, result);
    return result;
}

std::unordered_map<qint64, std::vector<BakeAttempt>> BakeStore::attemptsFrom(qint64 oldestBake)
{
    std::unordered_map<qint64, std::vector<BakeAttempt>> result;
    const std::string sql = std::string("SELECT ") + attemptColumns
        + " FROM bake_attempts WHERE bake_id >= ? ORDER BY bake_id, number";
    db::Statement st(m_ws.db(), sql.c_str());
    st.bind(1, oldestBake);
    while (st.step()) {
        BakeAttempt a = attemptFrom(st, 0);
        result[a.bakeId].push_back(a);
    }
    for (auto &[bake, list] : result)
        settle(bake, list);
    return result;
}

void BakeStore::settle(qint64 bake, std::vector<BakeAttempt> &attempts) const
{
    for (BakeAttempt &a : attempts) {
        // An older attempt still marked running was left by a runner that is gone: the newer
        // attempt's runner could only start after taking the same lock.
        if (&a != &attempts.back() && (a.status == BakeStatus::Running || a.status == BakeStatus::Pending))
            a.status = BakeStatus::Interrupted;
    }
    if (!attempts.empty())
        attempts.back().status = liveStatus(bake, attempts.back().status);
}

std::optional<BakeAttempt> BakeStore::attempt(qint64 bake, int number)
{
    for (const BakeAttempt &a : attempts(bake)) {
        if (a.number == number)
            return a;
    }
    return std::nullopt;
}

std::vector<BakeTaskRow> BakeStore::tasks(qint64 bake, int attempt)
{
    std::vector<BakeTaskRow> result;
    db::Statement st(m_ws.db(), "SELECT task_id, seq, title, needs, status, started, finished, exit_code, outputs, "
                                "log_path, pgid, node_id, message, cancel, identity FROM bake_tasks "
                                "WHERE bake_id = ? AND attempt = ? ORDER BY seq");
    st.bind(1, bake).bind(2, attempt);
    while (st.step()) {
        BakeTaskRow t;
        t.id = st.text(0);
        t.seq = int(st.int64(1));
        t.title = st.text(2);
        for (const QJsonValue &v : QJsonDocument::fromJson(st.text(3).toUtf8()).array())
            t.needs << v.toString();
        t.status = statusFromName(st.text(4)).value_or(TaskStatus::Failed);
        t.startedMs = st.isNull(5) ? 0 : st.int64(5);
        t.finishedMs = st.isNull(6) ? 0 : st.int64(6);
        if (!st.isNull(7))
            t.exitCode = int(st.int64(7));
        t.outputs = objectFrom(st.text(8));
        t.logPath = st.text(9);
        t.pgid = st.isNull(10) ? 0 : st.int64(10);
        t.nodeId = st.isNull(11) ? 0 : st.int64(11);
        t.message = st.text(12);
        t.cancelRequested = st.int64(13) != 0;
        t.identity = st.text(14);
        result.push_back(std::move(t));
    }
    return result;
}

QStringList BakeStore::cancelRequested(qint64 bake, int attempt)
{
    QStringList ids;
    db::Statement st(m_ws.db(), "SELECT task_id FROM bake_tasks WHERE bake_id = ? AND attempt = ? AND cancel != 0 "
                                "ORDER BY seq");
    st.bind(1, bake).bind(2, attempt);
    while (st.step())
        ids << st.text(0);
    return ids;
}

std::optional<QJsonObject> BakeStore::cached(const QString &flowId, const QString &task, const QString &key,
                                             double lifeSpanSeconds)
{
    db::Statement st(m_ws.db(), "SELECT outputs, created FROM bake_cache WHERE flow_id = ? AND task_id = ? AND key = ?");
    st.bind(1, flowId).bind(2, task).bind(3, key);
    if (!st.step())
        return std::nullopt;
    const double ageSeconds = double(m_clock() - st.int64(1)) / 1000.0;
    if (ageSeconds > lifeSpanSeconds)
        return std::nullopt;
    return objectFrom(st.text(0));
}

void BakeStore::storeCache(const QString &flowId, const QString &task, const QString &key, const QJsonObject &outputs)
{
    db::Transaction tx(m_ws.db());
    db::Statement st(m_ws.db(), "INSERT OR REPLACE INTO bake_cache(flow_id, task_id, key, outputs, created) "
                                "VALUES(?, ?, ?, ?, ?)");
    st.bind(1, flowId).bind(2, task).bind(3, key).bind(4, toJson(outputs)).bind(5, m_clock()).exec();
    tx.commit();
}

QString BakeStore::attemptDir(qint64 bake, int attempt) const
{
    return m_ws.logsDir() + QStringLiteral("/bakes/%1/%2").arg(bake).arg(attempt);
}

QString BakeStore::runnerLockPath(qint64 bake) const
{
    return m_ws.logsDir() + QStringLiteral("/bakes/%1/runner.lock").arg(bake);
}

BakeStatus BakeStore::liveStatus(qint64 bake, BakeStatus stored) const
{
    if (stored != BakeStatus::Running && stored != BakeStatus::Pending)
        return stored;
    // A teammate's bake runs on their machine: it stays as their last push said.
    db::Statement st(m_ws.db(), "SELECT 1 FROM bakes WHERE id = ? AND origin IS NOT NULL");
    st.bind(1, bake);
    if (st.step())
        return stored;
    return RunnerLock::isHeld(runnerLockPath(bake)) ? stored : BakeStatus::Interrupted;
}

} // namespace wfs::pipelines
