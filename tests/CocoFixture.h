#pragma once

// Small COCO files written by the tests, with the figures worked out by hand in each test.
#include "model/eval/CocoEval.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace cocotest {

using namespace Qt::StringLiterals;

inline QJsonArray box(double x, double y, double w, double h) { return {x, y, w, h}; }

struct Fixture
{
    QTemporaryDir dir;
    QJsonArray images, annotations, categories, detections;
    qint64 nextAnn = 1;

    void image(qint64 id, int w = 200, int h = 200)
    {
        images.append(QJsonObject{{u"id"_s, id}, {u"width"_s, w}, {u"height"_s, h}, {u"file_name"_s, u"x.jpg"_s}});
    }
    void category(qint64 id, const QString &name) { categories.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}}); }
    // A ground-truth box; its area is w*h unless given.
    void gt(qint64 image, qint64 cat, QJsonArray b, bool crowd = false, double area = -1)
    {
        const double a = area >= 0 ? area : b[2].toDouble() * b[3].toDouble();
        const double x = b[0].toDouble(), y = b[1].toDouble(), w = b[2].toDouble(), h = b[3].toDouble();
        annotations.append(QJsonObject{{u"id"_s, nextAnn++}, {u"image_id"_s, image}, {u"category_id"_s, cat},
                                       {u"bbox"_s, b}, {u"area"_s, a}, {u"iscrowd"_s, crowd ? 1 : 0},
                                       {u"segmentation"_s, QJsonArray{QJsonArray{x, y, x, y + h, x + w, y + h, x + w, y}}}});
    }
    void det(qint64 image, qint64 cat, QJsonArray b, double score)
    {
        detections.append(QJsonObject{{u"image_id"_s, image}, {u"category_id"_s, cat}, {u"bbox"_s, b}, {u"score"_s, score}});
    }
    QString write(const QString &name, const QJsonDocument &doc)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(doc.toJson(QJsonDocument::Compact));
        return path;
    }
    QString gtFile()
    {
        return write(u"gt.json"_s, QJsonDocument(QJsonObject{{u"images"_s, images}, {u"annotations"_s, annotations},
                                                            {u"categories"_s, categories}}));
    }
    QString predFile() { return write(u"pred.json"_s, QJsonDocument(detections)); }

    wfs::eval::CocoEvalResult run(wfs::eval::IouType type = wfs::eval::IouType::Box)
    {
        const auto g = wfs::eval::loadGroundTruth(gtFile(), type);
        const auto d = wfs::eval::loadDetections(predFile(), g, type);
        return wfs::eval::evaluate(g, d, type);
    }
};

// Class 1 ("a"): one object found at IoU .8 (score .9). Class 2 ("b"): one object, on which
// only a class-1 detection lies (.8, a false positive).
inline void twoClassesOneMissed(Fixture &f)
{
    f.image(1);
    f.category(1, u"a"_s);
    f.category(2, u"b"_s);
    f.gt(1, 1, box(0, 0, 10, 10));
    f.gt(1, 2, box(50, 50, 10, 10));
    f.det(1, 1, box(0, 0, 10, 8), 0.9);
    f.det(1, 1, box(50, 50, 10, 10), 0.8);
}

// AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl.
inline bool sameStats(const std::array<double, 12> &got, const std::array<double, 12> &want)
{
    bool same = true;
    for (size_t i = 0; i < 12; ++i) {
        if (std::abs(got[i] - want[i]) > 1e-12) {
            qWarning("stats[%zu]: got %.15g, want %.15g", i, got[i], want[i]);
            same = false;
        }
    }
    return same;
}

} // namespace cocotest
