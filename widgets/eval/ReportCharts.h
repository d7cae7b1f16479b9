#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

class QChartView;
class QWidget;
class QImage;

namespace wfs::evalui {

// Precision over recall at COCO's 101 recall points, one line per named curve; points below 0
// (no ground truth) are left out.
QChartView *prChart(const QList<QPair<QString, QJsonArray>> &curves, QWidget *parent = nullptr);

// The chart as a picture for export.
QImage chartImage(QChartView *view, int width = 720, int height = 420);

} // namespace wfs::evalui
