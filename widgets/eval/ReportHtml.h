#pragma once

#include <QImage>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <vector>

class QDialog;
class QDialogButtonBox;

namespace wfs::evalui {

// Reports as HTML that both browsers and QTextDocument (for PDF) render; the chart is the
// image named "chart.png" (embedded as data for the HTML file, a resource for the PDF).
QString reportHtml(const QJsonObject &report);
QString compareHtml(const std::vector<QJsonObject> &reports, const QStringList &names);

// Writes the document; the format follows the suffix (.pdf, else HTML). Empty on success, else
// the error message.
QString exportDocument(const QString &path, const QString &html, const QImage &chart);

// Close, "Export HTML..." and "Export PDF..." for a dialog: each asks where (from `suggestedBase`
// plus the suffix), writes with `write` and shows its error, if any.
QDialogButtonBox *exportButtons(QDialog *dialog, const QString &title, const QString &suggestedBase,
                                const std::function<QString(const QString &)> &write);

// The name a report is shown under: its title, else its file's name.
QString reportName(const QJsonObject &report, const QString &file);

} // namespace wfs::evalui
