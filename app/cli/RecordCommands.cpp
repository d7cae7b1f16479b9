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

std::optional<qint64> intOption(const Args &args, const QString &name)
{
    if (!args.has(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = args.value(name).toLongLong(&ok);
    if (!ok || v <= 0)
        throw Error::usage(Text::tr("--%1 takes a positive number, not '%2'").arg(name, args.value(name)));
    return v;
}

int record(Cli &cli, const Args &args, Direction direction)
{
    const QStringList &pos = args.positional();
    const QString command = direction == Direction::Input ? QStringLiteral("input") : QStringLiteral("output");
    if (pos.isEmpty())
        throw Error::usage(Text::tr("wfs %1 needs a KIND (see wfs %1 --help)").arg(command));

    Relation r;
    r.direction = direction;
    const QString kind = pos.front();
    if (kind == u"app" && direction == Direction::Output) {
        r.kind = NodeKind::AppSession;
    } else if (const auto k = kindFromName(kind);
               k && *k != NodeKind::ProjectVersion && *k != NodeKind::AppSession) {
        r.kind = *k;
    } else {
        throw Error::usage(direction == Direction::Input
                               ? Text::tr("'%1' is not an input kind: project, dataset, file, model_weight, "
                                    "folder, task or job").arg(kind)
                               : Text::tr("'%1' is not an output kind: project, dataset, file, model_weight, "
                                    "folder, task, job or app").arg(kind));
    }
    const qsizetype wanted = r.kind == NodeKind::AppSession ? 1 : 2;
    if (pos.size() != wanted)
        throw Error::usage(r.kind == NodeKind::AppSession
                               ? Text::tr("wfs output app takes no PATH or ID: it is the task's own session")
                               : Text::tr("wfs %1 %2 takes one PATH or ID").arg(command, kind));
    r.target = pos.value(1);

    if (args.has(QStringLiteral("model-weight"))) {
        if (r.kind != NodeKind::File && r.kind != NodeKind::ModelWeight)
            throw Error::usage(Text::tr("--model-weight is for files"));
        r.kind = NodeKind::ModelWeight;
    }
    if ((args.has(QStringLiteral("version-id")) || args.has(QStringLiteral("version-num")))
        && r.kind != NodeKind::Project)
        throw Error::usage(Text::tr("--version-id and --version-num are for projects"));
    r.versionId = intOption(args, QStringLiteral("version-id"));
    if (const auto n = intOption(args, QStringLiteral("version-num")))
        r.versionNumber = int(*n);

    const bool job = r.kind == NodeKind::Job;
    if (job) {
        r.jobTitle = args.value(QStringLiteral("title"));
        r.jobUrl = args.value(QStringLiteral("url"));
    }
    const CardMeta meta = Cli::metaFrom(args);
    r.relationSettings = Cli::settingsFromFlags(args, QString(), meta.relation, job);
    r.taskSettings = Cli::settingsFromFlags(args, QStringLiteral("task-"), meta.node);

    const NodeId task = cli.taskFrom(args);
    cli.recorder().requireTask(task);
    if (args.has(QStringLiteral("auto-version"))) {
        if (r.kind != NodeKind::Project || direction != Direction::Input)
            throw Error::usage(Text::tr("--auto-version is for input projects"));
        if (r.versionId || r.versionNumber)
            throw Error::usage(Text::tr("--auto-version makes the version itself; drop --version-id/--version-num"));
        cli.versionProjectInput(r);
    }
    cli.out() << cli.recorder().record(task, r) << Qt::endl;
    return 0;
}

std::vector<OptionSpec> recordOptions(Direction direction)
{
    std::vector<OptionSpec> o{
        {QStringLiteral("task"), QStringLiteral("ID"), Text::tr("the task (default: $WFS_TASK_ID)")},
        {QStringLiteral("meta"), QStringLiteral("JSON"),
         Text::tr("the seed's meta JSON: customRelationSettings and/or customNodeSettings")},
        {QStringLiteral("version-id"), QStringLiteral("V"), Text::tr("project: the version used (its id)")},
        {QStringLiteral("model-weight"), QString(), Text::tr("file: the file holds model weights")},
    };
    if (direction == Direction::Input) {
        o.push_back({QStringLiteral("version-num"), QStringLiteral("N"), Text::tr("project: the version used (its number)")});
        o.push_back({QStringLiteral("auto-version"), QString(),
                     Text::tr("project: snapshot it first (a new version only if it changed) and record that version")});
    }
    return o + cardOptions(QString(), Text::tr("data")) + cardOptions(QStringLiteral("task-"), Text::tr("task"));
}

const char *kindsHelp =
    "KIND and what follows it:\n"
    "  project PATH|ID [--version-id V%1]   a project folder (or one of its versions)\n"
    "  dataset PATH|ID                       a dataset folder\n"
    "  file PATH|ID [--model-weight]         a file; with --model-weight, model weights\n"
    "  model_weight PATH|ID                  the same as file --model-weight\n"
    "  folder PATH|ID                        a folder\n"
    "  task ID                               another task\n"
    "  job ID [--title T] [--url URL]        a labeling job: an external reference\n"
    "%2"
    "\n"
    "A PATH is made absolute and canonical, so the same folder recorded twice is one card;\n"
    "a number names an existing card by id (write ./12 for a folder named 12).\n"
    "Prints the data card's id. The task is --task, else $WFS_TASK_ID.\n"
    "The card flags below and --meta (the seed's JSON) customise the data card and, with\n"
    "--task-*, the task card; an invalid setting is an error naming the field.\n"
    "\n"
    "--meta is {\"customRelationSettings\": S, \"customNodeSettings\": S} (or WorkflowMeta's\n"
    "relation_settings / node_settings), where S takes either shape:\n"
    "  {\"title\", \"description\", \"icon\": {\"icon\", \"color\", \"backgroundColor\"},\n"
    "   \"mainLink\": {\"url\", \"title\"}}                      the SDK's JSON\n"
    "  {\"title\", \"description\", \"icon\", \"icon_color\", \"icon_bg_color\",\n"
    "   \"url\", \"url_title\"}                                  WorkflowSettings' names\n"
    "An icon without colours keeps the card's own colours.";

} // namespace

std::vector<Command> recordCommands()
{
    return {
        {QStringLiteral("input"), QStringLiteral("input KIND PATH|ID [options]"),
         Text::tr("record data a task read"),
         Text::tr(kindsHelp).arg(QStringLiteral(" | --version-num N | --auto-version"), QString()),
         recordOptions(Direction::Input),
         [](Cli &cli, const Args &args) { return record(cli, args, Direction::Input); }},
        {QStringLiteral("output"), QStringLiteral("output KIND [PATH|ID] [options]"),
         Text::tr("record data a task wrote"),
         Text::tr(kindsHelp).arg(QString(), QStringLiteral("  app                                   the task's own app session\n")),
         recordOptions(Direction::Output),
         [](Cli &cli, const Args &args) { return record(cli, args, Direction::Output); }},
    };
}

} // namespace wfs::cli
