// The examples of Apolo's documentation (tests/fixtures/apolo, each naming its source) baked for
// real: every expanded task runs and ends as Apolo would end it.

#include "tests/BakeTestSupport.h"

#include <QFile>

using namespace baketest;

class TestBakeDocs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        const QString problem = isolateSuite(m_xdg);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void docExamplesBake_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("matrix example 1") << u"matrix-example1"_s
                                          << QStringList{u"example_a=succeeded"_s, u"example_b=succeeded"_s};
        QTest::newRow("matrix exclude") << u"matrix-exclude"_s
                                        << QStringList{u"a_x_2=succeeded"_s, u"a_y_1=succeeded"_s, u"a_y_2=succeeded"_s,
                                                       u"b_x_1=succeeded"_s, u"b_x_2=succeeded"_s};
        QTest::newRow("matrix include") << u"matrix-include"_s
                                        << QStringList{u"a_x=succeeded"_s, u"a_y=succeeded"_s, u"b_x=succeeded"_s,
                                                       u"b_y=succeeded"_s, u"a_z=succeeded"_s};
        QTest::newRow("needs example 2") << u"needs-example2"_s
                                         << QStringList{u"task_1=succeeded"_s, u"task_2=succeeded"_s,
                                                        u"task_3=succeeded"_s};
        QTest::newRow("needs example 3") << u"needs-example3"_s
                                         << QStringList{u"task_1=succeeded"_s, u"task_2=succeeded"_s,
                                                        u"task_3=succeeded"_s};
    }

    void docExamplesBake()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, statuses);
        QFile source(QFINDTESTDATA(u"fixtures/apolo/"_s + fixture + u".yml"_s));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(fixture));
        Sandbox box;
        QVERIFY(box.write(u".apolo/"_s + fixture + u".yml"_s, QString::fromUtf8(source.readAll())));
        const CliResult r = box.wfs({u"bake"_s, fixture});
        CHECK_EXIT(r, 0);
        QCOMPARE(baketest::statuses(inspect(box, 1)), statuses);
    }
};

QTEST_GUILESS_MAIN(TestBakeDocs)
#include "tst_bakedocs.moc"
