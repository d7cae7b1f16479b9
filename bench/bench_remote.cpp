// The remote's transfer engine against a local S3 server (s3rver, started here), side by side
// with `aws s3 sync` of the same folder to the same server in the same run:
//   bench_remote [--files N] [--size BYTES] [--parallel N] [--tasks N] [--big-mb N]
// It then pushes the lineage of N recorded tasks (10,000), pushes again with nothing new, and in a
// second workspace pulls that lineage and restores the version of the files from the remote.
// --big-mb also pushes one file of N MB in 64 MB parts and prints the peak memory of the process.
// Needs $S3RVER (the build tree's s3rver.js, set by default to where the test fixture installs it).
#include "tests/S3rver.h"
#include "model/graph/GraphStore.h"
#include "model/versions/Pack.h"
#include "model/db/Sqlite.h"
#include "model/recording/Recorder.h"
#include "model/remote/LineagePull.h"
#include "model/remote/LineagePush.h"
#include "model/remote/RemoteRegistry.h"
#include "model/remote/RemoteRestore.h"
#include "model/remote/VersionPush.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"
#include "model/remote/S3Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace wfs::remote;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e9;
}

void row(const char *what, int requests, double s)
{
    std::printf("%-56s %8d %10.2f\n", what, requests, s);
}

// `count` finished tasks as `wfs run` records them: each wrote a file, each with a short log.
void recordTasks(wfs::GraphStore &graph, int count)
{
    wfs::Workspace &ws = graph.workspace();
    wfs::db::Transaction tx(ws.db());
    wfs::Recorder recorder(graph);
    QDir().mkpath(ws.logsDir());
    for (int i = 0; i < count; ++i) {
        const wfs::NodeId task = recorder.startTask({QStringLiteral("Train %1").arg(i), QStringLiteral("train"), {}, {}});
        wfs::Relation out;
        out.direction = wfs::Direction::Output;
        out.kind = wfs::NodeKind::ModelWeight;
        out.target = QStringLiteral("/runs/%1/best.pt").arg(i);
        recorder.record(task, out);
        const QString log = ws.logsDir() + QStringLiteral("/bench-%1.log").arg(i);
        QFile f(log);
        if (f.open(QIODevice::WriteOnly))
            f.write("epoch 1 loss 0.5\nrun " + QByteArray::number(i) + "\n");
        graph.setTaskLog(task, log);
        recorder.finishTask(task, wfs::TaskStatus::Succeeded, 0);
    }
    tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = argValue(args, QStringLiteral("--files"), 5000);
    const int size = argValue(args, QStringLiteral("--size"), 2048);
    const int parallel = argValue(args, QStringLiteral("--parallel"), 16);
    if (qEnvironmentVariableIsEmpty("S3RVER"))
        qputenv("S3RVER", WFS_S3RVER_SCRIPT);
    // The teammate's restore finds its remote as wfs does, with s3rver's credentials.
    qputenv("AWS_ACCESS_KEY_ID", "S3RVER");
    qputenv("AWS_SECRET_ACCESS_KEY", "S3RVER");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("data"));
    QDir().mkpath(folder);
    QRandomGenerator gen(7);
    QStringList names;
    for (int i = 0; i < files; ++i) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        names << QStringLiteral("f%1.bin").arg(i, 5, 10, QLatin1Char('0'));
        QFile f(folder + u'/' + names.back());
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            return 1;
    }

    S3rver server(QStringLiteral("bench"));
    if (!server.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    const RemoteSpec spec{QStringLiteral("bench"), QStringLiteral("s3://bench/wfs"), server.endpoint(), {}, true};
    S3Store store(spec, Access{{"S3RVER", "S3RVER", {}}, "us-east-1"});
    store.setParallel(parallel);

    std::printf("%d files of %d bytes to s3rver on 127.0.0.1, %d transfers at once\n\n", files, size, parallel);
    std::printf("%-56s %8s %10s\n", "", "requests", "seconds");

    row("one object per file: PUT each (streamed from disk)", files, seconds([&] {
            std::vector<Transfer> batch;
            for (const QString &name : names)
                batch.push_back({Transfer::Kind::PutFile, QStringLiteral("loose/") + name, {}, folder + u'/' + name});
            store.run(batch);
        }));
    std::vector<RemoteObject> listed;
    const double listS = seconds([&] { listed = store.list(QStringLiteral("loose/")); });
    row("list them (1,000 keys a page)", int(listed.size() + 999) / 1000, listS);
    row("GET each", files, seconds([&] {
            std::vector<Transfer> batch;
            for (const QString &name : names)
                batch.push_back({Transfer::Kind::GetData, QStringLiteral("loose/") + name, {}, {}});
            store.run(batch);
        }));

    QByteArray packName;
    row("one pack: read, SHA-256 each, PUT pack and index", 2, seconds([&] {
            PackWriter writer;
            for (const QString &name : names) {
                QFile f(folder + u'/' + name);
                f.open(QIODevice::ReadOnly);
                const QByteArray data = f.readAll();
                writer.add(ContentId::of(data), data);
            }
            const QByteArray pack = writer.finish();
            packName = ContentId::of(pack).hex();
            std::vector<Transfer> batch{
                {Transfer::Kind::PutData, QStringLiteral("packs/%1.pack").arg(QString::fromLatin1(packName)), pack, {}},
                {Transfer::Kind::PutData, QStringLiteral("packs/%1.idx").arg(QString::fromLatin1(packName)),
                 PackIndex::tailOf(pack, QStringLiteral("bench")), {}}};
            store.run(batch);
        }));
    row("nothing new: list the packs", 1, seconds([&] { store.list(QStringLiteral("packs/")); }));
    row("GET the pack, verify every object", 1, seconds([&] {
            const QString key = QStringLiteral("packs/%1.pack").arg(QString::fromLatin1(packName));
            const QByteArray pack = store.get(key);
            const PackIndex index = PackIndex::parse(PackIndex::tailOf(pack, key), quint64(pack.size()), key);
            for (const PackEntry &e : index.entries())
                PackIndex::extract(pack, 0, e, key);
        }));

    {
        wfs::Workspace ws(tmp.filePath(QStringLiteral("workspace")));
        wfs::GraphStore graph(ws);
        wfs::Versions versions(graph);
        row("wfs version create of the folder (local, for the push)", 0,
            seconds([&] { versions.create(versions.resolveProject(folder), {}, {}); }));
        const RemoteSpec pushSpec{QStringLiteral("bench"), QStringLiteral("s3://bench/push"), server.endpoint(), {}, true};
        S3Store pushStore(pushSpec, Access{{"S3RVER", "S3RVER", {}}, "us-east-1"});
        VersionPush::Report report;
        const double pushS = seconds([&] { report = VersionPush(graph, pushStore).push(); });
        row("wfs push of that version (content, manifest, record)", report.content.packs * 2 + 5, pushS);
        const int tasks = argValue(args, QStringLiteral("--tasks"), 10000);
        recordTasks(graph, tasks);
        char what[96];
        std::snprintf(what, sizeof what, "wfs push of the lineage of %d tasks (one batch)", tasks);
        row(what, 1, seconds([&] { LineagePush(graph, pushStore).push(); }));
        row("wfs push again, nothing new (versions and lineage)", 1, seconds([&] {
                VersionPush(graph, pushStore).push();
                LineagePush(graph, pushStore).push();
            }));

        // A teammate's workspace: pull the lineage, then restore the version from the remote.
        wfs::Workspace mate(tmp.filePath(QStringLiteral("teammate")));
        wfs::GraphStore mateGraph(mate);
        RemoteRegistry(mate).add(pushSpec);
        std::snprintf(what, sizeof what, "wfs pull of the lineage of %d tasks", tasks);
        row(what, 2, seconds([&] { LineagePull(mateGraph, pushStore).pull(); }));
        wfs::Versions mateVersions(mateGraph);
        wfs::NodeId project = 0;
        for (const wfs::Node &n : mateGraph.snapshot().nodes)
            if (n.kind == wfs::NodeKind::ProjectVersion)
                project = n.projectId;
        const wfs::VersionInfo pulled = mateVersions.byNumber(project, 1);
        std::snprintf(what, sizeof what, "wfs version restore of %d files from the remote", files);
        row(what, 3, seconds([&] { restorePulled(mateGraph, pulled, tmp.filePath(QStringLiteral("restored"))); }));
    }

    S3rver::Run sync;
    const double syncS = seconds([&] { sync = server.aws({QStringLiteral("s3"), QStringLiteral("sync"), QStringLiteral("--quiet"), folder,
                                                          QStringLiteral("s3://bench/aws-sync")}); });
    if (sync.exitCode != 0)
        std::fprintf(stderr, "aws s3 sync failed: %s\n", sync.err.constData());
    row("aws s3 sync of the same folder", files, syncS);

    const int bigMb = argValue(args, QStringLiteral("--big-mb"), 0);
    if (bigMb > 0) {
        const QString big = tmp.filePath(QStringLiteral("big.bin"));
        {
            QFile f(big);
            f.open(QIODevice::WriteOnly);
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < bigMb; ++i) {
                for (char &c : chunk)
                    c = char(gen.bounded(256));
                f.write(chunk);
            }
        }
        const int parts = (bigMb + 63) / 64;
        char what[64];
        std::snprintf(what, sizeof what, "one file of %d MB in 64 MB parts", bigMb);
        row(what, parts + 2, seconds([&] { store.putFile(QStringLiteral("objects/big"), big); }));
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("peak memory of this process: %ld MB\n", usage.ru_maxrss / 1024);
    }
    return 0;
}
