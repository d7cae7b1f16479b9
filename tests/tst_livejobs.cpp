// The jobs of a live workflow with real processes: wfs run-job starts a job under a detached
// supervisor and returns, ps/logs/kill see and stop it (with everything it started), multi
// jobs run once per suffix, a job that ends by itself is written down with its exit code, its
// card is in the workflow graph, a job that ignores SIGTERM is killed, and a job whose supervisor
// was killed can still be stopped.

#include "tests/PipelineTestSupport.h"

#include <QFile>
#include <QScopeGuard>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wfstest;

namespace {

QString liveFlow()
{
    return yaml({u"kind: live"_s,
                 u"title: Live demo"_s,
                 u"jobs:"_s,
                 u"  server:"_s,
                 u"    bash: |"_s,
                 u"      echo server up"_s,
                 u"      sleep 60 &"_s,
                 u"      echo $! > server.gc"_s,
                 u"      echo $$ > server.tmp && mv server.tmp server.pid"_s,
                 u"      wait"_s,
                 u"  worker:"_s,
                 u"    multi: true"_s,
                 u"    bash: |"_s,
                 u"      echo \"args=${{ multi.args }} suffix=${{ multi.suffix }}\""_s,
                 u"      echo $$ > w-${{ multi.suffix }}.tmp && mv w-${{ multi.suffix }}.tmp w-${{ multi.suffix }}.pid"_s,
                 u"      sleep 60"_s,
                 u"  greet:"_s,
                 u"    params:"_s,
                 u"      who: world"_s,
                 u"      code: \"0\""_s,
                 u"    bash: |"_s,
                 u"      echo hello ${{ params.who }}"_s,
                 u"      exit ${{ params.code }}"_s,
                 u"  brief:"_s,
                 u"    life_span: 1s"_s,
                 u"    bash: |"_s,
                 u"      sleep 60 &"_s,
                 u"      echo $! > brief.gc"_s,
                 u"      wait"_s,
                 u"  stubborn:"_s,
                 u"    bash: trap '' TERM; echo $$ > stubborn.tmp && mv stubborn.tmp stubborn.pid; while true; do sleep 0.1; done"_s});
}

QJsonArray ps(const Sandbox &box, bool all = false)
{
    QStringList args{u"ps"_s, u"--json"_s};
    if (all)
        args << u"--all"_s;
    return box.json(args).toArray();
}

// The newest entry of `ps --all --json` named `name`.
QJsonObject job(const Sandbox &box, const QString &name)
{
    for (const QJsonValue &v : ps(box, true)) {
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject();
    }
    return {};
}

QSet<QString> names(const QJsonArray &jobs)
{
    QSet<QString> out;
    for (const QJsonValue &v : jobs)
        out.insert(v.toObject().value(u"name").toString());
    return out;
}

} // namespace

class TestLiveJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

    // A project with .apolo/live.yml; whatever a failed test leaves running is killed.
    static bool setUp(const Sandbox &box) { return box.isValid() && box.write(u".apolo/live.yml"_s, liveFlow()); }
    static auto killAllAtEnd(const Sandbox &box)
    {
        return qScopeGuard([&box] { box.wfs({u"kill"_s, u"ALL"_s}); });
    }

private slots:
    void initTestCase()
    {
        const QString problem = isolateSuite(m_xdg);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void runPsLogsKill()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        const CliResult r = box.wfs({u"run-job"_s, u"server"_s});
        CHECK_EXIT(r, 0);
        const QStringList out = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 2);
        const QString id = out[0];
        QVERIFY2(out[1].startsWith(u"server running (log: "_s), qPrintable(r.out));

        // It returned while the job runs.
        QVERIFY(waitFor([&] { return box.pid(u"server.pid"_s) > 0; }));
        const qint64 pid = box.pid(u"server.pid"_s);
        const qint64 grandchild = box.pid(u"server.gc"_s);
        const QJsonArray running = ps(box);
        QCOMPARE(running.size(), 1);
        const QJsonObject j = running[0].toObject();
        QCOMPARE(QString::number(j.value(u"id").toInteger()), id);
        QCOMPARE(j.value(u"name").toString(), u"server"_s);
        QCOMPARE(j.value(u"job").toString(), u"server"_s);
        QCOMPARE(j.value(u"suffix").toString(), QString());
        QCOMPARE(j.value(u"flow").toString(), u"live"_s);
        QCOMPARE(j.value(u"status").toString(), u"running"_s);
        QCOMPARE(j.value(u"pid").toInteger(), pid);
        QVERIFY(j.value(u"exit_code").isNull());
        QVERIFY(processAlive(pid) && processAlive(grandchild));

        QTRY_COMPARE_WITH_TIMEOUT(box.wfs({u"logs"_s, u"server"_s}).out, u"server up\n"_s, 10000);
        QCOMPARE(box.wfs({u"logs"_s, id}).out, u"server up\n"_s);

        const CliResult k = box.wfs({u"kill"_s, u"server"_s});
        CHECK_EXIT(k, 0);
        QCOMPARE(k.out, u"killed server (%1)\n"_s.arg(id));
        QCOMPARE(ps(box), QJsonArray());
        const QJsonObject ended = job(box, u"server"_s);
        QCOMPARE(ended.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(ended.value(u"exit_code").toInt(), 128 + SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid) && processGone(grandchild), 5000);

        const CliResult again = box.wfs({u"kill"_s, u"server"_s});
        CHECK_EXIT(again, 1);
        QVERIFY2(oneErrorLine(again) && again.err.contains(u"is not running: cancelled"_s), qPrintable(again.err));
    }

    void multiRunsOncePerSuffix()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"worker"_s, u"-s"_s, u"one"_s, u"--"_s, u"a"_s, u"b c"_s}), 0);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"worker"_s, u"--suffix"_s, u"two"_s, u"--"_s, u"x"_s}), 0);
        QVERIFY(waitFor([&] { return box.pid(u"w-one.pid"_s) > 0 && box.pid(u"w-two.pid"_s) > 0; }));
        const qint64 one = box.pid(u"w-one.pid"_s);
        const qint64 two = box.pid(u"w-two.pid"_s);
        QVERIFY(processAlive(one) && processAlive(two));
        QCOMPARE(names(ps(box)), (QSet<QString>{u"worker-one"_s, u"worker-two"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(box.wfs({u"logs"_s, u"worker-one"_s}).out, u"args=a 'b c' suffix=one\n"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(box.wfs({u"logs"_s, u"worker-two"_s}).out, u"args=x suffix=two\n"_s, 10000);

        const CliResult same = box.wfs({u"run-job"_s, u"worker"_s, u"-s"_s, u"one"_s});
        CHECK_EXIT(same, 2);
        QVERIFY2(oneErrorLine(same) && same.err.contains(u"job worker-one is already running"_s), qPrintable(same.err));

        // Without a suffix a multi job gets one of its own.
        const CliResult third = box.wfs({u"run-job"_s, u"worker"_s});
        CHECK_EXIT(third, 0);
        QCOMPARE(ps(box).size(), 3);

        const CliResult k = box.wfs({u"kill"_s, u"ALL"_s});
        CHECK_EXIT(k, 0);
        QCOMPARE(k.out.count(u"killed worker-"_s), 3);
        QCOMPARE(ps(box), QJsonArray());
        for (const QJsonValue &v : ps(box, true))
            QCOMPARE(v.toObject().value(u"status").toString(), u"cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(one) && processGone(two), 5000);
    }

    void refusedStarts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("running twice") << QStringList{u"server"_s}
                                       << u"job server is already running (id 1): wfs kill server first"_s;
        QTest::newRow("suffix on a plain job") << QStringList{u"greet"_s, u"-s"_s, u"x"_s}
                                               << u"job greet is not multi: it takes no suffix"_s;
        QTest::newRow("args to a plain job") << QStringList{u"greet"_s, u"--"_s, u"x"_s}
                                             << u"job greet is not multi: it takes no arguments after --"_s;
        QTest::newRow("unknown param") << QStringList{u"greet"_s, u"-p"_s, u"bad"_s, u"1"_s}
                                       << u"unknown param 'bad' of job greet (known: who, code)"_s;
        QTest::newRow("unknown job") << QStringList{u"nope"_s} << u"has no job 'nope' (its jobs: server, worker, greet, brief, stubborn)"_s;
    }
    void refusedStarts()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"server"_s}), 0);
        const CliResult r = box.wfs(QStringList{u"run-job"_s} + args);
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(message), qPrintable(r.err));
        QCOMPARE(names(ps(box, true)), QSet<QString>{u"server"_s});
    }

    void jobEndsByItself()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"greet"_s, u"-p"_s, u"who"_s, u"Bob"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(job(box, u"greet"_s).value(u"status").toString(), u"succeeded"_s, 10000);
        QCOMPARE(job(box, u"greet"_s).value(u"exit_code").toInt(-1), 0);
        QCOMPARE(box.wfs({u"logs"_s, u"greet"_s}).out, u"hello Bob\n"_s);

        // Ended, so it may run again: the newest run is the one named.
        CHECK_EXIT(box.wfs({u"run-job"_s, u"greet"_s, u"--param"_s, u"code"_s, u"3"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(job(box, u"greet"_s).value(u"status").toString(), u"failed"_s, 10000);
        QCOMPARE(job(box, u"greet"_s).value(u"exit_code").toInt(), 3);
        QCOMPARE(box.wfs({u"logs"_s, u"greet"_s}).out, u"hello world\n"_s);
        QCOMPARE(ps(box), QJsonArray());
        QCOMPARE(ps(box, true).size(), 2);
    }

    void lifeSpanStopsTheJob()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"brief"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(job(box, u"brief"_s).value(u"status").toString(), u"failed"_s, 8000);
        QCOMPARE(job(box, u"brief"_s).value(u"exit_code").toInt(), 143); // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(processGone(box.pid(u"brief.gc"_s)), 5000);
    }

    void logsFollowUntilTheJobEnds()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"server"_s}), 0);
        QVERIFY(waitFor([&] { return box.pid(u"server.pid"_s) > 0; }));
        auto follow = box.start({u"logs"_s, u"server"_s, u"--follow"_s});
        QVERIFY(!follow->waitForFinished(300)); // still following while the job runs
        CHECK_EXIT(box.wfs({u"kill"_s, u"server"_s}), 0);
        QVERIFY(follow->waitForFinished(10000));
        QCOMPARE(follow->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(follow->readAllStandardOutput()), u"server up\n"_s);
    }

    void jobCardsInTheGraph()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"server"_s}), 0);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"greet"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(job(box, u"greet"_s).value(u"status").toString(), u"succeeded"_s, 10000);
        Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        QList<QJsonObject> tasks = g.ofKind(u"task"_s);
        QCOMPARE(tasks.size(), 2);
        for (const QJsonObject &t : tasks) {
            const QString name = t.value(u"title").toString();
            QCOMPARE(t.value(u"group").toString(), u"live · live"_s);
            QCOMPARE(t.value(u"id").toInteger(), job(box, name).value(u"card").toInteger());
            QCOMPARE(t.value(u"status").toString(), name == u"server" ? u"running"_s : u"succeeded"_s);
        }
        CHECK_EXIT(box.wfs({u"kill"_s, u"server"_s}), 0);
        g = box.graph();
        QCOMPARE(g.node(job(box, u"server"_s).value(u"card").toInteger()).value(u"status").toString(), u"cancelled"_s);
    }

    // Issue 14 items 4 and 9: in the foreground run-job exits with the job's status, ps says why
    // each job ended, and platform-only keys are reported as for a bake.
    void waitReturnsTheStatusAndPsSaysWhy()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        const CliResult ok = box.wfs({u"run-job"_s, u"greet"_s, u"--wait"_s});
        CHECK_EXIT(ok, 0);
        QVERIFY2(ok.out.endsWith(u"greet succeeded\n"_s), qPrintable(ok.out));
        QCOMPARE(job(box, u"greet"_s).value(u"end_reason").toString(), u"exit code 0"_s);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"greet"_s, u"--wait"_s, u"-p"_s, u"code"_s, u"3"_s}), 3);
        QCOMPARE(job(box, u"greet"_s).value(u"end_reason").toString(), u"exit code 3"_s);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"brief"_s, u"--wait"_s}), 143);
        QCOMPARE(job(box, u"brief"_s).value(u"end_reason").toString(), u"life_span reached (1 s)"_s);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"server"_s}), 0);
        CHECK_EXIT(box.wfs({u"kill"_s, u"server"_s}), 0);
        QCOMPARE(job(box, u"server"_s).value(u"end_reason").toString(), u"killed"_s);
        const CliResult table = box.wfs({u"ps"_s, u"--all"_s});
        QVERIFY2(table.out.contains(u"life_span reached (1 s)"_s) && table.out.contains(u"ENDED"_s), qPrintable(table.out));

        QVERIFY(box.write(u".apolo/plat.yml"_s, yaml({u"kind: live"_s, u"jobs:"_s, u"  j:"_s, u"    image: ubuntu"_s,
                                                       u"    preset: cpu-small"_s, u"    bash: 'true'"_s})));
        const CliResult plat = box.wfs({u"run-job"_s, u"--flow"_s, u"plat"_s, u"j"_s, u"--wait"_s});
        CHECK_EXIT(plat, 0);
        QCOMPARE(plat.err, u"wfs: ignored when running locally: jobs.j.image (line 4), jobs.j.preset (line 5)\n"_s);
    }

    // A job that calls a live action (neuro-flow's live-action-call.yml) is the action's job:
    // its inputs from the call's args and defaults, flow.action_path its file's folder.
    void aLiveActionCallRunsTheActionsJob()
    {
        Sandbox box;
        for (const QString &name : {u"live-action.yml"_s, u"live-action-call.yml"_s}) {
            QFile f(QFINDTESTDATA(u"fixtures/apolo/neuro-flow/"_s + name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            if (name == u"live-action.yml"_s) // the job also prints where the action is
                text.replace(u"C\n"_s, u"C $ACTION_PATH\n"_s);
            QVERIFY(box.write(name == u"live-action.yml"_s ? name : u".apolo/"_s + name, text));
        }
        auto cleanup = killAllAtEnd(box);
        const CliResult r = box.wfs({u"run-job"_s, u"--flow"_s, u"live-action-call"_s, u"test"_s, u"--wait"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.err, u"wfs: ignored when running locally: job.image (live-action.yml line 14)\n"_s);
        QCOMPARE(box.wfs({u"logs"_s, u"test"_s}).out, u"A val 1 B 2 C "_s + box.path(QString()).chopped(1) + u'\n');
    }

    // Real live flows (neuro-inc's recipes, e.g. mlops-demo-oss-names/.apolo/live.yml) all have a
    // job calling a GitHub action (jupyter, remote_debug): Apolo fetches an action when its job
    // runs, so the other jobs run here, and only that job is refused, at its line.
    void aGitHubActionJobRefusesOnlyItself()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/live.yml"_s,
                          yaml({u"kind: live"_s, u"jobs:"_s, u"  train:"_s, u"    params:"_s,
                                u"      train_iterations: \"10\""_s, u"    bash: echo trained ${{ params.train_iterations }}"_s,
                                u"  jupyter:"_s, u"    action: gh:neuro-actions/jupyter@v1.0.0"_s, u"    args:"_s,
                                u"      preset: cpu-small"_s})));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"train"_s, u"--wait"_s}), 0);
        QCOMPARE(box.wfs({u"logs"_s, u"train"_s}).out, u"trained 10\n"_s);
        const CliResult jupyter = box.wfs({u"run-job"_s, u"jupyter"_s, u"--wait"_s});
        CHECK_EXIT(jupyter, 2);
        QVERIFY2(jupyter.err.contains(u"live.yml:8:13: jobs.jupyter.action: only workspace actions (ws:NAME) run locally, "
                                      u"not 'gh:neuro-actions/jupyter@v1.0.0'"_s),
                 qPrintable(jupyter.err));
        QCOMPARE(ps(box, true).size(), 1); // only train ran
    }

    // A job's param defaults see the flow's contexts, as Apolo evaluates them (a real flow:
    // neuro-inc/mlops-demo-oss-dogs .neuro/live-s3.yml, mlflow_storage's default).
    void paramDefaultsSeeTheFlowsContexts()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/project.yml"_s, yaml({u"id: dogs"_s, u"owner: alice"_s})));
        QVERIFY(box.write(u".apolo/live.yml"_s,
                          yaml({u"kind: live"_s, u"jobs:"_s, u"  deploy:"_s, u"    params:"_s, u"      mlflow_storage:"_s,
                                u"        descr: Where MLFlow keeps models"_s,
                                u"        default: 'storage:/${{ project.owner }}/${{ project.id }}/${{ flow.flow_id }}'"_s,
                                u"    bash: echo ${{ params.mlflow_storage }}"_s})));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"deploy"_s, u"--wait"_s}), 0);
        QCOMPARE(box.wfs({u"logs"_s, u"deploy"_s}).out, u"storage:/alice/dogs/live\n"_s);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"deploy"_s, u"--wait"_s, u"-p"_s, u"mlflow_storage"_s, u"elsewhere"_s}), 0);
        QCOMPARE(box.wfs({u"logs"_s, u"deploy"_s}).out, u"elsewhere\n"_s);
    }

    void killEscalatesToSigkill()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"stubborn"_s}), 0);
        QVERIFY(waitFor([&] { return box.pid(u"stubborn.pid"_s) > 0; }));
        const qint64 pid = box.pid(u"stubborn.pid"_s);
        // The supervisor sees the standing request at every poll; the SIGKILL after the grace must still come.
        QElapsedTimer clock;
        clock.start();
        const CliResult k = box.wfs({u"kill"_s, u"stubborn"_s});
        CHECK_EXIT(k, 0);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(job(box, u"stubborn"_s).value(u"status").toString(), u"cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void killedSupervisorLeavesAnInterruptedJob()
    {
        Sandbox box;
        QVERIFY(setUp(box));
        auto cleanup = killAllAtEnd(box);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"server"_s}), 0);
        QVERIFY(waitFor([&] { return box.pid(u"server.pid"_s) > 0; }));
        const qint64 pid = box.pid(u"server.pid"_s);
        const qint64 grandchild = box.pid(u"server.gc"_s);
        const qint64 supervisor = parentOf(pid);
        QVERIFY(fileBytes(u"/proc/%1/cmdline"_s.arg(supervisor)).contains("job-supervise"));
        QCOMPARE(::kill(pid_t(supervisor), SIGKILL), 0);

        QTRY_COMPARE_WITH_TIMEOUT(job(box, u"server"_s).value(u"status").toString(), u"interrupted"_s, 10000);
        QCOMPARE(ps(box).size(), 1); // still listed with the running ones
        QVERIFY(processAlive(pid) && processAlive(grandchild));

        const CliResult k = box.wfs({u"kill"_s, u"server"_s});
        CHECK_EXIT(k, 0);
        QVERIFY(k.out.startsWith(u"killed server ("_s));
        QVERIFY(processGone(pid));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
        QCOMPARE(job(box, u"server"_s).value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(ps(box), QJsonArray());
        const Graph g = box.graph();
        QCOMPARE(g.node(job(box, u"server"_s).value(u"card").toInteger()).value(u"status").toString(), u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestLiveJobs)
#include "tst_livejobs.moc"
