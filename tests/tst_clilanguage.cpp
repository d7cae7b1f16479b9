// The command line speaks the user's language: under LANG=de_DE.UTF-8 its help, messages and
// errors are German; an error keeps its position and fields (file:line:column: key: problem)
// whatever the language, and only the problem's words change.
#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wfstest;

namespace {

QProcessEnvironment language(const QString &locale)
{
    QProcessEnvironment env;
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LC_MESSAGES"_s, locale);
    env.insert(u"LANGUAGE"_s, locale.left(2));
    return env;
}

// "wfs: FILE:LINE:COLUMN: KEY: PROBLEM" split into its fields; empty when it is not one.
QStringList errorFields(const QString &err)
{
    static const QRegularExpression re(u"^wfs: (.+):(\\d+):(\\d+): ([^:]+): (.+)\\n$"_s);
    const QRegularExpressionMatch m = re.match(err);
    return m.hasMatch() ? m.capturedTexts().mid(1) : QStringList();
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void helpIsGerman()
    {
        const CliHarness cli(m_tmp.filePath(u"ws"_s));
        const CliResult de = cli.run({u"--help"_s}, language(u"de_DE.UTF-8"_s));
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.startsWith(u"Aufruf: wfs BEFEHL [Optionen]"_s), qPrintable(de.out));
        QVERIFY2(de.out.contains(u"einen Task starten und seine ID ausgeben"_s), qPrintable(de.out));
        const CliResult version = cli.run({u"version"_s, u"create"_s, u"--help"_s}, language(u"de_DE.UTF-8"_s));
        QVERIFY2(version.out.contains(u"Optionen:"_s) && version.out.contains(u"der Titel der Version"_s),
                 qPrintable(version.out));
        const CliResult en = cli.run({u"--help"_s}, language(u"C"_s));
        QVERIFY2(en.out.startsWith(u"Usage: wfs COMMAND [options]"_s), qPrintable(en.out));
    }

    void usageErrorsAreGerman()
    {
        const CliHarness cli(m_tmp.filePath(u"ws"_s));
        const CliResult r = cli.run({u"frobnicate"_s}, language(u"de_DE.UTF-8"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"frobnicate"_s) && r.err.contains(u"kein wfs-Befehl"_s), qPrintable(r.err));
    }

    // The same broken expression in both languages: the same file, line, column and key.
    void flowErrorsKeepTheirPosition()
    {
        const QString file = m_tmp.filePath(u"broken.yml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kind: batch\ntasks:\n  - id: a\n    bash: echo ${{ 1 + }}\n");
        f.close();
        const CliHarness cli(m_tmp.filePath(u"ws"_s));
        const CliResult en = cli.run({u"bake"_s, u"--dry-run"_s, file}, language(u"C"_s));
        const CliResult de = cli.run({u"bake"_s, u"--dry-run"_s, file}, language(u"de_DE.UTF-8"_s));
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(de.exitCode, 2);
        const QStringList enFields = errorFields(en.err);
        const QStringList deFields = errorFields(de.err);
        QVERIFY2(enFields.size() == 5, qPrintable(en.err));
        QVERIFY2(deFields.size() == 5, qPrintable(de.err));
        QCOMPARE(deFields.mid(0, 4), enFields.mid(0, 4));
        QCOMPARE(enFields.at(1), u"4"_s);
        QVERIFY2(deFields.at(4) != enFields.at(4), qPrintable(de.err)); // the problem's words are German
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
