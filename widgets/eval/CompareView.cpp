#include "widgets/eval/CompareView.h"

#include "model/eval/EvalCompare.h"
#include "widgets/eval/ReportCharts.h"
#include "widgets/eval/ReportHtml.h"
#include "widgets/eval/TableCells.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wfs::evalui {

CompareView::CompareView(std::vector<QJsonObject> reports, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_reports(std::move(reports))
{
    for (size_t i = 0; i < m_reports.size(); ++i)
        m_names << reportName(m_reports[i], files.value(qsizetype(i)));
    setWindowTitle(tr("Compare Reports: %1").arg(m_names.join(QStringLiteral(", "))));
    const std::vector<eval::MetricRow> rows = eval::compareRows(m_reports);
    m_table = new QTableWidget(int(rows.size()), int(m_reports.size()));
    m_table->setHorizontalHeaderLabels(m_names);
    for (size_t r = 0; r < rows.size(); ++r) {
        const eval::MetricRow &m = rows[r];
        m_table->setVerticalHeaderItem(int(r), new QTableWidgetItem(m.label));
        const auto best = eval::bestOf(m);
        const auto worst = eval::bestOf(eval::MetricRow{m.key, m.label, -m.better, m.values});
        for (size_t c = 0; c < m.values.size(); ++c) {
            QTableWidgetItem *cell = figureCell(m.values[c].value_or(-1));
            if (best == c) {
                cell->setBackground(bestColour());
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
                cell->setToolTip(tr("best"));
            } else if (worst == c) {
                cell->setBackground(worstColour());
                cell->setToolTip(tr("worst"));
            }
            m_table->setItem(int(r), int(c), cell);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QList<QPair<QString, QJsonArray>> curves;
    for (size_t i = 0; i < m_reports.size(); ++i)
        curves.append({m_names[qsizetype(i)], m_reports[i].value(QStringLiteral("prCurve")).toArray()});
    m_chart = prChart(curves);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    auto *buttons = exportButtons(this, tr("Export Comparison"), QDir::home().filePath(QStringLiteral("comparison")),
                                  [this](const QString &path) { return exportTo(path); });
    layout->addWidget(buttons);
    resize(1100, 600);
}

QString CompareView::exportTo(const QString &path)
{
    return exportDocument(path, compareHtml(m_reports, m_names), chartImage(m_chart));
}

} // namespace wfs::evalui
