// Real Apolo flows (issue 14): the flows, actions and project files of neuro-flow's own test
// suite (tests/fixtures/apolo/neuro-flow, each naming its source), planned as Apolo plans them:
// the expanded task ids with their needs, and for the flows Apolo refuses, where the error is.
// The expectations follow neuro-flow's tests (test_batch_runner.py, test_batch_exector.py) and
// its source (context.py) where they say nothing.

#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowParser.h"
#include "tests/PlanTestSupport.h"

#include <QtTest>

using namespace wfs;
using namespace wfs::pipelines;
using namespace Qt::StringLiterals;
using plantest::planOf;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(u"fixtures/apolo/neuro-flow/"_s + name);
}

} // namespace

class TestApoloFlows : public QObject
{
    Q_OBJECT

private slots:
    void plans_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("plan");
        QTest::newRow("batch-minimal.yml") << u"batch-minimal.yml"_s
            << QStringList{u"test_a"_s};
        QTest::newRow("batch-seq.yml") << u"batch-seq.yml"_s
            << QStringList{u"task-1"_s, u"task-2<task-1>"_s};
        QTest::newRow("batch-needs-dict.yml") << u"batch-needs-dict.yml"_s
            << QStringList{u"task_a"_s, u"task-2<task_a(running)>"_s};
        QTest::newRow("batch-matrix-1.yml") << u"batch-matrix-1.yml"_s
            << QStringList{u"task-1-o1-t1"_s, u"task-1-o1-t2"_s, u"task-1-o2-t1"_s, u"task-1-o2-t2"_s};
        QTest::newRow("batch-matrix-2.yml") << u"batch-matrix-2.yml"_s
            << QStringList{u"task-1-o1-t2"_s, u"task-1-o2-t1"_s, u"task-1-o2-t2"_s};
        QTest::newRow("batch-matrix-3.yml") << u"batch-matrix-3.yml"_s
            << QStringList{u"task-1-o1-t1"_s, u"task-1-o1-t2"_s, u"task-1-o2-t1"_s, u"task-1-o2-t2"_s, u"task-1-o3-t3"_s};
        QTest::newRow("batch-matrix-4.yml") << u"batch-matrix-4.yml"_s
            << QStringList{u"task-1-o2-t1"_s, u"task-1-o2-t2"_s, u"task-1-o3-t3"_s};
        QTest::newRow("batch-matrix-5.yml") << u"batch-matrix-5.yml"_s
            << QStringList{u"task-1-o2-t1"_s, u"task-1-o2-t2"_s, u"task-1-o1-t1"_s};
        QTest::newRow("batch-matrix-dynamic.yml") << u"batch-matrix-dynamic.yml"_s
            << QStringList{u"task-1-o1-t1"_s, u"task-1-o1-t2"_s, u"task-1-o2-t1"_s, u"task-1-o2-t2"_s};
        // test_context.py: values(matrix) lists the axes, then ORDINAL
        QTest::newRow("batch-matrix-doubles.yml") << u"batch-matrix-doubles.yml"_s
            << QStringList{u"taskN0__0_1__0_3__0"_s, u"taskN1__0_1__0_5__1"_s, u"taskN2__0_2__0_3__2"_s, u"taskN3__0_2__0_5__3"_s};
        QTest::newRow("batch-matrix-with-deps.yml") << u"batch-matrix-with-deps.yml"_s
            << QStringList{u"task_a"_s, u"task-2-a-1<task_a>"_s, u"task-2-a-2<task_a>"_s, u"task-2-b-1<task_a>"_s, u"task-2-b-2<task_a>"_s, u"task-2-c-1<task_a>"_s, u"task-2-c-2<task_a>"_s};
        QTest::newRow("batch-matrix-with-strategy.yml") << u"batch-matrix-with-strategy.yml"_s
            << QStringList{u"task-1-o1-t1"_s, u"task-1-o2-t1"_s, u"task-1-o2-t2"_s, u"task-1-o3-t3"_s, u"simple<task-1-o1-t1,task-1-o2-t1,task-1-o2-t2,task-1-o3-t3>"_s};
        QTest::newRow("batch-first-disabled.yml") << u"batch-first-disabled.yml"_s
            << QStringList{u"task-1"_s, u"task-2<task-1>"_s, u"task-3<task-2>"_s, u"task-4<task-3>"_s};
        QTest::newRow("batch-action-call.yml") << u"batch-action-call.yml"_s
            << QStringList{u"test.task_1"_s, u"test.task_2<test.task_1>"_s, u"test<test.task_1,test.task_2>"_s};
        // an action's tasks wait for what its call waits for
        QTest::newRow("batch-complex-seq.yml") << u"batch-complex-seq.yml"_s
            << QStringList{u"task_1_a"_s, u"task_1_b"_s, u"task_2_after<task_1_a,task_1_b>"_s, u"task_2_at_running.task_1<task_1_a(running),task_1_b(running)>"_s, u"task_2_at_running.task_2<task_1_a(running),task_1_b(running),task_2_at_running.task_1>"_s, u"task_2_at_running<task_2_at_running.task_1,task_2_at_running.task_2>"_s, u"task_3<task_2_at_running(running),task_2_after>"_s};
        // test_batch_runner.py test_early_graph; args read needs' outputs
        QTest::newRow("early_graph/batch.yml") << u"early_graph/batch.yml"_s
            << QStringList{u"first_ac.task_2"_s, u"first_ac<first_ac.task_2>"_s, u"second.task-1-o1-t1<first_ac>"_s, u"second.task-1-o2-t1<first_ac>"_s, u"second.task-1-o2-t2<first_ac>"_s, u"second.task-1-o3-t3<first_ac>"_s, u"second.task_2<first_ac,second.task-1-o1-t1,second.task-1-o2-t1,second.task-1-o2-t2,second.task-1-o3-t3>"_s, u"second<second.task-1-o1-t1,second.task-1-o2-t1,second.task-1-o2-t2,second.task-1-o3-t3,second.task_2>"_s, u"third.task-1-o1-t1<first_ac>"_s, u"third.task-1-o2-t1<first_ac>"_s, u"third.task-1-o2-t2<first_ac>"_s, u"third.task-1-o3-t3<first_ac>"_s, u"third.task_2<first_ac,third.task-1-o1-t1,third.task-1-o2-t1,third.task-1-o2-t2,third.task-1-o3-t3>"_s, u"third<third.task-1-o1-t1,third.task-1-o2-t1,third.task-1-o2-t2,third.task-1-o3-t3,third.task_2>"_s};
        // post tasks come last, after their call
        QTest::newRow("stateful_actions/call-with-post.yml") << u"stateful_actions/call-with-post.yml"_s
            << QStringList{u"first"_s, u"test<first>"_s, u"last<test>"_s, u"post-test<test,last>"_s};
        QTest::newRow("stateful_actions/call-no-post.yml") << u"stateful_actions/call-no-post.yml"_s
            << QStringList{u"first"_s, u"test<first>"_s, u"last<test>"_s};
        // local calls keep their order and come before the rest
        QTest::newRow("local_actions/call-cp.yml") << u"local_actions/call-cp.yml"_s
            << QStringList{u"make_file"_s, u"copy_file<make_file>"_s, u"verify_copy<copy_file>"_s, u"remote_task<make_file,copy_file,verify_copy>"_s};
        // test_batch_exector.py test_action_with_local_action: a batch action's tasks call local
        // actions (call-cp.yml); the local calls still come before every task
        QTest::newRow("local_actions/call-batch-action-with-local.yml") << u"local_actions/call-batch-action-with-local.yml"_s
            << QStringList{u"call_action.make_file"_s, u"call_action.copy_file<call_action.make_file>"_s, u"call_action.verify_copy<call_action.copy_file>"_s, u"call_action.remote_task<call_action.make_file,call_action.copy_file,call_action.verify_copy>"_s, u"call_action<call_action.make_file,call_action.copy_file,call_action.verify_copy,call_action.remote_task>"_s};
        // mixins from .apolo/project.yml
        QTest::newRow("with_project_yaml/batch.yml") << u"with_project_yaml/batch.yml"_s
            << QStringList{u"task"_s, u"test_mixin"_s, u"test_mixin_cmd"_s, u"test_mixin_bash"_s, u"test_mixin_python"_s};
        // a module's tasks read the flow's params (fixtures/apolo/checks, written from context.py)
        QTest::newRow("matrix from an action's inputs") << u"../checks/call-action-matrix-from-inputs.yml"_s
            << QStringList{u"small.train-0_1"_s, u"small.train-0_2"_s, u"small.report<small.train-0_1,small.train-0_2>"_s, u"small<small.train-0_1,small.train-0_2,small.report>"_s, u"big.train-1<small>"_s, u"big.train-2<small>"_s, u"big.train-3<small>"_s, u"big.report<small,big.train-1,big.train-2,big.train-3>"_s, u"big<big.train-1,big.train-2,big.train-3,big.report>"_s};
        QTest::newRow("module reading params") << u"../checks/call-module-reads-params.yml"_s
            << QStringList{u"test.task_1"_s, u"test<test.task_1>"_s};
        QTest::newRow("batch_module/batch-module-call.yml") << u"batch_module/batch-module-call.yml"_s
            << QStringList{u"test.task_1"_s, u"test.task_2<test.task_1>"_s, u"test<test.task_1,test.task_2>"_s};
    }

    void plans()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, plan);
        const QString path = fixture(file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        tabletest::compareRow([&] { return planOf(FlowParser::parseFile(path)); }, plan);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error"); // FILE:LINE:COLUMN: KEY: start of the problem
        QTest::newRow("batch-cycle.yml") << u"batch-cycle.yml"_s
            << u"batch-cycle.yml:4:5: needs: the needs form a cycle (each task needs the next): first -> second -> first"_s;
        QTest::newRow("batch-wrong-need.yml") << u"batch-wrong-need.yml"_s
            << u"batch-wrong-need.yml:8:13: needs: needs 'something_wrong', which is not a task of this flow"_s;
        QTest::newRow("batch-matrix-incomplete-include.yml") << u"batch-matrix-incomplete-include.yml"_s
            << u"batch-matrix-incomplete-include.yml:7:9: strategy.matrix: an include must give every axis (param1, param2); this one lacks 'param2'"_s;
        QTest::newRow("bad-batch-action-call-extra-attrs.yml") << u"bad-batch-action-call-extra-attrs.yml"_s
            << u"bad-batch-action-call-extra-attrs.yml:3:1: jobs: a batch flow has tasks, not jobs"_s;
        QTest::newRow("stateful_actions/bad-call-with-cache.yml") << u"stateful_actions/bad-call-with-cache.yml"_s
            << u"bad-call-with-cache.yml:9:3: tasks[1].cache: a call of a stateful action takes no cache"_s;
        QTest::newRow("local_actions/bad-call-with-cache.yml") << u"local_actions/bad-call-with-cache.yml"_s
            << u"bad-call-with-cache.yml:10:3: tasks[1].cache: a call of a local action takes no cache"_s;
        QTest::newRow("local_actions/bad-order.yml") << u"local_actions/bad-order.yml"_s
            << u"bad-order.yml:7:3: needs: local action call 'local' runs before the flow's other tasks, so it cannot need 'remote'"_s;
        // test_batch_runner.py test_local_deps_on_remote_2: neuro-flow names the remote task
        // inside the call (call_action.remote_task); the call stands for all its tasks here
        QTest::newRow("local_actions/bad-order-through-action.yml") << u"local_actions/bad-order-through-action.yml"_s
            << u"bad-order-through-action.yml:6:3: needs: local action call 'local' runs before the flow's other tasks, so it cannot need 'call_action'"_s;
        // context.py validate_action_call: an arg the action has no input for
        QTest::newRow("batch-action-call-bad-output-needs.yml") << u"batch-action-call-bad-output-needs.yml"_s
            << u"batch-action-call-bad-output-needs.yml:7:11: tasks[0].args.arg1: ws:batch-action-bad-output-needs has no input 'arg1' (inputs: none)"_s;
        // Written from neuro-flow's source (fixtures/apolo/checks, each naming it).
        QTest::newRow("outputs.needs of a stateful action") << u"../checks/call-stateful-output-needs.yml"_s
            << u"stateful-output-needs.yml:6:3: outputs.needs: outputs.needs is only for batch actions (this one is kind: stateful)"_s;
        QTest::newRow("params of a live action's job") << u"../checks/call-live-action-params.yml"_s
            << u"live-action-params.yml:8:3: job.params: a live action's job takes no params"_s;
        QTest::newRow("an output reading a task the action lacks") << u"../checks/call-batch-output-unknown-need.yml"_s
            << u"batch-output-unknown-need.yml:6:12: outputs.res: in '${{ needs.task_3.outputs.res }}': 'task_3' is not among the tasks this task needs (needs: task_1, task_2)"_s;
        QTest::newRow("params in a batch action's task") << u"../checks/call-action-reads-params.yml"_s
            << u"action-reads-params.yml:11:11: tasks[0].bash: in '${{ params.lr }}': a batch action's task cannot read params"_s;
        QTest::newRow("an input the action does not declare") << u"../checks/call-action-unknown-input.yml"_s
            << u"action-unknown-input.yml:9:11: tasks[0].bash: in '${{ inputs.arg2 }}': the action has no input 'arg2' (inputs: arg1)"_s;
        QTest::newRow("batch_module/batch-module-remote-call.yml") << u"batch_module/batch-module-remote-call.yml"_s
            << u"batch-module-remote-call.yml:5:11: tasks[0].module: only workspace actions (ws:NAME) run locally"_s;
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const QString path = fixture(file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const QString got = plantest::refusal([&] { return FlowParser::parseFile(path); }, true);
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void liveCalls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("bash");
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("live-action-call.yml") << u"live-action-call.yml"_s << u"test"_s
                                              << u"echo A ${{ inputs.arg1 }} B ${{ inputs.arg2 }} C"_s
                                              << QStringList{u"arg1=val 1"_s, u"arg2=2"_s};
    }

    // A live job that calls a live action is the action's job with the call's inputs.
    void liveCalls()
    {
        QFETCH(QString, file);
        QFETCH(QString, job);
        QFETCH(QString, bash);
        QFETCH(QStringList, inputs);
        try {
            const FlowDocument doc = FlowParser::parseFile(fixture(file));
            const JobSpec *spec = doc.job(job);
            QVERIFY(spec);
            QCOMPARE(spec->command.bash.text.trimmed(), bash);
            QStringList got;
            for (const auto &[name, value] : spec->actionInputs)
                got << name + u'=' + value.text;
            QCOMPARE(got, inputs);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestApoloFlows)
#include "tst_apoloflows.moc"
