#include "model/pipelines/BatchPlan.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"

#include <QCoreApplication>
#include <QFileInfo>

// A flow's params: defaults, values from the command line laid over them, and the check that
// every param has a value; the flow and project contexts made from them.

namespace wfs::pipelines {

QJsonObject BatchPlan::params(const FlowDocument &doc, const std::vector<std::pair<QString, QString>> &overrides)
{
    return paramValues(doc.params, overrides, QStringLiteral("this flow"));
}

QJsonObject BatchPlan::paramValues(const std::vector<Param> &declared,
                                   const std::vector<std::pair<QString, QString>> &overrides, const QString &owner,
                                   const QCborMap &contexts)
{
    QStringList known;
    for (const Param &p : declared)
        known << p.name;
    QJsonObject out;
    for (const auto &[name, value] : overrides) {
        if (!known.contains(name))
            throw Error::usage(known.isEmpty()
                                   ? QStringLiteral("unknown param '%1': %2 has no params").arg(name, owner)
                                   : QStringLiteral("unknown param '%1' of %2 (known: %3)").arg(name, owner, known.join(u", ")));
        out.insert(name, value);
    }
    for (const Param &p : declared) {
        if (out.contains(p.name))
            continue;
        QJsonValue value = p.defaultValue;
        if (value.isString() && expr::hasExpressions(value.toString())) {
            try {
                value = expr::evaluateValue(value.toString(), contexts).toJsonValue();
            } catch (const expr::ExprError &e) {
                throw FlowError(p.mark, QStringLiteral("params.%1.default").arg(p.name), e.message());
            }
        }
        // Params are text, as Apolo has them: `epochs: 3` and `-p epochs 3` are the same value.
        out.insert(p.name, value.isNull() ? value : QJsonValue(expr::toText(value)));
    }
    return out;
}

void BatchPlan::requireParams(const std::vector<Param> &declared, const QJsonObject &params)
{
    std::vector<const Param *> missing;
    for (const Param &p : declared) {
        if (params.value(p.name).isNull())
            missing.push_back(&p);
    }
    if (missing.empty())
        return;
    QStringList others;
    for (std::size_t i = 1; i < missing.size(); ++i)
        others << missing[i]->name;
    const Param &first = *missing.front();
    QString what = Text::tr("no value: a param without a default needs one (-p %1 VALUE)")
                       .arg(first.name);
    if (!others.isEmpty())
        what += Text::tr("; nor have %1").arg(others.join(u", "));
    throw FlowError(first.mark, QStringLiteral("params.") + first.name, what);
}

QJsonObject BatchPlan::flowContext(const FlowDocument &doc, const QJsonObject &params, const QString &projectFolder)
{
    QString title = doc.id;
    if (doc.title.present) {
        try {
            title = expr::evaluateValueText(doc.title.text, {{QStringLiteral("params"), QCborMap::fromJsonObject(params)}});
        } catch (const expr::ExprError &e) {
            throw FlowError(doc.title.mark, QStringLiteral("title"), e.message());
        }
    }
    return {{QStringLiteral("flow_id"), doc.id},
            {QStringLiteral("project_id"), doc.projectId.isEmpty() ? QFileInfo(projectFolder).fileName() : doc.projectId},
            {QStringLiteral("title"), title},
            {QStringLiteral("workspace"), projectFolder},
            {QStringLiteral("username"), qEnvironmentVariable("USER")},
            {QStringLiteral("id"), doc.id}}; // Apolo's deprecated name of flow_id
}

QJsonObject BatchPlan::projectContext(const FlowDocument &doc, const QJsonObject &flow)
{
    return {{QStringLiteral("id"), flow.value(QStringLiteral("project_id"))},
            {QStringLiteral("owner"), doc.projectOwner.isEmpty() ? QJsonValue() : QJsonValue(doc.projectOwner)},
            {QStringLiteral("project_name"), doc.projectName.isEmpty() ? QJsonValue() : QJsonValue(doc.projectName)},
            {QStringLiteral("role"), doc.projectRole.isEmpty() ? QJsonValue() : QJsonValue(doc.projectRole)}};
}

} // namespace wfs::pipelines
