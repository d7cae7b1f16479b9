// Actions that call actions (issue 14): a batch action's task may call another action, as
// neuro-flow allows. The inner tasks are CALL.INNER.TASK (neuro-flow's full id is the chain of
// call ids), `needs` on an inner call means all its tasks, its outputs reach the outer action's
// tasks and outputs, a matrix on it repeats it, and a chain too deep or one that comes back to
// an action already being called is refused at the call, naming the files. A call's enable is
// decided from the call's needs before its action runs, as Apolo decides it.

#include "tests/BakeTestSupport.h"

#include <QDirIterator>
#include <QFile>

using namespace baketest;

namespace {

// tests/fixtures/apolo/nested: its flows into .apolo/, its actions into actions/.
bool writeFixtures(Sandbox &box)
{
    const QString root = QFINDTESTDATA("fixtures/apolo/nested");
    for (QDirIterator it(root, {u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile f(path);
        const QString relative = QDir(root).relativeFilePath(path);
        if (!f.open(QIODevice::ReadOnly)
            || !box.write(relative.startsWith(u"actions/"_s) ? relative : u".apolo/"_s + relative,
                          QString::fromUtf8(f.readAll())))
            return false;
    }
    return true;
}

// An action at actions/NAME.yml whose one task calls ws:actions/NEXT.
QString calling(const QString &next)
{
    return yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: inner"_s, u"    action: ws:actions/"_s + next});
}

QString callerFlow()
{
    return yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: first"_s, u"    bash: echo ran > ran.txt"_s,
                 u"  - id: outer"_s, u"    action: ws:actions/a1"_s});
}

} // namespace

class TestNestedActions : public BakeSuite
{
    Q_OBJECT

private slots:
    // Two levels: the flow calls pipeline (as pipe), whose task `train` calls train with an arg
    // read from a sibling task's outputs and one from pipeline's own inputs.
    void anActionCallsAnAction()
    {
        Sandbox box;
        QVERIFY(writeFixtures(box));
        const CliResult plan = box.wfs({u"bake"_s, u"nested"_s, u"--dry-run"_s});
        CHECK_EXIT(plan, 0);
        for (const QString &line : {u"pipe.prepare\tneeds: start\t"_s, u"pipe.train.fit\tneeds: pipe.prepare\t"_s,
                                    u"pipe.train.score\tneeds: pipe.prepare, pipe.train.fit\t"_s,
                                    u"pipe.train\tneeds: pipe.train.fit, pipe.train.score\t"_s,
                                    u"pipe.publish\tneeds: start, pipe.train\t"_s,
                                    u"pipe\tneeds: pipe.prepare, pipe.train, pipe.publish\t"_s, u"use\tneeds: pipe\t"_s})
            QVERIFY2(plan.out.contains(line), qPrintable(line + u"\n"_s + plan.out));
        const CliResult r = box.wfs({u"bake"_s, u"nested"_s});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"start=succeeded"_s, u"pipe.prepare=succeeded"_s,
                                            u"pipe.train.fit=succeeded"_s, u"pipe.train.score=succeeded"_s,
                                            u"pipe.train=succeeded"_s, u"pipe.publish=succeeded"_s,
                                            u"pipe=succeeded"_s, u"use=succeeded"_s}));
        // The inner action's output reaches the outer action's task and, through the outer
        // action's output, the flow's task.
        QCOMPARE(box.read(u"fit.log"_s), u"fit t1 0.5\n"_s);
        QCOMPARE(tasksById(in)[u"pipe.train"_s].value(u"outputs").toObject(), (QJsonObject{{u"score"_s, u"t1-0.5"_s}}));
        QCOMPARE(box.read(u"publish.txt"_s), u"t1-0.5\n"_s);
        QCOMPARE(box.read(u"use.txt"_s), u"t1-0.5\n"_s);
        // In the graph each call's tasks are a group of their own inside the bake's.
        const Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        QHash<QString, QString> groups;
        for (const QJsonValue &n : g.nodes)
            groups.insert(n.toObject().value(u"title").toString(), n.toObject().value(u"group").toString());
        QVERIFY2(groups.value(u"pipe.train.fit"_s).endsWith(u" · pipe.train"_s), qPrintable(groups.value(u"pipe.train.fit"_s)));
        QVERIFY2(groups.value(u"pipe.prepare"_s).endsWith(u" · pipe"_s), qPrintable(groups.value(u"pipe.prepare"_s)));
        QCOMPARE(groups.value(u"pipe.train.fit"_s), groups.value(u"start"_s) + u" · pipe.train"_s);
    }

    // A matrix call of an action whose task is a matrix call in turn: every level's instance
    // names its tasks; outputs come out through both levels.
    void matrixCallsNest()
    {
        Sandbox box;
        QVERIFY(writeFixtures(box));
        const CliResult r = box.wfs({u"bake"_s, u"sweeps"_s});
        CHECK_EXIT(r, 0);
        const QJsonObject in = inspect(box, 1);
        QStringList ids = statuses(in);
        ids.sort();
        QStringList expected{u"done=succeeded"_s};
        for (const QString &tag : {u"a"_s, u"b"_s}) {
            const QString call = u"task-1-"_s + tag;
            expected << call + u"=succeeded"_s << call + u".collect=succeeded"_s;
            for (const QString &lr : {u"0_1"_s, u"0_01"_s}) {
                const QString inner = call + u".train-"_s + lr;
                expected << inner + u"=succeeded"_s << inner + u".fit=succeeded"_s << inner + u".score=succeeded"_s;
            }
        }
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(tasksById(in)[u"task-1-b"_s].value(u"outputs").toObject(),
                 (QJsonObject{{u"scores"_s, u"b-0.1 b-0.01"_s}}));
        QCOMPARE(box.read(u"done.txt"_s), u"a-0.1 a-0.01\n"_s);
        QStringList fits = box.read(u"fit.log"_s).split(u'\n', Qt::SkipEmptyParts);
        fits.sort();
        QCOMPARE(fits, (QStringList{u"fit a 0.01"_s, u"fit a 0.1"_s, u"fit b 0.01"_s, u"fit b 0.1"_s}));
    }

    // a1 calls a2 ... calls a9: level 9 is past the limit, refused at a8's call before anything runs.
    void aChainTooDeepIsRefused()
    {
        Sandbox box;
        for (int i = 1; i < 9; ++i)
            QVERIFY(box.write(u"actions/a%1.yml"_s.arg(i), calling(u"a%1"_s.arg(i + 1))));
        QVERIFY(box.write(u"actions/a9.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - bash: echo deep"_s})));
        QVERIFY(box.write(u".apolo/deep.yml"_s, callerFlow()));
        const CliResult r = box.wfs({u"bake"_s, u"deep"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"actions/a8.yml"_s)
                            + u":4:13: tasks[0].action: actions call actions at most 8 levels deep, this call of "
                              u"ws:actions/a9 would be level 9 (actions/a1.yml -> actions/a2.yml -> actions/a3.yml -> "
                              u"actions/a4.yml -> actions/a5.yml -> actions/a6.yml -> actions/a7.yml -> "
                              u"actions/a8.yml -> actions/a9.yml)\n"_s);
        QVERIFY(!box.exists(u"ran.txt"_s));
        CHECK_BAKES_EMPTY(box);
        // Eight levels are allowed.
        QVERIFY(box.write(u"actions/a8.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - bash: echo deep"_s})));
        const CliResult ok = box.wfs({u"bake"_s, u"deep"_s, u"--dry-run"_s});
        CHECK_EXIT(ok, 0);
        QVERIFY2(ok.out.contains(u"outer.inner.inner.inner.inner.inner.inner.inner.task-1\t"_s), qPrintable(ok.out));
    }

    // a1 calls a2 calls a1: refused at a2's call, naming both files.
    void anActionThatCallsItselfIsRefused()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/a1.yml"_s, calling(u"a2"_s)));
        QVERIFY(box.write(u"actions/a2.yml"_s, calling(u"a1"_s)));
        QVERIFY(box.write(u".apolo/cycle.yml"_s, callerFlow()));
        const CliResult r = box.wfs({u"bake"_s, u"cycle"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"actions/a2.yml"_s)
                            + u":4:13: tasks[0].action: ws:actions/a1 calls itself, which never ends "
                              u"(actions/a1.yml -> actions/a2.yml -> actions/a1.yml)\n"_s);
        QVERIFY(!box.exists(u"ran.txt"_s));
        CHECK_BAKES_EMPTY(box);
        // An action calling itself directly is the shortest cycle.
        QVERIFY(box.write(u"actions/a1.yml"_s, calling(u"a1"_s)));
        const CliResult self = box.wfs({u"bake"_s, u"cycle"_s, u"--dry-run"_s});
        CHECK_EXIT(self, 2);
        QVERIFY2(self.err.contains(u"a1.yml:4:13: tasks[0].action: ws:actions/a1 calls itself, which never ends "
                                   u"(actions/a1.yml -> actions/a1.yml)"_s),
                 qPrintable(self.err));
    }

    // A stateful action called inside a batch action: its post task ends that action (CALL.post-INNER,
    // as neuro-flow keeps it in the action's graph), before the outer call is done.
    void aStatefulCallInsideAnActionPostsThere()
    {
        Sandbox box;
        QFile post(QFINDTESTDATA("fixtures/apolo/neuro-flow/stateful_actions/with-post.yml"));
        QVERIFY(post.open(QIODevice::ReadOnly));
        QVERIFY(box.write(u"with-post.yml"_s, QString::fromUtf8(post.readAll())));
        QVERIFY(box.write(u"outer.yml"_s, yaml({u"kind: batch"_s, u"inputs:"_s, u"  x: {default: xx}"_s, u"tasks:"_s,
                                                u"  - id: pre"_s, u"    bash: echo pre"_s, u"  - id: st"_s,
                                                u"    action: ws:with-post"_s, u"    args:"_s,
                                                u"      arg: ${{ inputs.x }}"_s, u"  - id: after"_s,
                                                u"    bash: echo after"_s})));
        QVERIFY(box.write(u".apolo/f.yml"_s, yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s,
                                                   u"  - id: o"_s, u"    action: ws:outer"_s, u"  - id: last"_s,
                                                   u"    bash: echo last"_s})));
        const CliResult plan = box.wfs({u"bake"_s, u"f"_s, u"--dry-run"_s});
        CHECK_EXIT(plan, 0);
        QVERIFY2(plan.out.contains(u"o.post-st\tneeds: o.st, o.after\t"_s), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(u"o\tneeds: o.pre, o.st, o.after, o.post-st\t"_s), qPrintable(plan.out));
        CHECK_EXIT(box.wfs({u"bake"_s, u"f"_s}), 0);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(statuses(in), (QStringList{u"o.pre=succeeded"_s, u"o.st=succeeded"_s, u"o.after=succeeded"_s,
                                            u"o.post-st=succeeded"_s, u"o=succeeded"_s, u"last=succeeded"_s}));
        QCOMPARE(tasksById(in)[u"o.st"_s].value(u"outputs").toObject(), (QJsonObject{{u"res"_s, u"xx"_s}}));
    }

    // A call's enable reads the call's needs and is decided before its action's tasks run: a
    // disabled call runs none of them; always() runs them after a failed need.
    void aCallsEnableDecidesBeforeItsAction_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("enable");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("enable false") << u"true"_s << u"false"_s
                                      << QStringList{u"first=succeeded"_s, u"c.t=skipped"_s, u"c=skipped"_s};
        QTest::newRow("reads the call's needs") << u"true"_s << u"${{ needs.first.result == 'succeeded' }}"_s
                                                << QStringList{u"first=succeeded"_s, u"c.t=succeeded"_s, u"c=succeeded"_s};
        QTest::newRow("always() after a failed need") << u"false"_s << u"${{ always() }}"_s
                                                      << QStringList{u"first=failed"_s, u"c.t=succeeded"_s, u"c=succeeded"_s};
        QTest::newRow("default after a failed need") << u"false"_s << QString()
                                                     << QStringList{u"first=failed"_s, u"c.t=skipped"_s, u"c=skipped"_s};
    }

    void aCallsEnableDecidesBeforeItsAction()
    {
        QFETCH(QString, first);
        QFETCH(QString, enable);
        QFETCH(QStringList, statuses);
        Sandbox box;
        QVERIFY(box.write(u"actions/a.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: t"_s,
                                                    u"    bash: echo ran > ran.txt"_s})));
        QStringList flow{u"kind: batch"_s, u"defaults:"_s, noCache, u"  fail_fast: false"_s, u"tasks:"_s,
                         u"  - id: first"_s, u"    bash: "_s + first, u"  - id: c"_s, u"    needs: [first]"_s,
                         u"    action: ws:actions/a"_s};
        if (!enable.isEmpty())
            flow << u"    enable: \"%1\""_s.arg(enable);
        QVERIFY(box.write(u".apolo/gate.yml"_s, yaml(flow)));
        const CliResult r = box.wfs({u"bake"_s, u"gate"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(describe(r)));
        QCOMPARE(baketest::statuses(inspect(box, 1)), statuses);
        QCOMPARE(box.exists(u"ran.txt"_s), statuses.contains(u"c.t=succeeded"_s));
    }

    // An action's task reads the needs of its action only, not what its call waits for.
    void anActionsTaskReadsOnlyItsOwnNeeds()
    {
        Sandbox box;
        QVERIFY(box.write(u"actions/a.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: t"_s,
                                                    u"    bash: echo ${{ needs.first.result }}"_s})));
        QVERIFY(box.write(u".apolo/outer.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: first"_s,
                                                       u"    bash: 'true'"_s, u"  - id: c"_s,
                                                       u"    action: ws:actions/a"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"outer"_s, u"--dry-run"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(u"a.yml:4:11: tasks[1].bash: in '${{ needs.first.result }}': 'first' is not among the "
                                u"tasks this task needs (needs: none)"_s),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestNestedActions)
#include "tst_nestedactions.moc"
