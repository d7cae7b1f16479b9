// `wfs bake` running real processes from real workflow files: the order needs impose, matrices,
// outputs, enable conditions (also plain values), fail_fast, cancels from another process and by
// signal, mixins, max_parallel, running needs, life_span, ::stop-commands::, what a task reads and
// leaves behind, a task that ignores SIGTERM, the flow and project contexts, params as text.

#include "tests/BakeTestSupport.h"

#include <QStandardPaths>

using namespace baketest;

class TestBake : public BakeSuite
{
    Q_OBJECT

private slots:
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
        // The client started while the server ran (which of the two exits is noticed first is
        // a race the test must not depend on).
        QVERIFY(msFromIso(t[u"client"_s].value(u"started")) <= msFromIso(t[u"server"_s].value(u"finished")));
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

    void titleReadingNeedsIsEvaluatedWhenTheTaskStarts()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/titles.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: echo ::set-output name=n::42"_s, u"  - id: b"_s,
                                u"    title: Train on ${{ needs.a.outputs.n }} images"_s, u"    bash: echo hi"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"titles"_s}), 0);
        const QJsonObject b = tasksById(inspect(box, 1))[u"b"_s];
        QCOMPARE(b.value(u"title").toString(), u"Train on 42 images"_s);
        QCOMPARE(box.graph().node(b.value(u"card").toInteger()).value(u"title").toString(), u"Train on 42 images"_s);
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
};

QTEST_GUILESS_MAIN(TestBake)
#include "tst_bake.moc"
