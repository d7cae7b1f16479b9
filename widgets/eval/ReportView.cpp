#include "widgets/eval/ReportView.h"

#include "model/eval/EvalCompare.h"
#include "model/eval/EvalReport.h"
#include "widgets/eval/ReportCharts.h"
#include "widgets/eval/ReportHtml.h"
#include "widgets/eval/TableCells.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wfs::evalui {

ReportView::ReportView(const QJsonObject &report, const QString &file, QWidget *parent)
    : QDialog(parent), m_report(report), m_file(file)
{
    setWindowTitle(tr("Evaluation Report: %1").arg(reportName(report, file)));
    auto *layout = new QVBoxLayout(this);
    auto *info = new QLabel(tr("%1 · %2 images, %3 objects, %4 detections · %5")
                                .arg(report.value(QStringLiteral("iouType")).toString())
                                .arg(report.value(QStringLiteral("images")).toInteger())
                                .arg(report.value(QStringLiteral("groundTruth")).toInteger())
                                .arg(report.value(QStringLiteral("detections")).toInteger())
                                .arg(eval::headline(report)));
    layout->addWidget(info);
    m_tabs = new QTabWidget;
    m_summary = new QTableWidget;
    m_classes = new QTableWidget;
    m_confusion = new QTableWidget;
    QList<QPair<QString, QJsonArray>> curves{{tr("All classes"), report.value(QStringLiteral("prCurve")).toArray()}};
    for (const QJsonValue &c : report.value(QStringLiteral("classes")).toArray())
        curves.append({c.toObject().value(QStringLiteral("name")).toString(), c.toObject().value(QStringLiteral("prCurve")).toArray()});
    m_chart = prChart(curves);
    // The mean over classes stands out from the per-class lines.
    if (auto *all = qobject_cast<QLineSeries *>(m_chart->chart()->series().value(0))) {
        QPen pen = all->pen();
        pen.setWidth(4);
        all->setPen(pen);
    }
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_chart, tr("PR Curves"));
    m_tabs->addTab(m_confusion, tr("Confusion Matrix"));
    m_tabs->addTab(m_classes, tr("Classes"));
    layout->addWidget(m_tabs);
    fillSummary();
    fillClasses();
    fillConfusion();

    auto *buttons = exportButtons(this, tr("Export Report"), QFileInfo(file).dir().filePath(QFileInfo(file).completeBaseName()),
                                  [this](const QString &path) { return exportTo(path); });
    layout->addWidget(buttons);
    resize(900, 640);
}

void ReportView::fillSummary()
{
    const std::vector<eval::MetricRow> rows = eval::compareRows({m_report});
    m_summary->setColumnCount(2);
    m_summary->setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
    m_summary->setRowCount(int(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        m_summary->setItem(int(i), 0, textCell(rows[i].label));
        m_summary->setItem(int(i), 1, figureCell(rows[i].values[0].value_or(-1)));
    }
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->verticalHeader()->hide();
}

void ReportView::fillClasses()
{
    const QJsonArray classes = m_report.value(QStringLiteral("classes")).toArray();
    struct Column
    {
        const char *key;
        QString label;
        bool integer;
    };
    const QList<Column> columns{{"AP", QStringLiteral("AP"), false},       {"AP50", QStringLiteral("AP50"), false},
                                {"AP75", QStringLiteral("AP75"), false},   {"gt", tr("Objects"), true},
                                {"tp", QStringLiteral("TP"), true},        {"fp", QStringLiteral("FP"), true},
                                {"fn", QStringLiteral("FN"), true},        {"precision", tr("Precision"), false},
                                {"recall", tr("Recall"), false},           {"f1", QStringLiteral("F1"), false}};
    QStringList header{tr("Class")};
    for (const Column &c : columns)
        header << c.label;
    m_classes->setColumnCount(int(header.size()));
    m_classes->setHorizontalHeaderLabels(header);
    m_classes->setRowCount(int(classes.size()));
    for (qsizetype r = 0; r < classes.size(); ++r) {
        const QJsonObject c = classes[r].toObject();
        m_classes->setItem(int(r), 0, textCell(c.value(QStringLiteral("name")).toString()));
        for (qsizetype k = 0; k < columns.size(); ++k)
            m_classes->setItem(int(r), int(k + 1), figureCell(c.value(QLatin1String(columns[k].key)).toDouble(), columns[k].integer));
    }
    m_classes->setSortingEnabled(true);
    m_classes->verticalHeader()->hide();
    m_classes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_classes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ReportView::fillConfusion()
{
    const QJsonObject confusion = m_report.value(QStringLiteral("confusion")).toObject();
    const QJsonArray labels = confusion.value(QStringLiteral("labels")).toArray();
    const QJsonArray rows = confusion.value(QStringLiteral("rows")).toArray();
    QStringList names;
    for (const QJsonValue &l : labels)
        names << l.toString();
    if (!names.isEmpty())
        names.back() = tr("none");
    m_confusion->setRowCount(int(names.size()));
    m_confusion->setColumnCount(int(names.size()));
    m_confusion->setVerticalHeaderLabels(names);
    m_confusion->setHorizontalHeaderLabels(names);
    m_confusion->setToolTip(tr("Rows: ground truth. Columns: prediction."));
    double most = 1;
    for (const QJsonValue &row : rows)
        for (const QJsonValue &v : row.toArray())
            most = std::max(most, v.toDouble());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray row = rows[r].toArray();
        for (qsizetype c = 0; c < row.size(); ++c) {
            const double n = row[c].toDouble();
            QTableWidgetItem *cell = figureCell(n, true);
            // Heat: white for nothing, deep blue for the largest cell; on the diagonal green.
            const int shade = int(255 - 200 * std::sqrt(n / most));
            cell->setBackground(r == c ? QColor(shade, 255, shade) : QColor(shade, shade, 255));
            if (shade < 130 && r != c)
                cell->setForeground(Qt::white);
            cell->setTextAlignment(Qt::AlignCenter);
            m_confusion->setItem(int(r), int(c), cell);
        }
    }
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confusion->horizontalHeader()->setMinimumSectionSize(48);
}

QString ReportView::exportTo(const QString &path)
{
    return exportDocument(path, reportHtml(m_report), chartImage(m_chart));
}

} // namespace wfs::evalui
