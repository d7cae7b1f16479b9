#include "model/pipelines/LiveJobs.h"
#include "model/pipelines/PlatformContexts.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowCheck.h"
#include "model/pipelines/RunnerLock.h"
#include "model/pipelines/TaskLaunch.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace wfs::pipelines {

namespace {
constexpr qint64 startGraceMs = 30000; // a pending job younger than this is still starting

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString shellQuoted(const QStringList &args)
{
    QStringList quoted;
    for (QString a : args) {
        static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=/.,:@%");
        const bool plain = !a.isEmpty() && std::all_of(a.begin(), a.end(), [](QChar c) { return safe.contains(c); });
        quoted << (plain ? a : u'\'' + a.replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return quoted.join(u' ');
}

QString relationSpec(const Relation &r)
{
    return (r.kind == NodeKind::AppSession ? QStringLiteral("app") : kindName(r.kind)) + u':' + r.target;
}

constexpr const char *columns = "id, flow_id, job, suffix, file, command, status, started, finished, exit_code, pid, "
                                "log_path, node_id, identity";

} // namespace

LiveJobs::LiveJobs(GraphStore &store) : m_store(store) {}

QString LiveJobs::lockPath(qint64 id) const
{
    return m_store.workspace().logsDir() + QStringLiteral("/jobs/%1.lock").arg(id);
}

qint64 LiveJobs::prepare(const FlowDocument &doc, const QString &jobId, const QString &suffixIn,
                         const std::vector<std::pair<QString, QString>> &overrides, const QStringList &args)
{
    if (doc.kind != FlowDocument::Kind::Live)
        throw Error::usage(Text::tr("%1 is a batch workflow: run it with wfs bake").arg(doc.file));
    const JobSpec *spec = doc.job(jobId);
    if (!spec) {
        QStringList names;
        for (const JobSpec &j : doc.jobs)
            names << j.id;
        throw Error::usage(Text::tr("%1 has no job '%2' (its jobs: %3)").arg(doc.file, jobId, names.join(QStringLiteral(", "))));
    }
    if (spec->unavailable)
        throw FlowError(spec->unavailable->mark, spec->unavailable->key, spec->unavailable->what);
    QString suffix = suffixIn;
    if (!spec->multi && !suffix.isEmpty())
        throw Error::usage(Text::tr("job %1 is not multi: it takes no suffix").arg(jobId));
    if (!spec->multi && !args.isEmpty())
        throw Error::usage(Text::tr("job %1 is not multi: it takes no arguments after --").arg(jobId));
    if (spec->multi && suffix.isEmpty())
        suffix = QString::number(QRandomGenerator::global()->bounded(0x100000, 0xffffff), 16);
    for (const LiveJob &running : list(false)) {
        if (running.flowId == doc.id && running.job == jobId && running.suffix == suffix && !running.interrupted)
            throw Error::usage(Text::tr("job %1 is already running (id %2): wfs kill %1 first").arg(running.name()).arg(running.id));
    }

    checkJobReferences(doc, *spec);
    QJsonObject flow = BatchPlan::flowContext(doc, {}, projectRoot(doc));
    if (!spec->actionPath.isEmpty())
        flow.insert(QStringLiteral("action_path"), spec->actionPath); // as Apolo gives an action's job
    QCborMap contexts{{QStringLiteral("flow"), QCborMap::fromJsonObject(flow)},
                      {QStringLiteral("project"), QCborMap::fromJsonObject(BatchPlan::projectContext(doc, flow))}};
    contexts = withPlatformContexts(doc, contexts);
    // A job's param defaults see the flow's contexts (${{ project.owner }} in real flows).
    const QJsonObject params = BatchPlan::paramValues(spec->params, overrides, QStringLiteral("job ") + jobId, contexts);
    BatchPlan::requireParams(spec->params, params);
    contexts.insert(QStringLiteral("params"), QCborMap::fromJsonObject(params));
    contexts.insert(QStringLiteral("multi"), QCborMap{{QStringLiteral("args"), shellQuoted(args)},
                                                      {QStringLiteral("suffix"), suffix}});
    if (spec->isCall) {
        QCborMap inputs;
        for (const auto &[name, value] : spec->actionInputs) {
            try {
                inputs.insert(name, expr::evaluateValue(value.text, contexts));
            } catch (const Error &e) {
                throw Error(QStringLiteral("%1: args.%2: %3").arg(value.mark.toString(), name, e.message()));
            }
        }
        contexts.insert(QStringLiteral("inputs"), inputs);
    }
    TaskLaunch launch = evaluateLaunch(doc, spec->command, spec->env, spec->workdir, spec->inputs, spec->outputs, contexts);
    Versions versions(m_store);
    for (Relation &in : launch.inputs)
        versions.pinInput(in);

    const Scalar &runLimit = spec->lifeSpan.present ? spec->lifeSpan : doc.defaults.lifeSpan;
    const double lifeSpan = runLimit.present ? evaluateSeconds(runLimit, QStringLiteral("life_span"), contexts) : 0;
    QStringList outputs;
    for (const Relation &r : launch.outputs)
        outputs << relationSpec(r);
    const QJsonObject command{{QStringLiteral("program"), launch.run.program},
                              {QStringLiteral("arguments"), QJsonArray::fromStringList(launch.run.arguments)},
                              {QStringLiteral("workdir"), launch.run.workingDirectory},
                              {QStringLiteral("env"), launch.env},
                              {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)},
                              {QStringLiteral("text"), launch.commandText},
                              {QStringLiteral("life_span"), lifeSpan}};

    Recorder recorder(m_store);
    db::Transaction tx(m_store.workspace().db());
    const QString name = suffix.isEmpty() ? jobId : jobId + u'-' + suffix;
    const NodeId card = recorder.startTask({name, doc.id, QStringLiteral("live · ") + doc.id, std::nullopt, TaskStatus::Pending});
    recorder.recordAll(card, launch.inputs);
    db::Statement st(m_store.workspace().db(),
                     "INSERT INTO live_jobs(flow_id, job, suffix, file, command, status, started, node_id) "
                     "VALUES(?, ?, ?, ?, ?, 'pending', ?, ?)");
    st.bind(1, doc.id).bind(2, jobId).bind(3, suffix).bind(4, doc.file)
        .bind(5, QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)))
        .bind(6, nowMs()).bind(7, card).exec();
    const qint64 id = m_store.workspace().db().lastInsertId();
    tx.commit();
    return id;
}

int LiveJobs::supervise(qint64 id, const std::function<void(ProcessRunner &)> &onStarted)
{
    RunnerLock lock(lockPath(id));
    const std::optional<LiveJob> row = job(id);
    if (!row)
        throw Error::usage(Text::tr("there is no live job %1 in this workspace").arg(id));
    if (row->status != TaskStatus::Pending)
        throw Error(Text::tr("live job %1 has already been started").arg(id));
    const QJsonObject command = QJsonDocument::fromJson(row->commandText.toUtf8()).object();
    RunSpec run;
    run.program = command.value(QStringLiteral("program")).toString();
    for (const QJsonValue &a : command.value(QStringLiteral("arguments")).toArray())
        run.arguments << a.toString();
    run.workingDirectory = command.value(QStringLiteral("workdir")).toString();
    const QJsonObject env = command.value(QStringLiteral("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        run.environment.insert(it.key(), it.value().toString());
    run.environment.insert(QStringLiteral("WFS_TASK_ID"), QString::number(row->nodeId));
    run.environment.insert(QStringLiteral("WFS_WORKSPACE"), m_store.workspace().dir());
    run.environment.insert(QStringLiteral("WFS_JOB_ID"), QString::number(id));
    run.logPath = m_store.workspace().logsDir() + QStringLiteral("/jobs/%1.log").arg(id);
    run.endGroupWithProgram = true;

    Recorder recorder(m_store);
    ProcessRunner runner;
    {
        db::Transaction tx(m_store.workspace().db());
        recorder.restartTask(row->nodeId, TaskStatus::Running);
        m_store.setTaskLog(row->nodeId, run.logPath);
        tx.commit();
    }
    try {
        runner.start(run);
    } catch (const Error &) {
        setStatus(id, TaskStatus::Failed, std::nullopt);
        recorder.finishTask(row->nodeId, TaskStatus::Failed);
        throw;
    }
    {
        db::Transaction tx(m_store.workspace().db());
        db::Statement st(m_store.workspace().db(),
                         "UPDATE live_jobs SET status = 'running', started = ?, pid = ?, identity = ?, log_path = ? WHERE id = ?");
        st.bind(1, nowMs()).bind(2, runner.processId()).bindOptional(3, runner.identity()).bind(4, run.logPath).bind(5, id).exec();
        tx.commit();
    }
    if (onStarted)
        onStarted(runner);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        try {
            db::Statement st(m_store.workspace().db(), "SELECT cancel FROM live_jobs WHERE id = ?");
            st.bind(1, id);
            if (st.step() && st.int64(0) != 0)
                runner.cancel();
        } catch (const Error &e) {
            qWarning("%s", qPrintable(e.message()));
        }
    });
    poll.start(200);
    bool timedOut = false;
    QTimer limit;
    limit.setSingleShot(true);
    limit.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: a job lives its whole life_span
    QObject::connect(&limit, &QTimer::timeout, [&] {
        timedOut = true;
        runner.cancel();
    });
    if (const double lifeSpan = command.value(QStringLiteral("life_span")).toDouble(); lifeSpan > 0)
        limit.start(std::chrono::milliseconds(qint64(lifeSpan * 1000)));
    const int code = runner.waitForFinished();
    poll.stop();
    limit.stop();

    TaskStatus status = code == 0 ? TaskStatus::Succeeded : TaskStatus::Failed;
    if (runner.outcome() == ProcessRunner::Outcome::Cancelled)
        status = timedOut ? TaskStatus::Failed : TaskStatus::Cancelled;
    if (status == TaskStatus::Succeeded) {
        std::vector<Relation> outputs;
        for (const QJsonValue &spec : command.value(QStringLiteral("outputs")).toArray())
            outputs.push_back(Relation::parseSpec(spec.toString(), Direction::Output));
        try {
            recorder.recordAll(row->nodeId, outputs);
        } catch (const Error &e) {
            qWarning("%s", qPrintable(e.message()));
            status = TaskStatus::Failed;
        }
    }
    db::Transaction tx(m_store.workspace().db());
    setStatus(id, status, code);
    recorder.finishTask(row->nodeId, status, code);
    tx.commit();
    return code;
}

QString endReason(const LiveJob &job)
{
    if (job.interrupted)
        return Text::tr("supervisor gone");
    if (!isFinal(job.status))
        return {};
    if (job.status == TaskStatus::Cancelled)
        return Text::tr("killed");
    const double lifeSpan = QJsonDocument::fromJson(job.commandText.toUtf8()).object().value(QStringLiteral("life_span")).toDouble();
    if (job.status == TaskStatus::Failed && lifeSpan > 0 && job.finishedMs - job.startedMs >= qint64(lifeSpan * 1000))
        return Text::tr("life_span reached (%1 s)").arg(lifeSpan);
    if (job.exitCode)
        return Text::tr("exit code %1").arg(*job.exitCode);
    return Text::tr("did not start");
}

void LiveJobs::setStatus(qint64 id, TaskStatus status, std::optional<int> exitCode)
{
    db::Transaction tx(m_store.workspace().db());
    db::Statement st(m_store.workspace().db(), "UPDATE live_jobs SET status = ?, finished = ?, exit_code = ? WHERE id = ?");
    st.bind(1, statusName(status)).bind(2, nowMs());
    if (exitCode)
        st.bind(3, *exitCode);
    else
        st.bindNull(3);
    st.bind(4, id).exec();
    tx.commit();
}

bool LiveJobs::kill(qint64 id, int waitMs)
{
    std::optional<LiveJob> row = job(id);
    if (!row)
        throw Error::usage(Text::tr("there is no live job %1 in this workspace").arg(id));
    if (isFinal(row->status))
        return true;
    if (row->interrupted || row->status == TaskStatus::Pending) {
        // Its supervisor is gone (or never came): stop the group ourselves and write it down.
        if (row->pid > 0)
            ProcessRunner::terminateGroup(row->pid, row->identity);
        db::Transaction tx(m_store.workspace().db());
        setStatus(id, TaskStatus::Cancelled, std::nullopt);
        if (row->nodeId && m_store.node(row->nodeId))
            Recorder(m_store).finishTask(row->nodeId, TaskStatus::Cancelled);
        tx.commit();
        return true;
    }
    {
        db::Transaction tx(m_store.workspace().db());
        db::Statement st(m_store.workspace().db(), "UPDATE live_jobs SET cancel = 1 WHERE id = ?");
        st.bind(1, id).exec();
        tx.commit();
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs) {
        row = job(id);
        if (!row || isFinal(row->status))
            return true;
        if (row->interrupted)
            return kill(id, 0);
        QThread::msleep(50);
    }
    return false;
}

std::vector<LiveJob> LiveJobs::select(const char *where, const std::function<void(db::Statement &)> &bind)
{
    std::vector<LiveJob> result;
    const std::string sql = std::string("SELECT ") + columns + " FROM live_jobs " + where;
    db::Statement st(m_store.workspace().db(), sql.c_str());
    bind(st);
    while (st.step()) {
        LiveJob j;
        j.id = st.int64(0);
        j.flowId = st.text(1);
        j.job = st.text(2);
        j.suffix = st.text(3);
        j.file = st.text(4);
        j.commandText = st.text(5);
        j.status = statusFromName(st.text(6)).value_or(TaskStatus::Failed);
        j.startedMs = st.int64(7);
        j.finishedMs = st.isNull(8) ? 0 : st.int64(8);
        if (!st.isNull(9))
            j.exitCode = int(st.int64(9));
        j.pid = st.isNull(10) ? 0 : st.int64(10);
        j.logPath = st.text(11);
        j.nodeId = st.isNull(12) ? 0 : st.int64(12);
        j.identity = st.text(13);
        const bool starting = j.status == TaskStatus::Pending && nowMs() - j.startedMs < startGraceMs;
        j.interrupted = !isFinal(j.status) && !starting && !RunnerLock::isHeld(lockPath(j.id));
        result.push_back(std::move(j));
    }
    return result;
}

std::vector<LiveJob> LiveJobs::list(bool includeEnded, int limit)
{
    return select(includeEnded ? "ORDER BY id DESC LIMIT ?"
                               : "WHERE status IN ('pending', 'running') ORDER BY id DESC LIMIT ?",
                  [limit](db::Statement &st) { st.bind(1, limit); });
}

std::optional<LiveJob> LiveJobs::job(qint64 id)
{
    std::vector<LiveJob> found = select("WHERE id = ?", [id](db::Statement &st) { st.bind(1, id); });
    return found.empty() ? std::nullopt : std::optional<LiveJob>(std::move(found.front()));
}

std::optional<LiveJob> LiveJobs::newestByName(const QString &name)
{
    // NAME is the job, or job-suffix: a suffix may itself hold '-', so both readings are asked.
    std::vector<LiveJob> found = select(
        "WHERE (suffix = '' AND job = ?1) OR (suffix <> '' AND job || '-' || suffix = ?1) ORDER BY id DESC LIMIT 1",
        [&name](db::Statement &st) { st.bind(1, name); });
    return found.empty() ? std::nullopt : std::optional<LiveJob>(std::move(found.front()));
}

} // namespace wfs::pipelines
