#include "model/pipelines/FlowProject.h"

#include "model/core/Text.h"
#include "model/pipelines/FlowRead.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wfs::pipelines::flowproject {

using flowread::Fields;
using flowread::KeyTable;
using flowyaml::Entry;
using flowyaml::fail;
using flowyaml::Node;

namespace {

QString projectFile(const FlowDocument &doc)
{
    for (const QString &dir : {QFileInfo(doc.file).absolutePath(), projectRoot(doc)}) {
        for (const char *name : {"project.yml", "project.yaml"}) {
            const QString candidate = QDir(dir).filePath(QString::fromLatin1(name));
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
    }
    return {};
}

} // namespace

Project load(FlowDocument &doc)
{
    Project project;
    const QString file = projectFile(doc);
    if (file.isEmpty())
        return project;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(Mark{file, 0, 0}, QString(), Text::tr("cannot read %1: %2").arg(file, f.errorString()));
    // load() refuses a file past its size limit; reading one byte more lets it say so.
    project.root = flowyaml::load(QString::fromUtf8(f.read(8 * 1024 * 1024 + 1)), QFileInfo(file).absoluteFilePath());
    if (project.root.type == Node::Type::Null)
        return project;
    static const KeyTable keys{QString::fromLatin1("id owner project_name role defaults mixins").split(u' '),
                               QString::fromLatin1("images volumes").split(u' ')};
    const Fields top(project.root, QString(), keys, &doc);
    const Scalar id = top.scalar(QStringLiteral("id"));
    if (id.present) {
        if (id.text.isEmpty() || id.text.contains(u"${{"))
            fail(id.mark, QStringLiteral("id"), Text::tr("expected a plain project id, found '%1'").arg(id.text));
        doc.projectId = id.text;
    }
    doc.projectOwner = top.scalar(QStringLiteral("owner")).text;
    doc.projectName = top.scalar(QStringLiteral("project_name")).text;
    doc.projectRole = top.scalar(QStringLiteral("role")).text;
    readPlatformItems(top.value(u"volumes"), QStringLiteral("volumes"), doc.volumes);
    readPlatformItems(top.value(u"images"), QStringLiteral("images"), doc.images);
    project.defaults = top.value(u"defaults");
    project.mixins = top.value(u"mixins");
    return project;
}

void readPlatformItems(const Node *section, const QString &name, std::vector<PlatformItem> &items)
{
    if (!section)
        return;
    flowyaml::expect(*section, Node::Type::Map, name);
    for (const Entry &e : section->entries) {
        const QString path = flowyaml::childPath(name, e.key);
        flowyaml::expect(e.value, Node::Type::Map, path);
        PlatformItem item{e.key, {}, e.keyMark};
        for (const Entry &field : e.value.entries) {
            if (field.value.type == Node::Type::Scalar)
                item.fields.emplace_back(field.key, flowread::scalar(field.value, flowyaml::childPath(path, field.key)));
        }
        std::erase_if(items, [&](const PlatformItem &i) { return i.id == e.key; });
        items.push_back(std::move(item));
    }
}

Node mergedMixins(const Node *project, const Node *flow)
{
    if (!project)
        return flow ? *flow : Node();
    flowyaml::expect(*project, Node::Type::Map, QStringLiteral("mixins"));
    Node out = *project;
    if (!flow)
        return out;
    flowyaml::expect(*flow, Node::Type::Map, QStringLiteral("mixins"));
    for (const Entry &e : flow->entries) {
        const auto same = std::find_if(out.entries.begin(), out.entries.end(), [&](const Entry &p) { return p.key == e.key; });
        if (same != out.entries.end())
            *same = e;
        else
            out.entries.push_back(e);
    }
    return out;
}

void mergeDefaults(Defaults &project, const Defaults &flow)
{
    for (const auto &[name, value] : flow.env) {
        const auto same = std::find_if(project.env.begin(), project.env.end(), [&](const auto &p) { return p.first == name; });
        if (same != project.env.end())
            same->second = value;
        else
            project.env.emplace_back(name, value);
    }
    for (const auto &[mine, theirs] : {std::pair{&project.workdir, &flow.workdir}, {&project.maxParallel, &flow.maxParallel},
                                       {&project.failFast, &flow.failFast}, {&project.cache.strategy, &flow.cache.strategy},
                                       {&project.cache.lifeSpan, &flow.cache.lifeSpan}, {&project.lifeSpan, &flow.lifeSpan}}) {
        if (theirs->present)
            *mine = *theirs;
    }
    if (!flow.tags.empty()) // as any other attribute: the flow's replace the project's
        project.tags = flow.tags;
}

} // namespace wfs::pipelines::flowproject
