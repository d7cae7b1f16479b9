#include "model/graph/GraphJson.h"

#include <QJsonArray>

namespace wfs {

QJsonObject nodeToJson(const Node &n)
{
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("kind"), kindName(n.kind)},
                  {QStringLiteral("title"), n.title},
                  {QStringLiteral("path"), n.path.isEmpty() ? QJsonValue() : QJsonValue(n.path)},
                  {QStringLiteral("settings"), n.settings.toJson()}};
    if (!n.url.isEmpty())
        o.insert(QStringLiteral("url"), n.url);
    if (n.kind == NodeKind::Job)
        o.insert(QStringLiteral("ref"), n.key);
    if (n.task) {
        o.insert(QStringLiteral("status"), statusName(n.task->status));
        if (!n.task->app.isEmpty())
            o.insert(QStringLiteral("app"), n.task->app);
        if (!n.task->group.isEmpty())
            o.insert(QStringLiteral("group"), n.task->group);
        o.insert(QStringLiteral("started"), n.task->startedMs);
        if (n.task->finishedMs)
            o.insert(QStringLiteral("finished"), n.task->finishedMs);
        if (n.task->exitCode)
            o.insert(QStringLiteral("exit_code"), *n.task->exitCode);
        if (!n.task->logPath.isEmpty())
            o.insert(QStringLiteral("log"), n.task->logPath);
        if (!n.task->user.isEmpty())
            o.insert(QStringLiteral("user"), n.task->user);
        if (!n.task->host.isEmpty())
            o.insert(QStringLiteral("host"), n.task->host);
    }
    if (n.kind == NodeKind::ProjectVersion) {
        o.insert(QStringLiteral("project"), n.projectId);
        o.insert(QStringLiteral("number"), n.versionNumber);
    }
    return o;
}

QJsonObject graphToJson(const GraphSnapshot &graph)
{
    QJsonArray nodes;
    for (const Node &n : graph.nodes)
        nodes.append(nodeToJson(n));
    QJsonArray edges;
    for (const Edge &e : graph.edges)
        edges.append(QJsonObject{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}});
    return {{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
}

} // namespace wfs
