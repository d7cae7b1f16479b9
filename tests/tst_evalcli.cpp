// `wfs eval` and `wfs eval compare` as users run them: the real program, real files, a real workspace.
#include "tests/CliTestSupport.h"
#include "tests/CocoFixture.h"

#include <QDir>
#include <QRegularExpression>

using namespace wfstest;
using cocotest::box;

class TestEvalCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliResult wfs(const QStringList &args) const { return CliHarness(m_dir.filePath(u"ws"_s)).run(args); }

    // One object found at IoU .8 (AP .7, see tst_cocoeval), in m_dir/NAME_gt.json and _pred.json.
    static void knownIou(cocotest::Fixture &f)
    {
        f.image(1);
        f.category(1, u"cat"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.det(1, 1, box(0, 0, 10, 8), 0.9);
    }

private slots:
    void printsTheSummaryTable()
    {
        cocotest::Fixture f;
        knownIou(f);
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.value(0), u" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.700"_s);
        QCOMPARE(lines.value(1), u" Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=100 ] = 1.000"_s);
        QCOMPARE(lines.value(4), u" Average Precision  (AP) @[ IoU=0.50:0.95 | area=medium | maxDets=100 ] = -1.000"_s);
        QCOMPARE(lines.value(6), u" Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = 0.700"_s);
        QVERIFY2(lines.value(12).contains(u"precision 1.000, recall 1.000"_s), qPrintable(r.out));
    }

    void jsonHoldsTheStatsAndClasses()
    {
        cocotest::Fixture f;
        knownIou(f);
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile(), u"--json"_s,
                                 u"--speed-ms"_s, u"20"_s, u"--title"_s, u"Run A"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject stats = report.value(u"stats"_s).toObject();
        QCOMPARE(stats.keys().size(), 12);
        QCOMPARE(stats.value(u"AP"_s).toDouble(), 0.7);
        QCOMPARE(stats.value(u"AP50"_s).toDouble(), 1.0);
        QCOMPARE(stats.value(u"APm"_s).toDouble(), -1.0);
        const QJsonObject cls = report.value(u"classes"_s).toArray().at(0).toObject();
        QCOMPARE(cls.value(u"name"_s).toString(), u"cat"_s);
        QCOMPARE(cls.value(u"AP"_s).toDouble(), 0.7);
        QCOMPARE(cls.value(u"prCurve"_s).toArray().size(), 101);
        QCOMPARE(report.value(u"speed"_s).toObject().value(u"fps"_s).toDouble(), 50.0);
        QCOMPARE(report.value(u"title"_s).toString(), u"Run A"_s);
    }

    void emptyPredictionsAreAValidReport()
    {
        cocotest::Fixture f;
        f.image(1);
        f.category(1, u"cat"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"stats"_s).toObject();
        QCOMPARE(stats.value(u"AR100"_s).toDouble(), 0.0);
        QCOMPARE(stats.value(u"AP"_s).toDouble(), 0.0);
    }

    void badInputNamesTheFileAndEntry_data()
    {
        QTest::addColumn<QByteArray>("pred");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0)")
                                   << u"pred.json: not valid JSON"_s;
        QTest::newRow("unknown image") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0,0,1,1], "score": 1},
                                                        {"image_id": 7, "category_id": 1, "bbox": [0,0,1,1], "score": 1}])")
                                       << u"pred.json: [1] (image_id 7): image 7 is not in gt.json"_s;
        QTest::newRow("unknown category") << QByteArray(R"([{"image_id": 1, "category_id": 5, "bbox": [0,0,1,1], "score": 1}])")
                                          << u"pred.json: [0] (image_id 1): category 5 is not in gt.json"_s;
        QTest::newRow("negative size") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0,0,-1,1], "score": 1}])")
                                       << u"pred.json: [0] (image_id 1): bbox has a negative width or height"_s;
        QTest::newRow("missing score") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0,0,1,1]}])")
                                       << u"pred.json: [0] (image_id 1): needs a numeric 'score'"_s;
        QTest::newRow("not a list") << QByteArray(R"({"image_id": 1})")
                                    << u"pred.json: top level: a COCO results file is a list of detections"_s;
    }

    void badInputNamesTheFileAndEntry()
    {
        QFETCH(QByteArray, pred);
        QFETCH(QString, message);
        cocotest::Fixture f;
        knownIou(f);
        const QString predPath = f.dir.filePath(u"pred.json"_s);
        QFile file(predPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pred);
        file.close();
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, predPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    }

    void badGroundTruthNamesTheAnnotation()
    {
        cocotest::Fixture f;
        knownIou(f);
        f.annotations.append(QJsonObject{{u"id"_s, 9}, {u"image_id"_s, 4}, {u"category_id"_s, 1},
                                         {u"bbox"_s, box(0, 0, 1, 1)}, {u"area"_s, 1}});
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"gt.json: annotations[1] (id 9): image_id 4 is not in images"_s), qPrintable(describe(r)));
    }

    void hugePolygonsAreRefused()
    {
        // Within the coordinate bound, but 2,000 edges of 100,000 pixels: refused, not rasterised.
        cocotest::Fixture f;
        knownIou(f);
        QJsonArray zigzag;
        for (int i = 0; i < 2000; ++i)
            zigzag << (i % 2 ? 99999 : -99999) << i;
        QJsonObject ann = f.annotations[0].toObject();
        ann[u"segmentation"_s] = QJsonArray{zigzag};
        f.annotations[0] = ann;
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile(), u"--iou-type"_s, u"segm"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"gt.json: annotations[0] (id 1): polygon 0 has an outline longer than 4,000,000 pixels"_s),
                 qPrintable(describe(r)));
    }

    void compareShowsReportsSideBySide()
    {
        cocotest::Fixture a, b;
        knownIou(a);
        knownIou(b);
        b.det(1, 1, box(100, 100, 10, 10), 0.95); // a false positive before the true one
        const QString ra = m_dir.filePath(u"a.json"_s), rb = m_dir.filePath(u"b.json"_s);
        QCOMPARE(wfs({u"eval"_s, u"--gt"_s, a.gtFile(), u"--pred"_s, a.predFile(), u"--out"_s, ra, u"--title"_s, u"A"_s}).exitCode, 0);
        QCOMPARE(wfs({u"eval"_s, u"--gt"_s, b.gtFile(), u"--pred"_s, b.predFile(), u"--out"_s, rb, u"--title"_s, u"B"_s}).exitCode, 0);
        const CliResult table = wfs({u"eval"_s, u"compare"_s, ra, rb});
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        // B: FP then TP -> precision 1/2 at every recall point of the 7 matched thresholds: AP .35.
        QVERIFY2(table.out.contains(QRegularExpression(u"\\nAP +0\\.700 +0\\.350 +-0\\.350\\n"_s)), qPrintable(table.out));
        const CliResult json = wfs({u"eval"_s, u"compare"_s, ra, rb, u"--json"_s});
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(u"reports"_s).toArray().size(), 2);
        const QJsonObject ap = doc.value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(ap.value(u"key"_s).toString(), u"AP"_s);
        QCOMPARE(ap.value(u"best"_s).toInt(), 0);
        QVERIFY(std::abs(ap.value(u"differences"_s).toArray().at(1).toDouble() + 0.35) < 1e-12);
        const CliResult notReport = wfs({u"eval"_s, u"compare"_s, ra, a.gtFile()});
        QCOMPARE(notReport.exitCode, 1);
        QVERIFY2(notReport.err.contains(u"not an evaluation report"_s), qPrintable(describe(notReport)));
    }

    void reportBecomesAnOutputOfTheTask()
    {
        // GT inside a versioned project: the task reads that version and the model weights, and
        // writes the report card, titled with its AP.
        const QString project = m_dir.filePath(u"project"_s);
        QDir().mkpath(project);
        cocotest::Fixture f;
        knownIou(f);
        const QString gt = project + u"/gt.json"_s;
        QVERIFY(QFile::copy(f.gtFile(), gt));
        const QString weights = m_dir.filePath(u"best.pt"_s), out = m_dir.filePath(u"report.json"_s);
        QFile w(weights);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.close();
        QCOMPARE(wfs({u"version"_s, u"create"_s, project}).exitCode, 0);
        const CliResult task = wfs({u"task"_s, u"start"_s, u"Evaluate"_s});
        QCOMPARE(task.exitCode, 0);
        const QString taskId = task.out.trimmed();
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, gt, u"--pred"_s, f.predFile(), u"--task"_s, taskId,
                                 u"--out"_s, out, u"--model"_s, weights, u"--title"_s, u"YOLO"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const Graph g = Graph::of(wfs({u"graph"_s, u"--json"_s}));
        QVERIFY2(g.ok, qPrintable(g.error));
        const qint64 t = taskId.toLongLong();
        const qint64 report = g.idOf(u"file"_s, canonical(out));
        const qint64 model = g.idOf(u"model_weight"_s, canonical(weights));
        const QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 1);
        const qint64 version = versions.front().value(u"id"_s).toInteger();
        QVERIFY(report > 0 && model > 0);
        QCOMPARE(g.edgeSet(), (EdgeSet{{model, t}, {version, t}, {t, report}}));
        const QJsonObject settings = g.node(report).value(u"settings"_s).toObject();
        QCOMPARE(settings.value(u"title"_s).toString(), u"YOLO · AP 0.700"_s);
        QCOMPARE(settings.value(u"icon"_s).toObject().value(u"icon"_s).toString(), u"file-chart"_s);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(out)).object().value(u"format"_s).toString(), u"wfs-eval-report"_s);
    }

    void speedComesFromTheTaskThatWrotePredictions()
    {
        // An inference task wrote the predictions and finished: its run time over the one image.
        cocotest::Fixture f;
        knownIou(f);
        const QString pred = f.predFile();
        const QString infer = wfs({u"task"_s, u"start"_s, u"Infer"_s}).out.trimmed();
        QCOMPARE(wfs({u"output"_s, u"file"_s, pred, u"--task"_s, infer}).exitCode, 0);
        QTest::qWait(30);
        QCOMPARE(wfs({u"task"_s, u"finish"_s, infer, u"--status"_s, u"succeeded"_s}).exitCode, 0);
        const QString evalTask = wfs({u"task"_s, u"start"_s, u"Evaluate"_s}).out.trimmed();
        const QString out = m_dir.filePath(u"speed.json"_s);
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, pred, u"--task"_s, evalTask,
                                 u"--out"_s, out, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject speed = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"speed"_s).toObject();
        const Graph g = Graph::of(wfs({u"graph"_s, u"--json"_s}));
        const QJsonObject task = g.node(infer.toLongLong());
        const qint64 ms = task.value(u"finished"_s).toInteger() - task.value(u"started"_s).toInteger();
        QVERIFY2(ms >= 30, QJsonDocument(task).toJson().constData());
        QCOMPARE(speed.value(u"msPerImage"_s).toDouble(), double(ms));
        QCOMPARE(speed.value(u"source"_s).toString(), u"task "_s + infer);
        // A bad --speed-ms is refused before anything is read.
        const CliResult bad = wfs({u"eval"_s, u"--gt"_s, u"/nonexistent.json"_s, u"--pred"_s, pred, u"--speed-ms"_s, u"-3"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--speed-ms takes a positive number"_s), qPrintable(describe(bad)));
    }

    void taskNeedsAReportFile()
    {
        cocotest::Fixture f;
        knownIou(f);
        const CliResult r = wfs({u"eval"_s, u"--gt"_s, f.gtFile(), u"--pred"_s, f.predFile(), u"--task"_s, u"1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--task needs --out"_s), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_evalcli.moc"
