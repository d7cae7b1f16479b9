// What a workflow file cannot make the loader do (issue 10 items 6 and 16): aliases that contain
// themselves or expand to billions of values, nesting past the limits, files too large,
// expressions nested or chained past the limit, ids too long or not ids at all. Every one is
// refused with the file, line and column, quickly and without crashing.

#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowParser.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace wfs;
using namespace wfs::pipelines;
using namespace Qt::StringLiterals;

namespace {

const QString kFile = u"/flows/.apolo/bound.yml"_s;

// "LINE:COLUMN: KEY: problem" of the FlowError that loading and planning `text` throws, or
// "no error".
QString errorOf(const QString &text)
{
    try {
        const FlowDocument doc = FlowParser::parse(text, kFile);
        BatchPlan::build(doc, BatchPlan::params(doc, {}));
    } catch (const FlowError &e) {
        if (e.mark().file != kFile)
            return u"error in another file: "_s + e.message();
        return u"%1:%2: %3: %4"_s.arg(e.mark().line).arg(e.mark().column).arg(e.key(), e.problem());
    }
    return u"no error"_s;
}

// Nine anchors, each a list of nine aliases of the one before: 9^9 values when expanded.
QString billionLaughs()
{
    QStringList lines{u"kind: batch"_s, u"a0: &a0 [x, x, x, x, x, x, x, x, x]"_s};
    for (int i = 1; i < 9; ++i) {
        const QString prev = u"*a%1"_s.arg(i - 1);
        lines << u"a%1: &a%1 [%2, %2, %2, %2, %2, %2, %2, %2, %2]"_s.arg(i).arg(prev);
    }
    lines << u"tasks:"_s << u"  - id: t"_s << u"    bash: echo ${{ len(params) }}"_s << u"    env: {X: *a8}"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestFlowBounds : public QObject
{
    Q_OBJECT

private slots:
    void anAliasInsideItsOwnAnchorIsRefused()
    {
        const QString e = errorOf(u"kind: batch\ntasks: &t [ {id: a, needs: *t, bash: 'true'} ]\n"_s);
        QVERIFY2(e.startsWith(u"2:"_s) && e.contains(u"an alias refers to a mapping or list that contains it"_s),
                 qPrintable(e));
        const QString block = errorOf(u"kind: batch\ntasks: &t\n  - id: a\n    bash: 'true'\n    env: {X: *t}\n"_s);
        QVERIFY2(block.contains(u"contains it"_s), qPrintable(block));
    }

    void billionLaughsIsRefusedQuickly()
    {
        QElapsedTimer clock;
        clock.start();
        const QString e = errorOf(billionLaughs());
        QVERIFY2(e.contains(u"once aliases are expanded"_s) && e.section(u':', 0, 0).toInt() >= 2, qPrintable(e));
        // Refused while counting, long before the 387 million values would be built (the old
        // loader took seconds and gigabytes; a loaded machine is still far below this).
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    }

    void aliasesWithinTheLimitsStillWork()
    {
        const QString text = u"kind: batch\ntasks:\n  - id: a\n    env: &e {A: '1', B: '2'}\n    bash: 'true'\n"
                             u"  - id: b\n    env: *e\n    bash: 'true'\n"_s;
        QCOMPARE(errorOf(text), u"no error"_s);
        const FlowDocument doc = FlowParser::parse(text, kFile);
        QCOMPARE(doc.tasks[1].env.size(), size_t(2));
    }

    void nestingDeeperThanTheLimitIsRefused()
    {
        const QString deep = u"kind: batch\ntasks:\n  - id: a\n    bash: 'true'\n    env: {X: "_s + QString(80, u'[')
            + QString(80, u']') + u"}\n"_s;
        const QString e = errorOf(deep);
        QVERIFY2(e.startsWith(u"5:"_s) && e.contains(u"nested deeper than 64 levels"_s), qPrintable(e));
        // yaml-cpp's own guard stops far deeper documents while reading them.
        const QString deeper = u"kind: batch\nx: "_s + QString(100000, u'[') + QString(100000, u']') + u'\n';
        const QString e2 = errorOf(deeper);
        QVERIFY2(e2.startsWith(u"2:"_s), qPrintable(e2));
    }

    void aTooLargeFileIsRefused()
    {
        const QString big = u"kind: batch\n# "_s + QString(5 * 1024 * 1024, u'x') + u"\ntasks: []\n"_s;
        QCOMPARE(errorOf(big).section(u':', 0, 1), u"1:1"_s);
        QVERIFY(errorOf(big).contains(u"a workflow file may hold at most 4194304"_s));
    }

    void expressionsNestedPastTheLimitAreRefused_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("parentheses") << u"${{ "_s + QString(20000, u'(') + u'1' + QString(20000, u')') + u" }}"_s;
        QTest::newRow("lists") << u"${{ "_s + QString(20000, u'[') + QString(20000, u']') + u" }}"_s;
        QString chain = u"${{ params"_s;
        for (int i = 0; i < 100000; ++i)
            chain += u".a"_s;
        QTest::newRow("chained attributes") << chain + u" }}"_s;
        QString indexes = u"${{ params"_s;
        for (int i = 0; i < 50000; ++i)
            indexes += u"[0]"_s;
        QTest::newRow("chained indexes") << indexes + u" }}"_s;
        QTest::newRow("not") << u"${{ "_s + QString(u"not "_s).repeated(50000) + u"true }}"_s;
        QTest::newRow("or") << u"${{ true"_s + QString(u" or true"_s).repeated(50000) + u" }}"_s;
        QTest::newRow("calls") << u"${{ "_s + QString(u"len("_s).repeated(5000) + u"'x'"_s + QString(5000, u')')
                                      + u" }}"_s;
    }

    void expressionsNestedPastTheLimitAreRefused()
    {
        QFETCH(QString, expression);
        try {
            expr::check(expression);
            QFAIL("accepted");
        } catch (const expr::ExprError &e) {
            QVERIFY2(e.message().contains(u"nested deeper than 100 levels"_s), qPrintable(e.message().right(200)));
            QVERIFY(e.offset() > 0);
        }
        // In a file, the error points at where the limit was passed.
        const QString e = errorOf(u"kind: batch\ntasks:\n  - id: a\n    bash: echo "_s + expression + u'\n');
        QVERIFY2(e.startsWith(u"4:"_s) && e.contains(u"nested deeper than 100 levels"_s), qPrintable(e.left(300)));
    }

    void expressionsWithinTheLimitStillWork()
    {
        const QString nested = u"${{ "_s + QString(90, u'(') + u"1 == 1"_s + QString(90, u')') + u" }}"_s;
        QCOMPARE(expr::evaluateText(nested, {}), u"true"_s);
        QString chain = u"${{ x"_s;
        QJsonObject value{{u"v"_s, 7}};
        for (int i = 0; i < 90; ++i) {
            chain += u".k"_s;
            value = QJsonObject{{u"k"_s, value}};
        }
        QCOMPARE(expr::evaluateText(chain + u".v }}"_s, {{u"x"_s, value}}), u"7"_s);
    }

    void idsLongerThanTheLimitAreRefusedWhenLoaded()
    {
        const QString id = QString(5001, u'a');
        const QString e = errorOf(u"kind: batch\ntasks:\n  - id: "_s + id + u"\n    bash: 'true'\n"_s);
        QCOMPARE(e, u"3:9: tasks[0].id: the id has 5001 characters; an id may have at most 128"_s);
        QCOMPARE(errorOf(u"kind: batch\ntasks:\n  - id: "_s + QString(128, u'a') + u"\n    bash: 'true'\n"_s),
                 u"no error"_s);
    }

    void aMisindentedDefaultsIsRefusedAtItsLine()
    {
        const QString e = errorOf(u"kind: batch\ndefaults:\nmax_parallel: 2\ntasks:\n  - id: a\n    bash: 'true'\n"_s);
        QCOMPARE(e, u"3:1: max_parallel: 'max_parallel' is not a top-level key; it belongs under defaults: (line 2), "
                    u"indented"_s);
        const QString shifted = errorOf(u"kind: batch\n defaults:\n   max_parallel: 2\ntasks: []\n"_s);
        QVERIFY2(shifted.startsWith(u"2:"_s) && shifted.contains(u"YAML syntax"_s), qPrintable(shifted));
        const QString inner = errorOf(u"kind: batch\ndefaults:\n  max_parallel: 2\n   fail_fast: true\ntasks: []\n"_s);
        QVERIFY2(inner.startsWith(u"4:"_s) && inner.contains(u"YAML syntax"_s), qPrintable(inner));
    }
};

QTEST_GUILESS_MAIN(TestFlowBounds)
#include "tst_flowbounds.moc"
