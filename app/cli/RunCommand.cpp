#include "app/cli/Cli.h"
#include "app/cli/SignalWatch.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

int run(Cli &cli, const Args &args)
{
    const QString name = args.value(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        throw Error::usage(Text::tr("wfs run needs --name TITLE"));
    if (!args.sawDashes() || args.afterDashes().isEmpty())
        throw Error::usage(Text::tr("wfs run needs the program after --: wfs run --name T -- CMD ARGS..."));
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("unexpected '%1': put the program after --").arg(args.positional().front()));

    std::vector<Relation> inputs;
    std::vector<Relation> outputs;
    for (const QString &spec : args.values(QStringLiteral("in")))
        inputs.push_back(Relation::parseSpec(spec, Direction::Input));
    for (const QString &spec : args.values(QStringLiteral("out")))
        outputs.push_back(Relation::parseSpec(spec, Direction::Output));
    const CardMeta meta = Cli::metaFrom(args);
    if (meta.relation)
        throw Error::usage(Text::tr("--meta: wfs run takes customNodeSettings only; customise data cards "
                              "with 'wfs input'/'wfs output' from the program"));

    Workspace &ws = cli.workspace();
    Recorder &recorder = cli.recorder();
    // Input projects are versioned first, outside the task's transaction (it can take a while).
    for (Relation &in : inputs)
        cli.versionProjectInput(in);
    NodeId task = 0;
    {
        // The task exists only if its inputs could be recorded.
        db::Transaction tx(ws.db());
        task = recorder.startTask({name, args.value(QStringLiteral("app")), args.value(QStringLiteral("group")),
                                   Cli::settingsFromFlags(args, QStringLiteral("task-"), meta.node)});
        recorder.recordAll(task, inputs);
        tx.commit();
    }
    const QString logPath = ws.logsDir() + QStringLiteral("/task-%1.log").arg(task);
    cli.store().setTaskLog(task, logPath);

    RunSpec spec;
    spec.program = args.afterDashes().front();
    spec.arguments = args.afterDashes().mid(1);
    spec.environment.insert(QStringLiteral("WFS_TASK_ID"), QString::number(task));
    spec.environment.insert(QStringLiteral("WFS_WORKSPACE"), ws.dir());
    spec.logPath = logPath;
    spec.forwardInput = true;

    ProcessRunner runner;
    QObject::connect(&runner, &ProcessRunner::output, [](const QByteArray &chunk) {
        std::fwrite(chunk.constData(), 1, std::size_t(chunk.size()), stdout);
        std::fflush(stdout);
    });
    // SIGINT/SIGTERM/SIGHUP reach us, not the program (it runs in a group of its own).
    SignalWatch watch([&runner] { runner.cancel(); });

    try {
        runner.start(spec);
    } catch (const Error &) {
        recorder.finishTask(task, TaskStatus::Failed);
        throw;
    }
    const int code = runner.waitForFinished();

    TaskStatus status = code == 0 ? TaskStatus::Succeeded : TaskStatus::Failed;
    if (runner.outcome() == ProcessRunner::Outcome::Cancelled)
        status = TaskStatus::Cancelled;
    int result = code;
    if (runner.outcome() == ProcessRunner::Outcome::FailedToStart) {
        std::fprintf(stderr, "wfs: %s: %s\n", qPrintable(spec.program), qPrintable(runner.errorString()));
    }
    try {
        if (!outputs.empty())
            recorder.recordAll(task, outputs);
    } catch (const Error &e) {
        std::fprintf(stderr, "wfs: %s\n", qPrintable(Text::tr("outputs not recorded: %1").arg(e.message())));
        status = TaskStatus::Failed;
        if (result == 0)
            result = 1;
    }
    recorder.finishTask(task, status, code);
    return result;
}

} // namespace

std::vector<Command> runCommands()
{
    return {
        {QStringLiteral("run"), QStringLiteral("run --name TITLE [--in KIND:PATH]... [--out KIND:PATH]... -- CMD ARGS..."),
         Text::tr("run a program as a recorded task"),
         Text::tr("Starts a task, records the declared inputs, runs CMD with WFS_TASK_ID and WFS_WORKSPACE\n"
            "set (so its own 'wfs' calls, and its children's, attach to the task), keeps its combined\n"
            "output as the task's log in the workspace while echoing it, records the declared outputs,\n"
            "and finishes the task as succeeded (exit 0), failed or cancelled (SIGINT/SIGTERM stop the\n"
            "program's whole process group). Exits with the program's own exit code, 128+N when it was\n"
            "killed by signal N, 127 when it could not start.\n"
            "KIND is project, dataset, file, model_weight, folder, task, job or app. An input project is\n"
            "snapshot first and the task reads that version (a new version only when the folder changed)."),
         std::vector<OptionSpec>{
             {QStringLiteral("name"), QStringLiteral("TITLE"), Text::tr("the task's title")},
             {QStringLiteral("in"), QStringLiteral("KIND:PATH"), Text::tr("an input, recorded before the program starts"), true},
             {QStringLiteral("out"), QStringLiteral("KIND:PATH"), Text::tr("an output, recorded when the program ends"), true},
             {QStringLiteral("app"), QStringLiteral("NAME"), Text::tr("the application's name")},
             {QStringLiteral("group"), QStringLiteral("NAME"), Text::tr("group name for the task")},
             {QStringLiteral("meta"), QStringLiteral("JSON"), Text::tr("the seed's meta JSON with customNodeSettings")},
         } + cardOptions(QStringLiteral("task-"), Text::tr("task")),
         run},
    };
}

} // namespace wfs::cli
