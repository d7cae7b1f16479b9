// wfs run-job, ps, logs, kill: the jobs of live workflows (`kind: live`), each run by a
// detached supervisor (the hidden `wfs job-supervise ID`).
#include "app/cli/BakeCommon.h"
#include "app/cli/SignalWatch.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/pipelines/FlowParser.h"
#include "model/pipelines/LiveJobs.h"
#include "model/runner/ProcessRunner.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cstdio>

namespace wfs::cli {

using namespace wfs::pipelines;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

QString statusText(const LiveJob &j)
{
    return j.interrupted ? QStringLiteral("interrupted") : statusName(j.status);
}

// JOB as a live job id, or the newest run of that name (job or job-suffix).
LiveJob findJob(LiveJobs &jobs, const QString &nameOrId)
{
    bool isId = false;
    const qint64 id = nameOrId.toLongLong(&isId);
    const std::optional<LiveJob> job = isId ? jobs.job(id) : jobs.newestByName(nameOrId);
    if (!job)
        throw Error::usage(Text::tr("there is no live job '%1' in this workspace (see wfs ps --all)").arg(nameOrId));
    return *job;
}

int runJob(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs run-job needs one JOB: wfs run-job JOB [-s SUFFIX] [-- ARGS...]"));
    const QString flowArg = args.has(QStringLiteral("flow")) ? args.value(QStringLiteral("flow")) : QStringLiteral("live");
    const FlowDocument doc = FlowParser::parseFile(FlowParser::resolve(flowArg, QDir::currentPath()));
    reportIgnored(doc);
    LiveJobs jobs(cli.store());
    const qint64 id = jobs.prepare(doc, args.positional().front(), args.value(QStringLiteral("suffix")), paramPairs(args),
                                   args.afterDashes());
    QProcess supervisor;
    supervisor.setProgram(QCoreApplication::applicationFilePath());
    supervisor.setArguments({QStringLiteral("--workspace"), cli.workspace().dir(), QStringLiteral("job-supervise"),
                             QString::number(id)});
    supervisor.setStandardInputFile(QProcess::nullDevice());
    supervisor.setStandardOutputFile(QProcess::nullDevice());
    supervisor.setStandardErrorFile(cli.workspace().logsDir() + QStringLiteral("/jobs/%1.supervisor.log").arg(id));
    QDir().mkpath(cli.workspace().logsDir() + QStringLiteral("/jobs"));
    if (!supervisor.startDetached())
        throw Error(Text::tr("could not start the job's supervisor: %1").arg(supervisor.errorString()));
    // Return once it runs, so that `wfs ps` right after shows it running.
    QElapsedTimer clock;
    clock.start();
    std::optional<LiveJob> job = jobs.job(id);
    while (job && job->status == TaskStatus::Pending && clock.elapsed() < 10000) {
        QThread::msleep(20);
        job = jobs.job(id);
    }
    cli.out() << id << '\n';
    if (job && job->status == TaskStatus::Pending)
        throw Error(Text::tr("live job %1 did not start within 10 s; see %2").arg(id).arg(
            cli.workspace().logsDir() + QStringLiteral("/jobs/%1.supervisor.log").arg(id)));
    cli.out() << Text::tr("%1 %2 (log: %3)").arg(job->name(), statusName(job->status), job->logPath) << '\n';
    if (!args.has(QStringLiteral("wait")))
        return 0;
    // In the foreground: SIGINT/SIGTERM stop the job, and its exit status is ours.
    cli.out().flush();
    bool stopping = false;
    SignalWatch watch([&] {
        if (!std::exchange(stopping, true))
            jobs.kill(id);
    });
    while (job && !isFinal(job->status) && !job->interrupted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100); // the signal watch's notifier
        QThread::msleep(100);
        job = jobs.job(id);
    }
    if (!job || job->interrupted)
        throw Error(Text::tr("live job %1: its supervisor is gone").arg(id));
    cli.out() << Text::tr("%1 %2").arg(job->name(), statusName(job->status)) << '\n';
    if (job->status == TaskStatus::Succeeded)
        return 0;
    return job->exitCode && *job->exitCode != 0 ? *job->exitCode : 1;
}

int superviseJob(Cli &cli, const Args &args)
{
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok)
        throw Error::usage(Text::tr("job-supervise needs a live job id"));
    LiveJobs jobs(cli.store());
    std::unique_ptr<SignalWatch> watch;
    return jobs.supervise(id, [&watch](ProcessRunner &runner) {
        watch = std::make_unique<SignalWatch>([&runner] { runner.cancel(); });
    });
}

int ps(Cli &cli, const Args &args)
{
    LiveJobs jobs(cli.store());
    const std::vector<LiveJob> list = jobs.list(args.has(QStringLiteral("all")));
    if (args.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const LiveJob &j : list) {
            a.append(QJsonObject{{QStringLiteral("id"), double(j.id)},
                                 {QStringLiteral("flow"), j.flowId},
                                 {QStringLiteral("job"), j.job},
                                 {QStringLiteral("suffix"), j.suffix},
                                 {QStringLiteral("name"), j.name()},
                                 {QStringLiteral("status"), statusText(j)},
                                 {QStringLiteral("pid"), double(j.pid)},
                                 {QStringLiteral("exit_code"), j.exitCode ? QJsonValue(*j.exitCode) : QJsonValue()},
                                 {QStringLiteral("end_reason"), endReason(j)},
                                 {QStringLiteral("log"), j.logPath},
                                 {QStringLiteral("card"), double(j.nodeId)}});
        }
        cli.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return 0;
    }
    cli.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(Text::tr("ID").leftJustified(5), Text::tr("JOB").leftJustified(20), Text::tr("STATUS").leftJustified(11),
                          Text::tr("STARTED").leftJustified(19), Text::tr("FLOW").leftJustified(12), Text::tr("ENDED"));
    for (const LiveJob &j : list)
        cli.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(QString::number(j.id).leftJustified(5), j.name().leftJustified(20), statusText(j).leftJustified(11),
                              timeText(j.startedMs).leftJustified(19), j.flowId.leftJustified(12), endReason(j));
    return 0;
}

int logs(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs logs needs one JOB (a name or an id)"));
    LiveJobs jobs(cli.store());
    const qint64 id = findJob(jobs, args.positional().front()).id;
    cli.out().flush();
    printLog(args.has(QStringLiteral("follow")), [&] {
        const std::optional<LiveJob> job = jobs.job(id);
        return LogState{job ? job->logPath : QString(), !job || isFinal(job->status) || job->interrupted};
    });
    return 0;
}

int killJob(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs kill needs one JOB (a name, an id, or ALL)"));
    LiveJobs jobs(cli.store());
    std::vector<LiveJob> targets;
    if (args.positional().front() == u"ALL") {
        targets = jobs.list(false);
    } else {
        const LiveJob job = findJob(jobs, args.positional().front());
        if (isFinal(job.status))
            throw Error(Text::tr("live job %1 (%2) is not running: %3").arg(job.id).arg(job.name(), statusName(job.status)));
        targets.push_back(job);
    }
    for (const LiveJob &j : targets) {
        if (!jobs.kill(j.id))
            throw Error(Text::tr("live job %1 (%2) did not stop within 15 s").arg(j.id).arg(j.name()));
        cli.out() << Text::tr("killed %1 (%2)").arg(j.name()).arg(j.id) << '\n';
    }
    return 0;
}

} // namespace

std::vector<Command> liveCommands()
{
    return {
        {QStringLiteral("run-job"), QStringLiteral("run-job JOB [--flow FILE|ID] [--wait] [-s SUFFIX] [-p NAME VALUE]... [-- ARGS...]"),
         Text::tr("start a job of a live workflow"),
         Text::tr("Starts JOB of the live workflow .apolo/live.yml (or --flow FILE|ID) in the background and\n"
                  "prints its id. A `multi: true` job runs once per SUFFIX (a random one when none is given)\n"
                  "and gets ARGS as ${{ multi.args }}. The job is a task card in the group \"live · FLOW\";\n"
                  "its declared inputs are recorded (input projects versioned) before it starts and its\n"
                  "outputs when it succeeds. With --wait it stays in the foreground until the job ends and\n"
                  "exits with the job's exit status (1 when it was stopped without one)."),
         std::vector<OptionSpec>{{QStringLiteral("flow"), QStringLiteral("FILE|ID"), Text::tr("the live workflow (default: live)")},
                                 {QStringLiteral("wait"), QString(), Text::tr("wait for the job to end; exit with its status")},
                                 {QStringLiteral("suffix"), QStringLiteral("SUFFIX"), Text::tr("the instance of a multi job"), false, u's'},
                                 {QStringLiteral("param"), QStringLiteral("NAME VALUE"), Text::tr("a value for one of the job's params"),
                                  true, u'p', 2}},
         runJob},
        {QStringLiteral("ps"), QStringLiteral("ps [--all] [--json]"), Text::tr("list running live jobs"),
         Text::tr("Lists the live jobs that are running (with --all also the ended ones), newest first.\n"
                  "A job whose supervisor is gone shows as interrupted. ENDED says why a job ended: its exit\n"
                  "code, killed, or its life_span reached."),
         std::vector<OptionSpec>{{QStringLiteral("all"), QString(), Text::tr("include ended jobs")},
                                 {QStringLiteral("json"), QString(), Text::tr("print JSON")}},
         ps},
        {QStringLiteral("logs"), QStringLiteral("logs JOB [--follow]"), Text::tr("print a live job's log"),
         Text::tr("Prints the output of the newest run of JOB (a name such as train or train-SUFFIX, or an id);\n"
                  "with --follow keeps printing until it ends."),
         std::vector<OptionSpec>{{QStringLiteral("follow"), QString(), Text::tr("keep printing until the job ends")}},
         logs},
        {QStringLiteral("kill"), QStringLiteral("kill JOB|ALL"), Text::tr("stop a live job"),
         Text::tr("Stops the newest run of JOB (or every running job with ALL) with its whole process group:\n"
                  "SIGTERM, then SIGKILL after 5 s; waits until it has ended."),
         std::vector<OptionSpec>{},
         killJob},
    };
}

std::vector<Command> hiddenCommands()
{
    return {
        {QStringLiteral("job-supervise"), QStringLiteral("job-supervise ID"), QString(),
         Text::tr("Runs live job ID until it ends (started by wfs run-job)."), std::vector<OptionSpec>{}, superviseJob},
    };
}

} // namespace wfs::cli
