// COCOeval's figures on fixtures small enough to work out by hand (see each test's comment).
#include "tests/CocoFixture.h"

#include "model/eval/KeyMetrics.h"

using namespace cocotest;
using namespace wfs::eval;
using Stats = std::array<double, 12>;
Q_DECLARE_METATYPE(Stats)

class TestCocoEval : public QObject
{
    Q_OBJECT

private slots:
    void oneBoxAtAKnownIou()
    {
        // IoU 80/100 = .8 exactly: a match at thresholds .50 ... .80 (7 of 10), inclusive at .80.
        // Each matched threshold has precision 1 at every recall point, the others 0: AP .7.
        // Area 100 is small; medium and large have no ground truth (-1).
        Fixture f;
        f.image(1);
        f.category(1, u"cat"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.det(1, 1, box(0, 0, 10, 8), 0.9);
        QVERIFY(sameStats(f.run().stats, {0.7, 1, 1, 0.7, -1, -1, 0.7, 0.7, 0.7, 0.7, -1, -1}));
    }

    void crowdRegionsSwallowDetections()
    {
        // Two detections inside a crowd region come first by score. Against a crowd the IoU is
        // intersection / detection area = 1, the crowd matches many times and both are ignored,
        // so the real object's detection alone decides: AP 1 (1/3 were they false positives).
        // AR1 sees only the top detection, an ignored one: 0.
        Fixture f;
        f.image(1);
        f.category(1, u"person"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.gt(1, 1, box(50, 50, 40, 40), true);
        f.det(1, 1, box(60, 60, 10, 10), 0.95);
        f.det(1, 1, box(55, 55, 10, 10), 0.9);
        f.det(1, 1, box(0, 0, 10, 10), 0.8);
        QVERIFY(sameStats(f.run().stats, {1, 1, 1, 1, -1, -1, 0, 1, 1, 1, -1, -1}));
    }

    void areaRangesIgnoreWhatLiesOutside()
    {
        // One image: small (256), medium (2500) and large (10000) objects, each found exactly, and
        // a medium-sized false positive (1600) with the top score.
        // all: FP, TP, TP, TP -> precision 1/2, 2/3, 3/4, made monotone: .75 everywhere. AP .75.
        // small: the FP (1600) is outside and unmatched: ignored; the medium/large detections
        //   match ignored ground truth: ignored. AP 1.
        // medium: FP then TP -> precision .5 at every recall point. large: AP 1.
        // AR1 keeps only the top detection (the FP): 0. AR10 and every AR by area: 1.
        Fixture f;
        f.image(1);
        f.category(1, u"thing"_s);
        f.gt(1, 1, box(0, 0, 16, 16));
        f.gt(1, 1, box(20, 0, 50, 50));
        f.gt(1, 1, box(80, 0, 100, 100));
        f.det(1, 1, box(0, 150, 40, 40), 0.95);
        f.det(1, 1, box(0, 0, 16, 16), 0.9);
        f.det(1, 1, box(20, 0, 50, 50), 0.8);
        f.det(1, 1, box(80, 0, 100, 100), 0.7);
        QVERIFY(sameStats(f.run().stats, {0.75, 0.75, 0.75, 1, 0.5, 1, 0, 1, 1, 1, 1, 1}));
    }

    void areaComesFromTheAnnotationNotTheBox()
    {
        // The box is 40x40 but the annotation says 500: small, as pycocotools reads it.
        Fixture f;
        f.image(1);
        f.category(1, u"thing"_s);
        f.gt(1, 1, box(0, 0, 40, 40), false, 500);
        f.det(1, 1, box(0, 0, 40, 40), 0.5);
        QVERIFY(sameStats(f.run().stats, {1, 1, 1, 1, -1, -1, 1, 1, 1, 1, -1, -1}));
    }

    void tiesInScoreKeepImageOrder()
    {
        // Image 1: a TP at .5. Image 2: a FP at .5, then a TP at .4; the file lists image 2 first.
        // Like pycocotools, images go by id and ties keep that order: TP, FP, TP.
        // Precision 1, 1/2, 2/3 at recall .5, .5, 1; monotone 1, 2/3, 2/3. Recall points 0...0.50
        // (51 of them) read 1, the other 50 read 2/3: AP = (51 + 50 * 2/3) / 101.
        // (FP first would give 2/3.)
        Fixture f;
        f.image(1);
        f.image(2);
        f.category(1, u"thing"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.gt(2, 1, box(0, 0, 10, 10));
        f.det(2, 1, box(100, 100, 10, 10), 0.5);
        f.det(2, 1, box(0, 0, 10, 10), 0.4);
        f.det(1, 1, box(0, 0, 10, 10), 0.5);
        const double ap = (51 + 50 * 2.0 / 3) / 101;
        QVERIFY(sameStats(f.run().stats, {ap, ap, ap, ap, -1, -1, 0.5, 1, 1, 1, -1, -1}));
    }

    void categoriesWithoutGroundTruthAreLeftOut()
    {
        // Class 2 has detections but no ground truth, class 3 nothing: both -1, out of the mean.
        Fixture f;
        f.image(1);
        f.category(1, u"a"_s);
        f.category(2, u"b"_s);
        f.category(3, u"c"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.det(1, 1, box(0, 0, 10, 10), 0.5);
        f.det(1, 2, box(0, 0, 10, 10), 0.9);
        const CocoEvalResult r = f.run();
        QVERIFY(sameStats(r.stats, {1, 1, 1, 1, -1, -1, 1, 1, 1, 1, -1, -1}));
        QCOMPARE(r.classAp(0), 1.0);
        QCOMPARE(r.classAp(1), -1.0);
        QCOMPARE(r.classAp(2), -1.0);
    }

    void noDetectionsScoreZero()
    {
        // Ground truth but no detection: precision and recall 0 where there is ground truth, -1
        // where there is none (medium, large).
        Fixture f;
        f.image(1);
        f.category(1, u"a"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        QVERIFY(sameStats(f.run().stats, {0, 0, 0, 0, -1, -1, 0, 0, 0, 0, -1, -1}));
    }

    void maxDetsCutOffs()
    {
        // Twelve objects in one image, each found, scores falling: the first 1, 10 and 100
        // detections recall 1/12, 10/12 and 12/12.
        Fixture f;
        f.image(1, 400, 400);
        f.category(1, u"a"_s);
        for (int i = 0; i < 12; ++i) {
            f.gt(1, 1, box(i * 30, 0, 20, 20));
            f.det(1, 1, box(i * 30, 0, 20, 20), 1.0 - i * 0.05);
        }
        QVERIFY(sameStats(f.run().stats, {1, 1, 1, 1, -1, -1, 1.0 / 12, 10.0 / 12, 1, 1, -1, -1}));
    }

    void detectionsBeyondTheHundredthAreNotSeen()
    {
        // 100 false positives outscore the one true detection, which is 101st: never evaluated.
        Fixture f;
        f.image(1, 400, 400);
        f.category(1, u"a"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        for (int i = 0; i < 100; ++i)
            f.det(1, 1, box(200, 200, 5 + i, 5), 0.9);
        f.det(1, 1, box(0, 0, 10, 10), 0.1);
        QVERIFY(sameStats(f.run().stats, {0, 0, 0, 0, -1, -1, 0, 0, 0, 0, -1, -1}));
    }

    void oneGroundTruthMatchesOnce()
    {
        // Two detections on one object: the second is a false positive. Precision 1 then 1/2 at
        // recall 1 and 1: monotone 1, AP 1, but the duplicate shows in the key metrics.
        Fixture f;
        f.image(1);
        f.category(1, u"a"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.det(1, 1, box(0, 0, 10, 10), 0.9);
        f.det(1, 1, box(0, 0, 10, 10), 0.8);
        const CocoEvalResult r = f.run();
        QVERIFY(sameStats(r.stats, {1, 1, 1, 1, -1, -1, 1, 1, 1, 1, -1, -1}));
        QCOMPARE(r.outcomes.size(), size_t(2));
        QCOMPARE(int(r.outcomes[0].kind), int(DetOutcome::TruePositive));
        QCOMPARE(int(r.outcomes[1].kind), int(DetOutcome::FalsePositive));
    }

    void aMatchToGroundTruthIdZeroCountsAsNone()
    {
        // pycocotools records a match as the ground truth's id and reads 0 as "no match": the
        // detection on the object with id 0 is a false positive, and the object stays taken.
        Fixture f;
        f.image(1);
        f.category(1, u"a"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        QJsonObject ann = f.annotations[0].toObject();
        ann[u"id"_s] = 0;
        f.annotations[0] = ann;
        f.det(1, 1, box(0, 0, 10, 10), 0.9);
        f.det(1, 1, box(0, 0, 10, 10), 0.8);
        QVERIFY(sameStats(f.run().stats, {0, 0, 0, 0, -1, -1, 0, 0, 0, 0, -1, -1}));
    }

    void segmMatchesMasks()
    {
        // The same IoU .8 as oneBoxAtAKnownIou, as masks: the ground truth's polygon covers 100
        // pixels, the detection's box-polygon 80 of them.
        Fixture f;
        f.image(1, 20, 20);
        f.category(1, u"a"_s);
        f.gt(1, 1, box(0, 0, 10, 10));
        f.det(1, 1, box(0, 0, 10, 8), 0.9);
        QVERIFY(sameStats(f.run(IouType::Mask).stats, {0.7, 1, 1, 0.7, -1, -1, 0.7, 0.7, 0.7, 0.7, -1, -1}));
    }

    void matchesPycocotoolsOnAMixedFixture_data()
    {
        // 40 images, 11 classes (one without ground truth), polygons of one and two parts, crowd
        // regions as uncompressed RLE, detections with boxes and compressed RLE masks, ties in
        // score, 150 detections on one image. The figures are what pycocotools (cocoapi's
        // cocoeval.py over its maskApi.c) prints for these files.
        QTest::addColumn<QString>("results");
        QTest::addColumn<int>("type");
        QTest::addColumn<Stats>("want");
        QTest::newRow("bbox") << u"mixed_results.json"_s << int(IouType::Box) << Stats{
            0.09143237330212392, 0.2611239812612516, 0.027427062639074656, 0.14229955853805593,
            0.13341028083943357, 0.11468646864686466, 0.142110601129177, 0.22925144394649036,
            0.23152417121921764, 0.24963888888888888, 0.23153951603951606, 0.18962962962962968};
        // With a box in the first result, pycocotools takes every detection's area as w*h.
        QTest::newRow("segm, results with boxes") << u"mixed_results.json"_s << int(IouType::Mask) << Stats{
            0.12019898660522874, 0.32349910453980624, 0.04720567307029116, 0.1430393200276718,
            0.17968871131320938, 0.2059078526900309, 0.17325046367461228, 0.27299452491093357,
            0.2761763430927518, 0.24763095238095237, 0.2978007825507826, 0.30592592592592593};
        // Without one, the mask's area.
        QTest::newRow("segm, masks only") << u"mixed_results_masks.json"_s << int(IouType::Mask) << Stats{
            0.15063403336366252, 0.4011308547324834, 0.06204902907873205, 0.17709559170202735,
            0.16856644167972065, 0.2586248624862486, 0.17325046367461228, 0.2761763430927518,
            0.2761763430927518, 0.24763095238095237, 0.2978007825507826, 0.30592592592592593};
    }

    void matchesPycocotoolsOnAMixedFixture()
    {
        QFETCH(QString, results);
        QFETCH(int, type);
        QFETCH(Stats, want);
        const QString gtPath = QFINDTESTDATA("data/coco/mixed_gt.json");
        const QString resultsPath = QFINDTESTDATA(u"data/coco/"_s + results);
        QVERIFY(!gtPath.isEmpty() && !resultsPath.isEmpty());
        const auto g = loadGroundTruth(gtPath, IouType(type));
        const auto d = loadDetections(resultsPath, g, IouType(type));
        const auto got = evaluate(g, d, IouType(type)).stats;
        for (size_t i = 0; i < 12; ++i)
            QVERIFY2(std::abs(got[i] - want[i]) < 1e-9, qPrintable(u"stats[%1]: %2 vs %3"_s.arg(i).arg(got[i], 0, 'g', 17).arg(want[i], 0, 'g', 17)));
    }

    void keyMetricsAtTheBestF1()
    {
        // Class 1 object A found at IoU .8 (score .9); a class-1 detection on class-2 object B
        // (.8, a false positive); a class-2 detection on nothing (.3). Two objects.
        // F1 after .9: 2/(2+0+1) = .667; after .8: .5; after .3: .4. Best at .9:
        // precision 1, recall .5, F1 2/3, TP 1, FP 0, FN 1, mean IoU .8.
        // Confusion (detections >= .9): A found as class 1; B missed (row class 2, column none).
        // ECE over bins 9, 8, 3: (|1 - .9| + |0 - .8| + |0 - .3|) / 3 = .4.
        Fixture f;
        twoClassesOneMissed(f);
        f.det(1, 2, box(150, 150, 10, 10), 0.3);
        const auto g = loadGroundTruth(f.gtFile(), IouType::Box);
        const auto d = loadDetections(f.predFile(), g, IouType::Box);
        const KeyMetrics km = keyMetrics(g, d, evaluate(g, d, IouType::Box), IouType::Box);
        QCOMPARE(km.confidence, 0.9);
        QCOMPARE(km.precision, 1.0);
        QCOMPARE(km.recall, 0.5);
        QCOMPARE(km.f1, 2.0 / 3);
        QCOMPARE(km.tp, 1u);
        QCOMPARE(km.fp, 0u);
        QCOMPARE(km.fn, 1u);
        QVERIFY(std::abs(km.meanIou - 0.8) < 1e-6);
        QCOMPARE(km.perClass[0].tp, 1u);
        QCOMPARE(km.perClass[1].fn, 1u);
        QCOMPARE(km.confusion, (std::vector<std::vector<uint32_t>>{{1, 0, 0}, {0, 0, 1}, {0, 0, 0}}));
        QVERIFY(std::abs(km.ece - 0.4) < 1e-12);
        QCOMPARE(km.calibration[9].count, 1u);
        QCOMPARE(km.calibration[9].accuracy, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCocoEval)
#include "tst_cocoeval.moc"
