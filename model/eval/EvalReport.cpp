#include "model/eval/EvalReport.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wfs::eval {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::eval)
};

constexpr qint64 maxReportBytes = 64 * 1024 * 1024;

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonArray classes(const CocoGroundTruth &gt, const CocoEvalResult &coco, const KeyMetrics &km)
{
    QJsonArray list;
    for (int k = 0; k < coco.K; ++k) {
        const auto &c = km.perClass[size_t(k)];
        const double p = c.tp + c.fp > 0 ? double(c.tp) / (c.tp + c.fp) : 0;
        const double r = c.tp + c.fn > 0 ? double(c.tp) / (c.tp + c.fn) : 0;
        list.append(QJsonObject{
            {QStringLiteral("id"), qint64(gt.categories[size_t(k)].id)},
            {QStringLiteral("name"), gt.categories[size_t(k)].name},
            {QStringLiteral("AP"), coco.classAp(k)},
            {QStringLiteral("AP50"), coco.classAp(k, 0)},
            {QStringLiteral("AP75"), coco.classAp(k, 5)},
            {QStringLiteral("gt"), qint64(coco.gtCount[size_t(k)])},
            {QStringLiteral("tp"), qint64(c.tp)},
            {QStringLiteral("fp"), qint64(c.fp)},
            {QStringLiteral("fn"), qint64(c.fn)},
            {QStringLiteral("precision"), p},
            {QStringLiteral("recall"), r},
            {QStringLiteral("f1"), p + r > 0 ? 2 * p * r / (p + r) : 0},
            {QStringLiteral("prCurve"), numbers(coco.prCurve(k))},
        });
    }
    return list;
}

QJsonObject confusion(const CocoGroundTruth &gt, const KeyMetrics &km)
{
    QJsonArray labels, rows;
    for (const CocoCategory &c : gt.categories)
        labels.append(c.name);
    labels.append(QStringLiteral("none"));
    for (const auto &row : km.confusion) {
        QJsonArray r;
        for (uint32_t n : row)
            r.append(qint64(n));
        rows.append(r);
    }
    return {{QStringLiteral("labels"), labels}, {QStringLiteral("rows"), rows}};
}

std::vector<double> meanCurve(const CocoEvalResult &coco)
{
    std::vector<double> mean(params::R, -1);
    for (int r = 0; r < params::R; ++r) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < coco.K; ++k)
            for (int t = 0; t < params::T; ++t)
                if (const double v = coco.p(t, r, k, 0, params::M - 1); v > -1)
                    sum += v, ++n;
        if (n > 0)
            mean[size_t(r)] = sum / n;
    }
    return mean;
}

} // namespace

const QStringList &statKeys()
{
    static const QStringList keys{QStringLiteral("AP"),   QStringLiteral("AP50"), QStringLiteral("AP75"),
                                  QStringLiteral("APs"),  QStringLiteral("APm"),  QStringLiteral("APl"),
                                  QStringLiteral("AR1"),  QStringLiteral("AR10"), QStringLiteral("AR100"),
                                  QStringLiteral("ARs"),  QStringLiteral("ARm"),  QStringLiteral("ARl")};
    return keys;
}

QJsonObject buildReport(const ReportInput &in, const CocoGroundTruth &gt, std::span<const Instance> dets,
                        const CocoEvalResult &coco, const KeyMetrics &km)
{
    QJsonObject stats;
    for (int i = 0; i < 12; ++i)
        stats.insert(statKeys()[i], coco.stats[size_t(i)]);
    QJsonArray calibration;
    for (const auto &b : km.calibration)
        calibration.append(QJsonObject{{QStringLiteral("from"), b.from},
                                       {QStringLiteral("to"), b.to},
                                       {QStringLiteral("count"), qint64(b.count)},
                                       {QStringLiteral("confidence"), b.confidence},
                                       {QStringLiteral("accuracy"), b.accuracy}});
    QJsonObject report{
        {QStringLiteral("format"), QStringLiteral("wfs-eval-report")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), in.title},
        {QStringLiteral("iouType"), in.type == IouType::Box ? QStringLiteral("bbox") : QStringLiteral("segm")},
        {QStringLiteral("gt"), QFileInfo(in.gtFile).absoluteFilePath()},
        {QStringLiteral("pred"), QFileInfo(in.predFile).absoluteFilePath()},
        {QStringLiteral("images"), qint64(gt.images.size())},
        {QStringLiteral("groundTruth"), qint64(gt.annotations.size())},
        {QStringLiteral("detections"), qint64(dets.size())},
        {QStringLiteral("stats"), stats},
        {QStringLiteral("classes"), classes(gt, coco, km)},
        {QStringLiteral("keyMetrics"),
         QJsonObject{{QStringLiteral("confidence"), km.confidence},
                     {QStringLiteral("precision"), km.precision},
                     {QStringLiteral("recall"), km.recall},
                     {QStringLiteral("f1"), km.f1},
                     {QStringLiteral("tp"), qint64(km.tp)},
                     {QStringLiteral("fp"), qint64(km.fp)},
                     {QStringLiteral("fn"), qint64(km.fn)},
                     {QStringLiteral("meanIou"), km.meanIou},
                     {QStringLiteral("ece"), km.ece}}},
        {QStringLiteral("confusion"), confusion(gt, km)},
        {QStringLiteral("calibration"), calibration},
        {QStringLiteral("prCurve"), numbers(meanCurve(coco))},
    };
    if (!in.model.isEmpty())
        report.insert(QStringLiteral("model"), in.model);
    return report;
}

void setSpeed(QJsonObject &report, double msPerImage, const QString &source)
{
    report.insert(QStringLiteral("speed"), QJsonObject{{QStringLiteral("msPerImage"), msPerImage},
                                                       {QStringLiteral("fps"), msPerImage > 0 ? 1000.0 / msPerImage : 0},
                                                       {QStringLiteral("source"), source}});
}

QJsonObject evaluateFiles(const ReportInput &in)
{
    const CocoGroundTruth gt = loadGroundTruth(in.gtFile, in.type);
    const std::vector<Instance> dets = loadDetections(in.predFile, gt, in.type);
    const CocoEvalResult coco = evaluate(gt, dets, in.type);
    return buildReport(in, gt, dets, coco, keyMetrics(gt, dets, coco, in.type));
}

QJsonObject readReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Text::tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > maxReportBytes)
        throw Error(Text::tr("%1: larger than the 64 MB a report may have").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Text::tr("%1: not valid JSON at offset %2 (%3)").arg(path).arg(error.offset).arg(error.errorString()));
    const QJsonObject report = doc.object();
    if (report.value(QStringLiteral("format")).toString() != u"wfs-eval-report")
        throw Error(Text::tr("%1: not an evaluation report (wfs eval --out writes them)").arg(path));
    const QJsonObject stats = report.value(QStringLiteral("stats")).toObject();
    for (const QString &key : statKeys())
        if (!stats.value(key).isDouble())
            throw Error(Text::tr("%1: stats.%2: missing, or not a number").arg(path, key));
    return report;
}

QString summaryTable(const QJsonObject &report)
{
    struct Line
    {
        bool ap;
        const char *iou;
        const char *area;
        int maxDets;
    };
    static constexpr Line lines[12] = {
        {true, "0.50:0.95", "all", 100},  {true, "0.50", "all", 100},      {true, "0.75", "all", 100},
        {true, "0.50:0.95", "small", 100}, {true, "0.50:0.95", "medium", 100}, {true, "0.50:0.95", "large", 100},
        {false, "0.50:0.95", "all", 1},    {false, "0.50:0.95", "all", 10},   {false, "0.50:0.95", "all", 100},
        {false, "0.50:0.95", "small", 100}, {false, "0.50:0.95", "medium", 100}, {false, "0.50:0.95", "large", 100},
    };
    const QJsonObject stats = report.value(QStringLiteral("stats")).toObject();
    QString text;
    for (int i = 0; i < 12; ++i) {
        const Line &l = lines[i];
        text += QStringLiteral(" %1 %2 @[ IoU=%3 | area=%4 | maxDets=%5 ] = %6\n")
                    .arg(QString::fromLatin1(l.ap ? "Average Precision" : "Average Recall").leftJustified(18),
                         QLatin1String(l.ap ? "(AP)" : "(AR)"), QString::fromLatin1(l.iou).leftJustified(9),
                         QString::fromLatin1(l.area).rightJustified(6), QString::number(l.maxDets).rightJustified(3),
                         QString::number(stats.value(statKeys()[i]).toDouble(), 'f', 3));
    }
    return text;
}

QString headline(const QJsonObject &report)
{
    return Text::tr("AP %1").arg(report.value(QStringLiteral("stats")).toObject().value(QStringLiteral("AP")).toDouble(), 0, 'f', 3);
}

} // namespace wfs::eval
