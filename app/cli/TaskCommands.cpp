#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/recording/Recorder.h"

#include <QCoreApplication>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

int taskStart(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs task start takes one TITLE (quote a title with spaces)"));
    const CardMeta meta = Cli::metaFrom(args);
    if (meta.relation)
        throw Error::usage(Text::tr("--meta: customRelationSettings belongs to 'wfs input'/'wfs output'; "
                              "a task card takes customNodeSettings"));
    TaskStart start;
    start.title = args.positional().front();
    start.app = args.value(QStringLiteral("app"));
    start.group = args.value(QStringLiteral("group"));
    start.settings = Cli::settingsFromFlags(args, QStringLiteral("task-"), meta.node);
    cli.out() << cli.recorder().startTask(start) << Qt::endl;
    return 0;
}

int taskFinish(Cli &cli, const Args &args)
{
    if (args.positional().size() > 1)
        throw Error::usage(Text::tr("wfs task finish takes at most one TASK"));
    const QString statusText = args.value(QStringLiteral("status"));
    const std::optional<TaskStatus> status = statusFromName(statusText);
    if (!status || (*status != TaskStatus::Succeeded && *status != TaskStatus::Failed
                    && *status != TaskStatus::Cancelled))
        throw Error::usage(Text::tr("--status must be succeeded, failed or cancelled"));
    const NodeId task = cli.taskFrom(args, args.positional().value(0));
    cli.recorder().finishRunningTask(task, *status);
    return 0;
}

} // namespace

std::vector<Command> taskCommands()
{
    const std::vector<OptionSpec> start{
        {QStringLiteral("app"), QStringLiteral("NAME"), Text::tr("the application the task runs (names its app session card)")},
        {QStringLiteral("group"), QStringLiteral("NAME"), Text::tr("group name: tasks of one group are drawn together")},
        {QStringLiteral("meta"), QStringLiteral("JSON"), Text::tr("the seed's meta JSON with customNodeSettings")},
    };
    return {
        {QStringLiteral("task start"), QStringLiteral("task start TITLE [--app NAME] [--group NAME] [--meta JSON] [--task-title ...]"),
         Text::tr("start a task and print its id"),
         Text::tr("Creates a running task card and prints its id. Export it as WFS_TASK_ID so that later\n"
            "'wfs input' and 'wfs output' calls attach to it, or pass --task to each of them.\n"
            "The --task-* flags and customNodeSettings in --meta customise the task card."),
         start + cardOptions(QStringLiteral("task-"), Text::tr("task")), taskStart},
        {QStringLiteral("task finish"), QStringLiteral("task finish [TASK] --status succeeded|failed|cancelled"),
         Text::tr("finish a task with its status"),
         Text::tr("Sets the task's final status and end time. TASK defaults to --task, else $WFS_TASK_ID."),
         {{QStringLiteral("status"), QStringLiteral("STATUS"), Text::tr("succeeded, failed or cancelled")},
          {QStringLiteral("task"), QStringLiteral("ID"), Text::tr("the task (default: $WFS_TASK_ID)")}},
         taskFinish},
    };
}

} // namespace wfs::cli
