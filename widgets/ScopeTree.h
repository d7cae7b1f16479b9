#pragma once

#include "model/graph/Graph.h"

#include <QTreeWidget>

namespace wfs {

class WorkflowModel;

// The side tree of scopes (seed 001): the workspace, its projects and its tasks (by group).
// Choosing an entry sets the model's scope.
class ScopeTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ScopeTree(WorkflowModel &model, QWidget *parent = nullptr);

    void rebuild();
    QTreeWidgetItem *itemFor(const Scope &scope) const;

private:
    void syncSelection();

    WorkflowModel &m_model;
    bool m_rebuilding = false;
};

} // namespace wfs
