#include "model/graph/BakeGroups.h"

#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"

#include <QRegularExpression>

namespace wfs {

bool BakeGroup::isRunning() const
{
    for (TaskStatus s : {TaskStatus::Running, TaskStatus::Pending}) {
        if (count(s) > 0)
            return true;
    }
    return false;
}

QString bakeUnit(const QString &group)
{
    // The prefix BakeRunner gives every card group of a bake; what follows is the flow's title.
    static const QRegularExpression prefix(QStringLiteral("^bake ([1-9][0-9]{0,17}) · "));
    const QRegularExpressionMatch m = prefix.match(group);
    return m.hasMatch() ? QStringLiteral("bake ") + m.captured(1) : QString();
}

std::vector<BakeGroup> bakeGroups(const GraphSnapshot &graph)
{
    std::map<qint64, BakeGroup> byBake;
    for (const Node &n : graph.nodes) {
        if (!n.task || n.kind != NodeKind::Task)
            continue;
        const QString unit = bakeUnit(n.task->group);
        if (unit.isEmpty())
            continue;
        const qint64 bake = unit.mid(5).toLongLong();
        BakeGroup &g = byBake[bake];
        g.unit = unit;
        g.card = -bake;
        // A bake's own group is the shortest: an action's group adds " · CALL" to it.
        if (g.title.isEmpty() || n.task->group.size() < g.title.size())
            g.title = n.task->group;
        g.tasks.push_back(n.id);
        ++g.counts[std::size_t(n.task->status)];
    }
    std::vector<BakeGroup> groups;
    groups.reserve(byBake.size());
    for (auto &[bake, g] : byBake)
        groups.push_back(std::move(g));
    return groups;
}

std::vector<BakeGroup> collapsedGroups(const GraphSnapshot &graph, const GroupStates &states)
{
    std::vector<BakeGroup> collapsed;
    for (BakeGroup &g : bakeGroups(graph)) {
        const auto state = states.find(g.unit);
        const bool expanded = state != states.end() && state->second;
        if (!g.isRunning() && !expanded)
            collapsed.push_back(std::move(g));
    }
    return collapsed;
}

GroupStates readGroupStates(Workspace &workspace)
{
    GroupStates states;
    db::Statement st(workspace.db(), "SELECT unit, expanded FROM group_view");
    while (st.step())
        states[st.text(0)] = st.int64(1) != 0;
    return states;
}

void writeGroupState(Workspace &workspace, const QString &unit, bool expanded)
{
    db::Statement st(workspace.db(), "INSERT INTO group_view(unit, expanded) VALUES(?1, ?2) "
                                     "ON CONFLICT(unit) DO UPDATE SET expanded = excluded.expanded");
    st.bind(1, unit).bind(2, expanded ? 1 : 0).exec();
}

} // namespace wfs
