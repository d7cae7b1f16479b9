#include "model/pipelines/PlatformContexts.h"

#include "model/pipelines/Expr.h"

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

QJsonObject withPlatformContexts(const FlowDocument &doc, QJsonObject contexts)
{
    contexts.insert(QStringLiteral("volumes"), volumesContext(doc, contexts));
    contexts.insert(QStringLiteral("images"), imagesContext(doc, contexts));
    return contexts;
}

} // namespace wfs::pipelines
