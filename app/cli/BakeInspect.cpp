// wfs bakes, wfs inspect, wfs show: reading bakes back from the workspace.
#include "app/cli/BakeCommon.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/pipelines/BakeStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace wfs::cli {

using namespace wfs::pipelines;

namespace {
QJsonValue timeJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(0).toString(Qt::ISODateWithMs))
                  : QJsonValue();
}

void writeJson(Cli &cli, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    cli.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// Rows of text in columns as wide as their widest cell.
void writeTable(Cli &cli, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        cli.out() << line << '\n';
    }
}

int attemptFrom(const Args &args, BakeStore &store, qint64 bake)
{
    const BakeAttempt last = lastAttempt(store, bake);
    if (!args.has(QStringLiteral("attempt")))
        return last.number;
    bool ok = false;
    const int n = args.value(QStringLiteral("attempt")).toInt(&ok);
    if (!ok || n < 1 || n > last.number)
        throw Error::usage(Text::tr("bake %1 has attempts 1 to %2").arg(bake).arg(last.number));
    return n;
}

int bakes(Cli &cli, const Args &args)
{
    BakeStore store(cli.workspace());
    const std::vector<Bake> all = store.bakes();
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Bake &b : all) {
            list.append(QJsonObject{{QStringLiteral("bake"), double(b.id)},
                                    {QStringLiteral("flow"), b.flowId},
                                    {QStringLiteral("title"), b.title},
                                    {QStringLiteral("file"), b.file},
                                    {QStringLiteral("status"), bakeStatusName(b.last.status)},
                                    {QStringLiteral("attempt"), b.last.number},
                                    {QStringLiteral("created"), timeJson(b.createdMs)},
                                    {QStringLiteral("params"), b.params},
                                    {QStringLiteral("user"), b.user},
                                    {QStringLiteral("host"), b.host},
                                    {QStringLiteral("origin"), b.origin.isEmpty() ? QJsonValue() : QJsonValue(b.origin)}});
        }
        writeJson(cli, list);
        return 0;
    }
    QList<QStringList> rows{{Text::tr("BAKE"), Text::tr("FLOW"), Text::tr("STATUS"), Text::tr("ATTEMPT"),
                             Text::tr("CREATED"), Text::tr("BY"), Text::tr("TITLE")}};
    for (const Bake &b : all) {
        const QString by = b.user.isEmpty() ? QStringLiteral("-") : b.user + u'@' + b.host;
        rows << QStringList{QString::number(b.id), b.flowId, bakeStatusName(b.last.status),
                            QString::number(b.last.number), timeText(b.createdMs), by, b.title};
    }
    writeTable(cli, rows);
    return 0;
}

QString dotQuoted(const QString &text)
{
    QString t = text;
    t.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + t + u'"';
}

int inspect(Cli &cli, const Args &args)
{
    if (args.positional().size() != 1)
        throw Error::usage(Text::tr("wfs inspect needs one bake id: wfs inspect BAKE [--json] [--dot]"));
    if (args.has(QStringLiteral("json")) && args.has(QStringLiteral("dot")))
        throw Error::usage(Text::tr("--json and --dot cannot be combined"));
    const qint64 bake = bakeIdFrom(args);
    BakeStore store(cli.workspace());
    const int attempt = attemptFrom(args, store, bake);
    const BakeAttempt a = *store.attempt(bake, attempt);
    const std::vector<BakeTaskRow> tasks = store.tasks(bake, attempt);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BakeTaskRow &t : tasks) {
            QJsonObject o{{QStringLiteral("id"), t.id},
                          {QStringLiteral("title"), t.title},
                          {QStringLiteral("status"), statusName(t.status)},
                          {QStringLiteral("needs"), QJsonArray::fromStringList(t.needs)},
                          {QStringLiteral("started"), timeJson(t.startedMs)},
                          {QStringLiteral("finished"), timeJson(t.finishedMs)},
                          {QStringLiteral("outputs"), t.outputs},
                          {QStringLiteral("card"), double(t.nodeId)}};
            o.insert(QStringLiteral("exit_code"), t.exitCode ? QJsonValue(*t.exitCode) : QJsonValue());
            if (!t.message.isEmpty())
                o.insert(QStringLiteral("message"), t.message);
            list.append(o);
        }
        writeJson(cli, QJsonObject{{QStringLiteral("bake"), double(bake)},
                                   {QStringLiteral("attempt"), attempt},
                                   {QStringLiteral("status"), bakeStatusName(a.status)},
                                   {QStringLiteral("tasks"), list}});
        return 0;
    }
    if (args.has(QStringLiteral("dot"))) {
        cli.out() << "digraph " << dotQuoted(QStringLiteral("bake %1").arg(bake)) << " {\n  rankdir=LR;\n"
                  << "  node [shape=box, style=\"rounded,filled\", fontcolor=white];\n";
        for (const BakeTaskRow &t : tasks)
            cli.out() << "  " << dotQuoted(t.id) << " [label=" << dotQuoted(t.id + u'\n' + statusName(t.status))
                      << ", fillcolor=" << dotQuoted(statusColorName(t.status)) << "];\n";
        for (const BakeTaskRow &t : tasks) {
            for (const QString &need : t.needs)
                cli.out() << "  " << dotQuoted(need) << " -> " << dotQuoted(t.id) << ";\n";
        }
        cli.out() << "}\n";
        return 0;
    }
    cli.out() << Text::tr("bake %1, attempt %2: %3").arg(bake).arg(attempt).arg(bakeStatusName(a.status)) << '\n';
    QList<QStringList> rows{{Text::tr("TASK"), Text::tr("STATUS"), Text::tr("STARTED"), Text::tr("FINISHED"), Text::tr("NOTE")}};
    for (const BakeTaskRow &t : tasks)
        rows << QStringList{t.id, statusName(t.status), timeText(t.startedMs), timeText(t.finishedMs), t.message};
    writeTable(cli, rows);
    return 0;
}

int show(Cli &cli, const Args &args)
{
    if (args.positional().size() != 2)
        throw Error::usage(Text::tr("wfs show needs a bake id and a task: wfs show BAKE TASK"));
    const qint64 bake = bakeIdFrom(args);
    const QString task = args.positional().at(1);
    BakeStore store(cli.workspace());
    const int attempt = attemptFrom(args, store, bake);
    auto find = [&]() -> std::optional<BakeTaskRow> {
        for (BakeTaskRow &t : store.tasks(bake, attempt)) {
            if (t.id == task)
                return t;
        }
        return std::nullopt;
    };
    std::optional<BakeTaskRow> row = find();
    if (!row)
        throw Error::usage(Text::tr("bake %1 has no task '%2' (see wfs inspect %1)").arg(bake).arg(task));
    cli.out().flush();
    const bool follow = args.has(QStringLiteral("follow"));
    if (row->logPath.isEmpty() && (!follow || isFinal(row->status))) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("%1 has no log (%2)%3")
                                                    .arg(task, statusName(row->status),
                                                         row->message.isEmpty() ? QString() : QStringLiteral(": ") + row->message)));
        return 0;
    }
    printLog(follow, [&] {
        row = find();
        const auto a = store.attempt(bake, attempt);
        return LogState{row ? row->logPath : QString(),
                        !row || isFinal(row->status) || (a && a->status == BakeStatus::Interrupted)};
    });
    return 0;
}

} // namespace

std::vector<Command> inspectCommands()
{
    const OptionSpec attempt{QStringLiteral("attempt"), QStringLiteral("N"), Text::tr("an earlier attempt (default: the newest)")};
    return {
        {QStringLiteral("bakes"), QStringLiteral("bakes [--json]"), Text::tr("list bakes, newest first"),
         Text::tr("Lists the bakes of this workspace, newest first: id, flow, the newest attempt's status\n"
                  "(pending, running, succeeded, failed, cancelled, or interrupted when its runner is gone),\n"
                  "the attempt's number, when the bake was created and its title."),
         std::vector<OptionSpec>{{QStringLiteral("json"), QString(), Text::tr("print JSON")}},
         bakes},
        {QStringLiteral("inspect"), QStringLiteral("inspect BAKE [--json] [--dot] [--attempt N]"),
         Text::tr("show a bake's tasks and their statuses"),
         Text::tr("Prints the task table of BAKE (id, status, started, finished, note), or with --json\n"
                  "{\"bake\":ID,\"status\":S,\"tasks\":[{\"id\":..,\"status\":..,\"outputs\":{..}},...]}, or with --dot\n"
                  "the task graph in Graphviz's dot language, coloured by status."),
         std::vector<OptionSpec>{{QStringLiteral("json"), QString(), Text::tr("print JSON")},
                                 {QStringLiteral("dot"), QString(), Text::tr("print the graph as dot")},
                                 attempt},
         inspect},
        {QStringLiteral("show"), QStringLiteral("show BAKE TASK [--follow] [--attempt N]"),
         Text::tr("print a bake task's log"),
         Text::tr("Prints the combined output of TASK in BAKE; with --follow keeps printing what it writes\n"
                  "until it ends."),
         std::vector<OptionSpec>{{QStringLiteral("follow"), QString(), Text::tr("keep printing until the task ends")},
                                 attempt},
         show},
    };
}

} // namespace wfs::cli
