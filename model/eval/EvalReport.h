#pragma once

#include "model/eval/KeyMetrics.h"

#include <QJsonObject>
#include <optional>

namespace wfs::eval {

// The 12 summary figures in pycocotools' order, as the report's "stats" keys them.
const QStringList &statKeys();

struct ReportInput
{
    QString title;
    QString gtFile;
    QString predFile;
    QString model;
    IouType type = IouType::Box;
};

// A report is plain JSON (what `wfs eval --json` prints and --out writes, what the window opens):
// {"format": "wfs-eval-report", "stats": {...}, "classes": [...], "keyMetrics": {...},
//  "confusion": {...}, "calibration": [...], "prCurve": [...], "speed": {...}, ...}.
QJsonObject buildReport(const ReportInput &in, const CocoGroundTruth &gt, std::span<const Instance> dets,
                        const CocoEvalResult &coco, const KeyMetrics &km);

// Inference speed: milliseconds per image and what measured it ("--speed-ms", "task").
void setSpeed(QJsonObject &report, double msPerImage, const QString &source);

// Runs the whole evaluation: read both files, COCOeval, key metrics.
QJsonObject evaluateFiles(const ReportInput &in);

// Reads a report written by --out; throws wfs::Error naming the file when it is not one.
QJsonObject readReport(const QString &path);

// pycocotools' summary lines (" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.xxx").
QString summaryTable(const QJsonObject &report);
// The report's headline figures as a short text: "AP 0.512".
QString headline(const QJsonObject &report);

} // namespace wfs::eval
