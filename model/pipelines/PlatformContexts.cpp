#include "model/pipelines/PlatformContexts.h"

#include "model/pipelines/Expr.h"
#include "model/pipelines/GitContext.h"
#include "model/pipelines/TaskLaunch.h"

#include <QDir>
#include <QJsonArray>

namespace wfs::pipelines {

namespace {

// Each attribute of one volume or image, evaluated; absent ones are null.
QJsonObject evaluated(const PlatformItem &item, const QString &section, const QStringList &keys, const QJsonObject &contexts)
{
    QJsonObject out{{QStringLiteral("id"), item.id}};
    for (const QString &key : keys)
        out.insert(key, QJsonValue());
    for (const auto &[key, value] : item.fields) {
        try {
            out.insert(key, expr::evaluate(value.text, contexts));
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1: %2.%3.%4: %5").arg(value.mark.toString(), section, item.id, key, e.message()));
        }
    }
    return out;
}

QString workspaceOf(const QJsonObject &contexts)
{
    return contexts.value(QStringLiteral("flow")).toObject().value(QStringLiteral("workspace")).toString();
}

} // namespace

QJsonObject volumesContext(const FlowDocument &doc, const QJsonObject &contexts)
{
    QJsonObject out;
    for (const PlatformItem &item : doc.volumes) {
        QJsonObject v = evaluated(item, QStringLiteral("volumes"),
                                  {QStringLiteral("remote"), QStringLiteral("mount"), QStringLiteral("local")}, contexts);
        const QJsonValue readOnly = v.value(QStringLiteral("read_only"));
        const bool ro = readOnly.isBool() ? readOnly.toBool()
                                          : QStringList{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on")}
                                                .contains(expr::toText(readOnly).toLower());
        v.insert(QStringLiteral("read_only"), ro);
        const QString local = v.value(QStringLiteral("local")).isNull() ? QString() : expr::toText(v.value(QStringLiteral("local")));
        v.insert(QStringLiteral("full_local_path"),
                 local.isEmpty() ? QJsonValue() : QJsonValue(QDir::cleanPath(QDir(workspaceOf(contexts)).absoluteFilePath(local))));
        // "storage:path/to:/mnt/path:rw", as a volume is written in a task's volumes.
        const QString base = expr::toText(v.value(QStringLiteral("remote"))) + u':' + expr::toText(v.value(QStringLiteral("mount")));
        v.insert(QStringLiteral("ref"), QString(base + (ro ? QStringLiteral(":ro") : QStringLiteral(":rw"))));
        v.insert(QStringLiteral("ref_ro"), QString(base + QStringLiteral(":ro")));
        v.insert(QStringLiteral("ref_rw"), QString(base + QStringLiteral(":rw")));
        out.insert(item.id, v);
    }
    return out;
}

QJsonObject imagesContext(const FlowDocument &doc, const QJsonObject &contexts)
{
    QJsonObject out;
    for (const PlatformItem &item : doc.images) {
        QJsonObject v = evaluated(item, QStringLiteral("images"),
                                  {QStringLiteral("ref"), QStringLiteral("context"), QStringLiteral("dockerfile"),
                                   QStringLiteral("build_preset")},
                                  contexts);
        const QDir workspace(workspaceOf(contexts));
        for (const char *key : {"context", "dockerfile"}) {
            const QJsonValue path = v.value(QString::fromLatin1(key));
            v.insert(QStringLiteral("full_%1_path").arg(QString::fromLatin1(key)),
                     path.isNull() ? QJsonValue() : QJsonValue(QDir::cleanPath(workspace.absoluteFilePath(expr::toText(path)))));
        }
        v.insert(QStringLiteral("build_args"), QJsonArray());
        v.insert(QStringLiteral("env"), QJsonObject());
        v.insert(QStringLiteral("volumes"), QJsonArray());
        out.insert(item.id, v);
    }
    return out;
}

QJsonArray tagsContext(const FlowDocument &doc, const QJsonObject &contexts)
{
    // Apolo's system tags: ids lowercased with '_' as '-' (context.py, _id2tag).
    auto tagId = [](const QString &id) { return id.toLower().replace(u'_', u'-'); };
    const QJsonObject flow = contexts.value(QStringLiteral("flow")).toObject();
    QStringList tags{QStringLiteral("project:") + tagId(flow.value(QStringLiteral("project_id")).toString()),
                     QStringLiteral("flow:") + tagId(flow.value(QStringLiteral("flow_id")).toString())};
    for (const Scalar &tag : doc.defaults.tags) {
        QJsonValue value;
        try {
            value = expr::evaluate(tag.text, contexts);
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1: defaults.tags: %2").arg(tag.mark.toString(), e.message()));
        }
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                tags << expr::toText(v);
        } else {
            tags << expr::toText(value);
        }
    }
    // A set in Apolo, whose order Python does not fix: sorted here so that it is the same each run.
    tags.sort();
    tags.removeDuplicates();
    return QJsonArray::fromStringList(tags);
}

QCborMap withPlatformContexts(const FlowDocument &doc, QCborMap contexts)
{
    // Their attributes read flow, project and params, which hold no floats to keep.
    QJsonObject json = contexts.toJsonObject();
    json.insert(QStringLiteral("volumes"), volumesContext(doc, json));
    json.insert(QStringLiteral("images"), imagesContext(doc, json));
    json.insert(QStringLiteral("tags"), tagsContext(doc, json));
    for (const char *name : {"volumes", "images", "tags"})
        contexts.insert(QString::fromLatin1(name), QCborValue::fromJsonValue(json.value(QString::fromLatin1(name))));
    // Git runs only for a flow that reads it. Left out when there is none: checkReferences()
    // refuses a flow that reads it, naming why.
    if (!doc.readsGit)
        return contexts;
    const GitInfo git = gitInfo(projectRoot(doc));
    if (git.problem.isEmpty())
        contexts.insert(QStringLiteral("git"), QCborMap::fromJsonObject(git.context));
    return contexts;
}

} // namespace wfs::pipelines
