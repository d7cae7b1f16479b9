#include "model/recording/Recorder.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace wfs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Recorder)
};

std::optional<NodeId> asId(const QString &target)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(target).hasMatch())
        return std::nullopt;
    return target.toLongLong();
}

bool wantsFolder(NodeKind kind)
{
    return kind == NodeKind::Project || kind == NodeKind::Dataset || kind == NodeKind::Folder;
}

} // namespace

Relation Relation::parseSpec(const QString &spec, Direction direction)
{
    const qsizetype colon = spec.indexOf(u':');
    const QString kind = spec.left(colon);
    Relation r;
    r.direction = direction;
    r.target = colon > 0 ? spec.mid(colon + 1) : QString();
    if (kind == u"app")
        r.kind = NodeKind::AppSession;
    else if (auto k = kindFromName(kind); k && *k != NodeKind::ProjectVersion && *k != NodeKind::AppSession)
        r.kind = *k;
    else
        throw Error::usage(Text::tr("'%1' is not KIND:PATH, where KIND is project, dataset, file, "
                              "model_weight, folder, task, job or app")
                               .arg(spec));
    if (r.target.isEmpty() && r.kind != NodeKind::AppSession)
        throw Error::usage(Text::tr("'%1' names no path or id after the colon").arg(spec));
    return r;
}

Recorder::Recorder(GraphStore &store) : m_store(store) {}

NodeId Recorder::startTask(const TaskStart &start)
{
    if (start.title.trimmed().isEmpty())
        throw Error::usage(Text::tr("A task needs a title"));
    if (start.settings)
        start.settings->validate(QStringLiteral("customNodeSettings"), NodeKind::Task);
    db::Transaction tx(m_store.workspace().db());
    const NodeId id = m_store.insertTask(start.title, start.app, start.group, start.status);
    if (start.settings)
        m_store.setSettings(id, *start.settings);
    tx.commit();
    return id;
}

void Recorder::finishTask(NodeId task, TaskStatus status, std::optional<int> exitCode)
{
    db::Transaction tx(m_store.workspace().db());
    requireTask(task);
    m_store.finishTask(task, status, exitCode);
    tx.commit();
}

void Recorder::finishRunningTask(NodeId task, TaskStatus status)
{
    db::Transaction tx(m_store.workspace().db());
    const Node node = requireTask(task);
    if (node.task && isFinal(node.task->status))
        throw Error(Text::tr("Task %1 has already finished as %2; its status was left as it is")
                        .arg(task)
                        .arg(statusName(node.task->status)));
    m_store.finishTask(task, status, std::nullopt);
    tx.commit();
}

void Recorder::restartTask(NodeId task, TaskStatus status)
{
    db::Transaction tx(m_store.workspace().db());
    requireTask(task);
    m_store.resetTask(task, status);
    tx.commit();
}

void Recorder::setTaskSettings(NodeId task, const CardSettings &settings)
{
    settings.validate(QStringLiteral("customNodeSettings"), NodeKind::Task);
    db::Transaction tx(m_store.workspace().db());
    requireTask(task);
    m_store.setSettings(task, settings);
    tx.commit();
}

NodeId Recorder::record(NodeId task, const Relation &relation)
{
    return recordAll(task, std::span(&relation, 1)).front();
}

std::vector<NodeId> Recorder::recordAll(NodeId task, std::span<const Relation> relations)
{
    db::Transaction tx(m_store.workspace().db());
    const Node taskNode = requireTask(task);
    std::vector<NodeId> ids;
    ids.reserve(relations.size());
    for (const Relation &r : relations)
        ids.push_back(recordOne(taskNode, r));
    tx.commit();
    return ids;
}

NodeId Recorder::registerPath(NodeKind kind, const QString &path)
{
    Relation r;
    r.direction = Direction::Input; // the path must exist
    r.kind = kind;
    r.target = path;
    db::Transaction tx(m_store.workspace().db());
    const NodeId id = resolvePathCard(r);
    tx.commit();
    return id;
}

Node Recorder::requireTask(NodeId id)
{
    return requireNode(id, {NodeKind::Task}, Text::tr("task"));
}

Node Recorder::requireNode(NodeId id, std::initializer_list<NodeKind> kinds, const QString &what)
{
    const std::optional<Node> node = m_store.node(id);
    if (!node)
        throw Error(Text::tr("There is no %1 with id %2 in the workspace %3")
                        .arg(what)
                        .arg(id)
                        .arg(m_store.workspace().dir()));
    if (std::find(kinds.begin(), kinds.end(), node->kind) == kinds.end())
        throw Error(Text::tr("Card %1 is a %2, not a %3").arg(id).arg(kindLabel(node->kind), what));
    return *node;
}

NodeId Recorder::recordOne(const Node &task, const Relation &relation)
{
    const NodeId data = resolveData(task, relation);
    if (data == task.id)
        throw Error::usage(Text::tr("A task cannot be its own input or output"));
    if (relation.relationSettings) {
        const std::optional<Node> node = m_store.node(data);
        relation.relationSettings->validate(QStringLiteral("customRelationSettings"), node->kind);
        m_store.setSettings(data, *relation.relationSettings);
    }
    if (relation.taskSettings) {
        relation.taskSettings->validate(QStringLiteral("customNodeSettings"), NodeKind::Task);
        m_store.setSettings(task.id, *relation.taskSettings);
    }
    if (relation.direction == Direction::Input)
        m_store.addEdge(data, task.id);
    else
        m_store.addEdge(task.id, data);
    return data;
}

NodeId Recorder::resolveData(const Node &task, const Relation &r)
{
    switch (r.kind) {
    case NodeKind::AppSession:
        if (r.direction != Direction::Output)
            throw Error::usage(Text::tr("An app session can only be an output of its own task"));
        return m_store.ensureNode(NodeKind::AppSession, QStringLiteral("task:%1").arg(task.id),
                                  task.task && !task.task->app.isEmpty()
                                      ? task.task->app
                                      : Text::tr("App session of %1").arg(task.title));
    case NodeKind::Task: {
        const std::optional<NodeId> id = asId(r.target);
        if (!id)
            throw Error::usage(Text::tr("'%1' is not a task id").arg(r.target));
        return requireTask(*id).id;
    }
    case NodeKind::Job: {
        const QString ref = r.target.trimmed();
        if (ref.isEmpty())
            throw Error::usage(Text::tr("A labeling job needs its id"));
        if (!r.jobUrl.isEmpty())
            CardSettings{{}, {}, {}, CardLink{r.jobUrl, Text::tr("Open job")}}.validate(QStringLiteral("--url"));
        const QString title = r.jobTitle.isEmpty() ? Text::tr("Labeling job %1").arg(ref) : r.jobTitle;
        const NodeId id = m_store.ensureNode(NodeKind::Job, ref, title, {}, r.jobUrl);
        if (!r.jobTitle.isEmpty() || !r.jobUrl.isEmpty()) {
            const Node existing = *m_store.node(id);
            m_store.setTitleAndUrl(id, r.jobTitle.isEmpty() ? existing.title : r.jobTitle,
                                   r.jobUrl.isEmpty() ? existing.url : r.jobUrl);
        }
        return id;
    }
    case NodeKind::Project:
        return resolveProject(r);
    case NodeKind::ProjectVersion:
        throw Error::usage(Text::tr("Record a version as a project with --version-id or --version-num"));
    default:
        return resolvePathCard(r);
    }
}

NodeId Recorder::resolveProject(const Relation &r)
{
    const NodeId project = asId(r.target) ? requireNode(*asId(r.target), {NodeKind::Project}, Text::tr("project")).id
                                          : resolvePathCard(r);
    if (r.versionId && r.versionNumber)
        throw Error::usage(Text::tr("Give either --version-id or --version-num, not both"));
    if (r.versionNumber && r.direction == Direction::Output)
        throw Error::usage(Text::tr("--version-num is for inputs; an output names its version by --version-id"));
    if (r.versionId) {
        const Node version = requireNode(*r.versionId, {NodeKind::ProjectVersion}, Text::tr("project version"));
        if (version.projectId != project)
            throw Error(Text::tr("Version %1 belongs to project %2, not to project %3")
                            .arg(*r.versionId)
                            .arg(version.projectId)
                            .arg(project));
        return version.id;
    }
    if (r.versionNumber) {
        const std::optional<NodeId> version = m_store.versionByNumber(project, *r.versionNumber);
        if (!version)
            throw Error(Text::tr("Project %1 has no version number %2").arg(project).arg(*r.versionNumber));
        return *version;
    }
    return project;
}

NodeId Recorder::resolvePathCard(const Relation &r)
{
    if (const std::optional<NodeId> id = asId(r.target)) {
        const QString what = kindLabel(r.kind);
        if (r.kind == NodeKind::File || r.kind == NodeKind::ModelWeight) {
            const Node node = requireNode(*id, {NodeKind::File, NodeKind::ModelWeight}, what);
            if (r.kind == NodeKind::ModelWeight && node.kind == NodeKind::File)
                m_store.setKind(node.id, NodeKind::ModelWeight);
            return node.id;
        }
        return requireNode(*id, {r.kind}, what).id;
    }

    const QString path = paths::canonical(r.target);
    const QFileInfo info(path);
    if (r.direction == Direction::Input && !info.exists())
        throw Error(Text::tr("No such file or folder: %1").arg(path));
    if (info.exists() && wantsFolder(r.kind) && !info.isDir())
        throw Error(Text::tr("%1 is not a folder, so it cannot be recorded as a %2").arg(path, kindLabel(r.kind)));
    if (info.exists() && !wantsFolder(r.kind) && info.isDir())
        throw Error(Text::tr("%1 is a folder: record it as a folder, not as a %2").arg(path, kindLabel(r.kind)));

    if (r.kind == NodeKind::File || r.kind == NodeKind::ModelWeight) {
        // One card per file: recording it as model weights later upgrades the file card.
        if (const auto weights = m_store.findNode(NodeKind::ModelWeight, path))
            return *weights;
        if (const auto file = m_store.findNode(NodeKind::File, path)) {
            if (r.kind == NodeKind::ModelWeight)
                m_store.setKind(*file, NodeKind::ModelWeight);
            return *file;
        }
    }
    return m_store.ensureNode(r.kind, path, paths::baseName(path), path);
}

} // namespace wfs
