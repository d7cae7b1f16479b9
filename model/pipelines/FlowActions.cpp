#include "model/pipelines/FlowActions.h"

#include "model/pipelines/FlowRead.h"
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

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::pipelines::FlowParser)
};

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

Node loadAction(const Scalar &action, const QString &path, const FlowDocument &doc, QString &file)
{
    const qsizetype colon = action.text.indexOf(u':');
    const QString scheme = action.text.left(colon);
    if (colon < 0 || (scheme != u"ws" && scheme != u"workspace"))
        fail(action.mark, childPath(path, QStringLiteral("action")),
             colon < 0 ? Text::tr("'%1' has no scheme: write ws:NAME for an action of this workspace").arg(action.text)
                       : Text::tr("only workspace actions (ws:NAME) run locally, not '%1'").arg(action.text));
    QStringList lookedAt;
    file = findAction(doc, action.text.mid(colon + 1), lookedAt);
    if (file.isEmpty())
        fail(action.mark, childPath(path, QStringLiteral("action")),
             Text::tr("there is no action %1 (looked for %2)").arg(action.text, lookedAt.join(QStringLiteral(", "))));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(action.mark, childPath(path, QStringLiteral("action")), Text::tr("cannot read %1").arg(file));
    return flowyaml::load(QString::fromUtf8(f.read(8 * 1024 * 1024)), QFileInfo(file).absoluteFilePath());
}

// Each input's default (a Scalar that is not present when it has none), in the order written.
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

// The call's args checked against the inputs: each input's value as written.
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
            fail(call.entry(u"action")->keyMark, call.path(QStringLiteral("args")),
                 Text::tr("%1 needs a value for its input '%2': give it in args").arg(action, name));
        out.emplace_back(name, given != args.end() ? given->second : def);
    }
    return out;
}

// A `kind: local` action: its `cmd` runs (in bash, with the inputs context) before every other
// task of the flow, as the call; its outputs are what the command sets.
void addLocalCall(const Node &root, const Fields &call, const Scalar &action, TaskSpec spec, FlowDocument &doc)
{
    static const KeyTable localKeys{QString::fromLatin1("kind name author descr inputs outputs cmd").split(u' '), {}};
    const Fields top(root, QString(), localKeys, nullptr);
    const Scalar cmd = top.scalar(QStringLiteral("cmd"));
    if (!cmd.present)
        fail(root.mark, QStringLiteral("cmd"), Text::tr("missing: a local action needs a cmd"));
    spec.command.bash = cmd;
    spec.actionInputs = inputValues(call, action.text, readInputs(top.value(u"inputs")));
    spec.actionCall = spec.id.text;
    spec.runsFirst = true;
    spec.needs = std::vector<Need>(); // it comes first
    doc.tasks.push_back(std::move(spec));
}

} // namespace

void addCall(const Node &node, const QString &path, TaskSpec call, FlowDocument &doc, const ReadTask &read)
{
    static const KeyTable callKeys{QString::fromLatin1("id title needs enable strategy cache bash cmd python env "
                                                       "workdir life_span inputs outputs mixins inherits action args")
                                       .split(u' '),
                                   {}};
    const Fields f(node, path, callKeys, nullptr);
    for (const char *own : {"bash", "cmd", "python", "strategy"}) {
        if (const Entry *e = f.entry(QString::fromLatin1(own)))
            fail(e->keyMark, f.path(e->key), Text::tr("a task that calls an action has no %1 of its own").arg(e->key));
    }
    const Scalar action = f.scalar(QStringLiteral("action"));
    const int index = int(doc.tasks.size());
    const QString id = call.id.present ? call.id.text : QStringLiteral("task-%1").arg(index + 1);
    if (!call.id.present) {
        call.id.text = id;
        call.id.present = true;
        call.id.mark = call.mark;
    }
    QString file;
    const Node root = loadAction(action, path, doc, file);
    static const KeyTable actionKeys{QString::fromLatin1("kind name author descr inputs outputs cache tasks").split(u' '),
                                     QString::fromLatin1("images volumes").split(u' ')};
    const Scalar kind = flowread::scalar(root.find(u"kind") ? root.find(u"kind")->value : Node(), QStringLiteral("kind"));
    if (kind.text == u"local") {
        addLocalCall(root, f, action, std::move(call), doc);
        return;
    }
    const Fields top(root, QString(), actionKeys, nullptr);
    if (kind.text != u"batch")
        fail(kind.present ? kind.mark : root.mark, QStringLiteral("kind"),
             Text::tr("only batch and local actions run in a batch flow (this one is kind: %1)").arg(kind.text));
    const ScalarMap inputs = inputValues(f, action.text, readInputs(top.value(u"inputs")));

    const Node *tasks = top.value(u"tasks");
    if (!tasks)
        fail(root.mark, QStringLiteral("tasks"), Text::tr("missing: a batch action needs a list of tasks"));
    flowyaml::expect(*tasks, Node::Type::List, QStringLiteral("tasks"));
    const QString prefix = id + u'.';
    for (std::size_t i = 0; i < tasks->items.size(); ++i) {
        const QString taskPath = flowyaml::itemPath(QStringLiteral("tasks"), i);
        if (tasks->items[i].find(u"action"))
            fail(tasks->items[i].mark, taskPath, Text::tr("an action's task cannot call another action here"));
        TaskSpec t = read(tasks->items[i], taskPath);
        const QString own = t.id.present ? t.id.text : QStringLiteral("task-%1").arg(i + 1);
        t.id.text = prefix + own;
        t.id.present = true;
        if (t.needs) {
            for (Need &n : *t.needs)
                n.task = prefix + n.task;
        } else if (i == 0) {
            t.needs = std::vector<Need>(); // the call's needs below
        }
        t.actionCall = id;
        t.actionInputs = inputs;
        t.callNeeds = call.needs;
        t.callPredecessor = index - 1;
        doc.tasks.push_back(std::move(t));
    }
    if (const Node *outputs = top.value(u"outputs")) {
        flowyaml::expect(*outputs, Node::Type::Map, QStringLiteral("outputs"));
        static const KeyTable outputKeys{{QStringLiteral("value"), QStringLiteral("descr")}, {}};
        for (const Entry &e : outputs->entries) {
            if (e.key == u"needs")
                continue; // every task of the action is done before the call is
            const Fields output(e.value, childPath(QStringLiteral("outputs"), e.key), outputKeys, nullptr);
            const Scalar value = output.scalar(QStringLiteral("value"));
            if (!value.present)
                fail(e.keyMark, output.path(QStringLiteral("value")), Text::tr("missing: an output needs a value"));
            call.callOutputs.emplace_back(e.key, value);
        }
    }
    call.actionCall = id;
    call.isCall = true;
    call.actionInputs = inputs;
    call.needs.reset(); // it needs its action's tasks
    doc.tasks.push_back(std::move(call));
}

} // namespace wfs::pipelines::flowactions
