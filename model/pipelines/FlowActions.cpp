#include "model/pipelines/FlowActions.h"

#include "model/core/Text.h"
#include "model/pipelines/FlowActionFiles.h"
#include "model/pipelines/FlowRead.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wfs::pipelines::flowactions {

using flowread::Fields;
using flowread::KeyTable;
using flowyaml::childPath;
using flowyaml::Entry;
using flowyaml::fail;
using flowyaml::Node;

namespace {
// Apolo (parser.py) knows outputs.needs only in batch actions, where it no longer has an effect.
void refuseOutputNeeds(const Fields &top, const QString &kind)
{
    const Node *outputs = top.value(u"outputs");
    if (const Entry *needs = outputs && outputs->type == Node::Type::Map ? outputs->find(u"needs") : nullptr)
        fail(needs->keyMark, QStringLiteral("outputs.needs"),
             Text::tr("outputs.needs is only for batch actions (this one is kind: %1)").arg(kind));
}

// A `kind: local` action: its `cmd` runs (in bash, with the inputs context) before every other
// task of the flow, as the call; its outputs are what the command sets.
void addLocalCall(const Node &root, const Fields &call, const Scalar &action, TaskSpec spec, FlowDocument &doc)
{
    static const KeyTable localKeys{QString::fromLatin1("kind name author descr inputs outputs cmd bash python").split(u' '),
                                    {}};
    const Fields top(root, QString(), localKeys, nullptr);
    refuseOutputNeeds(top, QStringLiteral("local"));
    const CommandSpec command = flowread::command(top, QString(), false, nullptr);
    if (!command.cmd.present && !command.bash.present && !command.python.present)
        fail(root.mark, QStringLiteral("cmd"), Text::tr("missing: a local action needs a cmd, bash or python"));
    // Apolo gives cmd to the shell.
    spec.command = command;
    if (command.cmd.present)
        spec.command = CommandSpec{command.cmd, {}, {}};
    spec.actionInputs = inputValues(call, action.text, readInputs(top.value(u"inputs")));
    spec.actionCall = spec.id.present ? spec.id.text : QStringLiteral("task-%1").arg(spec.number);
    spec.runsFirst = true;
    // It comes before the flow's other tasks: by default after the local call written before it.
    if (!spec.needs) {
        spec.needs = std::vector<Need>();
        if (!doc.tasks.empty() && doc.tasks.back().runsFirst)
            spec.needs->push_back({doc.tasks.back().actionCall, Need::When::Completed, spec.mark});
    }
    doc.tasks.push_back(std::move(spec));
}

// Reads `main` or `post` of a stateful action: a task without what only a flow's task has.
TaskSpec statefulTask(const Node &node, const QString &key, const ReadTask &read)
{
    flowyaml::expect(node, Node::Type::Map, key);
    for (const char *own : {"id", "needs", "strategy", "enable", "cache"}) {
        if (const Entry *e = node.find(QString::fromLatin1(own)))
            fail(e->keyMark, childPath(key, e->key), Text::tr("a stateful action's %1 task has no %2").arg(key, e->key));
    }
    return read(node, key, false);
}

// A `kind: stateful` action: the call runs its `main`; its `post`, if any, is kept for the end.
void addStatefulCall(const Node &root, const Fields &call, const Scalar &action, TaskSpec spec, FlowDocument &doc,
                     const ReadTask &read)
{
    static const KeyTable statefulKeys{
        QString::fromLatin1("kind name author descr inputs outputs cache main post post_if").split(u' '), {}};
    const Fields top(root, QString(), statefulKeys, nullptr);
    refuseOutputNeeds(top, QStringLiteral("stateful"));
    const Node *mainNode = top.value(u"main");
    if (!mainNode)
        fail(root.mark, QStringLiteral("main"), Text::tr("missing: a stateful action needs a main task"));
    const TaskSpec main = statefulTask(*mainNode, QStringLiteral("main"), read);
    spec.command = main.command;
    spec.env = main.env;
    spec.workdir = main.workdir;
    spec.lifeSpan = main.lifeSpan;
    spec.inputs = main.inputs;
    spec.outputs = main.outputs;
    spec.actionInputs = inputValues(call, action.text, readInputs(top.value(u"inputs")));
    spec.actionCall = spec.id.present ? spec.id.text : QStringLiteral("task-%1").arg(spec.number);
    spec.stateful = true;
    if (const Node *postNode = top.value(u"post")) {
        TaskSpec post = statefulTask(*postNode, QStringLiteral("post"), read);
        post.actionCall = spec.actionCall;
        post.actionInputs = spec.actionInputs;
        post.postOf = int(doc.tasks.size());
        post.actionPath = spec.actionPath;
        post.enable = top.scalar(QStringLiteral("post_if"));
        if (!post.enable.present)
            post.enable = Scalar{QStringLiteral("${{ always() }}"), post.mark, true};
        doc.posts.push_back(std::move(post));
    }
    doc.tasks.push_back(std::move(spec));
}

} // namespace

namespace {

// The action files being expanded, the flow's call first: a call past maxActionDepth, or of an
// action already among them (a calls b calls a), is refused at the call.
void checkChain(const Scalar &action, const QString &callPath, const QString &file, const QStringList &chain,
                const FlowDocument &doc)
{
    const QDir root(projectRoot(doc));
    QStringList names;
    for (const QString &f : chain)
        names << root.relativeFilePath(f);
    names << root.relativeFilePath(file);
    if (chain.contains(file))
        fail(action.mark, callPath,
             Text::tr("%1 calls itself, which never ends (%2)").arg(action.text, names.join(QStringLiteral(" -> "))));
    if (chain.size() >= maxActionDepth)
        fail(action.mark, callPath,
             Text::tr("actions call actions at most %1 levels deep, this call of %2 would be level %3 (%4)")
                 .arg(maxActionDepth)
                 .arg(action.text)
                 .arg(chain.size() + 1)
                 .arg(names.join(QStringLiteral(" -> "))));
}

void addCallIn(const Node &node, const QString &path, TaskSpec call, FlowDocument &doc, const ReadTask &read,
               QStringList &chain);

// The tasks of a batch action called as `call` (at doc.tasks[index] once its tasks are in):
// each is repeated per instance of the call; one that calls an action itself is expanded in turn.
void addActionTasks(const Node &tasks, const QString &file, const TaskSpec &call, int index, const ScalarMap &inputs,
                    const CacheSpec &actionCache, bool module, FlowDocument &doc, const ReadTask &read,
                    QStringList &chain)
{
    std::vector<CacheSpec> caches = call.cacheChain;
    caches.push_back(call.cache);
    caches.push_back(actionCache);
    const std::size_t postsBefore = doc.posts.size();
    constexpr int pending = -2; // the call's index, known once every task (nested ones too) is in
    const QString id = call.id.present ? call.id.text : QStringLiteral("task-%1").arg(call.number);
    for (std::size_t i = 0; i < tasks.items.size(); ++i) {
        const QString taskPath = flowyaml::itemPath(QStringLiteral("tasks"), i);
        const Node &item = tasks.items[i];
        const bool calls = item.find(u"action") || item.find(u"module");
        TaskSpec t = read(item, taskPath, calls);
        t.number = int(i) + 1;
        if (!t.needs && i == 0)
            t.needs = std::vector<Need>(); // the call's needs below
        t.actionCall = id;
        t.callSpec = pending;
        t.actionPath = QFileInfo(file).absolutePath();
        t.actionInputs = inputs;
        t.callNeeds = call.needs;
        t.callPredecessor = index - 1;
        t.cacheChain = caches;
        t.flowContexts = call.flowContexts && module;
        // The call's strategy is the action's (neuro-flow's base_strategy): its tasks fail fast as it does.
        if (!t.failFast.present)
            t.failFast = call.failFast;
        if (calls)
            addCallIn(item, taskPath, std::move(t), doc, read, chain);
        else
            doc.tasks.push_back(std::move(t));
    }
    // The post tasks of stateful actions called here end this action (neuro-flow keeps them in
    // the action's graph: CALL.post-INNER), the last call's first.
    for (std::size_t p = doc.posts.size(); p > postsBefore; --p) {
        TaskSpec post = std::move(doc.posts[p - 1]);
        post.callSpec = pending;
        post.number = 0;
        doc.tasks.push_back(std::move(post));
    }
    doc.posts.resize(postsBefore);
    for (std::size_t j = std::size_t(index); j < doc.tasks.size(); ++j) {
        if (doc.tasks[j].callSpec == pending)
            doc.tasks[j].callSpec = int(doc.tasks.size());
    }
}

void addCallIn(const Node &node, const QString &path, TaskSpec call, FlowDocument &doc, const ReadTask &read,
               QStringList &chain)
{
    for (const char *own : {"bash", "cmd", "python"}) {
        if (const Entry *e = node.find(QString::fromLatin1(own)))
            fail(e->keyMark, childPath(path, e->key), Text::tr("a task that calls an action has no %1 of its own").arg(e->key));
    }
    // What Apolo accepts on a task that calls an action (mixins are merged in already).
    static const KeyTable callKeys{
        QString::fromLatin1("id needs enable strategy cache action module args mixins inherits").split(u' '), {}};
    const Fields f(node, path, callKeys, nullptr);
    const Scalar action = actionRef(f);
    const int index = int(doc.tasks.size());
    const QString id = call.id.present ? call.id.text : QStringLiteral("task-%1").arg(call.number);
    QString file;
    const QString actionPath = f.path(f.entry(u"module") ? QStringLiteral("module") : QStringLiteral("action"));
    const Node root = loadAction(action, actionPath, doc, file);
    file = QFileInfo(file).canonicalFilePath();
    checkChain(action, actionPath, file, chain, doc);
    static const KeyTable actionKeys{QString::fromLatin1("kind name author descr inputs outputs cache tasks").split(u' '),
                                     QString::fromLatin1("images volumes").split(u' ')};
    const Scalar kind = flowread::scalar(root.find(u"kind") ? root.find(u"kind")->value : Node(), QStringLiteral("kind"));
    if (kind.text != u"batch" && f.entry(u"cache"))
        fail(f.entry(u"cache")->keyMark, f.path(QStringLiteral("cache")),
             Text::tr("a call of a %1 action takes no cache (only batch actions do)").arg(kind.text));
    call.actionPath = QFileInfo(file).absolutePath();
    if (kind.text == u"local") {
        addLocalCall(root, f, action, std::move(call), doc);
        return;
    }
    if (kind.text == u"stateful") {
        addStatefulCall(root, f, action, std::move(call), doc, read);
        return;
    }
    const Fields top(root, QString(), actionKeys, nullptr);
    if (kind.text != u"batch")
        fail(kind.present ? kind.mark : root.mark, QStringLiteral("kind"),
             Text::tr("only batch, stateful and local actions run in a batch flow (this one is kind: %1)").arg(kind.text));
    const ScalarMap inputs = inputValues(f, action.text, readInputs(top.value(u"inputs")));

    const Node *tasks = top.value(u"tasks");
    if (!tasks)
        fail(root.mark, QStringLiteral("tasks"), Text::tr("missing: a batch action needs a list of tasks"));
    flowyaml::expect(*tasks, Node::Type::List, QStringLiteral("tasks"));
    CacheSpec actionCache;
    if (const Node *c = top.value(u"cache"))
        actionCache = flowread::cache(*c, QStringLiteral("cache"), true);
    chain << file;
    addActionTasks(*tasks, file, call, index, inputs, actionCache, f.entry(u"module") != nullptr, doc, read, chain);
    chain.removeLast();
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

} // namespace

void addCall(const Node &node, const QString &path, TaskSpec call, FlowDocument &doc, const ReadTask &read)
{
    QStringList chain;
    addCallIn(node, path, std::move(call), doc, read, chain);
}

bool isRemoteCall(const Node &node)
{
    const Entry *action = node.find(u"action");
    if (!action || action->value.type != Node::Type::Scalar)
        return false;
    const QString &text = action->value.text;
    return text.contains(u':') && isRemoteScheme(text.left(text.indexOf(u':')).trimmed());
}

JobSpec liveCall(const Node &node, const QString &path, const FlowDocument &doc, const ReadJob &read)
{
    // What Apolo accepts on a job that calls an action.
    static const KeyTable callKeys{QString::fromLatin1("action module args params").split(u' '), {}};
    const Fields f(node, path, callKeys, nullptr);
    const Scalar action = actionRef(f);
    QString file;
    const Node root = loadAction(action, f.path(f.entry(u"module") ? QStringLiteral("module") : QStringLiteral("action")), doc, file);
    static const KeyTable actionKeys{QString::fromLatin1("kind name author descr inputs job").split(u' '), {}};
    const Fields top(root, QString(), actionKeys, nullptr);
    const Scalar kind = top.scalar(QStringLiteral("kind"));
    if (kind.text != u"live")
        fail(kind.present ? kind.mark : root.mark, QStringLiteral("kind"),
             Text::tr("only live actions can be called by a live job (this one is kind: %1)").arg(kind.text));
    const Node *job = top.value(u"job");
    if (!job)
        fail(root.mark, QStringLiteral("job"), Text::tr("missing: a live action needs a job"));
    if (const Entry *params = job->type == Node::Type::Map ? job->find(u"params") : nullptr)
        fail(params->keyMark, QStringLiteral("job.params"),
             Text::tr("a live action's job takes no params: declare inputs, which the call's args fill"));
    JobSpec spec = read(*job, QStringLiteral("job"));
    spec.isCall = true;
    spec.actionPath = QFileInfo(file).absolutePath();
    spec.actionInputs = inputValues(f, action.text, readInputs(top.value(u"inputs")));
    if (const Node *v = f.value(u"params"))
        spec.params = flowread::params(*v, f.path(QStringLiteral("params")));
    return spec;
}

} // namespace wfs::pipelines::flowactions
