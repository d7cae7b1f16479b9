// `wfs restart BAKE --from-failed`: what runs again and what is kept.

#include "tests/BakeTestSupport.h"

using namespace baketest;

class TestBakeRestart : public BakeSuite
{
    Q_OBJECT

private slots:
    // Issue 10 item 10: a task that needs a re-run task (directly or further down) ran on the
    // failed result; it runs again, even when it succeeded. A task beside them is kept.
    void everythingDownstreamOfARerunTaskRunsAgain()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/eval.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                                u"  - id: train"_s, u"    bash: echo run >> train.runs"_s,
                                u"  - id: side"_s, u"    needs: [train]"_s, u"    bash: echo run >> side.runs"_s,
                                u"  - id: evaluate"_s, u"    needs: [train]"_s, u"    bash: |"_s,
                                u"      echo run >> evaluate.runs"_s,
                                u"      if [ ! -e evaluate.ok ]; then touch evaluate.ok; exit 1; fi"_s,
                                u"  - id: report"_s, u"    needs: [evaluate]"_s, u"    enable: ${{ always() }}"_s,
                                u"    bash: echo \"evaluate was ${{ needs.evaluate.result }}\" >> report.txt"_s,
                                u"  - id: publish"_s, u"    needs: [report]"_s, u"    bash: echo run >> publish.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"eval"_s}), 1);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"train=succeeded"_s, u"side=succeeded"_s,
                                                         u"evaluate=failed"_s, u"report=succeeded"_s,
                                                         u"publish=succeeded"_s}));
        QCOMPARE(box.lines(u"report.txt"_s), QStringList{u"evaluate was failed"_s});

        const CliResult r = box.wfs({u"restart"_s, u"1"_s, u"--from-failed"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"train=succeeded"_s, u"side=succeeded"_s,
                                                         u"evaluate=succeeded"_s, u"report=succeeded"_s,
                                                         u"publish=succeeded"_s}));
        QCOMPARE(box.lines(u"report.txt"_s), (QStringList{u"evaluate was failed"_s, u"evaluate was succeeded"_s}));
        QCOMPARE(box.lines(u"evaluate.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"publish.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"train.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"side.runs"_s).size(), 1);
        const QStringList ran = changes(r);
        QVERIFY2(!ran.contains(u"train running"_s) && !ran.contains(u"side running"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestBakeRestart)
#include "tst_bakerestart.moc"
