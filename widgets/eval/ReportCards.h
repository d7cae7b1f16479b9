#pragma once

#include "model/graph/Graph.h"

#include <QJsonObject>
#include <optional>
#include <vector>

class QMenu;
class QWidget;

namespace wfs {
class WorkflowModel;
}

namespace wfs::evalui {

// The report a file card stands for, when its file is one that `wfs eval --out` wrote.
std::optional<QJsonObject> reportOfCard(const Node &card);

// Opens the card's report in a window of its own; false when the card is not a report.
bool openReportCard(QWidget *parent, const Node &card);

// Report files written by the tasks this model weight card feeds: the first of a "Compare with...".
QStringList reportsOfWeights(const WorkflowModel &model, NodeId weights);

// Opens the comparison of these report files; a message names a file that is not a report.
void compareReportFiles(QWidget *parent, const QStringList &files);

// The card menu's report actions: open a report card, compare the selected report cards, and on a
// model weight card compare its reports with others chosen in a file dialog.
void addReportActions(QMenu &menu, QWidget *parent, const WorkflowModel &model, const Node &card,
                      const std::vector<NodeId> &selected);

} // namespace wfs::evalui
