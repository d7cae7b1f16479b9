// `wfs bake` and the commands around it with real processes and real workflow files: the order
// needs impose, matrices, outputs, enable conditions, fail_fast, cancels from another process,
// the cache, restarts, mixins, params, errors in the file, a killed runner, the workflow graph,
// inspect --dot, show, max_parallel, platform-only keys, plain enable values, ::stop-commands::,
// what a task reads and leaves behind, a task that ignores SIGTERM, the flow and project contexts
// and params as text.

#include "PipelineTestSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wfstest;

namespace {

// A task line that stamps when it starts and ends (nanoseconds) in marks/NAME.start|end.
QString stamped(const QString &name, const QString &seconds)
{
    return u"    bash: mkdir -p marks; date +%s%N > marks/%1.start; sleep %2; date +%s%N > marks/%1.end"_s.arg(
        name, seconds);
}

// The bake id a `wfs bake` or `wfs restart` printed on its first line, or 0.
qint64 bakeId(const CliResult &r)
{
    return r.out.section(u'\n', 0, 0).toLongLong();
}

QJsonObject inspect(const Sandbox &box, qint64 bake, int attempt = 0)
{
    QStringList args{u"inspect"_s, QString::number(bake), u"--json"_s};
    if (attempt > 0)
        args << u"--attempt"_s << QString::number(attempt);
    return box.json(args).toObject();
}

QHash<QString, QJsonObject> tasksById(const QJsonObject &inspected)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : inspected.value(u"tasks").toArray())
        byId.insert(v.toObject().value(u"id").toString(), v.toObject());
    return byId;
}

// "id=status" for every task, in plan order: one value to compare.
QStringList statuses(const QJsonObject &inspected)
{
    QStringList out;
    for (const QJsonValue &v : inspected.value(u"tasks").toArray())
        out << v.toObject().value(u"id").toString() + u'=' + v.toObject().value(u"status").toString();
    return out;
}

qint64 nanos(const Sandbox &box, const QString &file)
{
    return box.read(file).trimmed().toLongLong();
}

// The task lines of `wfs bake` output ("HH:MM:SS TASK STATUS[: message]") without the time.
QStringList changes(const CliResult &r)
{
    static const QRegularExpression line(u"^\\d\\d:\\d\\d:\\d\\d (.*)$"_s);
    QStringList out;
    for (const QString &l : r.out.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

const QString noCache = u"  cache: {strategy: none}"_s;

// A task that runs until it is stopped; once its grandchild runs (pid in ID.gc) bash writes its
// own pid to ID.pid. `extra` lines go between the id and the command.
QStringList longTask(const QString &id, const QStringList &extra = {})
{
    return QStringList{u"  - id: "_s + id} + extra
        + QStringList{u"    bash: |"_s, u"      sleep 60 &"_s, u"      echo $! > %1.gc"_s.arg(id),
                      u"      echo $$ > %1.tmp && mv %1.tmp %1.pid"_s.arg(id), u"      wait"_s};
}

} // namespace

#define CHECK_BAKES_EMPTY(box)                                                                                     \
    do {                                                                                                           \
        const CliResult listed = (box).wfs({u"bakes"_s, u"--json"_s});                                             \
        CHECK_EXIT(listed, 0);                                                                                     \
        QCOMPARE(jsonOf(listed), QJsonValue(QJsonArray()));                                                        \
    } while (false)

class TestBake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        const QString problem = isolateSuite(m_xdg);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void diamondJoinsAfterBothBranches()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/diamond.yml"_s,
                          yaml({u"kind: batch"_s, u"title: Diamond"_s, u"defaults:"_s, u"  max_parallel: 2"_s, noCache,
                                u"tasks:"_s, u"  - id: a"_s, stamped(u"a"_s, u"0.1"_s), u"  - id: b"_s,
                                u"    needs: [a]"_s, stamped(u"b"_s, u"0.6"_s), u"  - id: c"_s, u"    needs: [a]"_s,
                                stamped(u"c"_s, u"0.6"_s), u"  - id: d"_s, u"    needs: [b, c]"_s,
                                stamped(u"d"_s, u"0"_s)})));
        const CliResult r = box.wfs({u"bake"_s, u"diamond"_s}); // by id, from the project folder
        CHECK_EXIT(r, 0);
        const qint64 id = bakeId(r);
        QCOMPARE(id, 1);
        QVERIFY2(r.out.trimmed().endsWith(
                     u"bake 1 (attempt 1) succeeded: 4 succeeded, 0 cached, 0 failed, 0 cancelled, 0 skipped"_s),
                 qPrintable(r.out));
        const QStringList lines = changes(r);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines.indexOf(u"d running"_s) > lines.indexOf(u"b succeeded"_s));
        QVERIFY(lines.indexOf(u"d running"_s) > lines.indexOf(u"c succeeded"_s));
        QVERIFY(lines.indexOf(u"b running"_s) > lines.indexOf(u"a succeeded"_s));

        // What the tasks saw: both branches after a, overlapping each other, d after both.
        for (const QString &t : {u"b"_s, u"c"_s})
            QVERIFY(nanos(box, u"marks/"_s + t + u".start"_s) > nanos(box, u"marks/a.end"_s));
        QVERIFY(nanos(box, u"marks/b.start"_s) < nanos(box, u"marks/c.end"_s));
        QVERIFY(nanos(box, u"marks/c.start"_s) < nanos(box, u"marks/b.end"_s));
        QVERIFY(nanos(box, u"marks/d.start"_s) > std::max(nanos(box, u"marks/b.end"_s), nanos(box, u"marks/c.end"_s)));

        // What the store says agrees.
        const QJsonObject in = inspect(box, id);
        QCOMPARE(in.value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(statuses(in), (QStringList{u"a=succeeded"_s, u"b=succeeded"_s, u"c=succeeded"_s, u"d=succeeded"_s}));
        const auto t = tasksById(in);
        QCOMPARE(t[u"d"_s].value(u"needs").toArray(), (QJsonArray{u"b"_s, u"c"_s}));
        QCOMPARE(t[u"a"_s].value(u"needs").toArray(), QJsonArray());
        QVERIFY(msFromIso(t[u"d"_s].value(u"started")) >= msFromIso(t[u"b"_s].value(u"finished")));
        QVERIFY(msFromIso(t[u"d"_s].value(u"started")) >= msFromIso(t[u"c"_s].value(u"finished")));
        QCOMPARE(t[u"d"_s].value(u"exit_code").toInt(-1), 0);
    }

    void matrixIncludeExclude()
    {
        Sandbox box;
        QVERIFY(box.write(u"flows/matrix.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: t"_s,
                                u"    needs: []"_s, u"    strategy:"_s, u"      matrix:"_s,
                                u"        os: [linux, mac]"_s, u"        py: [a, b]"_s, u"        exclude:"_s,
                                u"          - {os: mac, py: b}"_s, u"        include:"_s,
                                u"          - {os: win, py: c}"_s,
                                u"    bash: echo ::set-output name=ord::${{ matrix.ORDINAL }}-${{ matrix.os }}"_s,
                                u"  - id: x_${{ matrix.n }}"_s, u"    needs: []"_s, u"    strategy:"_s,
                                u"      matrix:"_s, u"        n: [1, 2]"_s, u"    bash: echo n=${{ matrix.n }}"_s,
                                u"  - id: after"_s, u"    needs: [t]"_s, u"    bash: echo done"_s})));
        const CliResult r = box.wfs({u"bake"_s, box.path(u"flows/matrix.yml"_s)});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, bakeId(r));
        QCOMPARE(statuses(in), (QStringList{u"t-linux-a=succeeded"_s, u"t-linux-b=succeeded"_s,
                                            u"t-mac-a=succeeded"_s, u"t-win-c=succeeded"_s, u"x_1=succeeded"_s,
                                            u"x_2=succeeded"_s, u"after=succeeded"_s}));
        const auto t = tasksById(in);
        QCOMPARE(t[u"t-linux-a"_s].value(u"outputs").toObject().value(u"ord").toString(), u"0-linux"_s);
        QCOMPARE(t[u"t-linux-b"_s].value(u"outputs").toObject().value(u"ord").toString(), u"1-linux"_s);
        QCOMPARE(t[u"t-mac-a"_s].value(u"outputs").toObject().value(u"ord").toString(), u"2-mac"_s);
        QCOMPARE(t[u"t-win-c"_s].value(u"outputs").toObject().value(u"ord").toString(), u"3-win"_s);
        // A need on the task's id is a need on every instance.
        QCOMPARE(t[u"after"_s].value(u"needs").toArray(),
                 (QJsonArray{u"t-linux-a"_s, u"t-linux-b"_s, u"t-mac-a"_s, u"t-win-c"_s}));
    }

    void outputsPassBetweenTasks()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/outs.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: |"_s, u"      echo ::set-output name=greeting::hello world"_s,
                                u"      echo '  ::set-output name=num::41'"_s, u"      echo not ::set-output name=no::x"_s,
                                u"  - id: b"_s, u"    bash: |"_s,
                                u"      echo \"${{ needs.a.outputs.greeting }}/${{ needs.a.outputs.num }}\" > got.txt"_s,
                                u"      echo ::set-output name=result::${{ needs.a.result }}"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"outs"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(box.read(u"got.txt"_s), u"hello world/41\n"_s);
        const auto t = tasksById(inspect(box, bakeId(r)));
        QCOMPARE(t[u"a"_s].value(u"outputs").toObject(),
                 (QJsonObject{{u"greeting"_s, u"hello world"_s}, {u"num"_s, u"41"_s}}));
        QCOMPARE(t[u"b"_s].value(u"outputs").toObject(), (QJsonObject{{u"result"_s, u"succeeded"_s}}));
        QCOMPARE(t[u"b"_s].value(u"needs").toArray(), QJsonArray{u"a"_s}); // needs default to the previous task
    }

    void failureSkipsDependentsAlwaysAndFailureRun()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/fail.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                                u"  - id: bad"_s, u"    bash: exit 3"_s, u"  - id: good"_s, u"    needs: []"_s,
                                u"    bash: echo ok"_s, u"  - id: dep"_s, u"    needs: [bad]"_s,
                                u"    bash: touch dep.ran"_s, u"  - id: anyway"_s, u"    needs: [bad]"_s,
                                u"    enable: ${{ always() }}"_s, u"    bash: touch anyway.ran"_s,
                                u"  - id: onfail"_s, u"    needs: [bad]"_s, u"    enable: ${{ failure() }}"_s,
                                u"    bash: touch onfail.ran"_s, u"  - id: notfailed"_s, u"    needs: [good]"_s,
                                u"    enable: ${{ failure() }}"_s, u"    bash: touch notfailed.ran"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"fail"_s});
        CHECK_EXIT(r, 1);
        QVERIFY2(r.out.contains(u"bake 1 (attempt 1) failed: 3 succeeded, 0 cached, 1 failed, 0 cancelled, 2 skipped"_s),
                 qPrintable(r.out));
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"failed"_s);
        QCOMPARE(statuses(in), (QStringList{u"bad=failed"_s, u"good=succeeded"_s, u"dep=skipped"_s,
                                            u"anyway=succeeded"_s, u"onfail=succeeded"_s, u"notfailed=skipped"_s}));
        const auto t = tasksById(in);
        QCOMPARE(t[u"bad"_s].value(u"exit_code").toInt(), 3);
        QCOMPARE(t[u"bad"_s].value(u"message").toString(), u"exited with code 3"_s);
        QVERIFY(t[u"dep"_s].value(u"exit_code").isNull());
        QVERIFY(!box.exists(u"dep.ran"_s));
        QVERIFY(!box.exists(u"notfailed.ran"_s));
        QVERIFY(box.exists(u"anyway.ran"_s));
        QVERIFY(box.exists(u"onfail.ran"_s));
    }

    void failFast_data()
    {
        QTest::addColumn<bool>("failFast");
        QTest::newRow("true cancels the running sibling") << true;
        QTest::newRow("false lets it finish") << false;
    }
    void failFast()
    {
        QFETCH(bool, failFast);
        Sandbox box;
        QVERIFY(box.write(u".apolo/ff.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  max_parallel: 3"_s,
                                u"  fail_fast: "_s + (failFast ? u"true"_s : u"false"_s), noCache, u"tasks:"_s,
                                u"  - id: slow"_s, u"    bash: touch slow.started; sleep 2; touch slow.done"_s,
                                u"  - id: bad"_s, u"    needs: []"_s, u"    bash: |"_s,
                                u"      while [ ! -e slow.started ]; do sleep 0.02; done"_s, u"      exit 1"_s,
                                u"  - id: later"_s, u"    needs: [slow]"_s, u"    bash: touch later.ran"_s,
                                u"  - id: report"_s, u"    needs: [bad]"_s, u"    enable: ${{ failure() }}"_s,
                                u"    bash: touch report.ran"_s})));
        QElapsedTimer clock;
        clock.start();
        const CliResult r = box.wfs({u"bake"_s, u"ff"_s});
        CHECK_EXIT(r, 1);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"failed"_s);
        if (failFast) {
            QVERIFY2(clock.elapsed() < 1900, "the sibling must not run to its end");
            // A failure() task is what a fail_fast stop is for: it still runs.
            // later needs the cancelled task: skipped, as it would be without the stop.
            QCOMPARE(statuses(in), (QStringList{u"slow=cancelled"_s, u"bad=failed"_s, u"later=skipped"_s,
                                                u"report=succeeded"_s}));
            QCOMPARE(tasksById(in)[u"slow"_s].value(u"message").toString(), u"cancelled because bad failed (fail_fast)"_s);
            QVERIFY(!box.exists(u"slow.done"_s));
            QVERIFY(!box.exists(u"later.ran"_s));
        } else {
            QCOMPARE(statuses(in), (QStringList{u"slow=succeeded"_s, u"bad=failed"_s, u"later=succeeded"_s,
                                                u"report=succeeded"_s}));
            QVERIFY(box.exists(u"slow.done"_s));
            QVERIFY(box.exists(u"later.ran"_s));
        }
        QVERIFY(box.exists(u"report.ran"_s));
    }

    void cancelOneTaskFromAnotherProcess()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/cancel.yml"_s,
                          yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s} + longTask(u"long"_s)
                          + QStringList{u"  - id: other"_s, u"    needs: []"_s, u"    bash: touch other.ran"_s,
                                        u"  - id: after"_s, u"    needs: [long]"_s, u"    bash: touch after.ran"_s})));
        auto bake = box.start({u"bake"_s, u"cancel"_s});
        const QString id = firstLine(*bake);
        QCOMPARE(id, u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 child = box.pid(u"long.pid"_s);
        const qint64 grandchild = box.pid(u"long.gc"_s);
        QVERIFY(processAlive(child));
        QVERIFY(processAlive(grandchild));
        QCOMPARE(tasksById(inspect(box, 1))[u"long"_s].value(u"status").toString(), u"running"_s);

        const CliResult c = box.wfs({u"cancel"_s, id, u"long"_s});
        CHECK_EXIT(c, 0);
        QCOMPARE(c.out, u"task long of bake 1 cancelled\n"_s);
        // When cancel returns the task has ended, with its whole group.
        QCOMPARE(tasksById(inspect(box, 1))[u"long"_s].value(u"status").toString(), u"cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child) && processGone(grandchild), 5000);

        QVERIFY(bake->waitForFinished(30000));
        QCOMPARE(bake->exitCode(), 1);
        const QString out = QString::fromUtf8(bake->readAllStandardOutput());
        QVERIFY2(out.contains(u" long cancelled"_s), qPrintable(out));
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(statuses(in), (QStringList{u"long=cancelled"_s, u"other=succeeded"_s, u"after=skipped"_s}));
        QVERIFY(!box.exists(u"after.ran"_s));

        // An ended bake cannot be cancelled, nor a task it does not have.
        const CliResult again = box.wfs({u"cancel"_s, id});
        CHECK_EXIT(again, 1);
        QVERIFY2(oneErrorLine(again) && again.err.contains(u"bake 1 has already ended: cancelled"_s), qPrintable(again.err));
        const CliResult unknown = box.wfs({u"cancel"_s, id, u"nope"_s});
        CHECK_EXIT(unknown, 2);
        QVERIFY(unknown.err.contains(u"bake 1 has no task 'nope'"_s));
    }

    void cancelWholeBake()
    {
        Sandbox box;
        QStringList flow{u"kind: batch"_s, u"defaults:"_s, u"  max_parallel: 2"_s, noCache, u"tasks:"_s};
        for (const QString &t : {u"l1"_s, u"l2"_s})
            flow << longTask(t, {u"    needs: []"_s});
        flow << u"  - id: next"_s << u"    needs: [l1, l2]"_s << u"    bash: touch next.ran"_s << u"  - id: cleanup"_s
             << u"    needs: [l1, l2]"_s << u"    enable: ${{ always() }}"_s
             << u"    bash: echo \"${{ needs.l1.result }} ${{ needs.l2.result }}\" > cleanup.txt"_s;
        QVERIFY(box.write(u".apolo/all.yml"_s, yaml(flow)));
        auto bake = box.start({u"bake"_s, u"all"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"l1.pid"_s) > 0 && box.pid(u"l2.pid"_s) > 0; }));
        const QList<qint64> pids{box.pid(u"l1.pid"_s), box.pid(u"l2.pid"_s), box.pid(u"l1.gc"_s), box.pid(u"l2.gc"_s)};
        for (qint64 pid : pids)
            QVERIFY(processAlive(pid));

        const CliResult c = box.wfs({u"cancel"_s, u"1"_s});
        CHECK_EXIT(c, 0);
        QCOMPARE(c.out, u"bake 1 cancelled\n"_s);
        QVERIFY(bake->waitForFinished(30000));
        QCOMPARE(bake->exitCode(), 1);
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(statuses(in), (QStringList{u"l1=cancelled"_s, u"l2=cancelled"_s, u"next=cancelled"_s,
                                            u"cleanup=succeeded"_s}));
        QCOMPARE(tasksById(in)[u"next"_s].value(u"message").toString(), u"the bake was cancelled"_s);
        QVERIFY(!box.exists(u"next.ran"_s));
        QCOMPARE(box.read(u"cleanup.txt"_s), u"cancelled cancelled\n"_s);
        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 1);
        QCOMPARE(bakes[0].toObject().value(u"status").toString(), u"cancelled"_s);
    }

    void cacheHitThenMissOnChangedParam()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/cache.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  word: one"_s, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: |"_s, u"      echo ${{ params.word }} >> a.runs"_s,
                                u"      echo ::set-output name=w::${{ params.word }}"_s, u"  - id: b"_s,
                                u"    bash: echo ${{ needs.a.outputs.w }} >> b.runs"_s})));
        const CliResult first = box.wfs({u"bake"_s, u"cache"_s});
        CHECK_EXIT(first, 0);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"a=succeeded"_s, u"b=succeeded"_s}));

        const CliResult second = box.wfs({u"bake"_s, u"cache"_s});
        CHECK_EXIT(second, 0);
        QCOMPARE(bakeId(second), 2);
        QVERIFY2(second.out.contains(u"bake 2 (attempt 1) succeeded: 0 succeeded, 2 cached"_s), qPrintable(second.out));
        const QJsonObject cached = inspect(box, 2);
        QCOMPARE(statuses(cached), (QStringList{u"a=cached"_s, u"b=cached"_s}));
        QCOMPARE(tasksById(cached)[u"a"_s].value(u"outputs").toObject(), (QJsonObject{{u"w"_s, u"one"_s}}));
        QCOMPARE(box.lines(u"a.runs"_s), QStringList{u"one"_s});
        QCOMPARE(box.lines(u"b.runs"_s), QStringList{u"one"_s});

        const CliResult changed = box.wfs({u"bake"_s, u"cache"_s, u"-p"_s, u"word"_s, u"two"_s});
        CHECK_EXIT(changed, 0);
        QCOMPARE(statuses(inspect(box, 3)), (QStringList{u"a=succeeded"_s, u"b=succeeded"_s}));
        QCOMPARE(box.lines(u"a.runs"_s), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(box.lines(u"b.runs"_s), (QStringList{u"one"_s, u"two"_s}));

        // The first value's entries are still there.
        const CliResult back = box.wfs({u"bake"_s, u"cache"_s, u"--param"_s, u"word"_s, u"one"_s});
        CHECK_EXIT(back, 0);
        QCOMPARE(statuses(inspect(box, 4)), (QStringList{u"a=cached"_s, u"b=cached"_s}));
        QCOMPARE(box.lines(u"a.runs"_s).size(), 2);
    }

    void cacheExpires()
    {
        // Apolo forbids a *job* life_span under a minute; a cache life_span has no such floor.
        Sandbox box;
        QVERIFY(box.write(u".apolo/expire.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  cache:"_s, u"    life_span: 2s"_s, u"tasks:"_s,
                                u"  - id: a"_s, u"    bash: echo run >> a.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"expire"_s}), 0);
        const qint64 stored = msFromIso(tasksById(inspect(box, 1))[u"a"_s].value(u"finished"));
        CHECK_EXIT(box.wfs({u"bake"_s, u"expire"_s}), 0);
        QVERIFY2(QDateTime::currentMSecsSinceEpoch() - stored < 2000, "the machine is too slow for this test");
        QCOMPARE(statuses(inspect(box, 2)), QStringList{u"a=cached"_s});
        // Expiry is a matter of time passing: nothing to poll for.
        QThread::msleep(ulong(std::max<qint64>(0, stored + 2300 - QDateTime::currentMSecsSinceEpoch())));
        CHECK_EXIT(box.wfs({u"bake"_s, u"expire"_s}), 0);
        QCOMPARE(statuses(inspect(box, 3)), QStringList{u"a=succeeded"_s});
        QCOMPARE(box.lines(u"a.runs"_s).size(), 2);
    }

    void restartFromFailed()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/flaky.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                                u"  - id: first"_s, u"    bash: echo run >> first.runs"_s, u"  - id: side"_s,
                                u"    needs: [first]"_s, u"    bash: echo run >> side.runs"_s, u"  - id: flaky"_s,
                                u"    needs: [first]"_s, u"    bash: |"_s, u"      echo run >> flaky.runs"_s,
                                u"      if [ ! -e flaky.ok ]; then touch flaky.ok; exit 1; fi"_s, u"  - id: last"_s,
                                u"    needs: [flaky, side]"_s, u"    bash: echo run >> last.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"flaky"_s}), 1);
        const QJsonObject one = inspect(box, 1);
        QCOMPARE(statuses(one), (QStringList{u"first=succeeded"_s, u"side=succeeded"_s, u"flaky=failed"_s,
                                             u"last=skipped"_s}));

        const CliResult r = box.wfs({u"restart"_s, u"1"_s, u"--from-failed"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(bakeId(r), 1);
        QVERIFY2(r.out.contains(u"bake 1 (attempt 2) succeeded"_s), qPrintable(r.out));
        QVERIFY(!changes(r).contains(u"first running"_s));
        const QJsonObject two = inspect(box, 1);
        QCOMPARE(two.value(u"attempt").toInt(), 2);
        QCOMPARE(two.value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(statuses(two), (QStringList{u"first=succeeded"_s, u"side=succeeded"_s, u"flaky=succeeded"_s,
                                             u"last=succeeded"_s}));
        QCOMPARE(box.lines(u"first.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"side.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"flaky.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"last.runs"_s).size(), 1);
        // Kept tasks keep their times and cards; the first attempt is still there as it was.
        const auto before = tasksById(one);
        const auto after = tasksById(two);
        QCOMPARE(after[u"first"_s].value(u"started"), before[u"first"_s].value(u"started"));
        for (const QString &t : {u"first"_s, u"flaky"_s, u"last"_s})
            QCOMPARE(after[t].value(u"card").toInteger(), before[t].value(u"card").toInteger());
        QCOMPARE(statuses(inspect(box, 1, 1)), statuses(one));
        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 1);
        QCOMPARE(bakes[0].toObject().value(u"attempt").toInt(), 2);
        QCOMPARE(bakes[0].toObject().value(u"status").toString(), u"succeeded"_s);
        CHECK_EXIT(box.wfs({u"inspect"_s, u"1"_s, u"--attempt"_s, u"3"_s}), 2);
    }

    void mixinsReachTheTask()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/mix.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"mixins:"_s, u"  envmix:"_s, u"    env:"_s,
                                u"      GREETING: from-mixin"_s, u"      OVERRIDE: mixin"_s, u"  runner:"_s,
                                u"    bash: echo \"$GREETING $OVERRIDE\" > mix.txt"_s, u"tasks:"_s, u"  - id: a"_s,
                                u"    mixins: [envmix, runner]"_s, u"    env:"_s, u"      OVERRIDE: task"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"mix"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(box.read(u"mix.txt"_s), u"from-mixin task\n"_s);
    }

    void paramsFromTheCommandLine()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/params.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  name: world"_s, u"  count:"_s, u"    default: 2"_s,
                                u"    descr: how many"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: p"_s,
                                u"    bash: echo \"${{ params.name }} x${{ params.count }}\" >> p.txt"_s})));
        const CliResult unknown = box.wfs({u"bake"_s, u"params"_s, u"-p"_s, u"nope"_s, u"1"_s});
        CHECK_EXIT(unknown, 2);
        QVERIFY2(oneErrorLine(unknown) && unknown.err.contains(u"unknown param 'nope' (known: name, count)"_s),
                 qPrintable(unknown.err));
        CHECK_BAKES_EMPTY(box);
        QVERIFY(!box.exists(u"p.txt"_s));

        CHECK_EXIT(box.wfs({u"bake"_s, u"params"_s}), 0);
        CHECK_EXIT(box.wfs({u"bake"_s, u"params"_s, u"-p"_s, u"name"_s, u"Alice"_s, u"--param"_s, u"count"_s, u"5"_s}), 0);
        QCOMPARE(box.lines(u"p.txt"_s), (QStringList{u"world x2"_s, u"Alice x5"_s}));
        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes[0].toObject().value(u"params").toObject(),
                 (QJsonObject{{u"name"_s, u"Alice"_s}, {u"count"_s, u"5"_s}}));
    }

    void errorsInTheFile_data()
    {
        QTest::addColumn<QStringList>("flow");
        QTest::addColumn<QString>("where"); // LINE:COLUMN
        QTest::addColumn<QString>("message");
        const QStringList head{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: touch ran"_s};
        QTest::newRow("bad value") << QStringList{u"kind: batch"_s, u"defaults:"_s, u"  max_parallel: zero"_s,
                                                  u"tasks:"_s, u"  - id: a"_s, u"    bash: touch ran"_s}
                                   << u"3:17"_s
                                   << u"defaults.max_parallel: expected a whole number above 0, found 'zero'"_s;
        QTest::newRow("unknown key") << head + QStringList{u"  - id: b"_s, u"    neds: [a]"_s, u"    bash: touch ran"_s}
                                     << u"6:5"_s << u"tasks[1].neds: unknown key 'neds', did you mean 'needs'?"_s;
        QTest::newRow("cycle") << QStringList{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    needs: [c]"_s,
                                              u"    bash: touch ran"_s, u"  - id: b"_s, u"    needs: [a]"_s,
                                              u"    bash: touch ran"_s, u"  - id: c"_s, u"    needs: [b]"_s,
                                              u"    bash: touch ran"_s}
                               << u"3:5"_s << u"needs: the needs form a cycle (each task needs the next): a -> c -> b -> a"_s;
        QTest::newRow("bad expression") << QStringList{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s,
                                                       u"    bash: touch ran ${{ params. }}"_s}
                                        << u"4:33"_s << u"tasks[0].bash: in '${{ params. }}': unexpected end of expression"_s;
        QTest::newRow("unknown need") << head + QStringList{u"  - id: b"_s, u"    needs: [z]"_s, u"    bash: touch ran"_s}
                                      << u"6:13"_s << u"needs: needs 'z', which is not a task of this flow (known: a, b)"_s;
        // The first task must not run either: the unknown param is found before anything starts.
        QTest::newRow("unknown param read by a later task")
            << head + QStringList{u"  - id: b"_s, u"    bash: echo ${{ params.epochs }}"_s} << u"6:11"_s
            << u"tasks[1].bash: in '${{ params.epochs }}': the flow has no param 'epochs' (params: none)"_s;
        QTest::newRow("enable neither a flag nor an expression")
            << head + QStringList{u"  - id: b"_s, u"    enable: maybe"_s, u"    bash: touch ran"_s} << u"6:13"_s
            << u"tasks[1].enable: expected true, false or an expression such as ${{ success() }}, found 'maybe'"_s;
        QTest::newRow("images context") << head + QStringList{u"  - id: b"_s, u"    python: print(\"${{ images.img.ref }}\")"_s}
                                        << u"6:13"_s
            << u"tasks[1].python: in '${{ images.img.ref }}': images exist only on the Apolo platform: a local run has none to give"_s;
    }
    void errorsInTheFile()
    {
        QFETCH(QStringList, flow);
        QFETCH(QString, where);
        QFETCH(QString, message);
        Sandbox box;
        QVERIFY(box.write(u"bad.yml"_s, yaml(flow)));
        const CliResult r = box.wfs({u"bake"_s, u"bad.yml"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"bad.yml"_s) + u':' + where + u": "_s + message + u'\n');
        QCOMPARE(r.out, QString());
        QVERIFY(!box.exists(u"ran"_s));
        CHECK_BAKES_EMPTY(box);
        const Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        QVERIFY(g.nodes.isEmpty());
    }

    void killedRunnerIsInterruptedThenRestarted()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/crash.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: quick"_s,
                                u"    bash: echo run >> quick.runs"_s, u"  - id: long"_s, u"    bash: |"_s,
                                u"      echo run >> long.runs"_s, u"      if [ ! -e long.second ]; then"_s,
                                u"        touch long.second"_s, u"        sleep 60 &"_s, u"        echo $! > gc.pid"_s,
                                u"        echo $$ > long.tmp && mv long.tmp long.pid"_s, u"        wait"_s,
                                u"      fi"_s, u"  - id: after"_s, u"    bash: echo run >> after.runs"_s})));
        auto bake = box.start({u"bake"_s, u"crash"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 child = box.pid(u"long.pid"_s);
        const qint64 grandchild = box.pid(u"gc.pid"_s);
        QCOMPARE(::kill(pid_t(bake->processId()), SIGKILL), 0);
        QVERIFY(bake->waitForFinished(10000));

        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 1);
        QCOMPARE(bakes[0].toObject().value(u"status").toString(), u"interrupted"_s);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"interrupted"_s);
        QCOMPARE(statuses(in), (QStringList{u"quick=succeeded"_s, u"long=running"_s, u"after=pending"_s}));
        const CliResult table = box.wfs({u"inspect"_s, u"1"_s});
        QVERIFY(table.out.startsWith(u"bake 1, attempt 1: interrupted\n"_s));
        // The task outlived its runner: it is in a group of its own.
        QVERIFY(processAlive(child));
        QVERIFY(processAlive(grandchild));

        const CliResult r = box.wfs({u"restart"_s, u"1"_s, u"--from-failed"_s});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains(u"bake 1 (attempt 2) succeeded"_s), qPrintable(r.out));
        QVERIFY(processGone(child));
        QVERIFY(processGone(grandchild));
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"quick=succeeded"_s, u"long=succeeded"_s, u"after=succeeded"_s}));
        // The first attempt keeps its history, with nothing running for ever.
        const QJsonObject first = inspect(box, 1, 1);
        QCOMPARE(statuses(first), (QStringList{u"quick=succeeded"_s, u"long=cancelled"_s, u"after=pending"_s}));
        QCOMPARE(tasksById(first)[u"long"_s].value(u"message").toString(), u"interrupted: its runner was gone"_s);
        QCOMPARE(box.lines(u"quick.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"long.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"after.runs"_s).size(), 1);
        QCOMPARE(box.json({u"bakes"_s, u"--json"_s}).toArray()[0].toObject().value(u"status").toString(), u"succeeded"_s);
    }

    void cancelAnInterruptedBake()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/orphan.yml"_s,
                          yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s} + longTask(u"long"_s)
                               + QStringList{u"  - id: after"_s, u"    bash: touch after.ran"_s})));
        auto bake = box.start({u"bake"_s, u"orphan"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 child = box.pid(u"long.pid"_s);
        const qint64 grandchild = box.pid(u"long.gc"_s);
        QCOMPARE(::kill(pid_t(bake->processId()), SIGKILL), 0);
        QVERIFY(bake->waitForFinished(10000));
        QCOMPARE(inspect(box, 1).value(u"status").toString(), u"interrupted"_s);

        const CliResult c = box.wfs({u"cancel"_s, u"1"_s});
        CHECK_EXIT(c, 0);
        QCOMPARE(c.out, u"bake 1 was interrupted; its leftover tasks are cancelled\n"_s);
        QVERIFY(processGone(child));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(statuses(in), (QStringList{u"long=cancelled"_s, u"after=cancelled"_s}));
        const Graph g = box.graph();
        QCOMPARE(g.node(tasksById(in)[u"long"_s].value(u"card").toInteger()).value(u"status").toString(),
                 u"cancelled"_s);
    }

    void signalCancelsTheBake()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/sig.yml"_s,
                          yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s} + longTask(u"long"_s))));
        auto bake = box.start({u"bake"_s, u"sig"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 grandchild = box.pid(u"long.gc"_s);
        QCOMPARE(::kill(pid_t(bake->processId()), SIGTERM), 0);
        QVERIFY(bake->waitForFinished(30000));
        QCOMPARE(bake->exitStatus(), QProcess::NormalExit);
        QCOMPARE(bake->exitCode(), 1);
        QVERIFY(QString::fromUtf8(bake->readAllStandardOutput()).contains(u"bake 1 (attempt 1) cancelled"_s));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
        QCOMPARE(statuses(inspect(box, 1)), QStringList{u"long=cancelled"_s});
        QCOMPARE(inspect(box, 1).value(u"status").toString(), u"cancelled"_s);
    }

    void graphCardsAndVersionedInputs()
    {
        Sandbox box;
        QVERIFY(box.write(u"data/a.txt"_s, u"alpha\n"_s));
        QVERIFY(box.write(u".apolo/lineage.yml"_s,
                          yaml({u"kind: batch"_s, u"title: Lineage"_s, u"tasks:"_s, u"  - id: prep"_s,
                                u"    inputs: [\"project:data\"]"_s, u"    outputs: [\"file:out/prep.txt\"]"_s,
                                u"    bash: |"_s, u"      mkdir -p out; cat data/*.txt > out/prep.txt"_s,
                                u"      echo ::set-output name=n::1"_s, u"      echo run >> prep.runs"_s,
                                u"  - id: use"_s, u"    outputs: [\"file:out/use.txt\"]"_s,
                                u"    bash: cp out/prep.txt out/use.txt"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        auto cardsOf = [&g](const QString &group) {
            QHash<QString, QJsonObject> cards;
            for (const QJsonObject &t : g.ofKind(u"task"_s)) {
                if (t.value(u"group").toString() == group)
                    cards.insert(t.value(u"title").toString(), t);
            }
            return cards;
        };
        auto cards = cardsOf(u"bake 1 · Lineage"_s);
        QCOMPARE(cards.size(), 2);
        const qint64 prep = cards[u"prep"_s].value(u"id").toInteger();
        const qint64 use = cards[u"use"_s].value(u"id").toInteger();
        QCOMPARE(cards[u"prep"_s].value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(tasksById(inspect(box, 1))[u"prep"_s].value(u"card").toInteger(), prep);
        const qint64 project = g.idOf(u"project"_s, box.path(u"data"_s));
        QVERIFY(project > 0);
        QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0].value(u"project").toInteger(), project);
        const qint64 v1 = versions[0].value(u"id").toInteger();
        const qint64 prepOut = g.idOf(u"file"_s, box.path(u"out/prep.txt"_s));
        const qint64 useOut = g.idOf(u"file"_s, box.path(u"out/use.txt"_s));
        QVERIFY(prepOut > 0 && useOut > 0);
        QCOMPARE(g.edgeSet(), (EdgeSet{{prep, use}, {v1, prep}, {prep, prepOut}, {use, useOut}}));

        // Nothing changed: both from the cache, same version.
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        QCOMPARE(statuses(inspect(box, 2)), (QStringList{u"prep=cached"_s, u"use=cached"_s}));
        g = box.graph();
        QCOMPARE(g.ofKind(u"project_version"_s).size(), 1);
        cards = cardsOf(u"bake 2 · Lineage"_s);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards[u"prep"_s].value(u"status").toString(), u"cached"_s);
        QVERIFY(g.edgeSet().contains({cards[u"prep"_s].value(u"id").toInteger(), cards[u"use"_s].value(u"id").toInteger()}));

        // A changed input folder is a new version and a changed definition; what `use` gets from
        // prep is the same, so it stays cached.
        QVERIFY(box.write(u"data/a.txt"_s, u"beta\n"_s));
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        QCOMPARE(statuses(inspect(box, 3)), (QStringList{u"prep=succeeded"_s, u"use=cached"_s}));
        QCOMPARE(box.lines(u"prep.runs"_s).size(), 2);
        g = box.graph();
        versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 2);
        const qint64 prep3 = cardsOf(u"bake 3 · Lineage"_s)[u"prep"_s].value(u"id").toInteger();
        qint64 v2 = 0;
        for (const QJsonObject &v : versions) {
            if (v.value(u"number").toInt() == 2)
                v2 = v.value(u"id").toInteger();
        }
        QVERIFY(g.edgeSet().contains({v2, prep3}));
    }

    void inspectDotIsTheTaskGraph()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/dot.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: exit 0"_s, u"  - id: b"_s,
                                u"    bash: exit 0"_s, u"  - id: c"_s, u"    needs: [a]"_s, u"    bash: exit 0"_s,
                                u"  - id: d"_s, u"    needs: [b, c]"_s, u"    bash: exit 0"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"dot"_s}), 0);
        const CliResult r = box.wfs({u"inspect"_s, u"1"_s, u"--dot"_s});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.startsWith(u"digraph \"bake 1\" {\n"_s));
        QVERIFY(r.out.endsWith(u"}\n"_s));
        static const QRegularExpression edge(u"^  \"([^\"]+)\" -> \"([^\"]+)\";$"_s, QRegularExpression::MultilineOption);
        QSet<QString> edges;
        for (auto it = edge.globalMatch(r.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            edges.insert(m.captured(1) + u"->"_s + m.captured(2));
        }
        // b needs the task before it by default.
        QCOMPARE(edges, (QSet<QString>{u"a->b"_s, u"a->c"_s, u"b->d"_s, u"c->d"_s}));

        // Graphviz reads it as the same graph.
        const QString dot = QStandardPaths::findExecutable(u"dot"_s);
        if (dot.isEmpty())
            QSKIP("Graphviz's dot is not installed");
        QProcess p;
        p.start(dot, {u"-Tplain"_s});
        QVERIFY(p.waitForStarted());
        p.write(r.out.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QSet<QString> plainEdges;
        QSet<QString> plainNodes;
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
            const QStringList w = line.split(u' ');
            if (w.value(0) == u"edge")
                plainEdges.insert(w.value(1) + u"->"_s + w.value(2));
            else if (w.value(0) == u"node")
                plainNodes.insert(w.value(1));
        }
        QCOMPARE(plainEdges, edges);
        QCOMPARE(plainNodes, (QSet<QString>{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    }

    void showPrintsTheLog()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/show.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: talk"_s, u"    bash: |"_s,
                                u"      echo line one"_s, u"      echo line two >&2"_s, u"      printf 'no newline'"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"show"_s}), 0);
        const CliResult r = box.wfs({u"show"_s, u"1"_s, u"talk"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, u"line one\nline two\nno newline"_s);
        const CliResult follow = box.wfs({u"show"_s, u"1"_s, u"talk"_s, u"--follow"_s});
        CHECK_EXIT(follow, 0);
        QCOMPARE(follow.out, r.out);
        const CliResult unknown = box.wfs({u"show"_s, u"1"_s, u"nope"_s});
        CHECK_EXIT(unknown, 2);
        QVERIFY(unknown.err.contains(u"bake 1 has no task 'nope'"_s));
    }

    void showFollowsATaskThatHasNotStarted()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/follow.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: first"_s,
                                u"    bash: while [ ! -e go ]; do sleep 0.02; done"_s, u"  - id: second"_s,
                                u"    bash: |"_s, u"      echo hello"_s, u"      sleep 0.3"_s, u"      echo bye"_s})));
        auto bake = box.start({u"bake"_s, u"follow"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tasksById(inspect(box, 1))[u"first"_s].value(u"status").toString(), u"running"_s,
                                  10000);
        auto follow = box.start({u"show"_s, u"1"_s, u"second"_s, u"--follow"_s});
        QVERIFY(box.write(u"go"_s, QString()));
        QVERIFY(follow->waitForFinished(30000));
        QCOMPARE(follow->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(follow->readAllStandardOutput()), u"hello\nbye\n"_s);
        QCOMPARE(QString::fromUtf8(follow->readAllStandardError()), QString());
        QVERIFY(bake->waitForFinished(30000));
        QCOMPARE(bake->exitCode(), 0);
    }

    void maxParallelOneRunsOneAtATime()
    {
        Sandbox box;
        QStringList flow{u"kind: batch"_s, u"defaults:"_s, u"  max_parallel: 1"_s, noCache, u"tasks:"_s};
        const QStringList ids{u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s};
        for (const QString &t : ids)
            flow << u"  - id: "_s + t << u"    needs: []"_s
                 << u"    bash: echo start %1 >> par.log; sleep 0.15; echo end %1 >> par.log"_s.arg(t);
        QVERIFY(box.write(u".apolo/par.yml"_s, yaml(flow)));
        CHECK_EXIT(box.wfs({u"bake"_s, u"par"_s}), 0);
        const QStringList lines = box.lines(u"par.log"_s);
        QCOMPARE(lines.size(), 8);
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); i += 2) {
            const QString name = lines[i].section(u' ', 1);
            QCOMPARE(lines[i], u"start "_s + name);
            QCOMPARE(lines[i + 1], u"end "_s + name);
            seen.insert(name);
        }
        QCOMPARE(seen, QSet<QString>(ids.begin(), ids.end()));
        QList<std::pair<qint64, qint64>> spans;
        for (const QJsonObject &t : tasksById(inspect(box, 1)))
            spans << std::pair{msFromIso(t.value(u"started")), msFromIso(t.value(u"finished"))};
        std::sort(spans.begin(), spans.end());
        for (qsizetype i = 1; i < spans.size(); ++i)
            QVERIFY(spans[i].first >= spans[i - 1].second);
    }

    void runningNeedStartsWithTheTaskItNeeds()
    {
        Sandbox box;
        // The server ends only once the client has run: without `running` this would wait forever.
        QVERIFY(box.write(u".apolo/serve.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: server"_s,
                                u"    bash: |"_s, u"      for i in $(seq 250); do [ -e client.ran ] && exit 0; sleep 0.02; done"_s,
                                u"      exit 1"_s, u"  - id: client"_s, u"    needs:"_s, u"      server: running"_s,
                                u"    bash: touch client.ran"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"serve"_s}), 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"server=succeeded"_s, u"client=succeeded"_s}));
        const auto t = tasksById(in);
        QVERIFY(msFromIso(t[u"client"_s].value(u"finished")) <= msFromIso(t[u"server"_s].value(u"finished")));
    }

    void lifeSpanStopsATaskThatRunsTooLong()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/limit.yml"_s,
                          yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"  fail_fast: false"_s,
                                           u"  life_span: 1m"_s, u"tasks:"_s}
                               + longTask(u"long"_s, {u"    life_span: 1s"_s})
                               + QStringList{u"  - id: quick"_s, u"    needs: []"_s, u"    bash: sleep 1.5"_s})));
        QElapsedTimer clock;
        clock.start();
        const CliResult r = box.wfs({u"bake"_s, u"limit"_s});
        CHECK_EXIT(r, 1);
        // SIGTERM after 1 s ends bash at once; the 5 s grace before SIGKILL is not needed.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"long=failed"_s, u"quick=succeeded"_s}));
        QCOMPARE(tasksById(in)[u"long"_s].value(u"message").toString(), u"stopped after its life_span of 1 s"_s);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(box.pid(u"long.gc"_s)), 5000);
    }

    void platformKeysAreReportedOnce()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/plat.yml"_s,
                          yaml({u"kind: batch"_s, u"mixins:"_s, u"  gpu:"_s, u"    image: ubuntu"_s, u"defaults:"_s,
                                noCache, u"tasks:"_s, u"  - id: a"_s, u"    mixins: [gpu]"_s, u"    bash: touch a.ran"_s,
                                u"  - id: b"_s, u"    mixins: [gpu]"_s, u"    preset: cpu-small"_s,
                                u"    bash: touch b.ran"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"plat"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.err, u"wfs: ignored when running locally: mixins.gpu.image (line 4), tasks[1].preset (line 13)\n"_s);
        QVERIFY(box.exists(u"a.ran"_s));
        QVERIFY(box.exists(u"b.ran"_s));
    }

    void plainEnableValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("runs");
        QTest::newRow("false") << u"false"_s << false;
        QTest::newRow("quoted false") << u"\"false\""_s << false;
        QTest::newRow("0") << u"0"_s << false;
        QTest::newRow("no") << u"no"_s << false;
        QTest::newRow("true") << u"true"_s << true;
    }
    void plainEnableValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, runs);
        Sandbox box;
        QVERIFY(box.write(u".apolo/flag.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: t"_s,
                                u"    enable: "_s + value, u"    bash: touch t.ran"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"flag"_s}), 0);
        const QJsonObject t = tasksById(inspect(box, 1))[u"t"_s];
        QCOMPARE(box.exists(u"t.ran"_s), runs);
        QCOMPARE(t.value(u"status").toString(), runs ? u"succeeded"_s : u"skipped"_s);
        if (!runs)
            QVERIFY2(t.value(u"message").toString().startsWith(u"enable is false"_s),
                     qPrintable(t.value(u"message").toString()));
    }

    void stopCommandsSuspendSetOutput()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/stop.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: |"_s, u"      echo ::set-output name=before::1"_s,
                                u"      echo ::stop-commands::tok42"_s, u"      echo ::set-output name=inside::2"_s,
                                u"      echo ::tok42::"_s, u"      echo ::set-output name=after::3"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"stop"_s}), 0);
        QCOMPARE(tasksById(inspect(box, 1))[u"a"_s].value(u"outputs").toObject(),
                 (QJsonObject{{u"before"_s, u"1"_s}, {u"after"_s, u"3"_s}}));
    }

    void cacheSeesFileAndFolderInputsAndMissingOutputs()
    {
        Sandbox box;
        QVERIFY(box.write(u"cfg.txt"_s, u"a\n"_s));
        QVERIFY(box.write(u"fold/one.txt"_s, u"1\n"_s));
        QVERIFY(box.write(u".apolo/paths.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: t"_s,
                                u"    inputs: [\"file:cfg.txt\", \"folder:fold\"]"_s, u"    outputs: [\"file:out.txt\"]"_s,
                                u"    bash: echo run >> t.runs; cat cfg.txt > out.txt"_s})));
        int bake = 0;
        auto bakeOnce = [&box, &bake] {
            const CliResult r = box.wfs({u"bake"_s, u"paths"_s});
            ++bake;
            return r.exitCode == 0 ? tasksById(inspect(box, bake))[u"t"_s].value(u"status").toString() : describe(r);
        };
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(box.write(u"cfg.txt"_s, u"bb\n"_s)); // another size: a change whatever the clock's resolution
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(box.read(u"out.txt"_s), u"bb\n"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(box.write(u"fold/sub/two.txt"_s, u"2\n"_s));
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(QFile::remove(box.path(u"out.txt"_s)));
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(box.read(u"out.txt"_s), u"bb\n"_s);
        QCOMPARE(box.lines(u"t.runs"_s).size(), 4);
    }

    void taskInputIsDevNull()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/stdin.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: ask"_s,
                                u"    bash: read x || echo eof"_s})));
        QElapsedTimer clock;
        clock.start();
        // wfs's own input is a pipe that stays open: a task reading it would wait for ever.
        auto bake = box.start({u"bake"_s, u"stdin"_s});
        QVERIFY(bake->waitForFinished(10000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(bake->exitCode(), 0);
        QCOMPARE(box.wfs({u"show"_s, u"1"_s, u"ask"_s}).out, u"eof\n"_s);
    }

    void backgroundLeftoversDieWithTheTask()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/bg.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: t"_s,
                                u"    bash: |"_s, u"      sleep 30 &"_s, u"      echo $! > bg.pid"_s, u"      exit 0"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"bg"_s}), 0);
        const qint64 leftover = box.pid(u"bg.pid"_s);
        QVERIFY(leftover > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(leftover), 5000);
        QCOMPARE(statuses(inspect(box, 1)), QStringList{u"t=succeeded"_s});
    }

    void cancelKillsATaskThatIgnoresTerm()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/stubborn.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: t"_s,
                                u"    bash: trap '' TERM; echo $$ > t.tmp && mv t.tmp t.pid; while true; do sleep 0.1; done"_s})));
        auto bake = box.start({u"bake"_s, u"stubborn"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"t.pid"_s) > 0; }));
        const qint64 pid = box.pid(u"t.pid"_s);
        // The runner sees the standing request at every poll; the SIGKILL after the grace must still come.
        QElapsedTimer clock;
        clock.start();
        const CliResult c = box.wfs({u"cancel"_s, u"1"_s, u"t"_s});
        CHECK_EXIT(c, 0);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(tasksById(inspect(box, 1))[u"t"_s].value(u"status").toString(), u"cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
        QVERIFY(bake->waitForFinished(10000));
        QCOMPARE(bake->exitCode(), 1);
    }

    void flowAndProjectContexts()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/ctx.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                                u"  - id: a"_s, u"    bash: echo '${{ flow.workspace }}' > ws.txt"_s, u"  - id: bad"_s,
                                u"    needs: []"_s, u"    bash: exit 1"_s, u"  - id: b"_s, u"    needs: [a, bad]"_s,
                                u"    enable: ${{ always() }}"_s, u"    bash: |"_s,
                                u"      echo '${{ flow.project_id }} ${{ project.id }}' > ids.txt"_s,
                                u"      echo '${{ needs.a.result }} ${{ needs.bad.result }}' > results.txt"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"ctx"_s}), 1);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"a=succeeded"_s, u"bad=failed"_s, u"b=succeeded"_s}));
        QCOMPARE(canonical(box.read(u"ws.txt"_s).trimmed()), canonical(box.project()));
        const QString name = QFileInfo(box.project()).fileName();
        QCOMPARE(box.read(u"ids.txt"_s), name + u' ' + name + u'\n');
        QCOMPARE(box.read(u"results.txt"_s), u"succeeded failed\n"_s);
    }

    void paramsAreText()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/num.yml"_s,
                          yaml({u"kind: batch"_s, u"params: {num: 3}"_s, u"defaults:"_s, noCache, u"tasks:"_s,
                                u"  - id: t"_s, u"    enable: ${{ params.num == '3' }}"_s,
                                u"    bash: echo run >> t.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"num"_s}), 0);
        QCOMPARE(statuses(inspect(box, 1)), QStringList{u"t=succeeded"_s});
        CHECK_EXIT(box.wfs({u"bake"_s, u"num"_s, u"-p"_s, u"num"_s, u"3"_s}), 0);
        QCOMPARE(statuses(inspect(box, 2)), QStringList{u"t=succeeded"_s});
        QCOMPARE(box.lines(u"t.runs"_s).size(), 2);
    }

    void paramWithoutDefaultNeedsAValue()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/need.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  target: ~"_s, u"defaults:"_s, noCache, u"tasks:"_s,
                                u"  - id: t"_s, u"    bash: echo ${{ params.target }} > t.txt"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"need"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(u"no value for target: a param without a default needs one (-p NAME VALUE)"_s),
                 qPrintable(r.err));
        CHECK_BAKES_EMPTY(box);
        QVERIFY(!box.exists(u"t.txt"_s));
        CHECK_EXIT(box.wfs({u"bake"_s, u"need"_s, u"-p"_s, u"target"_s, u"x"_s}), 0);
        QCOMPARE(box.read(u"t.txt"_s), u"x\n"_s);
    }

    void missingWorkflowPath()
    {
        Sandbox box;
        const CliResult r = box.wfs({u"bake"_s, u"nothere/x.yml"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"nothere/x.yml"_s) + u": no such workflow file\n"_s);
        CHECK_BAKES_EMPTY(box);
    }
};

QTEST_GUILESS_MAIN(TestBake)
#include "tst_bake.moc"
