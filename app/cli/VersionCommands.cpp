#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/graph/GraphStore.h"
#include "model/remote/RemoteRestore.h"
#include "model/versions/Versions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace wfs::cli {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int number(const Args &args, const QString &name)
{
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n <= 0)
        throw Error::usage(Text::tr("--%1 takes a positive number, not '%2'").arg(name, args.value(name)));
    return n;
}

// --num N or --id V, exactly one.
VersionInfo chosenVersion(Versions &versions, NodeId project, const Args &args)
{
    const bool num = args.has(QStringLiteral("num"));
    const bool id = args.has(QStringLiteral("id"));
    if (num == id)
        throw Error::usage(Text::tr("name the version with --num N or with --id V"));
    return num ? versions.byNumber(project, number(args, QStringLiteral("num")))
               : versions.byId(project, NodeId(number(args, QStringLiteral("id"))));
}

NodeId projectArg(Versions &versions, const Args &args, qsizetype wanted, const QString &usage)
{
    if (args.positional().size() < 1 || args.positional().size() > wanted)
        throw Error::usage(usage);
    return versions.resolveProject(args.positional().front());
}

int create(Cli &cli, const Args &args)
{
    Versions versions(cli.store());
    const NodeId project = projectArg(versions, args, 1, Text::tr("wfs version create takes one PROJECT (a path or id)"));
    const Versions::Created c = versions.create(project, args.value(QStringLiteral("title")),
                                                args.value(QStringLiteral("description")), terminalProgress());
    endProgress();
    if (!c.created)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Nothing changed since version %1: no version was created; "
                                                         "its id is printed").arg(c.version.number)));
    cli.out() << c.version.id << '\t' << c.version.number << Qt::endl;
    return 0;
}

QJsonObject versionJson(const VersionInfo &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("number"), v.number},
            {QStringLiteral("title"), v.title},
            {QStringLiteral("description"), v.description},
            {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(Qt::ISODateWithMs)},
            {QStringLiteral("files"), v.files},
            {QStringLiteral("bytes"), v.bytes}};
}

int list(Cli &cli, const Args &args)
{
    Versions versions(cli.store());
    const NodeId project = projectArg(versions, args, 1, Text::tr("wfs version list takes one PROJECT (a path or id)"));
    QDateTime since;
    if (args.has(QStringLiteral("since"))) {
        const QString text = args.value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        if (!since.isValid())
            throw Error::usage(Text::tr("--since takes a date or time like 2026-11-22 or 2026-11-22T14:30, not '%1'").arg(text));
    }
    const QString contains = args.value(QStringLiteral("title-contains"));
    QJsonArray json;
    for (const VersionInfo &v : versions.list(project)) {
        if (since.isValid() && v.createdMs < since.toMSecsSinceEpoch())
            continue;
        if (!contains.isEmpty() && !v.title.contains(contains, Qt::CaseInsensitive))
            continue;
        if (args.has(QStringLiteral("json"))) {
            json.append(versionJson(v));
            continue;
        }
        cli.out() << QStringLiteral("%1\t%2\t%3\t%4 files\t%5\t%6\t%7\n")
                         .arg(v.number)
                         .arg(v.id)
                         .arg(QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(Qt::ISODate))
                         .arg(v.files)
                         .arg(sizeText(v.bytes), v.title, v.description);
    }
    if (args.has(QStringLiteral("json")))
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    cli.out().flush();
    return 0;
}

QString modeText(std::uint32_t mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// What a modified entry changed, for people: "2 KB -> 3 KB, mode 0644 -> 0755".
QString changeText(const ManifestDiff::Change &c)
{
    QStringList parts;
    if (c.type)
        parts << (c.targetBefore.empty() && !c.targetAfter.empty() ? Text::tr("file -> link to %1").arg(displayPath(c.targetAfter))
                                                                   : Text::tr("link to %1 -> file").arg(displayPath(c.targetBefore)));
    if (c.target)
        parts << Text::tr("link to %1 -> %2").arg(displayPath(c.targetBefore), displayPath(c.targetAfter));
    if (c.content)
        parts << sizeText(c.sizeBefore) + QStringLiteral(" -> ") + sizeText(c.sizeAfter);
    if (c.mode)
        parts << Text::tr("mode %1 -> %2").arg(modeText(c.modeBefore), modeText(c.modeAfter));
    return parts.join(QStringLiteral(", "));
}

QJsonObject changeJson(const ManifestDiff::Change &c)
{
    QJsonArray what;
    QJsonObject o{{QStringLiteral("path"), displayPath(c.path)}};
    if (c.type)
        what.append(QStringLiteral("type"));
    if (c.content) {
        what.append(QStringLiteral("content"));
        o.insert(QStringLiteral("size_before"), qint64(c.sizeBefore));
        o.insert(QStringLiteral("size_after"), qint64(c.sizeAfter));
    }
    if (c.mode) {
        what.append(QStringLiteral("mode"));
        o.insert(QStringLiteral("mode_before"), modeText(c.modeBefore));
        o.insert(QStringLiteral("mode_after"), modeText(c.modeAfter));
    }
    if (c.target || c.type) {
        if (c.target)
            what.append(QStringLiteral("target"));
        o.insert(QStringLiteral("target_before"), displayPath(c.targetBefore));
        o.insert(QStringLiteral("target_after"), displayPath(c.targetAfter));
    }
    o.insert(QStringLiteral("what"), what);
    return o;
}

int diff(Cli &cli, const Args &args)
{
    Versions versions(cli.store());
    const QStringList &pos = args.positional();
    if (pos.size() < 2 || pos.size() > 3)
        throw Error::usage(Text::tr("wfs version diff takes PROJECT A [B]: version numbers; without B, the working folder"));
    const NodeId project = versions.resolveProject(pos[0]);
    auto versionNumber = [](const QString &text) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n <= 0)
            throw Error::usage(Text::tr("'%1' is not a version number").arg(text));
        return n;
    };
    const Manifest before = versions.manifest(versions.byNumber(project, versionNumber(pos[1])));
    const Manifest after = pos.size() == 3 ? versions.manifest(versions.byNumber(project, versionNumber(pos[2])))
                                           : versions.working(project, terminalProgress());
    endProgress();
    const ManifestDiff d = diffManifests(before, after);
    if (args.has(QStringLiteral("json"))) {
        auto paths = [](const std::vector<ManifestDiff::Change> &changes) {
            QJsonArray a;
            for (const auto &c : changes)
                a.append(displayPath(c.path));
            return a;
        };
        QJsonArray details;
        for (const auto &c : d.modified)
            details.append(changeJson(c));
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("added"), paths(d.added)},
                                               {QStringLiteral("removed"), paths(d.removed)},
                                               {QStringLiteral("modified"), paths(d.modified)},
                                               {QStringLiteral("modified_details"), details}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
    } else {
        auto what = [](const ManifestDiff::Change &c, qint64 size) {
            const std::string &target = c.targetAfter.empty() ? c.targetBefore : c.targetAfter;
            return c.folder ? Text::tr("empty folder") : !target.empty() ? Text::tr("link to %1").arg(displayPath(target)) : sizeText(size);
        };
        for (const auto &c : d.added)
            cli.out() << "+ " << displayPath(c.path) << " (" << what(c, c.sizeAfter) << ")\n";
        for (const auto &c : d.removed)
            cli.out() << "- " << displayPath(c.path) << " (" << what(c, c.sizeBefore) << ")\n";
        for (const auto &c : d.modified)
            cli.out() << "M " << displayPath(c.path) << " (" << changeText(c) << ")\n";
        if (d.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(Text::tr("No differences")));
    }
    cli.out().flush();
    return 0;
}

int restore(Cli &cli, const Args &args)
{
    Versions versions(cli.store());
    const NodeId project = projectArg(versions, args, 1, Text::tr("wfs version restore takes one PROJECT (a path or id)"));
    const VersionInfo v = chosenVersion(versions, project, args);
    // A version pulled from a teammate has its content on the remote: fetched, every byte verified.
    const RestoreResult r = cli.store().remoteVersion(v.id)
                                ? remote::restorePulled(cli.store(), v, args.value(QStringLiteral("to")), terminalProgress())
                                : versions.restore(v, args.value(QStringLiteral("to")), args.has(QStringLiteral("skip-missing")),
                                                   terminalProgress());
    endProgress();
    for (const QString &skipped : r.skipped)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("skipped (content missing from the store): %1").arg(skipped)));
    for (const QString &damaged : r.damaged)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("skipped (content damaged in the store): %1").arg(damaged)));
    cli.out() << r.project << '\t' << r.folder << Qt::endl;
    return 0;
}

int remove(Cli &cli, const Args &args)
{
    Versions versions(cli.store());
    const NodeId project = projectArg(versions, args, 1, Text::tr("wfs version delete takes one PROJECT (a path or id)"));
    const VersionInfo v = chosenVersion(versions, project, args);
    if (!args.has(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            throw Error::usage(Text::tr("Deleting version %1 loses its history; confirm with --yes").arg(v.number));
        std::fprintf(stderr, "%s", qPrintable(Text::tr("Delete version %1 of project %2? Its history will be lost: tasks that "
                                                       "used it will no longer show which data they read. Type yes to delete: ")
                                                  .arg(v.number)
                                                  .arg(project)));
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || QByteArray(answer).trimmed() != "yes") {
            std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Nothing was deleted")));
            return 1;
        }
    }
    versions.remove(v);
    std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Deleted version %1; 'wfs store gc' frees content no version uses").arg(v.number)));
    return 0;
}

int gc(Cli &cli, const Args &)
{
    const StoreReport r = Versions(cli.store()).collectGarbage();
    cli.out() << Text::tr("Removed %1 object(s), %2").arg(r.objects).arg(sizeText(r.bytes)) << Qt::endl;
    if (r.leftoverFiles > 0)
        cli.out() << Text::tr("Removed %1 leftover file(s) of interrupted work, %2").arg(r.leftoverFiles).arg(sizeText(r.leftoverBytes))
                  << Qt::endl;
    return 0;
}

int verify(Cli &cli, const Args &)
{
    cli.onlyReads();
    const StoreReport r = Versions(cli.store()).verify(terminalProgress());
    endProgress();
    for (const QString &d : r.damaged)
        cli.out() << Text::tr("damaged: %1").arg(d) << '\n';
    for (const QString &m : r.missing)
        cli.out() << Text::tr("missing: %1").arg(m) << '\n';
    cli.out() << Text::tr("Checked %1 object(s): %2 damaged, %3 missing").arg(r.objects).arg(r.damaged.size()).arg(r.missing.size())
              << Qt::endl;
    return r.damaged.isEmpty() && r.missing.isEmpty() ? 0 : 1;
}

OptionSpec opt(const char *name, const char *value, const QString &help)
{
    return {QLatin1String(name), QLatin1String(value), help};
}

} // namespace

std::vector<Command> versionCommands()
{
    const OptionSpec num = opt("num", "N", Text::tr("the version's number"));
    const OptionSpec id = opt("id", "V", Text::tr("the version's id"));
    return {
        {QStringLiteral("version create"), QStringLiteral("version create PROJECT [--title T] [--description D]"),
         Text::tr("snapshot a project folder as a new version"),
         Text::tr("Stores the folder's content in the workspace's store and prints the version's id and number\n"
                  "(tab-separated). When nothing changed since the latest version, nothing is created and the\n"
                  "latest version's id and number are printed. PROJECT is a folder or a project card id."),
         {opt("title", "T", Text::tr("the version's title")), opt("description", "D", Text::tr("the version's description"))},
         create},
        {QStringLiteral("version list"), QStringLiteral("version list PROJECT [--json] [--since DATE] [--title-contains S]"),
         Text::tr("list a project's versions"),
         Text::tr("Prints number, id, creation time, file count, size, title and description; --json prints\n"
                  "[{\"id\",\"number\",\"title\",\"description\",\"created\",\"files\",\"bytes\"}]."),
         {opt("json", "", Text::tr("print JSON")), opt("since", "DATE", Text::tr("only versions created at or after DATE")),
          opt("title-contains", "S", Text::tr("only versions whose title contains S"))},
         list},
        {QStringLiteral("version diff"), QStringLiteral("version diff PROJECT A [B] [--json]"),
         Text::tr("show what changed between versions"),
         Text::tr("Lists files added (+), removed (-) and modified (M: content, mode, link target, file or link)\n"
                  "from version A to version B, or to the working folder when B is omitted. --json prints\n"
                  "{\"added\":[],\"removed\":[],\"modified\":[],\"modified_details\":[{\"path\",\"what\":[...],...}]}."),
         {opt("json", "", Text::tr("print JSON"))}, diff},
        {QStringLiteral("version restore"), QStringLiteral("version restore PROJECT --num N | --id V [--to DIR] [--skip-missing]"),
         Text::tr("restore a version into a new folder"),
         Text::tr("Writes the version into DIR (default: \"NAME, from ver. N\" beside the project), verifying every\n"
                  "file against its hash, and registers it as a project made from the version. DIR must not\n"
                  "exist or be empty. Content missing from the store fails the restore with the list of\n"
                  "files, unless --skip-missing restores the rest. Prints the new project's id and folder."),
         {num, id, opt("to", "DIR", Text::tr("where to restore")),
          opt("skip-missing", "", Text::tr("restore what the store has, report the rest"))},
         restore},
        {QStringLiteral("version delete"), QStringLiteral("version delete PROJECT --num N | --id V [--yes]"),
         Text::tr("delete a version (its history is lost)"),
         Text::tr("Deletes the version's card after a confirmation (or --yes). Content other versions use is\n"
                  "kept; 'wfs store gc' frees what nothing uses any more."),
         {num, id, opt("yes", "", Text::tr("do not ask for confirmation"))}, remove},
        {QStringLiteral("store gc"), QStringLiteral("store gc"), Text::tr("remove content no version uses"),
         Text::tr("Removes objects that no version refers to, and temporary files left by killed processes."), {}, gc},
        {QStringLiteral("store verify"), QStringLiteral("store verify"), Text::tr("re-hash the store, list damage"),
         Text::tr("Re-hashes every object and lists damaged ones, and content versions need but the store\n"
                  "lacks. Exits 1 when anything is damaged or missing."),
         {}, verify},
    };
}

} // namespace wfs::cli
