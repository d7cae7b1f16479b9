#include "model/pipelines/FlowParser.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowActions.h"
#include "model/pipelines/FlowMixins.h"
#include "model/pipelines/FlowRead.h"
#include "model/pipelines/FlowScalars.h"
#include "model/pipelines/TaskIds.h"
#include "model/pipelines/FlowProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace wfs::pipelines {

using flowread::Fields;
using flowread::KeyTable;
using flowyaml::childPath;
using flowyaml::Entry;
using flowyaml::fail;
using flowyaml::Node;

namespace {
QStringList words(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

// What tasks and jobs share that only matters where they run in containers on the platform.
// (life_span is not one of them: a local run is stopped after it too.)
const char *const platformKeys =
    "image preset schedule_timeout entrypoint volumes tags http_port http_auth pass_config name";

const KeyTable &taskKeys()
{
    static const KeyTable keys{words("id title needs enable strategy cache bash cmd python env workdir life_span "
                                     "inputs outputs mixins inherits action module args"),
                               words(platformKeys) + words("restart")};
    return keys;
}

const KeyTable &jobKeys()
{
    static const KeyTable keys{words("title bash cmd python env workdir life_span multi params inputs outputs "
                                     "mixins inherits action module args"),
                               words(platformKeys) + words("detach browse port_forward restart")};
    return keys;
}

const KeyTable &defaultsKeys(bool batch)
{
    static const QStringList ignored = words("preset tags volumes schedule_timeout");
    static const KeyTable batchKeys{words("env workdir max_parallel fail_fast cache life_span"), ignored};
    static const KeyTable liveKeys{words("env workdir life_span"), ignored};
    return batch ? batchKeys : liveKeys;
}

const KeyTable &topKeys(bool batch)
{
    static const QStringList ignored = words("images volumes life_span");
    static const KeyTable batchKeys{words("kind id title params defaults mixins tasks"), ignored};
    static const KeyTable liveKeys{words("kind id title defaults mixins jobs"), ignored};
    return batch ? batchKeys : liveKeys;
}

FlowDocument::Kind readKind(const Node &root)
{
    const Entry *kind = root.find(u"kind");
    if (!kind)
        fail(root.mark, QStringLiteral("kind"), Text::tr("missing: write kind: batch or kind: live"));
    const Node &v = kind->value;
    if (v.type == Node::Type::Scalar && v.text == u"batch")
        return FlowDocument::Kind::Batch;
    if (v.type == Node::Type::Scalar && v.text == u"live")
        return FlowDocument::Kind::Live;
    fail(v.mark, kind->key,
         Text::tr("expected batch or live, found %1")
             .arg(v.type == Node::Type::Scalar ? u'\'' + v.text + u'\'' : flowyaml::describe(v.type)));
}

Defaults readDefaults(const Node &node, const QString &path, bool batch, FlowDocument &doc)
{
    const Fields f(node, path, defaultsKeys(batch), &doc);
    Defaults d;
    if (const Node *v = f.value(u"env"))
        d.env = flowread::env(*v, f.path(QStringLiteral("env")));
    d.workdir = f.scalar(QStringLiteral("workdir"));
    d.maxParallel = f.scalar(QStringLiteral("max_parallel"));
    flowread::checkCount(d.maxParallel, f.path(QStringLiteral("max_parallel")));
    d.failFast = f.scalar(QStringLiteral("fail_fast"));
    flowread::checkBool(d.failFast, f.path(QStringLiteral("fail_fast")));
    if (const Node *v = f.value(u"cache"))
        d.cache = flowread::cache(*v, f.path(QStringLiteral("cache")), false);
    d.lifeSpan = f.scalar(QStringLiteral("life_span"));
    flowread::checkDuration(d.lifeSpan, f.path(QStringLiteral("life_span")));
    if (const Node *v = f.value(u"tags")) {
        const QString p = f.path(QStringLiteral("tags"));
        if (v->type == Node::Type::List) {
            for (std::size_t i = 0; i < v->items.size(); ++i)
                d.tags.push_back(flowread::scalar(v->items[i], flowyaml::itemPath(p, i)));
        } else if (v->type != Node::Type::Null) {
            d.tags.push_back(flowread::scalar(*v, p)); // one expression giving the list
        }
    }
    return d;
}

std::vector<Need> readNeeds(const Node &node, const QString &path)
{
    std::vector<Need> out;
    if (node.type == Node::Type::List) {
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            const Scalar id = flowread::scalar(node.items[i], flowyaml::itemPath(path, i));
            out.push_back({id.text, Need::When::Completed, id.mark});
        }
    } else if (node.type == Node::Type::Map) {
        for (const Entry &e : node.entries) {
            const QString p = childPath(path, e.key);
            Node key;
            key.type = Node::Type::Scalar;
            key.text = e.key;
            key.mark = e.keyMark;
            flowread::checkExpressions(key, p);
            const Scalar when = flowread::scalar(e.value, p);
            if (when.text != u"running" && when.text != u"completed")
                fail(when.mark, p, Text::tr("expected running or completed, found '%1'").arg(when.text));
            out.push_back({e.key, when.text == u"running" ? Need::When::Running : Need::When::Completed, e.keyMark});
        }
    } else {
        fail(node.mark, path, Text::tr("expected a list of task ids or a mapping of task ids to running or "
                                       "completed, found %1")
                                  .arg(flowyaml::describe(node.type)));
    }
    return out;
}

void readStrategy(const Node &node, const QString &path, TaskSpec &task)
{
    static const KeyTable keys{words("matrix fail_fast max_parallel"), {}};
    const Fields f(node, path, keys, nullptr);
    if (const Node *v = f.value(u"matrix"))
        task.matrix = flowread::matrix(*v, f.path(QStringLiteral("matrix")));
    task.failFast = f.scalar(QStringLiteral("fail_fast"));
    flowread::checkBool(task.failFast, f.path(QStringLiteral("fail_fast")));
    task.maxParallel = f.scalar(QStringLiteral("max_parallel"));
    flowread::checkCount(task.maxParallel, f.path(QStringLiteral("max_parallel")));
}

// Reads what tasks and jobs share: command, env, workdir and the lineage extension.
template<typename Spec>
void readUnit(const Fields &f, const QString &path, bool mixin, Spec &spec, FlowDocument &doc, bool call = false)
{
    if (!call)
        flowread::refuseAction(f);
    spec.title = f.scalar(QStringLiteral("title"));
    spec.command = flowread::command(f, path, !mixin && !call, &doc);
    if (const Node *v = f.value(u"env"))
        spec.env = flowread::env(*v, f.path(QStringLiteral("env")));
    spec.workdir = f.scalar(QStringLiteral("workdir"));
    spec.lifeSpan = f.scalar(QStringLiteral("life_span"));
    flowread::checkDuration(spec.lifeSpan, f.path(QStringLiteral("life_span")));
    if (const Node *v = f.value(u"inputs"))
        spec.inputs = flowread::relations(*v, f.path(QStringLiteral("inputs")));
    if (const Node *v = f.value(u"outputs"))
        spec.outputs = flowread::relations(*v, f.path(QStringLiteral("outputs")));
}

// `mixin`: a mixin's own definition, checked like a task that may leave out its command.
// `call`: a task that calls an action, which has no command of its own.
TaskSpec readTask(const Node &node, const QString &path, bool mixin, FlowDocument &doc, bool call = false)
{
    if (const Entry *id = mixin ? node.find(u"id") : nullptr)
        fail(id->keyMark, childPath(path, id->key), Text::tr("a mixin cannot set a task's id"));
    const Fields f(node, path, taskKeys(), &doc);
    TaskSpec t;
    t.mark = node.mark;
    readUnit(f, path, mixin, t, doc, call);
    t.id = f.scalar(QStringLiteral("id"));
    if (t.id.present) {
        if (const QString problem = taskids::problem(t.id.text); !problem.isEmpty())
            fail(t.id.mark, f.path(QStringLiteral("id")), problem);
    }
    if (const Node *v = f.value(u"needs"))
        t.needs = readNeeds(*v, f.path(QStringLiteral("needs")));
    t.enable = f.scalar(QStringLiteral("enable"));
    static const QStringList flags{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
                                   QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("1"),   QStringLiteral("0")};
    if (t.enable.present && !expr::hasExpressions(t.enable.text) && !flags.contains(t.enable.text.trimmed().toLower()))
        fail(t.enable.mark, f.path(QStringLiteral("enable")),
             Text::tr("expected true, false or an expression such as ${{ success() }}, found '%1'").arg(t.enable.text));
    if (const Node *v = f.value(u"strategy"))
        readStrategy(*v, f.path(QStringLiteral("strategy")), t);
    if (const Node *v = f.value(u"cache"))
        t.cache = flowread::cache(*v, f.path(QStringLiteral("cache")), true);
    return t;
}

JobSpec readJob(const Entry &entry, const Node &node, const QString &path, bool mixin, FlowDocument &doc)
{
    const Fields f(node, path, jobKeys(), &doc);
    JobSpec j;
    j.id = entry.key;
    j.mark = entry.keyMark;
    readUnit(f, path, mixin, j, doc);
    const Scalar multi = f.scalar(QStringLiteral("multi"));
    if (multi.present && expr::hasExpressions(multi.text))
        fail(multi.mark, f.path(QStringLiteral("multi")), Text::tr("expected true or false, found an expression"));
    flowread::checkBool(multi, f.path(QStringLiteral("multi")));
    j.multi = multi.text.compare(u"true", Qt::CaseInsensitive) == 0;
    if (const Node *v = f.value(u"params"))
        j.params = flowread::params(*v, f.path(QStringLiteral("params")));
    return j;
}

QString readId(const Fields &top, const QString &file)
{
    const Scalar id = top.scalar(QStringLiteral("id"));
    if (!id.present)
        return QFileInfo(file).completeBaseName().replace(u'-', u'_');
    if (id.text.isEmpty() || expr::hasExpressions(id.text))
        fail(id.mark, QStringLiteral("id"), Text::tr("expected a plain id, found '%1'").arg(id.text));
    return id.text;
}

void readBody(const Node &root, const Fields &top, bool batch, FlowDocument &doc, const flowproject::Project &project)
{
    const Node allMixins = flowproject::mergedMixins(project.mixins, top.value(u"mixins"));
    const flowmixins::Mixins mixins(allMixins.type == Node::Type::Null ? nullptr : &allMixins);
    for (const Entry &m : mixins.definitions()) {
        const QString path = childPath(QStringLiteral("mixins"), m.key);
        mixins.apply(m.value, path, m.key);
        if (batch)
            readTask(m.value, path, true, doc);
        else
            readJob(m, m.value, path, true, doc);
    }
    const QString section = batch ? QStringLiteral("tasks") : QStringLiteral("jobs");
    const Node *units = top.value(section);
    if (!units)
        fail(root.mark, section, batch ? Text::tr("missing: a batch flow needs a list of tasks")
                                       : Text::tr("missing: a live flow needs a mapping of jobs"));
    flowyaml::expect(*units, batch ? Node::Type::List : Node::Type::Map, section);
    for (std::size_t i = 0; i < units->items.size(); ++i) {
        const QString path = flowyaml::itemPath(section, i);
        const Node task = mixins.apply(units->items[i], path);
        const bool module = task.find(u"module");
        TaskSpec spec = readTask(task, path, false, doc, module || task.find(u"action"));
        spec.number = int(i) + 1;
        if (!module && !task.find(u"action")) {
            doc.tasks.push_back(std::move(spec));
            continue;
        }
        // A module's tasks may name the flow's mixins; an action's are on their own.
        flowactions::addCall(task, path, std::move(spec), doc, [&](const Node &node, const QString &at, bool call) {
            return readTask(module ? mixins.apply(node, at) : node, at, false, doc, call);
        });
    }
    // Post tasks of stateful actions come last, the last call's first.
    doc.tasks.insert(doc.tasks.end(), std::make_move_iterator(doc.posts.rbegin()), std::make_move_iterator(doc.posts.rend()));
    doc.posts.clear();
    for (const Entry &e : units->entries) {
        const QString path = childPath(section, e.key);
        const Node job = mixins.apply(e.value, path);
        const bool module = job.find(u"module");
        if (!module && !job.find(u"action")) {
            doc.jobs.push_back(readJob(e, job, path, false, doc));
            continue;
        }
        JobSpec call;
        try {
            call = flowactions::liveCall(job, path, doc, [&](const Node &node, const QString &at) {
                return readJob(e, module ? mixins.apply(node, at) : node, at, false, doc);
            });
        } catch (const FlowError &error) {
            if (!flowactions::isRemoteCall(job))
                throw;
            call.unavailable = JobSpec::Unavailable{error.mark(), error.key(), error.problem()};
        }
        call.id = e.key;
        call.mark = e.keyMark;
        doc.jobs.push_back(std::move(call));
    }
}

// `defaults:` left empty with its keys written at the top level (not indented under it) reads
// as unknown top-level keys; say what happened instead.
void refuseMisindentedDefaults(const Node &root, bool batch)
{
    const Entry *defaults = root.find(u"defaults");
    if (!defaults || defaults->value.type != Node::Type::Null)
        return;
    for (const Entry &e : root.entries) {
        if (!topKeys(batch).read.contains(e.key) && !topKeys(batch).ignored.contains(e.key)
            && defaultsKeys(batch).read.contains(e.key))
            fail(e.keyMark, e.key, Text::tr("'%1' is not a top-level key; it belongs under defaults: (line %2), "
                                            "indented")
                                       .arg(e.key)
                                       .arg(defaults->keyMark.line));
    }
}

QStringList candidates(const QString &id)
{
    QStringList out;
    for (const char *folder : {".apolo", ".neuro"}) {
        for (const char *ext : {"yml", "yaml"})
            out << QString::fromLatin1(folder) + u'/' + id + u'.' + QString::fromLatin1(ext);
    }
    return out;
}

} // namespace

FlowDocument FlowParser::parseFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::usage(Text::tr("cannot read %1: %2").arg(file, f.errorString()));
    return parse(QString::fromUtf8(f.readAll()), file);
}

FlowDocument FlowParser::parse(const QString &text, const QString &file)
{
    FlowDocument doc;
    doc.file = QFileInfo(file).absoluteFilePath();
    doc.source = text;
    const Node root = flowyaml::load(text, doc.file);
    if (root.type != Node::Type::Map)
        fail(root.mark, QString(), Text::tr("expected a mapping of keys such as kind and tasks, found %1")
                                       .arg(flowyaml::describe(root.type)));
    doc.kind = readKind(root);
    const bool batch = doc.kind == FlowDocument::Kind::Batch;
    if (const Entry *wrong = root.find(batch ? u"jobs" : u"tasks"))
        fail(wrong->keyMark, wrong->key, batch ? Text::tr("a batch flow has tasks, not jobs (jobs are for kind: live)")
                                               : Text::tr("a live flow has jobs, not tasks (tasks are for kind: batch)"));
    refuseMisindentedDefaults(root, batch);
    const Fields top(root, QString(), topKeys(batch), &doc);
    doc.id = readId(top, doc.file);
    doc.title = top.scalar(QStringLiteral("title"));
    if (const Node *v = top.value(u"params"))
        doc.params = flowread::params(*v, QStringLiteral("params"));
    const flowproject::Project project = flowproject::load(doc);
    flowproject::readPlatformItems(top.value(u"volumes"), QStringLiteral("volumes"), doc.volumes);
    flowproject::readPlatformItems(top.value(u"images"), QStringLiteral("images"), doc.images);
    if (project.defaults)
        doc.defaults = readDefaults(*project.defaults, QStringLiteral("defaults"), true, doc);
    if (const Node *v = top.value(u"defaults"))
        flowproject::mergeDefaults(doc.defaults, readDefaults(*v, QStringLiteral("defaults"), batch, doc));
    readBody(root, top, batch, doc, project);
    std::stable_sort(doc.ignored.begin(), doc.ignored.end(), [](const IgnoredKey &a, const IgnoredKey &b) {
        return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
    });
    doc.readsGit = readsContext(doc, QStringLiteral("git"));
    return doc;
}

QString FlowParser::findById(const QString &id, const QString &dir)
{
    if (id.isEmpty())
        return {};
    QDir d(QFileInfo(dir).absoluteFilePath());
    do {
        for (const QString &c : candidates(id)) {
            const QFileInfo f(d.filePath(c));
            if (f.isFile())
                return f.absoluteFilePath();
        }
    } while (d.cdUp());
    return {};
}

// A relative path is tried from the current folder, then from `dir`.
QString FlowParser::resolve(const QString &fileOrId, const QString &dir)
{
    for (const QFileInfo &f : {QFileInfo(fileOrId), QFileInfo(QDir(dir).filePath(fileOrId))}) {
        if (f.isFile())
            return f.absoluteFilePath();
    }
    // A path (it has a folder or a YAML suffix) is not an id to look for.
    if (fileOrId.contains(u'/') || fileOrId.endsWith(u".yml") || fileOrId.endsWith(u".yaml"))
        throw Error::usage(Text::tr("%1: no such workflow file").arg(QFileInfo(QDir(dir), fileOrId).absoluteFilePath()));
    const QString found = findById(fileOrId, dir);
    if (!found.isEmpty())
        return found;
    throw Error::usage(Text::tr("'%1' is neither a file nor the id of a workflow: looked for %2 in %3 and every "
                                "folder above it")
                           .arg(fileOrId, candidates(fileOrId).join(u", "), QFileInfo(dir).absoluteFilePath()));
}

} // namespace wfs::pipelines
