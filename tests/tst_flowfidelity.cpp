// Flows as Apolo Flow runs or refuses them (issue 14): each valid flow's expanded task ids and
// needs, each invalid flow's error position. The files under fixtures/apolo/ are examples of
// Apolo's documentation, each naming its source.

#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowParser.h"
#include "tests/PlanTestSupport.h"

#include <QtTest>

using namespace wfs;
using namespace wfs::pipelines;
using namespace Qt::StringLiterals;
using plantest::planOf;

namespace {

const QString kFile = u"/flows/.apolo/fidelity.yml"_s;

QString flow(const QStringList &lines)
{
    return u"kind: batch\n"_s + lines.join(u'\n') + u'\n';
}

} // namespace

class TestFlowFidelity : public QObject
{
    Q_OBJECT

private slots:
    void docExamples_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("plan");
        QTest::newRow("matrix example 1") << u"matrix-example1.yml"_s << QStringList{u"example_a"_s, u"example_b"_s};
        QTest::newRow("matrix example 2") << u"matrix-example2.yml"_s
                                          << QStringList{u"a_x"_s, u"a_y"_s, u"b_x"_s, u"b_y"_s};
        QTest::newRow("matrix exclude") << u"matrix-exclude.yml"_s
                                        << QStringList{u"a_x_2"_s, u"a_y_1"_s, u"a_y_2"_s, u"b_x_1"_s, u"b_x_2"_s};
        QTest::newRow("matrix include") << u"matrix-include.yml"_s
                                        << QStringList{u"a_x"_s, u"a_y"_s, u"b_x"_s, u"b_y"_s, u"a_z"_s};
        QTest::newRow("needs example 2") << u"needs-example2.yml"_s
                                         << QStringList{u"task_1"_s, u"task_2"_s, u"task_3<task_1,task_2>"_s};
        QTest::newRow("needs example 3") << u"needs-example3.yml"_s
                                         << QStringList{u"task_1"_s, u"task_2"_s,
                                                        u"task_3<task_1(running),task_2(running)>"_s};
    }

    void docExamples()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, plan);
        const QString file = QFINDTESTDATA(u"fixtures/apolo/"_s + fixture);
        QVERIFY2(!file.isEmpty(), qPrintable(fixture));
        tabletest::compareRow([&] { return planOf(FlowParser::parseFile(file)); }, plan);
    }

    void validFlows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("plan");
        const QString cmd = u"    bash: 'true'"_s;
        // Issue 10 item 8 / issue 14 item 1: matrix values of any scalar type.
        QTest::newRow("floats on a fixed id")
            << flow({u"tasks:"_s, u"  - id: train"_s, u"    strategy:"_s,
                     u"      matrix: {lr: [0.1, 0.01], bs: [8, 16]}"_s, cmd})
            << QStringList{u"train-0_1-8"_s, u"train-0_1-16"_s, u"train-0_01-8"_s, u"train-0_01-16"_s};
        QTest::newRow("floats in an id expression")
            << flow({u"tasks:"_s, u"  - id: train_${{ matrix.lr }}"_s, u"    strategy:"_s,
                     u"      matrix: {lr: [0.1, 0.01]}"_s, cmd})
            << QStringList{u"train_0_1"_s, u"train_0_01"_s};
        QTest::newRow("no id: task-N and the keys sorted, as Python prints values")
            << flow({u"tasks:"_s, u"  - strategy:"_s,
                     u"      matrix: {lr: [0.1, 1.0, 1e-5], flag: [true], name: ['a b/c.d']}"_s, cmd})
            // Apolo writes 1.0 as "1.0"; PyYAML reads 1e-5 (no '.') as text.
            << QStringList{u"task-1-True-0_1-a_b_c_d"_s, u"task-1-True-1_0-a_b_c_d"_s, u"task-1-True-1e-5-a_b_c_d"_s};
        QTest::newRow("null and ORDINAL")
            << flow({u"tasks:"_s, u"  - id: t${{ matrix.ORDINAL }}"_s, u"    strategy:"_s,
                     u"      matrix: {v: [~, x]}"_s, cmd})
            << QStringList{u"t0"_s, u"t1"_s};
        QTest::newRow("needs on a matrix base id")
            << flow({u"tasks:"_s, u"  - id: train"_s, u"    strategy:"_s, u"      matrix: {lr: [0.1, 0.2]}"_s, cmd,
                     u"  - id: report"_s, u"    needs: [train]"_s, cmd})
            << QStringList{u"train-0_1"_s, u"train-0_2"_s, u"report<train-0_1,train-0_2>"_s};
        QTest::newRow("dynamic matrix from params")
            << flow({u"params:"_s, u"  n: 6"_s, u"tasks:"_s, u"  - id: run_${{ matrix.o }}"_s, u"    strategy:"_s,
                     u"      matrix:"_s,
                     u"        o: ${{ [fmt('o{}', it) for it in range(1, int(params.n)) if it != 3] }}"_s, cmd})
            << QStringList{u"run_o1"_s, u"run_o2"_s, u"run_o4"_s, u"run_o5"_s};
        QTest::newRow("matrix values as expressions without contexts")
            << flow({u"tasks:"_s, u"  - id: t_${{ matrix.v }}"_s, u"    strategy:"_s,
                     u"      matrix: {v: [\"${{ 1 + 1 }}\", \"$[[ 'x' * 2 ]]\"]}"_s, cmd})
            << QStringList{u"t_2"_s, u"t_xx"_s};
        QTest::newRow("square bracket expressions")
            << flow({u"tasks:"_s, u"  - id: a"_s, cmd, u"  - id: b"_s, u"    needs:"_s, u"      - $[[ 'a' ]]"_s, cmd})
            << QStringList{u"a"_s, u"b<a>"_s};
    }

    void validFlows()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, plan);
        tabletest::compareRow([&] { return planOf(FlowParser::parse(text, kFile)); }, plan);
    }

    void invalidFlows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // LINE:COLUMN: KEY: start of the problem
        const QString cmd = u"    bash: 'true'"_s;
        QTest::newRow("dash in a written id") << flow({u"tasks:"_s, u"  - id: train-a"_s, cmd})
                                              << u"3:9: tasks[0].id: 'train-a' is not a valid task id"_s;
        QTest::newRow("uppercase id") << flow({u"tasks:"_s, u"  - id: TRAIN"_s, cmd})
                                      << u"3:9: tasks[0].id: 'TRAIN' is not a valid task id: all-uppercase"_s;
        QTest::newRow("include lacks a key")
            << flow({u"tasks:"_s, u"  - id: t"_s, u"    strategy:"_s, u"      matrix:"_s, u"        a: [1]"_s,
                     u"        b: [2]"_s, u"        include:"_s, u"          - a: 3"_s, cmd})
            << u"6:9: strategy.matrix: an include must give every axis (a, b); this one lacks 'b'"_s;
        QTest::newRow("uppercase matrix key")
            << flow({u"tasks:"_s, u"  - id: t"_s, u"    strategy:"_s, u"      matrix: {LR: [1]}"_s, cmd})
            << u"5:16: tasks[0].strategy.matrix.LR: 'LR' is not a valid matrix key"_s;
        QTest::newRow("param without a value")
            << flow({u"params:"_s, u"  target: ~"_s, u"tasks:"_s, u"  - id: t"_s, cmd})
            << u"3:3: params.target: no value"_s;
        QTest::newRow("dynamic matrix not a list")
            << flow({u"tasks:"_s, u"  - id: t"_s, u"    strategy:"_s, u"      matrix:"_s, u"        a: ${{ 1 }}"_s, cmd})
            << u"6:12: strategy.matrix.a: the expression gives 1, not a list of values"_s;
        QTest::newRow("matrix value reads a context")
            << flow({u"params:"_s, u"  x: 1"_s, u"tasks:"_s, u"  - id: t"_s, u"    strategy:"_s,
                     u"      matrix: {a: [\"${{ params.x }}\"]}"_s, cmd})
            << u"7:25: tasks[0].strategy.matrix.a[0]: in '${{ params.x }}': unknown context 'params'"_s;
        // config_loader.py: gh:OWNER/REPO@VERSION is cloned from github.com.
        QTest::newRow("GitHub action")
            << flow({u"tasks:"_s, u"  - id: t"_s, u"    action: gh:neuro-actions/train@v1"_s})
            << u"4:13: tasks[0].action: only workspace actions (ws:NAME) run locally, not 'gh:neuro-actions/train@v1': "
               u"Apolo clones a GitHub action from github.com, and remote actions need the network"_s;
        QTest::newRow("unknown action scheme")
            << flow({u"tasks:"_s, u"  - id: t"_s, u"    action: hub:train"_s})
            << u"4:13: tasks[0].action: only workspace actions (ws:NAME) run locally, not 'hub:train': Apolo knows no "
               u"scheme 'hub'"_s;
    }

    void invalidFlows()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QString got = plantest::refusal([&] { return FlowParser::parse(text, kFile); }, false);
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(TestFlowFidelity)
#include "tst_flowfidelity.moc"
