#pragma once

#include "model/graph/CardSettings.h"

#include <QUndoCommand>

namespace wfs {

class WorkflowModel;

// Changes one card's settings through the model. Typing into one field of one card is one
// gesture: consecutive commands of the same edit session merge into a single undo step.
class SetCardSettingsCommand : public QUndoCommand
{
public:
    SetCardSettingsCommand(WorkflowModel &model, NodeId node, CardSettings before, CardSettings after,
                           const QString &text, int session = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_session < 0 ? -1 : 0x57465301; }
    bool mergeWith(const QUndoCommand *other) override;

    NodeId node() const { return m_node; }

private:
    WorkflowModel &m_model;
    NodeId m_node;
    CardSettings m_before;
    CardSettings m_after;
    int m_session;
};

} // namespace wfs
