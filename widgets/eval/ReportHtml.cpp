#include "widgets/eval/ReportHtml.h"

#include "model/eval/EvalCompare.h"
#include "model/eval/EvalReport.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QMessageBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace wfs::evalui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::evalui)
};

const QString chartName = QStringLiteral("chart.png");

QString figure(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() == -1)
        return QStringLiteral("–");
    return QString::number(v.toDouble(), 'f', 3);
}

QString row(const QStringList &cells, const QString &tag = QStringLiteral("td"))
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return html + QStringLiteral("</tr>");
}

QString head(const QString &title)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body{font-family:sans-serif} table{border-collapse:collapse} "
                          "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right} "
                          "td:first-child,th:first-child{text-align:left} .best{background:#c8e6c9;font-weight:bold} "
                          ".worst{background:#ffcdd2}</style></head><body><h1>%1</h1>")
        .arg(title.toHtmlEscaped());
}

} // namespace

QString reportName(const QJsonObject &report, const QString &file)
{
    const QString title = report.value(QStringLiteral("title")).toString();
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

QString reportHtml(const QJsonObject &report)
{
    const QString title = report.value(QStringLiteral("title")).toString();
    QString html = head(title.isEmpty() ? Text::tr("Evaluation report") : title);
    html += QStringLiteral("<p>%1</p>").arg(Text::tr("%1 images, %2 objects, %3 detections (%4); ground truth %5, detections %6")
                                                .arg(report.value(QStringLiteral("images")).toInteger())
                                                .arg(report.value(QStringLiteral("groundTruth")).toInteger())
                                                .arg(report.value(QStringLiteral("detections")).toInteger())
                                                .arg(report.value(QStringLiteral("iouType")).toString(),
                                                     report.value(QStringLiteral("gt")).toString().toHtmlEscaped(),
                                                     report.value(QStringLiteral("pred")).toString().toHtmlEscaped()));
    html += QStringLiteral("<h2>%1</h2><pre>%2</pre>").arg(Text::tr("COCO summary"), eval::summaryTable(report).toHtmlEscaped());
    const QJsonObject km = report.value(QStringLiteral("keyMetrics")).toObject();
    html += QStringLiteral("<h2>%1</h2><table>").arg(Text::tr("Key metrics"));
    for (const eval::MetricRow &m : eval::compareRows({report})) {
        if (!eval::statKeys().contains(m.key))
            html += row({m.label.toHtmlEscaped(), m.values[0] ? QString::number(*m.values[0], 'f', 3) : QStringLiteral("–")});
    }
    html += row({Text::tr("TP / FP / FN"), QStringLiteral("%1 / %2 / %3")
                                               .arg(km.value(QStringLiteral("tp")).toInteger())
                                               .arg(km.value(QStringLiteral("fp")).toInteger())
                                               .arg(km.value(QStringLiteral("fn")).toInteger())});
    html += QStringLiteral("</table><h2>%1</h2><img src=\"%2\" width=\"720\">").arg(Text::tr("Precision and recall"), chartName);
    html += QStringLiteral("<h2>%1</h2><table>").arg(Text::tr("Classes"));
    html += row({Text::tr("Class"), QStringLiteral("AP"), QStringLiteral("AP50"), QStringLiteral("AP75"), Text::tr("Objects"),
                 QStringLiteral("TP"), QStringLiteral("FP"), QStringLiteral("FN"), Text::tr("Precision"), Text::tr("Recall"), QStringLiteral("F1")},
                QStringLiteral("th"));
    for (const QJsonValue &v : report.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = v.toObject();
        auto n = [&](const char *k) { return QString::number(c.value(QLatin1String(k)).toInteger()); };
        auto f = [&](const char *k) { return figure(c.value(QLatin1String(k))); };
        html += row({c.value(QStringLiteral("name")).toString().toHtmlEscaped(), f("AP"), f("AP50"), f("AP75"), n("gt"), n("tp"),
                     n("fp"), n("fn"), f("precision"), f("recall"), f("f1")});
    }
    return html + QStringLiteral("</table></body></html>");
}

QString compareHtml(const std::vector<QJsonObject> &reports, const QStringList &names)
{
    QString html = head(Text::tr("Comparison of %1 reports").arg(reports.size()));
    QStringList header{Text::tr("Metric")};
    for (const QString &n : names)
        header << n.toHtmlEscaped();
    html += QStringLiteral("<table>") + row(header, QStringLiteral("th"));
    for (const eval::MetricRow &m : eval::compareRows(reports)) {
        const auto best = eval::bestOf(m);
        const auto worst = eval::bestOf(eval::MetricRow{m.key, m.label, -m.better, m.values});
        html += QStringLiteral("<tr><td>%1</td>").arg(m.label.toHtmlEscaped());
        for (size_t i = 0; i < m.values.size(); ++i) {
            const QString cls = best == i ? QStringLiteral(" class=\"best\"") : worst == i ? QStringLiteral(" class=\"worst\"") : QString();
            html += QStringLiteral("<td%1>%2</td>").arg(cls, m.values[i] ? QString::number(*m.values[i], 'f', 3) : QStringLiteral("–"));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><h2>%1</h2><img src=\"%2\" width=\"720\">").arg(Text::tr("Precision and recall"), chartName);
    return html + QStringLiteral("</body></html>");
}

QDialogButtonBox *exportButtons(QDialog *dialog, const QString &title, const QString &suggestedBase,
                                const std::function<QString(const QString &)> &write)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto ask = [=](const QString &filter, const QString &suffix) {
        QString path = QFileDialog::getSaveFileName(dialog, title, suggestedBase + suffix, filter);
        if (path.isEmpty())
            return;
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            path += suffix;
        if (const QString error = write(path); !error.isEmpty())
            QMessageBox::warning(dialog, title, error);
    };
    QObject::connect(buttons->addButton(Text::tr("Export &HTML..."), QDialogButtonBox::ActionRole), &QPushButton::clicked,
                     dialog, [=] { ask(Text::tr("HTML (*.html)"), QStringLiteral(".html")); });
    QObject::connect(buttons->addButton(Text::tr("Export &PDF..."), QDialogButtonBox::ActionRole), &QPushButton::clicked,
                     dialog, [=] { ask(Text::tr("PDF (*.pdf)"), QStringLiteral(".pdf")); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString exportDocument(const QString &path, const QString &html, const QImage &chart)
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(96);
        QTextDocument doc;
        doc.addResource(QTextDocument::ImageResource, QUrl(chartName), chart);
        doc.setHtml(html);
        doc.setPageSize(QSizeF(writer.width(), writer.height()));
        doc.print(&writer);
        return QFileInfo(path).size() > 0 ? QString() : Text::tr("%1: cannot write the PDF").arg(path);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.save(&buffer, "PNG");
    QString page = html;
    page.replace(QStringLiteral("src=\"%1\"").arg(chartName),
                 QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("%1: cannot write: %2").arg(path, file.errorString());
    file.write(page.toUtf8());
    if (!file.commit())
        return Text::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace wfs::evalui
