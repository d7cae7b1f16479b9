#include "model/pipelines/FlowActionFiles.h"

#include "model/core/Text.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wfs::pipelines::flowactions {

using flowread::Fields;
using flowread::KeyTable;
using flowyaml::childPath;
using flowyaml::Entry;
using flowyaml::fail;
using flowyaml::Node;

namespace {

// The action file `spec` (after "ws:") names, relative to the flow's workspace.
QString findAction(const FlowDocument &doc, const QString &spec, QStringList &lookedAt)
{
    const QDir root(projectRoot(doc));
    for (const QString &prefix : {QString(), QStringLiteral(".apolo/"), QStringLiteral(".neuro/")}) {
        for (const QString &ext : {QString(), QStringLiteral(".yml"), QStringLiteral(".yaml")}) {
            if (!prefix.isEmpty() && ext.isEmpty())
                continue; // in .apolo/ only workflow files count
            const QString candidate = root.filePath(prefix + spec + ext);
            lookedAt << candidate;
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
    }
    return {};
}

} // namespace

Scalar actionRef(const Fields &call)
{
    const Entry *action = call.entry(u"action");
    const Entry *module = call.entry(u"module");
    if (action && module)
        fail(module->keyMark, call.path(module->key), Text::tr("a task calls either an action or a module, not both"));
    return call.scalar(module ? QStringLiteral("module") : QStringLiteral("action"));
}

bool isRemoteScheme(const QString &scheme)
{
    return scheme == u"gh" || scheme == u"github";
}

Node loadAction(const Scalar &action, const QString &callPath, const FlowDocument &doc, QString &file)
{
    const qsizetype colon = action.text.indexOf(u':');
    const QString scheme = action.text.left(colon);
    // Apolo (config_loader.py) knows ws: and workspace: for the workspace's actions, gh: and
    // github: for OWNER/REPO@VERSION, which it clones from github.com; this runner stays offline.
    if (colon < 0)
        fail(action.mark, callPath, Text::tr("'%1' has no scheme: write ws:NAME for an action of this workspace").arg(action.text));
    if (isRemoteScheme(scheme))
        fail(action.mark, callPath,
             Text::tr("only workspace actions (ws:NAME) run locally, not '%1': Apolo clones a GitHub action from "
                      "github.com, and remote actions need the network, which local runs do not use; copy its "
                      "action.yml into the workspace and call it as ws:NAME")
                 .arg(action.text));
    if (scheme != u"ws" && scheme != u"workspace")
        fail(action.mark, callPath,
             Text::tr("only workspace actions (ws:NAME) run locally, not '%1': Apolo knows no scheme '%2' (it knows "
                      "ws:, workspace:, gh: and github:)")
                 .arg(action.text, scheme));
    QStringList lookedAt;
    file = findAction(doc, action.text.mid(colon + 1), lookedAt);
    if (file.isEmpty())
        fail(action.mark, callPath,
             Text::tr("there is no action %1 (looked for %2)").arg(action.text, lookedAt.join(QStringLiteral(", "))));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(action.mark, callPath, Text::tr("cannot read %1").arg(file));
    return flowyaml::load(QString::fromUtf8(f.read(8 * 1024 * 1024)), QFileInfo(file).absoluteFilePath());
}

std::vector<std::pair<QString, Scalar>> readInputs(const Node *node)
{
    std::vector<std::pair<QString, Scalar>> out;
    if (!node)
        return out;
    flowyaml::expect(*node, Node::Type::Map, QStringLiteral("inputs"));
    static const KeyTable longForm{QString::fromLatin1("default descr type").split(u' '), {}};
    for (const Entry &e : node->entries) {
        const QString p = childPath(QStringLiteral("inputs"), e.key);
        const Node *value = &e.value;
        if (value->type == Node::Type::Map)
            value = Fields(*value, p, longForm, nullptr).value(u"default");
        Scalar def;
        if (value && value->type != Node::Type::Null)
            def = flowread::scalar(*value, p);
        out.emplace_back(e.key, def);
    }
    return out;
}

ScalarMap inputValues(const Fields &call, const QString &action, const std::vector<std::pair<QString, Scalar>> &inputs)
{
    QStringList names;
    for (const auto &input : inputs)
        names << input.first;
    ScalarMap args;
    if (const Node *v = call.value(u"args"))
        args = flowread::env(*v, call.path(QStringLiteral("args")));
    for (const auto &[name, value] : args) {
        if (!names.contains(name))
            fail(value.mark, call.path(QStringLiteral("args.")) + name,
                 Text::tr("%1 has no input '%2' (inputs: %3)")
                     .arg(action, name, names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", "))));
    }
    ScalarMap out;
    for (const auto &[name, def] : inputs) {
        const auto given = std::find_if(args.begin(), args.end(), [&](const auto &a) { return a.first == name; });
        if (given == args.end() && !def.present)
            fail((call.entry(u"action") ? call.entry(u"action") : call.entry(u"module"))->keyMark, call.path(QStringLiteral("args")),
                 Text::tr("%1 needs a value for its input '%2': give it in args").arg(action, name));
        out.emplace_back(name, given != args.end() ? given->second : def);
    }
    return out;
}

} // namespace wfs::pipelines::flowactions
