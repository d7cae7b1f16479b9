#include "widgets/eval/ReportCharts.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace wfs::evalui {

QChartView *prChart(const QList<QPair<QString, QJsonArray>> &curves, QWidget *parent)
{
    auto *chart = new QChart;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setRange(0, 1);
    y->setRange(0, 1);
    x->setTickCount(6);
    y->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(QApplication::translate("wfs::evalui", "Recall"));
    y->setTitleText(QApplication::translate("wfs::evalui", "Precision"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[name, points] : curves) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (qsizetype r = 0; r < points.size(); ++r) {
            const double p = points[r].toDouble(-1);
            if (p >= 0)
                series->append(double(r) / double(points.size() - 1), p);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Eighty classes would bury the plot under their legend.
    chart->legend()->setVisible(curves.size() <= 12);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(480, 320);
    return view;
}

QImage chartImage(QChartView *view, int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QSize old = view->size();
    view->resize(width, height);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    view->resize(old);
    return image;
}

} // namespace wfs::evalui
