// Scheduling overhead of a bake: N trivial tasks (`cmd: true`) in a fan-out/fan-in shape (start,
// N-2 tasks needing it, end needing them all), beside the bare cost of starting and reaping as
// many `true` processes through the same ProcessRunner with a log file each. The difference per
// task is what the bake adds: planning, cards, state in SQLite, expressions, scheduling.
//   bench_bake [--tasks N] [--parallel 1,2,4] [--runs 3] [--shapes plain,matrix] [--no-cli] [--wfs PATH]
// The matrix shape puts the middle tasks in two matrix tasks (a matrix holds at most 256).
// Each figure is the median of the runs; every bake runs in a fresh workspace.
#include "model/graph/GraphStore.h"
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowParser.h"
#include "model/runner/ProcessRunner.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <sys/resource.h>

using namespace wfs;
using namespace wfs::pipelines;

namespace {

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// User + system CPU time of this process (not of the tasks it runs), in ms: what the runner
// itself costs, much less disturbed by other load on the machine than wall time.
double cpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

// start -> N-2 tasks -> end, every task `cmd: true`, nothing cached.
QString flowYaml(const QString &shape, int tasks, int parallel)
{
    const int middle = tasks - 2;
    QStringList lines{QStringLiteral("kind: batch"), QStringLiteral("id: bench_bake"),
                      QStringLiteral("defaults:"), QStringLiteral("  max_parallel: %1").arg(parallel),
                      QStringLiteral("  cache:"), QStringLiteral("    strategy: none"), QStringLiteral("tasks:"),
                      QStringLiteral("  - id: start"), QStringLiteral("    cmd: true")};
    QStringList middleIds;
    if (shape == u"matrix") {
        const int halves[2] = {middle / 2, middle - middle / 2};
        for (int h = 0; h < 2; ++h) {
            const QString id = h == 0 ? QStringLiteral("left") : QStringLiteral("right");
            QStringList values;
            for (int i = 0; i < halves[h]; ++i)
                values << QString::number(i);
            lines << QStringLiteral("  - id: ") + id << QStringLiteral("    needs: [start]")
                  << QStringLiteral("    strategy:") << QStringLiteral("      matrix:")
                  << QStringLiteral("        n: [%1]").arg(values.join(QStringLiteral(", ")))
                  << QStringLiteral("    cmd: true");
            middleIds << id;
        }
    } else {
        for (int i = 0; i < middle; ++i) {
            const QString id = QStringLiteral("t%1").arg(i);
            lines << QStringLiteral("  - id: ") + id << QStringLiteral("    needs: [start]")
                  << QStringLiteral("    cmd: true");
            middleIds << id;
        }
    }
    lines << QStringLiteral("  - id: end") << QStringLiteral("    needs: [%1]").arg(middleIds.join(QStringLiteral(", ")))
          << QStringLiteral("    cmd: true");
    return lines.join(u'\n') + u'\n';
}

QString writeFlow(const QString &dir, const QString &shape, int tasks, int parallel)
{
    const QString path = dir + QStringLiteral("/bench-%1-%2.yml").arg(shape).arg(parallel);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(flowYaml(shape, tasks, parallel).toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// `tasks` processes of `true`, `parallel` in flight, each through its own ProcessRunner with a
// log file and the environment a task gets: what launch() does, without the bake around it.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing baseline(const QString &dir, int tasks, int parallel)
{
    QDir(dir).removeRecursively();
    RunSpec proto;
    proto.program = QStringLiteral("true");
    proto.workingDirectory = dir;
    proto.environment.insert(QStringLiteral("WFS_TASK_ID"), QStringLiteral("1"));
    proto.environment.insert(QStringLiteral("WFS_WORKSPACE"), dir);
    proto.environment.insert(QStringLiteral("WFS_BAKE_ID"), QStringLiteral("1"));
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        RunSpec run = proto;
        run.logPath = dir + QStringLiteral("/logs/t%1.log").arg(started);
        run.environment.insert(QStringLiteral("WFS_BAKE_TASK"), QStringLiteral("t%1").arg(started));
        ++started;
        auto *runner = new ProcessRunner;
        QObject::connect(runner, &ProcessRunner::finished, runner, [&, runner](int code) {
            if (code != 0)
                qFatal("baseline: true exited with %d", code);
            runner->deleteLater();
            if (++finished == tasks)
                loop.quit();
            else if (started < tasks)
                startOne();
        });
        runner->start(run);
    };
    const double cpu = cpuMs();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < std::min(parallel, tasks); ++i)
        startOne();
    loop.exec();
    return {msSince(t), cpuMs() - cpu};
}

struct BakeFigures
{
    double parse = 0; // FlowParser::parseFile + BatchPlan::params
    double start = 0; // BakeRunner::startNew: plan, bake row, a card per task, attempt rows
    double run = 0;   // waitForFinished
    double total = 0;
    double cpu = 0;   // this process's CPU time over the whole bake
};

void verify(Workspace &ws, GraphStore &store, qint64 bake, int attempt, int tasks)
{
    int succeeded = 0;
    for (const BakeTaskRow &row : BakeStore(ws).tasks(bake, attempt))
        succeeded += row.status == TaskStatus::Succeeded;
    if (succeeded != tasks || store.nodeCount() != tasks || store.edgeCount() != 2 * (tasks - 2))
        qFatal("bake %lld: %d of %d tasks succeeded, %lld cards, %lld edges", bake, succeeded, tasks,
               store.nodeCount(), store.edgeCount());
}

BakeFigures bakeInProcess(const QString &wsDir, const QString &file, int tasks)
{
    QDir(wsDir).removeRecursively();
    Workspace ws(wsDir);
    GraphStore store(ws);
    BakeFigures f;
    const double cpu = cpuMs();
    QElapsedTimer t;
    t.start();
    const FlowDocument doc = FlowParser::parseFile(file);
    const QJsonObject params = BatchPlan::params(doc, {});
    f.parse = msSince(t);
    BakeRunner runner(store);
    runner.startNew(doc, params);
    f.start = msSince(t) - f.parse;
    const BakeStatus status = runner.waitForFinished();
    f.total = msSince(t);
    f.cpu = cpuMs() - cpu;
    f.run = f.total - f.start - f.parse;
    if (status != BakeStatus::Succeeded)
        qFatal("in-process bake: %s", qPrintable(bakeStatusName(status)));
    verify(ws, store, runner.bakeId(), runner.attempt(), tasks);
    return f;
}

// The real command line in a workspace created beforehand (so the schema is not timed).
double bakeCli(const QString &wfs, const QString &wsDir, const QString &file, int tasks)
{
    QDir(wsDir).removeRecursively();
    { Workspace created(wsDir); }
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(wfs, {QStringLiteral("--workspace"), wsDir, QStringLiteral("bake"), file});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("wfs bake failed: %s", p.readAllStandardError().constData());
    const double ms = msSince(t);
    Workspace ws(wsDir);
    GraphStore store(ws);
    verify(ws, store, 1, 1, tasks);
    return ms;
}

// What any wfs command costs before it does anything: process start, Qt, opening the workspace.
double cliStartup(const QString &wfs, const QString &wsDir)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(wfs, {QStringLiteral("--workspace"), wsDir, QStringLiteral("bakes")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("wfs bakes failed: %s", p.readAllStandardError().constData());
    return msSince(t);
}

// The plan alone, for the breakdown (the bake plans again inside startNew).
double planOnly(const QString &file)
{
    const FlowDocument doc = FlowParser::parseFile(file);
    const QJsonObject params = BatchPlan::params(doc, {});
    QElapsedTimer t;
    t.start();
    const BatchPlan plan = BatchPlan::build(doc, params);
    return msSince(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tasks = argValue(args, QStringLiteral("--tasks"), QStringLiteral("500")).toInt();
    const int runs = std::max(1, argValue(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const QStringList shapes = argValue(args, QStringLiteral("--shapes"), QStringLiteral("plain,matrix")).split(u',');
    const bool cli = !args.contains(QStringLiteral("--no-cli"));
    const QString wfs = argValue(args, QStringLiteral("--wfs"), qEnvironmentVariable("WFS_BIN", QStringLiteral(WFS_PROGRAM)));
    std::vector<int> parallels;
    for (const QString &p : argValue(args, QStringLiteral("--parallel"), QStringLiteral("1,2,4")).split(u','))
        parallels.push_back(std::max(1, p.toInt()));
    if (tasks < 3)
        qFatal("--tasks must be at least 3");

    QTemporaryDir tmp;
    const QString dir = tmp.path();
    std::printf("bench_bake: %d tasks `true` (start -> %d -> end), median of %d runs, %d cores, load %s\n", tasks,
                tasks - 2, runs, QThread::idealThreadCount(), loadAverage().constData());
    if (cli) {
        { Workspace created(dir + QStringLiteral("/startup")); }
        std::vector<double> ms;
        for (int r = 0; r < runs; ++r)
            ms.push_back(cliStartup(wfs, dir + QStringLiteral("/startup")));
        std::printf("wfs startup (wfs bakes on an empty workspace): %.1f ms\n", median(ms));
    }
    std::printf("%-6s %3s | %8s %8s %8s | %8s %8s %8s | %6s %6s %6s %6s | %8s %8s\n", "shape", "par", "baseline",
                "bake", "ovh/task", "cpu/task", "cpu/task", "ovh cpu", "parse", "plan", "start", "run", "cli bake",
                "ovh/task");
    std::printf("%-6s %3s | %8s %8s %8s | %8s %8s %8s | %6s %6s %6s %6s | %8s %8s\n", "", "", "wall ms", "wall ms", "ms",
                "base ms", "bake ms", "ms", "ms", "ms", "ms", "ms", "wall ms", "ms");
    for (const QString &shape : shapes) {
        for (const int parallel : parallels) {
            const QString file = writeFlow(dir, shape, tasks, parallel);
            std::vector<double> base, baseCpu, total, cpu, parse, plan, start, run, cliMs;
            for (int r = 0; r < runs; ++r) {
                const Timing b = baseline(dir + QStringLiteral("/baseline"), tasks, parallel);
                base.push_back(b.wall);
                baseCpu.push_back(b.cpu);
                const BakeFigures f = bakeInProcess(dir + QStringLiteral("/ws"), file, tasks);
                total.push_back(f.total);
                cpu.push_back(f.cpu);
                parse.push_back(f.parse);
                start.push_back(f.start);
                run.push_back(f.run);
                plan.push_back(planOnly(file));
                if (cli)
                    cliMs.push_back(bakeCli(wfs, dir + QStringLiteral("/cli"), file, tasks));
            }
            const double b = median(base);
            const double n = tasks;
            std::printf("%-6s %3d | %8.0f %8.0f %8.2f | %8.3f %8.3f %8.3f | %6.0f %6.1f %6.0f %6.0f", qPrintable(shape),
                        parallel, b, median(total), (median(total) - b) / n, median(baseCpu) / n, median(cpu) / n,
                        (median(cpu) - median(baseCpu)) / n, median(parse), median(plan), median(start), median(run));
            if (cli)
                std::printf(" | %8.0f %8.2f", median(cliMs), (median(cliMs) - b) / n);
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    std::printf("ovh/task = (bake - baseline) / tasks, wall time; bake = parse + start + run, start = plan, bake row,\n"
                "a card and a row per task; cpu = this process's user+sys time (the runner, not the tasks)\n");
    std::printf("load at the end: %s\n", loadAverage().constData());
    return 0;
}
