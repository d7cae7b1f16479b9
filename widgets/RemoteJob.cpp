#include "widgets/RemoteJob.h"

#include "model/graph/GraphStore.h"
#include "model/remote/LineagePull.h"
#include "model/remote/LineagePush.h"
#include "model/remote/RemoteRegistry.h"
#include "model/remote/VersionPush.h"

#include <QCoreApplication>

namespace wfs::remotejob {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::RemoteJob)
};

std::unique_ptr<remote::RemoteStore> open(GraphStore &graph, const QString &name)
{
    return remote::openRemoteStore(remote::RemoteRegistry(graph.workspace()).find(name));
}
} // namespace

void push(QWidget *parent, const QString &workspaceDir, const QString &remote, VersionJob::Done done)
{
    VersionJob::start(parent, workspaceDir, Text::tr("Pushing"),
        [remote](Versions &versions, const Progress &progress) {
            const auto store = open(versions.graph(), remote);
            const auto v = remote::VersionPush(versions.graph(), *store).push(progress);
            // Lineage after the versions it names, as wfs push does.
            const auto l = remote::LineagePush(versions.graph(), *store).push();
            return Text::tr("Pushed %n version(s), %1 card(s), %2 bake(s) and %3 customisation(s) to %4", nullptr,
                            v.versions)
                .arg(l.cards)
                .arg(l.bakes)
                .arg(l.customisations)
                .arg(store->spec().name);
        },
        std::move(done));
}

void pull(QWidget *parent, const QString &workspaceDir, const QString &remote, VersionJob::Done done)
{
    VersionJob::start(parent, workspaceDir, Text::tr("Pulling"),
        [remote](Versions &versions, const Progress &progress) {
            const auto store = open(versions.graph(), remote);
            const auto r = remote::LineagePull(versions.graph(), *store).pull(progress);
            return Text::tr("Pulled %n card(s), %1 version(s), %2 bake(s) and %3 customisation(s) from %4", nullptr,
                            r.cards)
                .arg(r.versions)
                .arg(r.bakes)
                .arg(r.customisations)
                .arg(store->spec().name);
        },
        std::move(done));
}

} // namespace wfs::remotejob
