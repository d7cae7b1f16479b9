#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/graph/GraphStore.h"
#include "model/remote/LineagePull.h"
#include "model/remote/LineagePush.h"
#include "model/remote/RemoteRegistry.h"
#include "model/remote/VersionPush.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>

namespace wfs::cli {

namespace {
int add(Cli &cli, const Args &args)
{
    if (args.positional().size() != 2)
        throw Error::usage(Text::tr("wfs remote add takes NAME and URL (s3://BUCKET/PREFIX or file:///PATH)"));
    remote::RemoteSpec spec;
    spec.name = args.positional().at(0);
    spec.url = args.positional().at(1);
    spec.endpointUrl = args.value(QStringLiteral("endpoint-url"));
    spec.region = args.value(QStringLiteral("region"));
    remote::RemoteRegistry(cli.workspace()).add(spec);
    return 0;
}

int list(Cli &cli, const Args &args)
{
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("unexpected '%1' (see wfs remote list --help)").arg(args.positional().front()));
    for (const remote::RemoteSpec &spec : remote::RemoteRegistry(cli.workspace()).list()) {
        QStringList fields{spec.name, spec.url};
        if (!spec.endpointUrl.isEmpty())
            fields << Text::tr("endpoint %1").arg(spec.endpointUrl);
        if (!spec.region.isEmpty())
            fields << Text::tr("region %1").arg(spec.region);
        if (spec.isDefault)
            fields << Text::tr("(default)");
        cli.out() << fields.join(u'\t') << '\n';
    }
    cli.out().flush();
    return 0;
}

int remove(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs remote remove takes one NAME"));
    remote::RemoteRegistry(cli.workspace()).remove(args.positional().front());
    return 0;
}

std::unique_ptr<remote::RemoteStore> chosenRemote(Cli &cli, const Args &args, const QString &command)
{
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("unexpected '%1' (see wfs %2 --help)").arg(args.positional().front(), command));
    return remote::openRemoteStore(remote::RemoteRegistry(cli.workspace()).find(args.value(QStringLiteral("remote"))));
}

int push(Cli &cli, const Args &args)
{
    const auto store = chosenRemote(cli, args, QStringLiteral("push"));
    const remote::VersionPush::Report r = remote::VersionPush(cli.store(), *store).push(terminalProgress());
    // Lineage after the versions it names, so a teammate never pulls a version before its content.
    const remote::LineagePush::Report l = remote::LineagePush(cli.store(), *store).push();
    endProgress();
    cli.out() << Text::tr("Pushed %1 version(s) to %2: %3 object(s) sent in %4 pack(s) and %5 alone; %6 version(s) were there")
                     .arg(r.versions)
                     .arg(store->spec().name)
                     .arg(r.content.objects)
                     .arg(r.content.packs)
                     .arg(r.content.bigObjects)
                     .arg(r.alreadyThere)
              << '\n'
              << Text::tr("Pushed lineage: %1 card(s), %2 relation(s), %3 log(s)").arg(l.cards).arg(l.relations).arg(l.logs)
              << Qt::endl;
    if (l.bakes || l.customisations)
        cli.out() << Text::tr("Pushed %1 bake(s), %2 customisation(s)").arg(l.bakes).arg(l.customisations) << Qt::endl;
    return 0;
}

int pull(Cli &cli, const Args &args)
{
    const auto store = chosenRemote(cli, args, QStringLiteral("pull"));
    const remote::LineagePull::Report r = remote::LineagePull(cli.store(), *store).pull(terminalProgress());
    endProgress();
    cli.out() << Text::tr("Pulled from %1: %2 batch(es), %3 card(s), %4 relation(s), %5 version(s), %6 log(s)")
                     .arg(store->spec().name)
                     .arg(r.batches)
                     .arg(r.cards)
                     .arg(r.relations)
                     .arg(r.versions)
                     .arg(r.logs)
              << Qt::endl;
    if (r.bakes || r.customisations)
        cli.out() << Text::tr("Pulled %1 bake(s), %2 customisation(s)").arg(r.bakes).arg(r.customisations) << Qt::endl;
    return 0;
}

} // namespace

std::vector<Command> remoteCommands()
{
    return {
        {QStringLiteral("remote add"), QStringLiteral("remote add NAME URL [--endpoint-url URL] [--region R]"),
         Text::tr("add a remote to push to and pull from"),
         Text::tr("URL is s3://BUCKET/PREFIX (any S3-compatible server) or file:///PATH (a shared folder with the\n"
                  "same layout). --endpoint-url names a server other than AWS (MinIO, Ceph, Garage, R2), addressed\n"
                  "path-style. Credentials are never stored: they come from AWS_ACCESS_KEY_ID,\n"
                  "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or AWS_PROFILE with ~/.aws/credentials; the\n"
                  "region from --region, AWS_REGION, AWS_DEFAULT_REGION or ~/.aws/config (default us-east-1).\n"
                  "The first remote added is the default one."),
         {{QStringLiteral("endpoint-url"), QStringLiteral("URL"), Text::tr("the S3 server, http(s)://HOST[:PORT]")},
          {QStringLiteral("region"), QStringLiteral("R"), Text::tr("the bucket's region")}},
         add},
        {QStringLiteral("remote list"), QStringLiteral("remote list"), Text::tr("list the remotes"),
         Text::tr("Prints each remote's name, URL, endpoint and region (tab-separated), and marks the default."), {},
         list},
        {QStringLiteral("remote remove"), QStringLiteral("remote remove NAME"), Text::tr("forget a remote"),
         Text::tr("Forgets the remote (its objects stay where they are). When it was the default, the oldest\n"
                  "remaining remote becomes the default."),
         {}, remove},
        {QStringLiteral("push"), QStringLiteral("push [--remote NAME]"), Text::tr("send versions to a remote"),
         Text::tr("Sends every project version the remote lacks: first the content it does not have (small\n"
                  "files in packs, big ones alone), then the version's manifest, then its record, so that a\n"
                  "version shows on the remote only once all of it is there. A push that was killed is\n"
                  "completed by the next one. Then the lineage recorded here that the remote lacks (tasks\n"
                  "with who ran them and their logs, cards, relations, customisations, statuses) as one\n"
                  "new batch. Pushing again with nothing new sends nothing."),
         {{QStringLiteral("remote"), QStringLiteral("NAME"), Text::tr("the remote (default: the default remote)")}}, push},
        {QStringLiteral("pull"), QStringLiteral("pull [--remote NAME]"), Text::tr("bring teammates' lineage and versions"),
         Text::tr("Brings the lineage and version lists that other workspaces pushed to the remote into this\n"
                  "workspace (not the versions' content: `wfs version restore PROJECT --num N --to DIR` fetches\n"
                  "it, verified). Teammates' cards get ids of this workspace; pulling again reads only what is\n"
                  "new. A pulled project's versions are numbered by creation time (then uid), the same\n"
                  "everywhere."),
         {{QStringLiteral("remote"), QStringLiteral("NAME"), Text::tr("the remote (default: the default remote)")}}, pull},
    };
}

} // namespace wfs::cli
