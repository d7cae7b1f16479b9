#pragma once

#include <QDialog>
#include <QJsonObject>

class QTableWidget;
class QChartView;
class QTabWidget;

namespace wfs::evalui {

// One evaluation report: the COCO summary and key metrics, PR curves, the confusion matrix as a
// heat map, the per-class table (sortable) and speed; exports to HTML and PDF.
class ReportView : public QDialog
{
    Q_OBJECT
public:
    ReportView(const QJsonObject &report, const QString &file, QWidget *parent = nullptr);

    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *classTable() const { return m_classes; }
    QTableWidget *confusionTable() const { return m_confusion; }
    QChartView *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

    // Writes the report (.pdf, else HTML); empty on success, else the error.
    QString exportTo(const QString &path);

private:
    void fillSummary();
    void fillClasses();
    void fillConfusion();

    QJsonObject m_report;
    QString m_file;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_classes = nullptr;
    QTableWidget *m_confusion = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace wfs::evalui
