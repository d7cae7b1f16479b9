#include "widgets/SetCardSettingsCommand.h"

#include "model/graph/WorkflowModel.h"

namespace wfs {

SetCardSettingsCommand::SetCardSettingsCommand(WorkflowModel &model, NodeId node, CardSettings before,
                                               CardSettings after, const QString &text, int session)
    : QUndoCommand(text), m_model(model), m_node(node), m_before(std::move(before)), m_after(std::move(after)),
      m_session(session)
{}

void SetCardSettingsCommand::undo()
{
    m_model.setSettings(m_node, m_before);
}

void SetCardSettingsCommand::redo()
{
    m_model.setSettings(m_node, m_after);
}

bool SetCardSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCardSettingsCommand *>(other);
    if (o->m_node != m_node || o->m_session != m_session || o->text() != text())
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace wfs
