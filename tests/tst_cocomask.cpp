// COCO's mask API as we rebuilt it: polygon rasterisation, RLE strings, union, IoU.
#include "model/eval/Rle.h"

#include <QTest>

using namespace wfs::eval;

class TestCocoMask : public QObject
{
    Q_OBJECT

private slots:
    void squareCoversThePixelsWhoseCentresItHolds()
    {
        // Corners (1,1)-(5,5): pixel centres 1.5..4.5 in both directions, 4 x 4 pixels.
        const double xy[] = {1, 1, 1, 5, 5, 5, 5, 1};
        const Rle r = Rle::fromPolygon(xy, 10, 10);
        QCOMPARE(r.area(), uint64_t(16));
        double box[4];
        r.box(box);
        QCOMPARE(box[0], 1.0);
        QCOMPARE(box[1], 1.0);
        QCOMPARE(box[2], 4.0);
        QCOMPARE(box[3], 4.0);
        // Column-major: 11 background pixels (column 0 and row 0 of column 1), then 4 on, 6 off...
        QCOMPARE(r.counts, (std::vector<uint32_t>{11, 4, 6, 4, 6, 4, 6, 4, 55}));
        // ... which COCO writes as this string (cocoapi's maskApi.c gives the same).
        QCOMPARE(QString::fromStdString(r.toString()), QStringLiteral(";4600000a1"));
    }

    void rightTriangleKeepsTheCentresStrictlyInside()
    {
        // Legs of 10 along the axes: column x holds the centres (x+.5, y+.5) with x + y + 1 < 10,
        // that is 9 - x pixels, 45 in all.
        const double xy[] = {0, 0, 10, 0, 0, 10};
        QCOMPARE(Rle::fromPolygon(xy, 12, 12).area(), uint64_t(45));
    }

    void polygonRastersLikeCoco()
    {
        // Strings from cocoapi's own rleFrPoly for the same input: non-integer vertices, and
        // vertices left of and above the image (where C casts truncate towards zero).
        const double a[] = {2.3, 1.7, 12.6, 3.2, 7.4, 11.8};
        QCOMPARE(QString::fromStdString(Rle::fromPolygon(a, 16, 16).toString()), QStringLiteral("b12>2N2N2N2OM2N2O1No1"));
        QCOMPARE(Rle::fromPolygon(a, 16, 16).area(), uint64_t(48));
        const double b[] = {-3, -2, 8, -1, 9, 9, -2, 7};
        QCOMPARE(QString::fromStdString(Rle::fromPolygon(b, 10, 10).toString()), QStringLiteral("0731O000000001O04L6"));
        QCOMPARE(Rle::fromPolygon(b, 10, 10).area(), uint64_t(70));
        // A repeated vertex changes nothing.
        const double c[] = {1, 1, 1, 5, 1, 5, 5, 5, 5, 1};
        QCOMPARE(Rle::fromPolygon(c, 10, 10).area(), uint64_t(16));
    }

    void stringRoundTrips()
    {
        for (const char *s : {";4600000a1", "0::00000000000000000X6", "b12>2N2N2N2OM2N2O1No1", "0731O000000001O04L6"}) {
            Rle r;
            QVERIFY(Rle::fromString(s, strlen(s), 20, 20, r).empty());
            QCOMPARE(r.toString(), std::string(s));
        }
        Rle r;
        QVERIFY(!Rle::fromString("0 1", 3, 4, 4, r).empty()); // ' ' is below '0'
        QVERIFY(!Rle::fromString("0o", 2, 4, 4, r).empty());  // 'o' asks for a next character
    }

    void unionOfOverlappingSquares()
    {
        // 10x10 at the origin and 10x10 at (5,5) overlap in 5x5: 100 + 100 - 25.
        const double a[] = {0, 0, 0, 10, 10, 10, 10, 0};
        const double b[] = {5, 5, 5, 15, 15, 15, 15, 5};
        const std::vector<Rle> parts{Rle::fromPolygon(a, 20, 20), Rle::fromPolygon(b, 20, 20)};
        const Rle u = Rle::merge(parts);
        QCOMPARE(u.area(), uint64_t(175));
        QCOMPARE(QString::fromStdString(u.toString()), QStringLiteral("0::000000005K00000005K00000000o2"));
    }

    void maskIouAndCrowd()
    {
        const double box10[] = {0, 0, 10, 10}, box10x8[] = {0, 0, 10, 8};
        const Rle gt = Rle::fromBox(box10, 20, 20), dt = Rle::fromBox(box10x8, 20, 20);
        QCOMPARE(gt.area(), uint64_t(100));
        QCOMPARE(dt.area(), uint64_t(80));
        QCOMPARE(maskIou(dt, gt, false), 0.8);
        // Crowd: intersection over the detection's own area.
        QCOMPARE(maskIou(dt, gt, true), 1.0);
        QCOMPARE(maskIou(gt, dt, true), 0.8);
        const Rle other = Rle::fromBox(box10, 30, 20);
        QCOMPARE(maskIou(other, gt, false), -1.0);
    }

    void boxIouAndCrowd()
    {
        const double g[] = {0, 0, 10, 10}, d[] = {5, 0, 10, 10};
        QCOMPARE(boxIou(d, g, false), 50.0 / 150.0);
        QCOMPARE(boxIou(d, g, true), 0.5);
        const double apart[] = {10, 0, 5, 5};
        QCOMPARE(boxIou(apart, g, false), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCocoMask)
#include "tst_cocomask.moc"
