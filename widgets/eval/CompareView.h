#pragma once

#include <QDialog>
#include <QJsonObject>
#include <vector>

class QTableWidget;
class QChartView;

namespace wfs::evalui {

// Two or more reports side by side: one row per metric, the best value green, the worst red,
// the mean PR curves overlaid; exports to HTML and PDF.
class CompareView : public QDialog
{
    Q_OBJECT
public:
    CompareView(std::vector<QJsonObject> reports, const QStringList &files, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }
    QString exportTo(const QString &path);

    static QColor bestColour() { return QColor(0xc8, 0xe6, 0xc9); }
    static QColor worstColour() { return QColor(0xff, 0xcd, 0xd2); }

private:

    std::vector<QJsonObject> m_reports;
    QStringList m_names;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace wfs::evalui
