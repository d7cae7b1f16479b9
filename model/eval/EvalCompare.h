#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace wfs::eval {

// One metric across several reports: what `wfs eval compare` prints a row of and the window's
// comparison marks better and worse in.
struct MetricRow
{
    QString key;    // "AP", "keyMetrics.f1", "speed.msPerImage", ...
    QString label;  // for people
    int better = 1; // +1 higher is better, -1 lower is better, 0 neither
    std::vector<std::optional<double>> values; // one per report; empty when a report lacks it
};

std::vector<MetricRow> compareRows(const std::vector<QJsonObject> &reports);

// Index of the best value of a row: nullopt when the row has no direction, fewer than two values,
// or when several share the best value.
std::optional<size_t> bestOf(const MetricRow &row);

// Column names: the reports' titles, else their file names.
QString compareTable(const std::vector<QJsonObject> &reports, const QStringList &names);
QJsonObject compareJson(const std::vector<QJsonObject> &reports, const QStringList &names);

} // namespace wfs::eval
