// The report and comparison windows on reports computed from small fixtures.
#include "tests/CocoFixture.h"

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/eval/EvalReport.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"
#include "widgets/eval/CompareView.h"
#include "widgets/eval/ReportCards.h"
#include "widgets/eval/ReportView.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QTimer>
#include <tuple>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace cocotest;
using namespace wfs;
using namespace wfs::evalui;

class TestEvalView : public QObject
{
    Q_OBJECT

    // Two classes: "a" found at IoU .8 (AP .7), "b" missed; a class-1 detection on b.
    static QJsonObject report(Fixture &f, bool extraFalsePositive, const QString &title)
    {
        twoClassesOneMissed(f);
        if (extraFalsePositive)
            f.det(1, 1, box(150, 150, 10, 10), 0.95);
        eval::ReportInput in{title, f.gtFile(), f.predFile(), {}, eval::IouType::Box};
        return eval::evaluateFiles(in);
    }

    // The file cards of `files`, recorded as outputs of one task in a workspace at `dir`; with
    // `weights`, that model weight card (an input of the task) last.
    static std::vector<NodeId> outputsOfATask(const QString &dir, const QStringList &files, const QString &weights = {})
    {
        Workspace ws(dir);
        GraphStore store(ws);
        Recorder rec(store);
        const NodeId t = rec.startTask({u"evaluate"_s, {}, {}, {}});
        std::vector<NodeId> cards;
        for (const QString &file : files) {
            Relation out;
            out.direction = Direction::Output;
            out.target = file;
            cards.push_back(rec.record(t, out));
        }
        if (!weights.isEmpty()) {
            Relation in;
            in.kind = NodeKind::ModelWeight;
            in.target = weights;
            cards.push_back(rec.record(t, in));
        }
        return cards;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void doubleClickingAReportCardOpensIt()
    {
        // A task wrote a report (as wfs eval --task does) and an ordinary JSON file.
        Fixture f;
        const QString reportFile = f.dir.filePath(u"report.json"_s), other = f.dir.filePath(u"other.json"_s);
        QFile r(reportFile), o(other);
        QVERIFY(r.open(QIODevice::WriteOnly) && o.open(QIODevice::WriteOnly));
        r.write(QJsonDocument(report(f, false, u"Run A"_s)).toJson());
        o.write("{}");
        r.close();
        o.close();
        const QString wsDir = f.dir.filePath(u"ws"_s);
        const QString weights = f.dir.filePath(u"best.pt"_s);
        QFile wf(weights);
        QVERIFY(wf.open(QIODevice::WriteOnly));
        wf.close();
        const std::vector<NodeId> cards = outputsOfATask(wsDir, {reportFile, other}, weights);
        const NodeId reportCard = cards[0], otherCard = cards[1], weightsCard = cards[2];
        MainWindow w;
        QVERIFY(w.openWorkspace(wsDir));
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->node(reportCard) && w.model()->node(otherCard), 5000);
        // Another JSON file is no report: double-clicking it opens its folder as before.
        QVERIFY(!reportOfCard(*w.model()->node(otherCard)));
        // "Compare with..." on the weights starts from the reports of the tasks they fed.
        QCOMPARE(reportsOfWeights(*w.model(), weightsCard), QStringList{QFileInfo(reportFile).canonicalFilePath()});
        QVERIFY(w.findChildren<ReportView *>().isEmpty());
        w.activateCard(reportCard);
        const auto views = w.findChildren<ReportView *>();
        QCOMPARE(views.size(), 1);
        QVERIFY(views.front()->windowTitle().contains(u"Run A"_s));
        views.front()->close();
    }

    void rightClickOnSelectedReportsOffersTheirComparison()
    {
        // Two report cards selected; right-clicking one keeps both and offers to compare them.
        Fixture fa, fb;
        const QString ra = fa.dir.filePath(u"a.json"_s), rb = fa.dir.filePath(u"b.json"_s);
        for (const auto &[path, fixture, extra] : {std::tuple{ra, &fa, false}, std::tuple{rb, &fb, true}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(report(*fixture, extra, QFileInfo(path).baseName())).toJson());
        }
        const QString wsDir = fa.dir.filePath(u"ws"_s);
        const std::vector<NodeId> cards = outputsOfATask(wsDir, {ra, rb});
        const NodeId cardA = cards[0], cardB = cards[1];
        MainWindow w;
        QVERIFY(w.openWorkspace(wsDir));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.scene()->card(cardA) && w.scene()->card(cardB) && !w.scene()->isLayoutPending()
                                     && w.scene()->card(cardA)->isVisible(), 10000);
        w.scene()->card(cardA)->setSelected(true);
        w.scene()->card(cardB)->setSelected(true);
        QStringList actions;
        QTimer::singleShot(200, [&actions] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    actions << a->text();
                menu->close();
            }
        });
        GraphView *view = w.view();
        view->centerOn(w.scene()->card(cardB));
        const QPoint at = view->mapFromScene(w.scene()->card(cardB)->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(actions.contains(u"Compare &Selected Reports (2)"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY(actions.contains(u"Open &Report"_s));
        QVERIFY(w.scene()->card(cardA)->isSelected() && w.scene()->card(cardB)->isSelected());
    }

    void showsSummaryClassesAndConfusion()
    {
        Fixture f;
        ReportView view(report(f, false, u"Run A"_s), f.dir.filePath(u"a.json"_s));
        QCOMPARE(view.tabs()->count(), 4);
        QTableWidget *summary = view.summaryTable();
        QCOMPARE(summary->item(0, 0)->text(), u"AP"_s);
        // Class a: .7; class b: 0. Mean .35.
        QCOMPARE(summary->item(0, 1)->text(), u"0.350"_s);
        QCOMPARE(summary->item(4, 1)->text(), u"–"_s); // APm: no medium objects

        QTableWidget *classes = view.classTable();
        QCOMPARE(classes->rowCount(), 2);
        classes->sortItems(1, Qt::AscendingOrder); // by AP
        QCOMPARE(classes->item(0, 0)->text(), u"b"_s);
        QCOMPARE(classes->item(1, 1)->text(), u"0.700"_s);
        classes->sortItems(1, Qt::DescendingOrder);
        QCOMPARE(classes->item(0, 0)->text(), u"a"_s);

        // At the best F1 (.9, only a's true detection): a found as a, b missed (column none).
        QTableWidget *confusion = view.confusionTable();
        QCOMPARE(confusion->rowCount(), 3);
        QCOMPARE(confusion->item(0, 0)->text(), u"1"_s);
        QCOMPARE(confusion->item(1, 2)->text(), u"1"_s);
        QCOMPARE(confusion->item(1, 0)->text(), u"0"_s);
        QCOMPARE(confusion->verticalHeaderItem(2)->text(), u"none"_s);
        // All classes plus one curve a class.
        QCOMPARE(view.chart()->chart()->series().size(), 3);
    }

    void exportsHtmlAndPdf()
    {
        Fixture f;
        ReportView view(report(f, false, u"Run A"_s), f.dir.filePath(u"a.json"_s));
        const QString html = f.dir.filePath(u"report.html"_s), pdf = f.dir.filePath(u"report.pdf"_s);
        QCOMPARE(view.exportTo(html), QString());
        const QByteArray page = fileBytes(html);
        QVERIFY(page.contains("<h1>Run A</h1>"));
        QVERIFY(page.contains("Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.350"));
        QVERIFY(page.contains("src=\"data:image/png;base64,"));
        QCOMPARE(view.exportTo(pdf), QString());
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
    }

    void comparisonMarksBetterAndWorse()
    {
        Fixture fa, fb;
        const QJsonObject a = report(fa, false, u"A"_s), b = report(fb, true, u"B"_s);
        CompareView view({a, b}, {u"a.json"_s, u"b.json"_s});
        QTableWidget *table = view.table();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"B"_s);
        // AP: A .35, B lower (a false positive outscores the true detection): A best, B worst.
        QCOMPARE(table->verticalHeaderItem(0)->text(), u"AP"_s);
        QCOMPARE(table->item(0, 0)->background().color(), CompareView::bestColour());
        QCOMPARE(table->item(0, 1)->background().color(), CompareView::worstColour());
        QVERIFY(table->item(0, 0)->font().bold());
        // AR10: both found everything they could in ten; a tie marks no one.
        QCOMPARE(table->verticalHeaderItem(7)->text(), u"AR10"_s);
        QCOMPARE(table->item(7, 0)->text(), table->item(7, 1)->text());
        QCOMPARE(table->item(7, 0)->background().style(), Qt::NoBrush);
        QCOMPARE(table->item(7, 1)->background().style(), Qt::NoBrush);
        QCOMPARE(view.chart()->chart()->series().size(), 2);
        const QString html = fa.dir.filePath(u"compare.html"_s);
        QCOMPARE(view.exportTo(html), QString());
        QVERIFY(fileBytes(html).contains("class=\"best\""));
    }

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_MAIN(TestEvalView)
#include "tst_evalview.moc"
