// Batch actions called with `action: ws:NAME` (issue 14 item 6): the action's tasks run as
// CALL.TASK in the bake, with the call's args as their inputs, and the call gives the action's
// outputs to the tasks that need it; a call with an unknown or a missing input, or of an action
// that is not there, is refused at its line before anything runs. Calls of actions that call
// actions, and a call's enable, are in tst_nestedactions.

#include "tests/BakeTestSupport.h"

#include <QFile>

using namespace baketest;

namespace {

QString fixture()
{
    QFile f(QFINDTESTDATA("fixtures/apolo/actions/prepare.yml"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString callingFlow(const QStringList &args)
{
    return yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: start"_s,
                            u"    bash: echo start > start.txt"_s, u"  - id: prep"_s,
                            u"    action: ws:actions/prepare"_s}
                + args
                + QStringList{u"  - id: use"_s, u"    bash: echo ${{ needs.prep.outputs.name }} > use.txt"_s});
}

} // namespace

class TestBakeActions : public BakeSuite
{
    Q_OBJECT

private slots:
    void anActionRunsAsTasksOfTheBake()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/prepare.yml"_s, fixture()));
        QVERIFY(box.write(u".apolo/calls.yml"_s, callingFlow({u"    args:"_s, u"      name2: given"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"calls"_s});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"start=succeeded"_s, u"prep.first_task=succeeded"_s,
                                            u"prep.last_task=succeeded"_s, u"prep=succeeded"_s, u"use=succeeded"_s}));
        QCOMPARE(tasksById(in)[u"prep"_s].value(u"outputs").toObject(), (QJsonObject{{u"name"_s, u"default1-given"_s}}));
        QCOMPARE(box.read(u"use.txt"_s), u"default1-given\n"_s);
        QCOMPARE(box.read(u"first.txt"_s), u"default1\n"_s);
        // In the workflow graph the action's tasks and its call are a group inside the bake's.
        const Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        QStringList grouped;
        for (const QJsonValue &n : g.nodes) {
            if (n.toObject().value(u"group").toString().endsWith(u" · prep"_s))
                grouped << n.toObject().value(u"title").toString();
        }
        grouped.sort();
        QCOMPARE(grouped, (QStringList{u"prep"_s, u"prep.first_task"_s, u"prep.last_task"_s}));
        const CliResult plan = box.wfs({u"bake"_s, u"calls"_s, u"--dry-run"_s});
        CHECK_EXIT(plan, 0);
        QVERIFY2(plan.out.contains(u"prep.last_task\tneeds: start, prep.first_task\t"_s), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(u"prep\tneeds: prep.first_task, prep.last_task\t"_s), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(u"use\tneeds: prep\t"_s), qPrintable(plan.out));
    }

    // A local action's command runs before every other task, as the call.
    void aLocalActionRunsFirst()
    {
        Sandbox box;
        QFile copy(QFINDTESTDATA("fixtures/apolo/actions/copy.yml"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(box.write(u"actions/copy.yml"_s, QString::fromUtf8(copy.readAll())));
        QVERIFY(box.write(u"src/a.txt"_s, u"a\n"_s));
        QVERIFY(box.write(u".apolo/local.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: first"_s,
                                u"    bash: cat dst/a.txt > first.txt"_s, u"  - id: upload"_s,
                                u"    action: ws:actions/copy"_s, u"    args:"_s, u"      from: src"_s,
                                u"      to: dst"_s, u"  - id: report"_s, u"    needs: [upload]"_s,
                                u"    bash: echo ${{ needs.upload.outputs.exit_code }} > report.txt"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"local"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"upload=succeeded"_s, u"first=succeeded"_s,
                                                         u"report=succeeded"_s}));
        QCOMPARE(box.read(u"first.txt"_s), u"a\n"_s);
        QCOMPARE(box.read(u"report.txt"_s), u"0\n"_s);
    }

    // A call with a matrix calls the action once per instance; each instance's tasks are named
    // after it and read its args (which may use the matrix).
    void aMatrixCallCallsTheActionPerInstance()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/prepare.yml"_s, fixture()));
        QVERIFY(box.write(u".apolo/sweep.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - strategy:"_s,
                                u"      matrix:"_s, u"        lr: [0.1, 1.0]"_s, u"    action: ws:actions/prepare"_s,
                                u"    args:"_s, u"      name2: lr${{ matrix.lr }}"_s, u"  - id: report"_s,
                                u"    bash: echo done > report.txt"_s})));
        const CliResult plan = box.wfs({u"bake"_s, u"sweep"_s, u"--dry-run"_s});
        CHECK_EXIT(plan, 0);
        QVERIFY2(plan.out.contains(u"task-1-0_1.last_task\tneeds: task-1-0_1.first_task\t"_s), qPrintable(plan.out));
        const CliResult r = box.wfs({u"bake"_s, u"sweep"_s});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"task-1-0_1.first_task=succeeded"_s, u"task-1-1_0.first_task=succeeded"_s,
                                            u"task-1-0_1.last_task=succeeded"_s, u"task-1-1_0.last_task=succeeded"_s,
                                            u"task-1-0_1=succeeded"_s, u"task-1-1_0=succeeded"_s,
                                            u"report=succeeded"_s}));
        // The matrix value renders as Apolo renders it, whatever JSON made of 1.0.
        QCOMPARE(tasksById(in)[u"task-1-0_1"_s].value(u"outputs").toObject(),
                 (QJsonObject{{u"name"_s, u"default1-lr0.1"_s}}));
    }

    // A stateful action: the call runs `main`, whose ::save-state lines the `post` task reads
    // as `state` after every other task (neuro-flow's stateful_actions fixtures).
    void aStatefulActionRunsItsPostLast()
    {
        Sandbox box;
        for (const QString &name : {u"with-state.yml"_s, u"call-with-state.yml"_s}) {
            QFile f(QFINDTESTDATA(u"fixtures/apolo/neuro-flow/stateful_actions/"_s + name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(box.write(name == u"with-state.yml"_s ? name : u".apolo/"_s + name, QString::fromUtf8(f.readAll())));
        }
        const CliResult r = box.wfs({u"bake"_s, u"call-with-state"_s});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"first=succeeded"_s, u"test=succeeded"_s, u"last=succeeded"_s,
                                            u"post-test=succeeded"_s}));
        QCOMPARE(tasksById(in)[u"test"_s].value(u"outputs").toObject(), (QJsonObject{{u"res"_s, u"arg value"_s}}));
        // What main saved is what post reads, even when main fails (post_if is always()).
        QVERIFY(box.write(u"keep.yml"_s, yaml({u"kind: stateful"_s, u"inputs:"_s, u"  arg: {descr: x}"_s, u"main:"_s,
                                                u"  bash: echo ::save-state name=kept::${{ inputs.arg }}; false"_s,
                                                u"post:"_s, u"  bash: echo ${{ state.kept }} > post.txt"_s})));
        QVERIFY(box.write(u".apolo/keep.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: keep"_s,
                                                      u"    action: ws:keep"_s, u"    args: {arg: saved}"_s})));
        const CliResult failed = box.wfs({u"bake"_s, u"keep"_s});
        CHECK_EXIT(failed, 1);
        QCOMPARE(statuses(inspect(box, 2)), (QStringList{u"keep=failed"_s, u"post-keep=succeeded"_s}));
        QCOMPARE(box.read(u"post.txt"_s), u"saved\n"_s);
    }

    void callsAreCheckedBeforeAnythingRuns_data()
    {
        QTest::addColumn<QStringList>("call");
        QTest::addColumn<QString>("error"); // after "wfs: FILE:"
        QTest::newRow("unknown input") << QStringList{u"    args:"_s, u"      name2: x"_s, u"      nmae1: y"_s}
                                       << u"11:14: tasks[1].args.nmae1: ws:actions/prepare has no input 'nmae1' "
                                          u"(inputs: name1, name2)"_s;
        QTest::newRow("missing input") << QStringList{}
                                       << u"8:5: tasks[1].args: ws:actions/prepare needs a value for its input "
                                          u"'name2': give it in args"_s;
    }

    void callsAreCheckedBeforeAnythingRuns()
    {
        QFETCH(QStringList, call);
        QFETCH(QString, error);
        Sandbox box;
        QVERIFY(box.write(u"actions/prepare.yml"_s, fixture()));
        QVERIFY(box.write(u".apolo/calls.yml"_s, callingFlow(call)));
        const CliResult r = box.wfs({u"bake"_s, u"calls"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.err, u"wfs: "_s + box.path(u".apolo/calls.yml:"_s) + error + u'\n');
        QVERIFY(!box.exists(u"start.txt"_s));
        CHECK_BAKES_EMPTY(box);
    }

    void anActionThatIsNotThereIsRefused()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/calls.yml"_s, callingFlow({})));
        const CliResult r = box.wfs({u"bake"_s, u"calls"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.startsWith(u"wfs: "_s + box.path(u".apolo/calls.yml:8:13: tasks[1].action: there is no action "
                                                        u"ws:actions/prepare (looked for "_s)),
                 qPrintable(r.err));
        QVERIFY(box.write(u".apolo/gh.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s,
                                                    u"    action: gh:neuro-actions/x@v1"_s})));
        const CliResult gh = box.wfs({u"bake"_s, u"gh"_s});
        CHECK_EXIT(gh, 2);
        QVERIFY2(gh.err.contains(u"only workspace actions (ws:NAME) run locally, not 'gh:neuro-actions/x@v1'"_s),
                 qPrintable(gh.err));
    }

    // An arg keeps its type as the action's inputs (Apolo's args are typed expressions): a float
    // from the call's matrix or arithmetic prints as a float in the action's commands.
    void argsKeepTheirType()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/show.yml"_s,
                          yaml({u"kind: batch"_s, u"inputs:"_s, u"  n:"_s, u"  lr:"_s, u"    descr: learning rate"_s,
                                u"tasks:"_s, u"  - id: show"_s,
                                u"    bash: echo \"${{ inputs.lr }}\" > lr-${{ inputs.n }}.txt"_s})));
        QVERIFY(box.write(u".apolo/calls.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: call"_s,
                                u"    strategy:"_s, u"      matrix: {lr: [1.0, 0.5]}"_s, u"    action: ws:actions/show"_s,
                                u"    args:"_s, u"      lr: ${{ matrix.lr * 2 }}"_s, u"      n: ${{ matrix.ORDINAL }}"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"calls"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(box.read(u"lr-0.txt"_s), u"2.0\n"_s);
        QCOMPARE(box.read(u"lr-1.txt"_s), u"1.0\n"_s);
    }

    // An action's `cache` (and its call's) is what the action's tasks inherit, and a task's own
    // cache wins (neuro-flow's setup_cache: flow defaults, call, action, task).
    void anActionsCacheIsItsTasksDefault()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/nocache.yml"_s,
                          yaml({u"kind: batch"_s, u"cache:"_s, u"  strategy: none"_s, u"tasks:"_s, u"  - id: inherits"_s,
                                u"    bash: echo a"_s, u"  - id: own"_s, u"    cache: {strategy: default}"_s,
                                u"    bash: echo b"_s})));
        QVERIFY(box.write(u"actions/plain.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: t"_s, u"    bash: echo c"_s})));
        QVERIFY(box.write(u".apolo/caching.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    action: ws:actions/nocache"_s,
                                u"  - id: b"_s, u"    action: ws:actions/plain"_s, u"    cache: {strategy: none}"_s,
                                u"  - id: c"_s, u"    action: ws:actions/plain"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"caching"_s}), 0);
        CHECK_EXIT(box.wfs({u"bake"_s, u"caching"_s}), 0);
        QCOMPARE(statuses(inspect(box, 2)),
                 (QStringList{u"a.inherits=succeeded"_s, u"a.own=cached"_s, u"a=succeeded"_s, u"b.t=succeeded"_s,
                              u"b=succeeded"_s, u"c.t=cached"_s, u"c=succeeded"_s}));
    }

    // A call's strategy.max_parallel bounds its action's tasks running at once (neuro-flow
    // counts the unfinished tasks under the call's prefix).
    void aCallsMaxParallelBoundsItsTasks()
    {
        Sandbox box;
        QStringList action{u"kind: batch"_s, u"tasks:"_s};
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
            action << u"  - id: "_s + id << u"    needs: []"_s << stamped(id, u"0.5"_s);
        QVERIFY(box.write(u"actions/three.yml"_s, yaml(action)));
        QVERIFY(box.write(u".apolo/bounded.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"  max_parallel: 4"_s, u"tasks:"_s,
                                u"  - id: call"_s, u"    strategy:"_s, u"      max_parallel: 1"_s,
                                u"    action: ws:actions/three"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"bounded"_s}), 0);
        std::vector<std::pair<qint64, qint64>> runs;
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
            runs.emplace_back(nanos(box, u"marks/%1.start"_s.arg(id)), nanos(box, u"marks/%1.end"_s.arg(id)));
        std::sort(runs.begin(), runs.end());
        QVERIFY2(runs[1].first >= runs[0].second && runs[2].first >= runs[1].second, "two tasks of the call ran at once");
    }

    // A call's strategy.fail_fast is its action's tasks' default (neuro-flow's base_strategy):
    // with fail_fast false on the call, a failing task of the action leaves the other running.
    void aCallsFailFastIsItsTasksDefault_data()
    {
        QTest::addColumn<QString>("failFast");
        QTest::addColumn<QString>("other");
        QTest::newRow("default: fail fast") << QString() << u"cancelled"_s;
        QTest::newRow("fail_fast false on the call") << u"false"_s << u"succeeded"_s;
    }

    void aCallsFailFastIsItsTasksDefault()
    {
        QFETCH(QString, failFast);
        QFETCH(QString, other);
        Sandbox box;
        QVERIFY(box.write(u"actions/two.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: fails"_s, u"    bash: exit 3"_s,
                                u"  - id: slow"_s, u"    needs: []"_s, u"    bash: sleep 3"_s})));
        QStringList flow{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: call"_s,
                         u"    action: ws:actions/two"_s};
        if (!failFast.isEmpty())
            flow << u"    strategy:"_s << u"      fail_fast: "_s + failFast;
        QVERIFY(box.write(u".apolo/ff.yml"_s, yaml(flow)));
        CHECK_EXIT(box.wfs({u"bake"_s, u"ff"_s}), 1);
        const QHash<QString, QJsonObject> tasks = tasksById(inspect(box, 1));
        QCOMPARE(tasks[u"call.fails"_s].value(u"status").toString(), u"failed"_s);
        QCOMPARE(tasks[u"call.slow"_s].value(u"status").toString(), other);
    }
};

QTEST_GUILESS_MAIN(TestBakeActions)
#include "tst_bakeactions.moc"
