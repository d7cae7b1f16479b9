#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/graph/GraphJson.h"
#include "model/graph/GraphStore.h"
#include "model/graph/IconCatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

void requireScopeCard(GraphStore &store, const Scope &scope)
{
    if (scope.type == Scope::Type::Workspace)
        return;
    const NodeKind wanted = scope.type == Scope::Type::Project ? NodeKind::Project : NodeKind::Task;
    const std::optional<Node> node = store.node(scope.id);
    if (!node || node->kind != wanted)
        throw Error(Text::tr("There is no %1 with id %2 in this workspace").arg(kindName(wanted)).arg(scope.id));
}

int graph(Cli &cli, const Args &args)
{
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("unexpected '%1' (see wfs graph --help)").arg(args.positional().front()));
    const Scope scope = Scope::parse(args.has(QStringLiteral("scope")) ? args.value(QStringLiteral("scope"))
                                                                       : QStringLiteral("workspace"));
    cli.onlyReads();
    requireScopeCard(cli.store(), scope);
    const GraphSnapshot g = cli.store().snapshot(scope);
    if (args.has(QStringLiteral("json"))) {
        cli.out() << QJsonDocument(graphToJson(g)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const Node &n : g.nodes) {
        cli.out() << n.id << '\t' << kindName(n.kind) << '\t' << n.displayTitle();
        if (!n.path.isEmpty())
            cli.out() << '\t' << n.path;
        cli.out() << '\n';
    }
    for (const Edge &e : g.edges)
        cli.out() << e.from << " -> " << e.to << '\n';
    cli.out().flush();
    return 0;
}

int listIcons(Cli &cli, const Args &args)
{
    const QString filter = args.positional().value(0);
    for (const QString &name : icons::names()) {
        if (filter.isEmpty() || name.contains(filter, Qt::CaseInsensitive))
            cli.out() << name << '\n';
    }
    cli.out().flush();
    return 0;
}

} // namespace

std::vector<Command> graphCommands()
{
    return {
        {QStringLiteral("graph"), QStringLiteral("graph [--json] [--scope workspace|project:ID|task:ID]"),
         Text::tr("print the workflow graph"),
         Text::tr("Prints the cards and edges of a scope. An input edge goes data -> task, an output edge\n"
            "task -> data. workspace: everything. project:ID: the project, its versions, the tasks\n"
            "that read or wrote them and those tasks' direct inputs and outputs. task:ID: the task\n"
            "and its direct relations. Every edge between the shown cards is shown.\n"
            "--json prints {\"nodes\":[{\"id\",\"kind\",\"title\",\"path\",\"settings\",...}],\n"
            "\"edges\":[{\"from\",\"to\"}]}."),
         {{QStringLiteral("json"), QString(), Text::tr("print JSON")},
          {QStringLiteral("scope"), QStringLiteral("SCOPE"), Text::tr("workspace (default), project:ID or task:ID")}},
         graph},
        {QStringLiteral("icons"), QStringLiteral("icons [FILTER]"), Text::tr("list the Material Design icon names"),
         Text::tr("Lists the icon names cards accept (from the bundled Material Design icon font),\n"
            "optionally only those containing FILTER."),
         {}, listIcons},
    };
}

} // namespace wfs::cli
