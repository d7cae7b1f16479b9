// wfs bake, wfs restart, wfs cancel: running batch workflows. Reading them back (bakes,
// inspect, show) is in BakeInspect.cpp.
#include "app/cli/BakeCommon.h"
#include "app/cli/SignalWatch.h"
#include "model/core/Text.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/pipelines/BakePreview.h"
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowParser.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace wfs::cli {

using namespace wfs::pipelines;

namespace {
void printLine(const QString &line, FILE *stream = stdout)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Runs a prepared attempt in the foreground, printing each change; the exit code is 0 only
// when it succeeded.
int follow(Cli &cli, BakeRunner &runner)
{
    QObject::connect(&runner, &BakeRunner::taskChanged, [](const QString &task, TaskStatus status, const QString &message) {
        QString line = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) + u' ' + task + u' '
            + statusName(status);
        if (!message.isEmpty())
            line += QStringLiteral(": ") + message;
        printLine(line);
    });
    SignalWatch watch([&runner] { runner.cancel(); });
    const BakeStatus status = runner.waitForFinished();
    int counts[7] = {};
    BakeStore store(cli.workspace());
    for (const BakeTaskRow &t : store.tasks(runner.bakeId(), runner.attempt()))
        ++counts[int(t.status)];
    printLine(Text::tr("bake %1 (attempt %2) %3: %4 succeeded, %5 cached, %6 failed, %7 cancelled, %8 skipped")
                  .arg(runner.bakeId())
                  .arg(runner.attempt())
                  .arg(bakeStatusName(status))
                  .arg(counts[int(TaskStatus::Succeeded)])
                  .arg(counts[int(TaskStatus::Cached)])
                  .arg(counts[int(TaskStatus::Failed)])
                  .arg(counts[int(TaskStatus::Cancelled)])
                  .arg(counts[int(TaskStatus::Skipped)]));
    return status == BakeStatus::Succeeded ? 0 : 1;
}

// The plan, one task a line: id, needs, matrix values, what the cache would do.
int dryRun(Cli &cli, const FlowDocument &doc, const QJsonObject &params)
{
    const BatchPlan plan = BatchPlan::build(doc, params);
    BakeStore store(cli.workspace());
    const std::vector<PreviewTask> tasks = previewBake(doc, params, plan, &store);
    printLine(Text::tr("%1: %n task(s), nothing run", nullptr, int(tasks.size())).arg(doc.file));
    for (const PreviewTask &t : tasks) {
        QStringList matrix;
        for (auto it = t.matrix.cbegin(); it != t.matrix.cend(); ++it)
            matrix << it.key().toString() + u'=' + expr::toText(it.value());
        QString line = t.id + QStringLiteral("\tneeds: ") + (t.needs.isEmpty() ? QStringLiteral("-") : t.needs.join(u", "))
            + QStringLiteral("\tmatrix: ") + (matrix.isEmpty() ? QStringLiteral("-") : matrix.join(u", "))
            + QStringLiteral("\t") + cacheText(t.cache);
        if (!t.note.isEmpty())
            line += QStringLiteral(" (") + t.note + u')';
        printLine(line);
    }
    return 0;
}

int bake(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs bake needs one FILE or ID: wfs bake FILE|ID [-p NAME VALUE]..."));
    const QString file = FlowParser::resolve(args.positional().front(), QDir::currentPath());
    const FlowDocument doc = FlowParser::parseFile(file);
    if (doc.kind != FlowDocument::Kind::Batch)
        throw Error::usage(Text::tr("%1 is a live workflow: start its jobs with wfs run-job").arg(file));
    const QJsonObject params = BatchPlan::params(doc, paramPairs(args));
    BatchPlan::requireParams(doc.params, params);
    reportIgnored(doc);
    if (args.has(QStringLiteral("dry-run")))
        return dryRun(cli, doc, params);
    BakeRunner runner(cli.store());
    const qint64 id = runner.startNew(doc, params);
    printLine(QString::number(id));
    return follow(cli, runner);
}

int restart(Cli &cli, const Args &args)
{
    const qint64 id = bakeIdFrom(args);
    BakeRunner runner(cli.store());
    runner.startRestart(id, args.has(QStringLiteral("from-failed")));
    printLine(QString::number(id));
    return follow(cli, runner);
}

int cancel(Cli &cli, const Args &args)
{
    if (args.positional().isEmpty() || args.positional().size() > 2)
        throw Error::usage(Text::tr("wfs cancel needs a bake id and, optionally, one task: wfs cancel BAKE [TASK]"));
    const qint64 id = bakeIdFrom(args);
    const QString task = args.positional().value(1);
    BakeStore store(cli.workspace());
    const BakeAttempt attempt = lastAttempt(store, id);
    const std::vector<BakeTaskRow> tasks = store.tasks(id, attempt.number);
    if (!task.isEmpty() && std::none_of(tasks.begin(), tasks.end(), [&](const BakeTaskRow &t) { return t.id == task; }))
        throw Error::usage(Text::tr("bake %1 has no task '%2' (see wfs inspect %1)").arg(id).arg(task));

    if (attempt.status == BakeStatus::Interrupted) {
        // Nobody runs it any more: stop what it left behind and write down the end ourselves.
        Recorder recorder(cli.store());
        for (const BakeTaskRow &t : tasks) {
            if (isFinal(t.status) || (!task.isEmpty() && t.id != task))
                continue;
            if (t.status == TaskStatus::Running && t.pgid > 0)
                ProcessRunner::terminateGroup(t.pgid, t.identity);
            store.finishTask(id, attempt.number, t.id, TaskStatus::Cancelled, std::nullopt, t.outputs,
                             Text::tr("cancelled after its runner was gone"));
            if (t.nodeId && cli.store().node(t.nodeId))
                recorder.finishTask(t.nodeId, TaskStatus::Cancelled);
        }
        if (task.isEmpty())
            store.setAttemptStatus(id, attempt.number, BakeStatus::Cancelled);
        printLine(Text::tr("bake %1 was interrupted; its leftover tasks are cancelled").arg(id));
        return 0;
    }
    if (attempt.status != BakeStatus::Running && attempt.status != BakeStatus::Pending)
        throw Error(Text::tr("bake %1 has already ended: %2").arg(id).arg(bakeStatusName(attempt.status)));

    store.requestCancel(id, attempt.number, task);
    // The runner stops the processes (SIGTERM to the group, SIGKILL after a grace period); wait
    // for it to say so, so that a script can rely on the task being gone when we return.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        const auto now = store.attempt(id, attempt.number);
        bool done = now && now->status != BakeStatus::Running && now->status != BakeStatus::Pending;
        if (!done && !task.isEmpty()) {
            for (const BakeTaskRow &t : store.tasks(id, attempt.number)) {
                if (t.id == task)
                    done = isFinal(t.status);
            }
        }
        if (done) {
            printLine(task.isEmpty() ? Text::tr("bake %1 cancelled").arg(id) : Text::tr("task %1 of bake %2 cancelled").arg(task).arg(id));
            return 0;
        }
        QThread::msleep(50);
    }
    throw Error(Text::tr("bake %1: the cancel was requested but its runner has not confirmed it within 30 s").arg(id));
}

} // namespace

std::vector<Command> bakeCommands()
{
    const OptionSpec param{QStringLiteral("param"), QStringLiteral("NAME VALUE"),
                           Text::tr("a value for one of the flow's params"), true, u'p', 2};
    return {
        {QStringLiteral("bake"), QStringLiteral("bake FILE|ID [--dry-run] [-p NAME VALUE]..."),
         Text::tr("run a batch workflow (Apolo Flow syntax)"),
         Text::tr("Runs the batch workflow FILE, or .apolo/ID.yml (.neuro/ID.yml, .yaml) found here or in a\n"
                  "parent folder. Prints the bake's id on its first line, then each task's changes. Tasks run\n"
                  "in parallel up to defaults.max_parallel (default: the number of cores) as their needs\n"
                  "allow; each is a task card in the workflow graph, in a group named after the bake. A task\n"
                  "whose definition and needs' outputs are unchanged is taken from the cache. SIGINT/SIGTERM\n"
                  "cancel the bake. Exits with 0 only when the bake succeeded.\n"
                  "--dry-run runs nothing: it prints each planned task with its needs, its matrix values and\n"
                  "whether the cache would answer for it, and exits with 0 when the flow would run, else 2."),
         std::vector<OptionSpec>{param, {QStringLiteral("dry-run"), QString(), Text::tr("print the plan, run nothing")}},
         bake},
        {QStringLiteral("restart"), QStringLiteral("restart BAKE [--from-failed]"),
         Text::tr("run a bake again as a new attempt"),
         Text::tr("Starts a new attempt of BAKE with the definition and params it was baked with. With\n"
                  "--from-failed the tasks that succeeded (or came from the cache) in the newest attempt are\n"
                  "kept, unless a task they need runs again; the others run. A bake whose runner was killed\n"
                  "(interrupted) can be restarted;\n"
                  "what it left running is stopped first."),
         std::vector<OptionSpec>{{QStringLiteral("from-failed"), QString(), Text::tr("keep the tasks that succeeded")}},
         restart},
        {QStringLiteral("cancel"), QStringLiteral("cancel BAKE [TASK]"),
         Text::tr("stop a running bake or one of its tasks"),
         Text::tr("Stops the newest attempt of BAKE, or only TASK, with its whole process group (SIGTERM,\n"
                  "then SIGKILL after 5 s), and waits until the runner reports it. For an interrupted bake\n"
                  "(its runner is gone) the leftover processes are stopped directly."),
         std::vector<OptionSpec>{},
         cancel},
    };
}

} // namespace wfs::cli
