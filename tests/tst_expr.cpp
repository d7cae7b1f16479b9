#include "model/pipelines/Expr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace wfs::pipelines;
using namespace wfs::pipelines::expr;

namespace {

// A value's canonical JSON text (with its type), independent of the code under test.
QString json(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonObject contexts()
{
    const QJsonObject params{
        {QStringLiteral("name"), QStringLiteral("demo")},
        {QStringLiteral("count"), 3},
        {QStringLiteral("flag"), true},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("list"), QJsonArray{1, 2, 3}},
        {QStringLiteral("obj"), QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QStringLiteral("deep")}}}}},
    };
    const QJsonObject needs{
        {QStringLiteral("prepare"),
         QJsonObject{{QStringLiteral("result"), QStringLiteral("succeeded")},
                     {QStringLiteral("outputs"), QJsonObject{{QStringLiteral("x"), QStringLiteral("42")}}}}},
        {QStringLiteral("task-1"), QJsonObject{{QStringLiteral("result"), QStringLiteral("succeeded")}}},
    };
    return {{QStringLiteral("params"), params},
            {QStringLiteral("needs"), needs},
            {QStringLiteral("matrix"), QJsonObject{{QStringLiteral("ORDINAL"), 2}}}};
}

QJsonObject needsWith(const QString &a, const QString &b)
{
    auto need = [](const QString &result) { return QJsonObject{{QStringLiteral("result"), result}}; };
    return {{QStringLiteral("needs"), QJsonObject{{QStringLiteral("a"), need(a)}, {QStringLiteral("b"), need(b)}}}};
}

} // namespace

class TestExpr : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void templates_data();
    void templates();
    void truthiness_data();
    void truthiness();
    void errors_data();
    void errors();
    void needsFunctions_data();
    void needsFunctions();
    void checkParsesWithoutEvaluating();
    void contextsUsedListsTopLevelNames();
    void referencedPathsStopAtComputedParts();
    void shortCircuitSkipsTheOtherOperand();
};

void TestExpr::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    auto row = [](const char *name, const QString &text, const QJsonValue &expected) {
        QTest::newRow(name) << text << expected;
    };
    // literals
    row("int", QStringLiteral("${{ 42 }}"), 42);
    row("hex", QStringLiteral("${{ 0xff }}"), 255);
    row("octal", QStringLiteral("${{ 0o22 }}"), 18);
    row("binary", QStringLiteral("${{ 0b1011 }}"), 11);
    row("float", QStringLiteral("${{ 0.25 }}"), 0.25);
    row("exponent", QStringLiteral("${{ 2e3 }}"), 2000.0);
    row("single quoted", QStringLiteral("${{ 'it\\'s' }}"), QStringLiteral("it's"));
    row("double quoted", QStringLiteral("${{ \"a\\nb\\t\\\"c\\\\\" }}"), QStringLiteral("a\nb\t\"c\\"));
    row("unicode escape", QStringLiteral("${{ 'x\\u0041' }}"), QStringLiteral("xA"));
    row("unknown escape kept", QStringLiteral("${{ '\\q' }}"), QStringLiteral("\\q"));
    row("True", QStringLiteral("${{ True }}"), true);
    row("true", QStringLiteral("${{ true }}"), true);
    row("False", QStringLiteral("${{ False }}"), false);
    row("false", QStringLiteral("${{ false }}"), false);
    row("None", QStringLiteral("${{ None }}"), QJsonValue());
    row("null", QStringLiteral("${{ null }}"), QJsonValue());
    row("list literal", QStringLiteral("${{ [1, 'a', [], ] }}"), QJsonArray{1, QStringLiteral("a"), QJsonArray{}});
    row("dict literal", QStringLiteral("${{ {'k': {'n': 1}}.k.n }}"), 1);
    // context access
    row("member", QStringLiteral("${{ params.name }}"), QStringLiteral("demo"));
    row("string index", QStringLiteral("${{ params['name'] }}"), QStringLiteral("demo"));
    row("list index", QStringLiteral("${{ params.list[1] }}"), 2);
    row("nested", QStringLiteral("${{ params.obj.a.b }}"), QStringLiteral("deep"));
    row("nested index", QStringLiteral("${{ params[\"obj\"]['a'][\"b\"] }}"), QStringLiteral("deep"));
    row("computed index", QStringLiteral("${{ params.list[params.list[0]] }}"), 2);
    row("outputs", QStringLiteral("${{ needs.prepare.outputs.x }}"), QStringLiteral("42"));
    row("dashed name", QStringLiteral("${{ needs.task-1.result }}"), QStringLiteral("succeeded"));
    row("ordinal", QStringLiteral("${{ matrix.ORDINAL }}"), 2);
    row("whole context", QStringLiteral("${{ params.list }}"), QJsonArray{1, 2, 3});
    // comparisons
    row("== numbers", QStringLiteral("${{ params.count == 3 }}"), true);
    row("== int float", QStringLiteral("${{ 1 == 1.0 }}"), true);
    row("== strings", QStringLiteral("${{ params.name == 'demo' }}"), true);
    row("== mixed", QStringLiteral("${{ 1 == '1' }}"), false);
    row("== null", QStringLiteral("${{ None == null }}"), true);
    row("== lists", QStringLiteral("${{ [1, 2] == params.list }}"), false);
    row("== lists equal", QStringLiteral("${{ [1, 2, 3] == params.list }}"), true);
    row("!= numbers", QStringLiteral("${{ 1 != 2 }}"), true);
    row("!= mixed", QStringLiteral("${{ 'a' != 1 }}"), true);
    row("!= same", QStringLiteral("${{ 'a' != 'a' }}"), false);
    row("<", QStringLiteral("${{ 1 < 2 }}"), true);
    row("< equal", QStringLiteral("${{ 2 < 2 }}"), false);
    row("<=", QStringLiteral("${{ 2 <= 2 }}"), true);
    row(">", QStringLiteral("${{ 2.5 > 2 }}"), true);
    row(">=", QStringLiteral("${{ 1 >= 2 }}"), false);
    row("< strings", QStringLiteral("${{ 'abc' < 'abd' }}"), true);
    row(">= strings", QStringLiteral("${{ 'b' >= 'abc' }}"), true);
    // boolean operators give the operand that decided
    row("not", QStringLiteral("${{ not params.empty }}"), true);
    row("not not", QStringLiteral("${{ not not 'x' }}"), true);
    row("or left", QStringLiteral("${{ 'a' or 'b' }}"), QStringLiteral("a"));
    row("or right", QStringLiteral("${{ params.empty or 'b' }}"), QStringLiteral("b"));
    row("and left", QStringLiteral("${{ 0 and 'b' }}"), 0);
    row("and right", QStringLiteral("${{ 1 and 'b' }}"), QStringLiteral("b"));
    row("not binds looser than ==", QStringLiteral("${{ not 1 == 2 }}"), true);
    row("and binds tighter than or", QStringLiteral("${{ True or False and False }}"), true);
    row("parentheses", QStringLiteral("${{ (True or False) and False }}"), false);
    // functions
    row("len string", QStringLiteral("${{ len('h\u00e9llo') }}"), 5);
    row("len list", QStringLiteral("${{ len(params.list) }}"), 3);
    row("len object", QStringLiteral("${{ len(params) }}"), 6);
    row("fmt sequential", QStringLiteral("${{ fmt('{}-{}', params.name, 7) }}"), QStringLiteral("demo-7"));
    row("fmt positional", QStringLiteral("${{ fmt('{1}{0}{1}', 'a', 'b') }}"), QStringLiteral("bab"));
    row("fmt braces", QStringLiteral("${{ fmt('{{{}}}', True) }}"), QStringLiteral("{True}")); // Python's str()
    row("fmt no fields", QStringLiteral("${{ fmt('plain') }}"), QStringLiteral("plain"));
    row("from_json", QStringLiteral("${{ from_json('{\"array\": [1, 2], \"value\": \"v\"}').array[1] }}"), 2);
    row("from_json scalar", QStringLiteral("${{ from_json('\"s\"') }}"), QStringLiteral("s"));
    row("to_json object", QStringLiteral("${{ to_json(params.obj) }}"), QStringLiteral("{\"a\": {\"b\": \"deep\"}}")); // json.dumps
    row("to_json string", QStringLiteral("${{ to_json('x') }}"), QStringLiteral("\"x\""));
    row("to_json number", QStringLiteral("${{ to_json(params.count) }}"), QStringLiteral("3"));
    row("str", QStringLiteral("${{ str(1.5) }}"), QStringLiteral("1.5"));
    row("str bool", QStringLiteral("${{ str(False) }}"), QStringLiteral("False"));
    row("lower", QStringLiteral("${{ lower('VALue') }}"), QStringLiteral("value"));
    row("upper", QStringLiteral("${{ upper('valUE') }}"), QStringLiteral("VALUE"));
    row("replace", QStringLiteral("${{ replace('0.01', '.', '_') }}"), QStringLiteral("0_01"));
    row("join", QStringLiteral("${{ join(params.list) }}"), QStringLiteral("1,2,3"));
    row("join sep", QStringLiteral("${{ join(['a', 1, True], ' ') }}"), QStringLiteral("a 1 True"));
    row("contains string", QStringLiteral("${{ contains('demo', 'em') }}"), true);
    row("contains list", QStringLiteral("${{ contains(params.list, 2.0) }}"), true);
    row("contains list not", QStringLiteral("${{ contains(params.list, '2') }}"), false);
    row("contains object", QStringLiteral("${{ contains(params, 'flag') }}"), true);
    row("startswith", QStringLiteral("${{ startswith('demo', 'de') }}"), true);
    row("endswith", QStringLiteral("${{ endswith('demo', 'de') }}"), false);
    row("keys", QStringLiteral("${{ keys(params.obj) }}"), QJsonArray{QStringLiteral("a")});
    row("call result access", QStringLiteral("${{ from_json(to_json(params)).obj.a.b }}"), QStringLiteral("deep"));
}

void TestExpr::values()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(json(evaluate(text, contexts())), json(expected));
}

void TestExpr::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    auto row = [](const char *name, const QString &text, const QJsonValue &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("no parts", QStringLiteral("plain $ {{ text }}"), QStringLiteral("plain $ {{ text }}"));
    row("empty", QString(), QString());
    row("one part keeps number", QStringLiteral("${{ params.count }}"), 3);
    row("one part keeps bool", QStringLiteral("  ${{ params.flag }}\n"), true);
    row("one part keeps list", QStringLiteral("${{params.list}}"), QJsonArray{1, 2, 3});
    row("mixed is text", QStringLiteral("n=${{ params.count }}"), QStringLiteral("n=3"));
    row("two parts", QStringLiteral("${{ 1 }}${{ 2 }}"), QStringLiteral("12"));
    row("bool text", QStringLiteral("${{ True }}/${{ False }}"), QStringLiteral("True/False")); // as Apolo (Python) writes them
    row("null text", QStringLiteral("[${{ None }}]"), QStringLiteral("[None]"));
    row("whole float text", QStringLiteral("x${{ 3.0 }}"), QStringLiteral("x3.0")); // Python: str(3.0) is "3.0"
    row("float text", QStringLiteral("x${{ 0.1 }}"), QStringLiteral("x0.1"));
    row("list text", QStringLiteral("x${{ params.list }}"), QStringLiteral("x[1, 2, 3]"));
    row("object text", QStringLiteral("x${{ params.obj }}"), QStringLiteral("x{'a': {'b': 'deep'}}"));
    row("braces of a dict literal", QStringLiteral("${{ {'a': {}} }}!"), QStringLiteral("{'a': {}}!"));
    row("}} in a string", QStringLiteral("${{ '}}' }} x"), QStringLiteral("}} x"));
}

void TestExpr::templates()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    const QJsonValue value = evaluate(text, contexts());
    QCOMPARE(json(value), json(expected));
    QCOMPARE(evaluateText(text, contexts()), toText(expected));
}

void TestExpr::truthiness_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("false") << QStringLiteral("${{ False }}") << false;
    QTest::newRow("null") << QStringLiteral("${{ None }}") << false;
    QTest::newRow("zero") << QStringLiteral("${{ 0 }}") << false;
    QTest::newRow("zero float") << QStringLiteral("${{ 0.0 }}") << false;
    QTest::newRow("empty string") << QStringLiteral("${{ '' }}") << false;
    QTest::newRow("empty list") << QStringLiteral("${{ [] }}") << false;
    QTest::newRow("empty object") << QStringLiteral("${{ {} }}") << false;
    QTest::newRow("true") << QStringLiteral("${{ True }}") << true;
    QTest::newRow("number") << QStringLiteral("${{ 0.5 }}") << true;
    QTest::newRow("string false") << QStringLiteral("${{ 'false' }}") << true;
    QTest::newRow("list of zero") << QStringLiteral("${{ [0] }}") << true;
    QTest::newRow("object") << QStringLiteral("${{ params.obj }}") << true;
    QTest::newRow("plain text") << QStringLiteral("yes") << true;
    QTest::newRow("mixed text of false") << QStringLiteral("${{ False }} ") << false;
    QTest::newRow("mixed text") << QStringLiteral("a${{ False }}") << true;
}

void TestExpr::truthiness()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(evaluateBool(text, contexts()), expected);
}

void TestExpr::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");
    auto row = [](const char *name, const QString &text, const QString &message, int offset) {
        QTest::newRow(name) << text << message << offset;
    };
    row("missing key", QStringLiteral("${{ params.nope }}"),
        QStringLiteral("in '${{ params.nope }}': params has no 'nope'"), 4);
    row("missing nested key", QStringLiteral("a ${{ needs.prepare.outputs['y'] }} b"),
        QStringLiteral("in '${{ needs.prepare.outputs['y'] }}': needs.prepare.outputs has no 'y'"), 6);
    row("unknown context", QStringLiteral("x ${{ nope.x }}"),
        QStringLiteral("in '${{ nope.x }}': unknown context 'nope' (available: matrix, needs, params)"), 6);
    row("second part", QStringLiteral("${{ 1 }} and ${{ params.nope }}"),
        QStringLiteral("in '${{ params.nope }}': params has no 'nope'"), 17);
    row("list index out of range", QStringLiteral("${{ params.list[5] }}"),
        QStringLiteral("in '${{ params.list[5] }}': params.list has no item 5 (it has 3)"), 4);
    row("fractional index", QStringLiteral("${{ params.list[0.5] }}"),
        QStringLiteral("in '${{ params.list[0.5] }}': params.list is a list; its indices are whole numbers, not 0.5"), 4);
    row("member of a string", QStringLiteral("${{ params.name.x }}"),
        QStringLiteral("in '${{ params.name.x }}': params.name is a string, which has no 'x'"), 4);
    row("ordering mixed", QStringLiteral("${{ 1 < 'a' }}"),
        QStringLiteral("in '${{ 1 < 'a' }}': cannot compare a number with a string using '<'"), 4);
    row("ordering bools", QStringLiteral("${{ True >= False }}"),
        QStringLiteral("in '${{ True >= False }}': cannot compare a bool with a bool using '>='"), 4);
    row("len type", QStringLiteral("${{ len(params.count) }}"),
        QStringLiteral("in '${{ len(params.count) }}': len(): takes a string, list or object, not a number"), 4);
    row("lower type", QStringLiteral("${{ lower(1) }}"),
        QStringLiteral("in '${{ lower(1) }}': lower(): argument 1 must be a string, not a number"), 4);
    row("fmt too few", QStringLiteral("${{ fmt('{} {}', 1) }}"),
        QStringLiteral("in '${{ fmt('{} {}', 1) }}': fmt(): the format wants argument 2 but 1 given"), 4);
    row("fmt mixed", QStringLiteral("${{ fmt('{}{0}', 1) }}"),
        QStringLiteral("in '${{ fmt('{}{0}', 1) }}': fmt(): the format mixes {} and {N} fields"), 4);
    row("fmt single }", QStringLiteral("${{ fmt('a}b') }}"),
        QStringLiteral("in '${{ fmt('a}b') }}': fmt(): a single '}' in the format; write '}}' for a brace"), 4);
    row("fmt named", QStringLiteral("${{ fmt('{x}', 1) }}"),
        QStringLiteral("in '${{ fmt('{x}', 1) }}': fmt(): the field '{x}' is not supported; use {} or {N}"), 4);
    row("from_json bad", QStringLiteral("${{ from_json('{') }}"),
        QStringLiteral("in '${{ from_json('{') }}': from_json(): not JSON (expected a key in double quotes at character 2): {"), 4);
    row("arity", QStringLiteral("${{ len(1, 2) }}"),
        QStringLiteral("in '${{ len(1, 2) }}': len() takes 1 argument(s), not 2"), 4);
    row("arity range", QStringLiteral("${{ always(1) }}"),
        QStringLiteral("in '${{ always(1) }}': always() takes 0 argument(s), not 1"), 4);
    row("unknown function", QStringLiteral("${{ nofn(1) }}"),
        QStringLiteral("in '${{ nofn(1) }}': unknown function 'nofn'"), 4);
    row("unclosed part", QStringLiteral("run ${{ params.name"),
        QStringLiteral("in '${{ params.name': '${{' is not closed by '}}'"), 4);
    row("unclosed string", QStringLiteral("${{ 'abc }}"),
        QStringLiteral("in '${{ 'abc }}': the string is not closed"), 4);
    row("empty expression", QStringLiteral("${{ }}"), QStringLiteral("in '${{ }}': empty expression"), 4);
    row("unexpected end", QStringLiteral("${{ (1 }}"),
        QStringLiteral("in '${{ (1 }}': unexpected end of expression"), 7);
    row("dangling dot", QStringLiteral("${{ params. }}"),
        QStringLiteral("in '${{ params. }}': unexpected end of expression"), 12);
    row("unexpected token", QStringLiteral("${{ 1 2 }}"), QStringLiteral("in '${{ 1 2 }}': unexpected '2'"), 6);
    row("keyword as operand", QStringLiteral("${{ 1 and or }}"),
        QStringLiteral("in '${{ 1 and or }}': unexpected 'or'"), 10);
    row("unknown character", QStringLiteral("${{ params.x ^ 1 }}"),
        QStringLiteral("in '${{ params.x ^ 1 }}': unexpected character '^'"), 13);
    row("single =", QStringLiteral("${{ 1 = 2 }}"), QStringLiteral("in '${{ 1 = 2 }}': unexpected character '='"), 6);
    row("chained comparison", QStringLiteral("${{ 1 < 2 < 3 }}"),
        QStringLiteral("in '${{ 1 < 2 < 3 }}': comparisons cannot be chained; join them with 'and'"), 10);
    row("bad number", QStringLiteral("${{ 12ab }}"), QStringLiteral("in '${{ 12ab }}': bad number '12a'"), 4);
    row("stray brace", QStringLiteral("${{ 1 } }}"), QStringLiteral("in '${{ 1 } }}': unexpected '}'"), 6);
    row("success unknown id", QStringLiteral("${{ success('nope') }}"),
        QStringLiteral("in '${{ success('nope') }}': success(): 'nope' is not a need of this task (needs: prepare, task-1)"), 4);
}

void TestExpr::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, offset);
    try {
        evaluate(text, contexts());
        QFAIL("no ExprError thrown");
    } catch (const ExprError &e) {
        QCOMPARE(e.message(), message);
        QCOMPARE(e.offset(), offset);
        QCOMPARE(e.kind(), wfs::Error::Kind::Usage);
    }
}

void TestExpr::needsFunctions_data()
{
    QTest::addColumn<QJsonObject>("ctx");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const QString s = QStringLiteral("succeeded"), f = QStringLiteral("failed");
    const QJsonObject allGood = needsWith(s, s), oneFailed = needsWith(s, f);
    const QJsonObject skipped = needsWith(s, QStringLiteral("skipped"));
    const QJsonObject cancelled = needsWith(QStringLiteral("cancelled"), s);
    QTest::newRow("success all") << allGood << QStringLiteral("${{ success() }}") << true;
    QTest::newRow("failure none") << allGood << QStringLiteral("${{ failure() }}") << false;
    QTest::newRow("success one failed") << oneFailed << QStringLiteral("${{ success() }}") << false;
    QTest::newRow("failure one failed") << oneFailed << QStringLiteral("${{ failure() }}") << true;
    QTest::newRow("success of the good one") << oneFailed << QStringLiteral("${{ success('a') }}") << true;
    QTest::newRow("failure of the good one") << oneFailed << QStringLiteral("${{ failure('a') }}") << false;
    QTest::newRow("failure of both") << oneFailed << QStringLiteral("${{ failure('a', 'b') }}") << true;
    QTest::newRow("success skipped") << skipped << QStringLiteral("${{ success() }}") << false;
    QTest::newRow("failure skipped") << skipped << QStringLiteral("${{ failure() }}") << false;
    QTest::newRow("success cancelled") << cancelled << QStringLiteral("${{ success() }}") << false;
    QTest::newRow("failure cancelled") << cancelled << QStringLiteral("${{ failure() }}") << false;
    const QJsonObject running = needsWith(s, QStringLiteral("running"));
    QTest::newRow("success with a running need") << running << QStringLiteral("${{ success() }}") << true;
    QTest::newRow("failure with a running need") << running << QStringLiteral("${{ failure() }}") << false;
    QTest::newRow("always") << oneFailed << QStringLiteral("${{ always() }}") << true;
    QTest::newRow("not success") << oneFailed << QStringLiteral("${{ not success() }}") << true;
    QTest::newRow("success without needs") << QJsonObject() << QStringLiteral("${{ success() }}") << true;
    QTest::newRow("failure without needs") << QJsonObject() << QStringLiteral("${{ failure() }}") << false;
}

void TestExpr::needsFunctions()
{
    QFETCH(QJsonObject, ctx);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const QJsonValue value = evaluate(text, ctx);
    QVERIFY(value.isBool());
    QCOMPARE(value.toBool(), expected);
}

void TestExpr::checkParsesWithoutEvaluating()
{
    check(QStringLiteral("${{ params.nope }} and ${{ len(1) }}"));
    QVERIFY(hasExpressions(QStringLiteral("a ${{ b }}")));
    QVERIFY(!hasExpressions(QStringLiteral("a ${ b } {{ c }}")));
    try {
        check(QStringLiteral("fine ${{ 1 }} then ${{ nofn() }}"));
        QFAIL("check() accepted an unknown function");
    } catch (const ExprError &e) {
        QCOMPARE(e.offset(), 23);
        QVERIFY(e.message().contains(QStringLiteral("unknown function 'nofn'")));
    }
    QVERIFY_THROWS_EXCEPTION(ExprError, check(QStringLiteral("${{ 1")));
}

void TestExpr::contextsUsedListsTopLevelNames()
{
    const QStringList used = contextsUsed(
        QStringLiteral("${{ params.a }} ${{ matrix.b and params.c[env.i] }} ${{ success() or fmt('{}', flow.x) }}"));
    QCOMPARE(used, (QStringList{QStringLiteral("params"), QStringLiteral("matrix"), QStringLiteral("env"),
                                QStringLiteral("flow")}));
    QVERIFY(contextsUsed(QStringLiteral("no expressions")).isEmpty());
    QVERIFY_THROWS_EXCEPTION(ExprError, contextsUsed(QStringLiteral("${{ a. }}")));
}

void TestExpr::referencedPathsStopAtComputedParts()
{
    const QList<QStringList> paths = referencedPaths(QStringLiteral(
        "${{ needs.prep.outputs.n }} ${{ params['a b'] == matrix[params.k].x }} ${{ len(flow.title) }} ${{ 1 }}"));
    const QList<QStringList> expected{
        {QStringLiteral("needs"), QStringLiteral("prep"), QStringLiteral("outputs"), QStringLiteral("n")},
        {QStringLiteral("params"), QStringLiteral("a b")},
        {QStringLiteral("matrix")},
        {QStringLiteral("params"), QStringLiteral("k")},
        {QStringLiteral("flow"), QStringLiteral("title")}};
    QCOMPARE(paths, expected);
    QVERIFY(referencedPaths(QStringLiteral("plain text")).isEmpty());
    QVERIFY_THROWS_EXCEPTION(ExprError, referencedPaths(QStringLiteral("${{ params. }}")));
}

void TestExpr::shortCircuitSkipsTheOtherOperand()
{
    QCOMPARE(evaluate(QStringLiteral("${{ False and params.nope }}"), contexts()), QJsonValue(false));
    QCOMPARE(evaluate(QStringLiteral("${{ 'x' or params.nope }}"), contexts()), QJsonValue(QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(ExprError, evaluate(QStringLiteral("${{ True and params.nope }}"), contexts()));
}

QTEST_GUILESS_MAIN(TestExpr)
#include "tst_expr.moc"
