#include "model/eval/EvalCompare.h"

#include "model/eval/EvalReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wfs::eval {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::eval)
};

std::optional<double> valueAt(const QJsonObject &report, const QString &key)
{
    const qsizetype dot = key.indexOf(u'.');
    const QJsonValue v = dot < 0 ? report.value(QStringLiteral("stats")).toObject().value(key)
                                 : report.value(key.left(dot)).toObject().value(key.mid(dot + 1));
    // COCO's -1 means "no ground truth here": nothing to compare.
    if (!v.isDouble() || v.toDouble() == -1)
        return std::nullopt;
    return v.toDouble();
}

QString number(std::optional<double> v, bool sign = false)
{
    if (!v)
        return QStringLiteral("-");
    const QString text = QString::number(*v, 'f', 3);
    return sign && *v >= 0 ? u'+' + text : text;
}

} // namespace

std::vector<MetricRow> compareRows(const std::vector<QJsonObject> &reports)
{
    std::vector<MetricRow> rows;
    for (const QString &key : statKeys())
        rows.push_back({key, key, 1, {}});
    rows.push_back({QStringLiteral("keyMetrics.precision"), Text::tr("Precision"), 1, {}});
    rows.push_back({QStringLiteral("keyMetrics.recall"), Text::tr("Recall"), 1, {}});
    rows.push_back({QStringLiteral("keyMetrics.f1"), Text::tr("F1"), 1, {}});
    rows.push_back({QStringLiteral("keyMetrics.meanIou"), Text::tr("Mean IoU"), 1, {}});
    rows.push_back({QStringLiteral("keyMetrics.ece"), Text::tr("Calibration error (ECE)"), -1, {}});
    rows.push_back({QStringLiteral("keyMetrics.confidence"), Text::tr("F1-optimal confidence"), 0, {}});
    rows.push_back({QStringLiteral("speed.msPerImage"), Text::tr("ms per image"), -1, {}});
    for (MetricRow &row : rows)
        for (const QJsonObject &r : reports)
            row.values.push_back(valueAt(r, row.key));
    return rows;
}

std::optional<size_t> bestOf(const MetricRow &row)
{
    if (row.better == 0)
        return std::nullopt;
    std::optional<size_t> best;
    bool shared = false;
    int present = 0;
    for (size_t i = 0; i < row.values.size(); ++i) {
        if (!row.values[i])
            continue;
        ++present;
        if (best && *row.values[i] == *row.values[*best]) {
            shared = true;
        } else if (!best || (row.better > 0 ? *row.values[i] > *row.values[*best] : *row.values[i] < *row.values[*best])) {
            best = i;
            shared = false;
        }
    }
    // A tie for the top marks no one.
    if (shared || present < 2)
        return std::nullopt;
    return best;
}

QString compareTable(const std::vector<QJsonObject> &reports, const QStringList &names)
{
    // Columns: the metric, each report, then each later report's difference from the first.
    QList<QStringList> cells;
    QStringList head{Text::tr("Metric")};
    head << names;
    for (qsizetype i = 1; i < names.size(); ++i)
        head << Text::tr("Δ %1").arg(names[i]);
    cells << head;
    for (const MetricRow &row : compareRows(reports)) {
        QStringList line{row.label};
        for (const auto &v : row.values)
            line << number(v);
        for (size_t i = 1; i < row.values.size(); ++i)
            line << (row.values[0] && row.values[i] ? number(*row.values[i] - *row.values[0], true) : QStringLiteral("-"));
        cells << line;
    }
    std::vector<qsizetype> width(size_t(head.size()), 0);
    for (const QStringList &line : cells)
        for (qsizetype c = 0; c < line.size(); ++c)
            width[size_t(c)] = std::max(width[size_t(c)], line[c].size());
    QString text;
    for (const QStringList &line : cells) {
        QString out = line[0].leftJustified(width[0]);
        for (qsizetype c = 1; c < line.size(); ++c)
            out += QStringLiteral("  ") + line[c].rightJustified(width[size_t(c)]);
        text += out + u'\n';
    }
    return text;
}

QJsonObject compareJson(const std::vector<QJsonObject> &reports, const QStringList &names)
{
    QJsonArray list, rows;
    for (size_t i = 0; i < reports.size(); ++i)
        list.append(QJsonObject{{QStringLiteral("name"), names.value(qsizetype(i))}, {QStringLiteral("report"), reports[i]}});
    for (const MetricRow &row : compareRows(reports)) {
        QJsonArray values, diffs;
        for (const auto &v : row.values) {
            values.append(v ? QJsonValue(*v) : QJsonValue());
            diffs.append(v && row.values[0] ? QJsonValue(*v - *row.values[0]) : QJsonValue());
        }
        const auto best = bestOf(row);
        rows.append(QJsonObject{{QStringLiteral("key"), row.key},
                                {QStringLiteral("label"), row.label},
                                {QStringLiteral("better"), row.better > 0 ? QStringLiteral("higher")
                                                           : row.better < 0 ? QStringLiteral("lower")
                                                                            : QStringLiteral("neither")},
                                {QStringLiteral("values"), values},
                                {QStringLiteral("differences"), diffs},
                                {QStringLiteral("best"), best ? QJsonValue(qint64(*best)) : QJsonValue()}});
    }
    return {{QStringLiteral("reports"), list}, {QStringLiteral("rows"), rows}};
}

} // namespace wfs::eval
