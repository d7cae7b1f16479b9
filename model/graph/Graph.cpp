#include "model/graph/Graph.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace wfs {

QString statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Running:
        return QStringLiteral("running");
    case TaskStatus::Succeeded:
        return QStringLiteral("succeeded");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TaskStatus::Pending:
        return QStringLiteral("pending");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    case TaskStatus::Cached:
        return QStringLiteral("cached");
    }
    return {};
}

QString statusColorName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Running:
        return QStringLiteral("#1e88e5");
    case TaskStatus::Succeeded:
        return QStringLiteral("#43a047");
    case TaskStatus::Failed:
        return QStringLiteral("#e53935");
    case TaskStatus::Cancelled:
        return QStringLiteral("#9e9e9e");
    case TaskStatus::Pending:
        return QStringLiteral("#bdbdbd");
    case TaskStatus::Skipped:
        return QStringLiteral("#ffb300");
    case TaskStatus::Cached:
        return QStringLiteral("#00897b");
    }
    return QStringLiteral("#bdbdbd");
}

bool isFinal(TaskStatus status)
{
    return status != TaskStatus::Running && status != TaskStatus::Pending;
}

std::optional<TaskStatus> statusFromName(const QString &name)
{
    for (TaskStatus s : {TaskStatus::Running, TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Cancelled,
                         TaskStatus::Pending, TaskStatus::Skipped, TaskStatus::Cached}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

Scope Scope::parse(const QString &text)
{
    if (text == u"workspace")
        return {};
    const qsizetype colon = text.indexOf(u':');
    const QString type = text.left(colon);
    bool ok = false;
    const NodeId id = colon > 0 ? text.mid(colon + 1).toLongLong(&ok) : 0;
    if (ok && id > 0 && type == u"project")
        return {Type::Project, id};
    if (ok && id > 0 && type == u"task")
        return {Type::Task, id};
    throw Error::usage(QCoreApplication::translate("wfs::Scope",
                                                   "'%1' is not a scope: use workspace, "
                                                   "project:ID or task:ID")
                           .arg(text));
}

QString Scope::toString() const
{
    switch (type) {
    case Type::Workspace:
        return QStringLiteral("workspace");
    case Type::Project:
        return QStringLiteral("project:%1").arg(id);
    case Type::Task:
        return QStringLiteral("task:%1").arg(id);
    }
    return {};
}

const Node *GraphSnapshot::find(NodeId id) const
{
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                                     [](const Node &n, NodeId v) { return n.id < v; });
    return it != nodes.end() && it->id == id ? &*it : nullptr;
}

GraphSnapshot GraphSnapshot::filtered(const Scope &scope) const
{
    if (scope.type == Scope::Type::Workspace)
        return *this;

    std::unordered_map<NodeId, std::vector<NodeId>> neighbours;
    for (const Edge &e : edges) {
        neighbours[e.from].push_back(e.to);
        neighbours[e.to].push_back(e.from);
    }
    std::unordered_set<NodeId> keep;
    auto addTaskWithRelations = [&](NodeId task) {
        keep.insert(task);
        for (NodeId n : neighbours[task])
            keep.insert(n);
    };

    if (scope.type == Scope::Type::Task) {
        if (const Node *n = find(scope.id); n && n->kind == NodeKind::Task)
            addTaskWithRelations(scope.id);
    } else if (const Node *p = find(scope.id); p && p->kind == NodeKind::Project) {
        std::vector<NodeId> own{scope.id};
        for (const Node &n : nodes) {
            if (n.kind == NodeKind::ProjectVersion && n.projectId == scope.id)
                own.push_back(n.id);
        }
        for (NodeId id : own) {
            keep.insert(id);
            for (NodeId t : neighbours[id]) {
                if (const Node *tn = find(t); tn && tn->kind == NodeKind::Task)
                    addTaskWithRelations(t);
            }
        }
    }

    GraphSnapshot out;
    for (const Node &n : nodes) {
        if (keep.count(n.id))
            out.nodes.push_back(n);
    }
    for (const Edge &e : edges) {
        if (keep.count(e.from) && keep.count(e.to))
            out.edges.push_back(e);
    }
    return out;
}

} // namespace wfs
