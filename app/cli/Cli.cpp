#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/graph/IconCatalog.h"
#include "model/recording/Recorder.h"
#include "model/versions/Versions.h"

#include <cstdio>
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <unistd.h>

namespace wfs::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};
} // namespace

Cli::Cli(const Args &global) : m_out(stdout)
{
    m_workspaceDir = global.has(QStringLiteral("workspace")) ? global.value(QStringLiteral("workspace"))
                                                             : Workspace::defaultDir();
    if (m_workspaceDir.isEmpty())
        throw Error::usage(Text::tr("--workspace needs a folder"));
}

Cli::~Cli() = default;

Workspace &Cli::workspace()
{
    if (!m_workspace)
        m_workspace = std::make_unique<Workspace>(m_workspaceDir, m_readOnly ? Workspace::Access::ReadOnly
                                                                             : Workspace::Access::ReadWrite);
    return *m_workspace;
}

GraphStore &Cli::store()
{
    if (!m_store)
        m_store = std::make_unique<GraphStore>(workspace());
    return *m_store;
}

Recorder &Cli::recorder()
{
    if (!m_recorder)
        m_recorder = std::make_unique<Recorder>(store());
    return *m_recorder;
}

NodeId Cli::taskFrom(const Args &args, const QString &positional)
{
    QString text = positional;
    if (text.isEmpty())
        text = args.value(QStringLiteral("task"));
    if (text.isEmpty())
        text = qEnvironmentVariable("WFS_TASK_ID");
    if (text.isEmpty())
        throw Error::usage(Text::tr("no task: pass --task ID or set WFS_TASK_ID (wfs run sets it for "
                              "the program it runs)"));
    bool ok = false;
    const NodeId id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::usage(Text::tr("'%1' is not a task id").arg(text));
    return id;
}

CardMeta Cli::metaFrom(const Args &args)
{
    if (!args.has(QStringLiteral("meta")))
        return {};
    return CardMeta::parse(args.value(QStringLiteral("meta")).toUtf8());
}

std::optional<CardSettings> Cli::settingsFromFlags(const Args &args, const QString &prefix,
                                                   const std::optional<CardSettings> &base,
                                                   bool ownTitleAndUrl)
{
    auto flag = [&](const char *name) { return QStringLiteral("%1%2").arg(prefix, QLatin1String(name)); };
    auto given = [&](const char *name) {
        if (ownTitleAndUrl && (qstrcmp(name, "title") == 0 || qstrcmp(name, "url") == 0))
            return false;
        return args.has(flag(name));
    };
    auto get = [&](const char *name) { return args.value(flag(name)); };

    CardSettings s;
    if (given("title"))
        s.title = CardSettings::stripWrapper(get("title"), QLatin1String("h4"));
    if (given("description"))
        s.description = CardSettings::stripWrapper(get("description"), QLatin1String("small"));
    if (given("icon") || given("icon-color") || given("icon-bg")) {
        if (!given("icon"))
            throw Error::usage(Text::tr("--%1 needs --%2: a colour belongs to an icon").arg(
                given("icon-color") ? flag("icon-color") : flag("icon-bg"), flag("icon")));
        // A colour not given is the card's own, as the SDK falls back to its default.
        s.icon = CardIcon{icons::normalized(get("icon")), get("icon-color"), get("icon-bg")};
    }
    if (ownTitleAndUrl && given("url-title")) {
        if (!args.has(flag("url")))
            throw Error::usage(Text::tr("--%1 needs --%2: a link needs its address").arg(flag("url-title"), flag("url")));
        s.link = CardLink{args.value(flag("url")), get("url-title")};
    } else if (given("url") || given("url-title")) {
        if (!given("url") || !given("url-title"))
            throw Error::usage(Text::tr("--%1 and --%2 go together: a link needs its title")
                                   .arg(flag("url"), flag("url-title")));
        s.link = CardLink{get("url"), get("url-title")};
    }
    if (const auto p = s.problem()) {
        // Name the flag the user typed rather than the JSON field.
        static const QHash<QString, const char *> flags{
            {QStringLiteral("icon"), "icon"},           {QStringLiteral("icon.icon"), "icon"},
            {QStringLiteral("icon.color"), "icon-color"}, {QStringLiteral("icon.backgroundColor"), "icon-bg"},
            {QStringLiteral("mainLink.url"), "url"},    {QStringLiteral("mainLink.title"), "url-title"}};
        throw Error::usage(QStringLiteral("--%1: %2").arg(flag(flags.value(p->field, "icon")), p->message));
    }
    if (s.isEmpty())
        return base;
    CardSettings merged = base.value_or(CardSettings{});
    merged.overlay(s);
    return merged;
}

std::vector<OptionSpec> cardOptions(const QString &prefix, const QString &whose)
{
    auto o = [&](const char *name, const char *value, const QString &help) {
        return OptionSpec{prefix + QLatin1String(name), QLatin1String(value), help.arg(whose)};
    };
    return {
        o("title", "TEXT", Text::tr("title of the %1 card")),
        o("description", "TEXT", Text::tr("description under the %1 card's title")),
        o("icon", "NAME", Text::tr("Material Design icon of the %1 card ('wfs icons' lists names); colours not given are the card's own")),
        o("icon-color", "#RGB", Text::tr("icon colour of the %1 card, #rgb or #rrggbb")),
        o("icon-bg", "#RGB", Text::tr("icon background colour of the %1 card, #rgb or #rrggbb")),
        o("url", "URL", Text::tr("link of the %1 card: relative (/...) or http(s); needs its title")),
        o("url-title", "TEXT", Text::tr("title of the %1 card's link")),
    };
}

std::vector<OptionSpec> operator+(std::vector<OptionSpec> a, const std::vector<OptionSpec> &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

void Cli::versionProjectInput(Relation &relation)
{
    const QString path = relation.target;
    Versions versions(store());
    if (const auto made = versions.pinInput(relation))
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Created version %1 of %2").arg(made->number).arg(path)));
}

// "\rReading files 42%" on a terminal; nothing when stderr is a file or a pipe.
Progress terminalProgress()
{
    Progress p;
    if (::isatty(STDERR_FILENO))
        p.report = [](const QString &stage, qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            std::fprintf(stderr, "\r%s %d%%   ", qPrintable(stage), percent);
            std::fflush(stderr);
        };
    return p;
}

void endProgress()
{
    if (::isatty(STDERR_FILENO))
        std::fprintf(stderr, "\r%60s\r", "");
}

} // namespace wfs::cli
