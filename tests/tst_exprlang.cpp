// Apolo Flow's expression language beyond what tst_expr covers: arithmetic, `x if c else y`,
// list comprehensions, `$[[ ]]`, and the functions of Apolo's reference. Rows marked "doc" are
// the examples of Apolo's documentation (reference/workflow-syntax/expression-syntax.md and
// reference/expression-functions.md in github.com/neuro-inc/neuro-flow), as written there
// unless a note says what was fixed.

#include "model/pipelines/Expr.h"
#include "tests/TableTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace wfs::pipelines;
using namespace Qt::StringLiterals;

namespace {

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonObject contexts()
{
    return {{u"params"_s, QJsonObject{{u"n"_s, u"6"_s}, {u"test"_s, u"abc"_s}, {u"lr"_s, u"0.1"_s}}},
            {u"env"_s, QJsonObject{{u"B"_s, u"2"_s}, {u"A"_s, u"1"_s}}},
            {u"matrix"_s, QJsonObject{{u"x"_s, 1}, {u"y"_s, u"b"_s}}}};
}

} // namespace

class TestExprLang : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the value as JSON
        auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        // doc: expression-syntax.md, "Literals"
        row("doc None", u"${{ None }}"_s, u"[null]"_s);
        row("doc bool", u"${{ False }}"_s, u"[false]"_s);
        row("doc int", u"${{ 42 }}"_s, u"[42]"_s);
        row("doc hex", u"${{ 0xff }}"_s, u"[255]"_s);
        row("doc octal", u"${{ 0o22}}"_s, u"[18]"_s);
        row("doc binary", u"${{ 0b1011 }}"_s, u"[11]"_s);
        row("doc float", u"${{ 0.22 }}"_s, u"[0.22]"_s);
        row("doc string", u"${{ \"String with single quote: ' \" }}"_s, u"[\"String with single quote: ' \"]"_s);
        // doc: expression-syntax.md, "Lists and dictionaries" (names replaced by literals)
        row("doc list", u"${{ [ 'value1', 'value2', 'value3' ] }}"_s, u"[[\"value1\",\"value2\",\"value3\"]]"_s);
        row("doc empty list", u"${{ [] }}"_s, u"[[]]"_s);
        row("doc dict", u"${{ { \"key1\": \"value1\", \"key2\": \"value2\" } }}"_s,
            u"[{\"key1\":\"value1\",\"key2\":\"value2\"}]"_s);
        row("doc empty dict", u"${{ {} }}"_s, u"[{}]"_s);
        // doc: expression-functions.md
        row("doc len", u"${{ len('fooo') }}"_s, u"[4]"_s);
        row("doc keys", u"${{ keys(env) }}"_s, u"[[\"A\",\"B\"]]"_s);
        row("doc lower", u"${{ lower('VALue') == 'value' }}"_s, u"[true]"_s);
        row("doc upper", u"${{ upper('valUE') == 'VALUE' }}"_s, u"[true]"_s);
        row("doc fmt", u"${{ fmt(\"Param test value is: {}\", params.test) }}"_s, u"[\"Param test value is: abc\"]"_s);
        row("doc to_json", u"${{ to_json(env) }}"_s, u"[\"{\\\"A\\\": \\\"1\\\", \\\"B\\\": \\\"2\\\"}\"]"_s);
        row("doc from_json", u"${{ from_json('{\"array\": [1, 2, 3], \"value\": \"value\"}').value }}"_s,
            u"[\"value\"]"_s);
        row("doc values", u"${{ values(env) }}"_s, u"[[\"1\",\"2\"]]"_s);
        row("doc str", u"${{ str(matrix.x) }}"_s, u"[\"1\"]"_s);
        row("doc replace", u"${{ replace(\"5tring 5tring 5tring\", \"5\", \"S\") }}"_s, u"[\"String String String\"]"_s);
        // The doc's example lacks its closing parenthesis.
        row("doc join", u"${{ join(\", \", [\"1\", \"2\", \"3\"]) }}"_s, u"[\"1, 2, 3\"]"_s);
        row("join converting", u"${{ join('-', [1, 2], True) }}"_s, u"[\"1-2\"]"_s);
        // the issue's dynamic matrix
        row("comprehension", u"${{ [fmt('o{}', it) for it in range(1, int(params.n)) if it != 3] }}"_s,
            u"[[\"o1\",\"o2\",\"o4\",\"o5\"]]"_s);
        row("comprehension plain", u"${{ [x * 2 for x in [1, 2, 3]] }}"_s, u"[[2,4,6]]"_s);
        row("comprehension over keys", u"${{ [k for k in env] }}"_s, u"[[\"A\",\"B\"]]"_s);
        row("comprehension nested", u"${{ [[y for y in range(x)] for x in range(3)] }}"_s, u"[[[],[0],[0,1]]]"_s);
        row("comprehension shadows a context", u"${{ [matrix for matrix in [1]] }}"_s, u"[[1]]"_s);
        // operators, with Python's precedence and rules
        row("precedence", u"${{ 1 + 2 * 3 }}"_s, u"[7]"_s);
        row("parentheses", u"${{ (1 + 2) * 3 }}"_s, u"[9]"_s);
        row("true division", u"${{ 7 / 2 }}"_s, u"[3.5]"_s);
        row("modulo", u"${{ 7 % 3 }}"_s, u"[1]"_s);
        row("modulo sign", u"${{ -7 % 3 }}"_s, u"[2]"_s);
        row("unary minus", u"${{ - 2 + 5 }}"_s, u"[3]"_s);
        row("float sum", u"${{ 0.5 + 1 }}"_s, u"[1.5]"_s);
        row("string concat", u"${{ 'a' + params.test }}"_s, u"[\"aabc\"]"_s);
        row("list concat", u"${{ [1] + [2] }}"_s, u"[[1,2]]"_s);
        row("repeat", u"${{ 'ab' * 2 }}"_s, u"[\"abab\"]"_s);
        row("merge", u"${{ {'a': 1, 'b': 1} | {'b': 2} }}"_s, u"[{\"a\":1,\"b\":2}]"_s);
        row("comparison of sums", u"${{ 1 + 1 == 2 }}"_s, u"[true]"_s);
        row("if else", u"${{ 'yes' if params.n == '6' else 'no' }}"_s, u"[\"yes\"]"_s);
        row("if else nested", u"${{ 1 if False else 2 if False else 3 }}"_s, u"[3]"_s);
        row("names with dashes", u"${{ {'task-1': 5}['task-1'] - 1 }}"_s, u"[4]"_s);
        // functions
        row("int", u"${{ int(params.n) + 1 }}"_s, u"[7]"_s);
        row("int of float", u"${{ int(2.9) }}"_s, u"[2]"_s);
        row("float", u"${{ float(params.lr) * 10 }}"_s, u"[1]"_s);
        row("range", u"${{ range(3) }}"_s, u"[[0,1,2]]"_s);
        row("range step", u"${{ range(1, 10, 3) }}"_s, u"[[1,4,7]]"_s);
        row("range down", u"${{ range(5, 0, -2) }}"_s, u"[[5,3,1]]"_s);
        row("split blanks", u"${{ split(' a b  c ') }}"_s, u"[[\"a\",\"b\",\"c\"]]"_s);
        row("split", u"${{ split('a,b', ',') }}"_s, u"[[\"a\",\"b\"]]"_s);
        row("nothing", u"${{ nothing() }}"_s, u"[null]"_s);
        // the other notation
        row("square brackets", u"$[[ 1 + 1 ]]"_s, u"[2]"_s);
        row("square brackets with lists", u"$[[ [1, [2]][1][0] ]]"_s, u"[2]"_s);
        row("square brackets in text", u"n=$[[ params.n ]]/${{ params.test }}"_s, u"[\"n=6/abc\"]"_s);
    }

    void values()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        tabletest::compareRow([&] { return json(expr::evaluate(text, contexts())); }, expected);
    }

    // What Python's str() writes, which a JSON value cannot carry: a float with a whole value
    // stays a float (1.0), and a dict keeps its keys in the order written. Contexts hold the
    // matrix as Apolo builds it: the axes in written order, ORDINAL last.
    void pythonTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("matrix float", u"--lr ${{ matrix.lr }}"_s, u"--lr 1.0"_s);
        row("str of float", u"${{ str(1.0) }}"_s, u"1.0"_s);
        row("float literal in text", u"lr=${{ 1.0 }}"_s, u"lr=1.0"_s);
        row("float times int", u"${{ 2 * 0.5 }}"_s, u"1.0"_s);
        row("true division", u"${{ 4 / 2 }}"_s, u"2.0"_s);
        row("int plus float", u"${{ 1 + 1.0 }}"_s, u"2.0"_s);
        row("float()", u"${{ float('3') }}"_s, u"3.0"_s);
        row("int() of float", u"${{ int(3.0) }}"_s, u"3"_s);
        row("fmt of float", u"${{ fmt('{}-{}', matrix.lr, matrix.bs) }}"_s, u"1.0-8"_s);
        row("list of floats", u"${{ [1.0, 2] }}"_s, u"[1.0, 2]"_s);
        row("to_json of floats", u"${{ to_json([1.0, 2]) }}"_s, u"[1.0, 2]"_s);
        row("from_json float", u"${{ from_json('[1.0, 1]') }}"_s, u"[1.0, 1]"_s);
        row("float equals int", u"${{ matrix.lr == 1 }}"_s, u"True"_s);
        row("dict keys", u"${{ keys({'b': 1, 'a': 2}) }}"_s, u"['b', 'a']"_s);
        row("dict values", u"${{ values({'b': 1, 'a': 2}) }}"_s, u"[1, 2]"_s);
        row("dict str", u"${{ {'b': 1, 'a': 2.0} }}"_s, u"{'b': 1, 'a': 2.0}"_s);
        row("dict to_json", u"${{ to_json({'b': 1, 'a': 2}) }}"_s, u"{\"b\": 1, \"a\": 2}"_s);
        row("dict from_json", u"${{ keys(from_json('{\"z\": 1, \"a\": {\"y\": 1, \"b\": 2}}')) }}"_s,
            u"['z', 'a']"_s);
        row("nested from_json order", u"${{ from_json('{\"z\": 1, \"a\": {\"y\": 1, \"b\": 2}}').a }}"_s,
            u"{'y': 1, 'b': 2}"_s);
        row("dict loop", u"${{ [k for k in {'b': 1, 'a': 2}] }}"_s, u"['b', 'a']"_s);
        row("dict merge", u"${{ {'b': 1, 'a': 2} | {'c': 3, 'b': 4} }}"_s, u"{'b': 4, 'a': 2, 'c': 3}"_s);
        row("dicts equal in any order", u"${{ {'a': 1, 'b': 2} == {'b': 2, 'a': 1.0} }}"_s, u"True"_s);
        row("matrix keys", u"${{ keys(matrix) }}"_s, u"['lr', 'bs', 'ORDINAL']"_s);
        row("matrix values", u"${{ values(matrix) }}"_s, u"[1.0, 8, 0]"_s);
        row("negative index", u"${{ [1, 2, 3][-1] }}"_s, u"3"_s);
        // fmt() fields with a format spec, as Python's str.format writes them
        row("fmt zero padded", u"${{ fmt('run-{:03d}', 7) }}"_s, u"run-007"_s);
        row("fmt fixed", u"${{ fmt('{:.2f}', 3.14159) }}"_s, u"3.14"_s);
        row("fmt fixed padded negative", u"${{ fmt('{:08.3f}', -3.14159) }}"_s, u"-003.142"_s);
        row("fmt scientific", u"${{ fmt('{:.2e}', 0.0001) }}"_s, u"1.00e-04"_s);
        row("fmt scientific default", u"${{ fmt('{:e}', 12345.678) }}"_s, u"1.234568e+04"_s);
        row("fmt general small", u"${{ fmt('{:g}', 0.00001) }}"_s, u"1e-05"_s);
        row("fmt general large", u"${{ fmt('{:g}', 123456789.0) }}"_s, u"1.23457e+08"_s);
        row("fmt general whole", u"${{ fmt('{:g}', 100.0) }}"_s, u"100"_s);
        row("fmt precision only", u"${{ fmt('{:.3}/{:.3}', 1.0, 3.14159) }}"_s, u"1.0/3.14"_s);
        row("fmt right", u"${{ fmt('[{:>6}]', 'ab') }}"_s, u"[    ab]"_s);
        row("fmt centre fill", u"${{ fmt('{:*^7}', 'ab') }}"_s, u"**ab***"_s);
        row("fmt sign", u"${{ fmt('{:+d}', 5) }}"_s, u"+5"_s);
        row("fmt thousands", u"${{ fmt('{:,}', 1234567) }}"_s, u"1,234,567"_s);
        row("fmt hex", u"${{ fmt('{:#x}/{:X}', 255, 255) }}"_s, u"0xff/FF"_s);
        row("fmt percent", u"${{ fmt('{:.1%}', 0.25) }}"_s, u"25.0%"_s);
        row("fmt numbered with spec", u"${{ fmt('{0:>4}|{0:<4}|', 1) }}"_s, u"   1|1   |"_s);
        row("fmt bool as int", u"${{ fmt('{:>3}|{}', True, True) }}"_s, u"  1|True"_s);
        row("fmt float matrix value", u"${{ fmt('lr{:.0e}', matrix.lr) }}"_s, u"lr1e+00"_s);
    }

    void pythonTexts()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QCborMap matrix{{u"lr"_s, 1.0}, {u"bs"_s, 8}, {u"ORDINAL"_s, 0}};
        tabletest::compareRow([&] { return expr::evaluateValueText(text, QCborMap{{u"matrix"_s, matrix}}); }, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("minus on strings") << u"${{ 'a' - 'b' }}"_s
                                          << u"in '${{ 'a' - 'b' }}': cannot use '-' on a string and a string"_s;
        QTest::newRow("division by zero") << u"${{ 1 / 0 }}"_s << u"in '${{ 1 / 0 }}': division by zero"_s;
        QTest::newRow("if without else") << u"${{ 1 if True }}"_s
                                         << u"in '${{ 1 if True }}': expected 'else' after '... if CONDITION'"_s;
        QTest::newRow("for without in") << u"${{ [x for x of y] }}"_s
                                        << u"in '${{ [x for x of y] }}': expected 'in' after 'for x'"_s;
        QTest::newRow("huge range") << u"${{ range(1000000) }}"_s
                                    << u"in '${{ range(1000000) }}': range(): would make 1000000 numbers; at most 100000 are allowed"_s;
        QTest::newRow("huge repeat") << u"${{ 'ab' * 10000000 }}"_s
                                     << u"in '${{ 'ab' * 10000000 }}': the result would hold more than 1048576 items"_s;
        QTest::newRow("int of text") << u"${{ int('x') }}"_s << u"in '${{ int('x') }}': int(): 'x' is not a whole number"_s;
        QTest::newRow("join needs text") << u"${{ join(',', [1]) }}"_s
                                         << u"in '${{ join(',', [1]) }}': join(): the list holds a number; join(sep, list, True) converts items to text"_s;
        QTest::newRow("platform only") << u"${{ upload(1) }}"_s
                                       << u"in '${{ upload(1) }}': upload(): works only on the Apolo platform: a local run has no volumes or platform jobs"_s;
        QTest::newRow("unclosed square") << u"$[[ 1"_s << u"in '$[[ 1': '$[[' is not closed by ']]'"_s;
        QTest::newRow("fmt d of text") << u"${{ fmt('{:d}', 'x') }}"_s
                                       << u"in '${{ fmt('{:d}', 'x') }}': fmt(): format code 'd' is for numbers, not x"_s;
        QTest::newRow("fmt d of float") << u"${{ fmt('{:d}', 1.5) }}"_s
                                        << u"in '${{ fmt('{:d}', 1.5) }}': fmt(): format code 'd' is for whole numbers, not 1.5"_s;
        QTest::newRow("fmt bad spec") << u"${{ fmt('{:q}', 1) }}"_s
                                      << u"in '${{ fmt('{:q}', 1) }}': fmt(): the format spec 'q' is not one Python reads"_s;
        QTest::newRow("float index") << u"${{ [1, 2][1.0] }}"_s
                                     << u"in '${{ [1, 2][1.0] }}': [1, 2] is a list; its indices are whole numbers, not 1.0"_s;
        QTest::newRow("bad JSON") << u"${{ from_json('{\"a\": 1,}') }}"_s
                                  << u"in '${{ from_json('{\"a\": 1,}') }}': from_json(): not JSON (expected a key in double quotes at character 9): {\"a\": 1,}"_s;
        QTest::newRow("deep JSON") << u"${{ from_json('%1') }}"_s.arg(QString(70, u'['))
                                   << u"in '${{ from_json('%1') }}': from_json(): not JSON (nested deeper than 64 levels at character 66): %1"_s.arg(QString(70, u'['));
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            expr::evaluate(text, contexts());
            QFAIL("no error");
        } catch (const expr::ExprError &e) {
            QCOMPARE(e.message(), message);
        }
    }

    void loopVariablesAreNotContexts()
    {
        QCOMPARE(expr::contextsUsed(u"${{ [fmt('{}', it) for it in range(int(params.n))] }}"_s), QStringList{u"params"_s});
        const QList<QStringList> paths = expr::referencedPaths(u"${{ [it.a for it in params.list if it.b] }}"_s);
        QCOMPARE(paths, (QList<QStringList>{{u"params"_s, u"list"_s}}));
        QVERIFY(expr::hasExpressions(u"$[[ x ]]"_s));
    }

    // hash_files: SHA-256 over each matching file's path and bytes, patterns in order, files
    // sorted, `**` through folders, relative to flow.workspace.
    void hashFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"src/deep"_s);
        const QList<std::pair<QString, QByteArray>> files{{u"Dockerfile"_s, "FROM x\n"},
                                                          {u"src/b.py"_s, "b\n"},
                                                          {u"src/deep/a.py"_s, "a\n"},
                                                          {u"src/c.txt"_s, "c\n"}};
        for (const auto &[name, bytes] : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCryptographicHash expected(QCryptographicHash::Sha256);
        for (const char *name : {"Dockerfile", "src/b.py", "src/deep/a.py"}) {
            expected.addData(QByteArray(name));
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            expected.addData(f.readAll());
        }
        const QJsonObject flow{{u"flow"_s, QJsonObject{{u"workspace"_s, dir.path()}}}};
        QCOMPARE(expr::evaluateText(u"${{ hash_files('Dockerfile', 'src/**/*.py') }}"_s, flow),
                 QString::fromLatin1(expected.result().toHex()));
        QCOMPARE(expr::evaluateText(u"${{ hash_files_relative(flow.workspace, 'Dockerfile', 'src/**/*.py') }}"_s, flow),
                 QString::fromLatin1(expected.result().toHex()));
    }
};

QTEST_GUILESS_MAIN(TestExprLang)
#include "tst_exprlang.moc"
