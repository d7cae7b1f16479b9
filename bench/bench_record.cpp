// Recording throughput: 10,000 edges through the library (batched transactions) and through
// the `wfs` command line (one process per edge, as any program would call it).
//   bench_record [--edges N] [--cli-edges N] [--batch N] [--wfs PATH]
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

using namespace wfs;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::size_t(p * double(v.size() - 1))];
}

void benchLibrary(const QString &dir, int edges, int batch)
{
    Workspace ws(dir + QStringLiteral("/lib"));
    GraphStore store(ws);
    Recorder rec(store);
    const NodeId task = rec.startTask({QStringLiteral("bench"), {}, {}, {}});
    std::vector<Relation> relations{std::size_t(edges)};
    for (int i = 0; i < edges; ++i) {
        relations[std::size_t(i)].direction = Direction::Output;
        relations[std::size_t(i)].target = dir + QStringLiteral("/out/file-%1.bin").arg(i);
    }
    QElapsedTimer t;
    t.start();
    for (int from = 0; from < edges; from += batch) {
        const int n = std::min(batch, edges - from);
        rec.recordAll(task, std::span(relations).subspan(std::size_t(from), std::size_t(n)));
    }
    const double s = double(t.nsecsElapsed()) / 1e9;
    if (store.edgeCount() != edges)
        qFatal("library: expected %d edges, found %lld", edges, store.edgeCount());
    std::printf("library: %d edges in batches of %d: %.3f s = %.0f edges/s\n", edges, batch, s, edges / s);
}

std::vector<double> timeProcesses(const QString &program, const std::function<QStringList(int)> &args, int n)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args(i));
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

void report(const char *what, const std::vector<double> &ms)
{
    double total = 0;
    for (double v : ms)
        total += v;
    std::printf("%s: %zu runs, median %.2f ms, p90 %.2f ms, mean %.2f ms, total %.1f s\n", what, ms.size(),
                percentile(ms, 0.5), percentile(ms, 0.9), total / double(ms.size()), total / 1000);
}

void benchCli(const QString &dir, const QString &wfs, int edges)
{
    const QString ws = dir + QStringLiteral("/cli");
    QProcess start;
    start.start(wfs, {QStringLiteral("--workspace"), ws, QStringLiteral("task"), QStringLiteral("start"),
                      QStringLiteral("bench")});
    start.waitForFinished();
    const QString task = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    if (start.exitCode() != 0 || task.isEmpty())
        qFatal("wfs task start failed: %s", start.readAllStandardError().constData());

    report("baseline /bin/true", timeProcesses(QStringLiteral("/bin/true"), [](int) { return QStringList(); }, 200));
    const std::vector<double> ms = timeProcesses(wfs, [&](int i) {
        return QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("input"), QStringLiteral("file"),
                           dir + QStringLiteral("/in/file-%1.bin").arg(i), QStringLiteral("--task"), task};
    }, edges);
    report("wfs input (one process per edge)", ms);

    QProcess count;
    count.start(wfs, {QStringLiteral("--workspace"), ws, QStringLiteral("graph")});
    count.waitForFinished();
    const qsizetype edgesFound = QString::fromUtf8(count.readAllStandardOutput()).count(QStringLiteral(" -> "));
    if (edgesFound != edges)
        qFatal("cli: expected %d edges, found %lld", edges, qlonglong(edgesFound));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int edges = argValue(args, QStringLiteral("--edges"), 10000);
    const int cliEdges = argValue(args, QStringLiteral("--cli-edges"), 10000);
    const int batch = argValue(args, QStringLiteral("--batch"), 10000);
    const qsizetype wfsAt = args.indexOf(QStringLiteral("--wfs"));
    const QString wfs = wfsAt >= 0 ? args.value(wfsAt + 1) : QStringLiteral(WFS_PROGRAM);

    QTemporaryDir tmp;
    // The input files must exist: `wfs input` refuses missing paths.
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    for (int i = 0; i < cliEdges; ++i) {
        QFile f(tmp.filePath(QStringLiteral("in/file-%1.bin").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot create input files");
    }
    benchLibrary(tmp.path(), edges, batch);
    if (cliEdges > 0)
        benchCli(tmp.path(), wfs, cliEdges);
    return 0;
}
