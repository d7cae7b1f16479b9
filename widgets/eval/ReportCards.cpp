#include "widgets/eval/ReportCards.h"

#include "model/core/Error.h"
#include "model/eval/EvalReport.h"
#include "model/graph/WorkflowModel.h"
#include "widgets/eval/CompareView.h"
#include "widgets/eval/ReportView.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace wfs::evalui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::evalui)
};

bool looksLikeReport(const Node &card)
{
    return card.kind == NodeKind::File && card.path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
           && QFileInfo(card.path).isFile();
}

} // namespace

std::optional<QJsonObject> reportOfCard(const Node &card)
{
    if (!looksLikeReport(card))
        return std::nullopt;
    try {
        return eval::readReport(card.path);
    } catch (const Error &) {
        return std::nullopt; // any other JSON file: opened like other files
    }
}

QStringList reportsOfWeights(const WorkflowModel &model, NodeId weights)
{
    QStringList files;
    const auto &edges = model.graph().edges;
    for (const Edge &in : edges) {
        if (in.from != weights)
            continue;
        for (const Edge &out : edges) {
            const Node *n = out.from == in.to ? model.node(out.to) : nullptr;
            if (n && reportOfCard(*n) && !files.contains(n->path))
                files << n->path;
        }
    }
    return files;
}

bool openReportCard(QWidget *parent, const Node &card)
{
    const auto report = reportOfCard(card);
    if (!report)
        return false;
    auto *view = new ReportView(*report, card.path, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return true;
}

void compareReportFiles(QWidget *parent, const QStringList &files)
{
    std::vector<QJsonObject> reports;
    try {
        for (const QString &f : files)
            reports.push_back(eval::readReport(f));
    } catch (const Error &e) {
        QMessageBox::warning(parent, Text::tr("Compare Reports"), e.message());
        return;
    }
    if (reports.size() < 2) {
        QMessageBox::information(parent, Text::tr("Compare Reports"), Text::tr("Choose two or more reports to compare."));
        return;
    }
    auto *view = new CompareView(std::move(reports), files, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void addReportActions(QMenu &menu, QWidget *parent, const WorkflowModel &model, const Node &card,
                      const std::vector<NodeId> &selected)
{
    if (reportOfCard(card)) {
        const Node copy = card;
        menu.addAction(Text::tr("Open &Report"), parent, [parent, copy] { openReportCard(parent, copy); });
        QStringList files;
        for (NodeId id : selected)
            if (const Node *n = model.node(id); n && reportOfCard(*n))
                files << n->path;
        if (files.size() >= 2)
            menu.addAction(Text::tr("Compare &Selected Reports (%1)").arg(files.size()), parent,
                           [parent, files] { compareReportFiles(parent, files); });
    }
    if (card.kind == NodeKind::ModelWeight) {
        const QStringList own = reportsOfWeights(model, card.id);
        menu.addAction(Text::tr("Compare &with..."), parent, [parent, own] {
            const QStringList others = QFileDialog::getOpenFileNames(
                parent, Text::tr("Reports to Compare With"), own.isEmpty() ? QString() : QFileInfo(own.front()).path(),
                Text::tr("Evaluation reports (*.json)"));
            if (!others.isEmpty())
                compareReportFiles(parent, own + others);
        });
    }
}

} // namespace wfs::evalui
