// Bakes and customisations in shared lineage: what a push sends of the bakes run here, and how a
// pull writes teammates' bakes and the newest customisation of each card.
#include "model/remote/Lineage.h"

#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace wfs::remote::lineage {

namespace {

// Stored as the workspace that ran it settled it: an attempt whose runner is gone ended there.
QString sharedStatus(pipelines::BakeStatus status)
{
    return pipelines::bakeStatusName(status == pipelines::BakeStatus::Interrupted ? pipelines::BakeStatus::Failed : status);
}

void putTime(QJsonObject &o, const char *name, qint64 ms)
{
    if (ms > 0)
        o.insert(QLatin1String(name), ms);
}

QJsonObject taskJson(const pipelines::BakeTaskRow &t, const QString &card)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("seq"), t.seq},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("needs"), QJsonArray::fromStringList(t.needs)},
                  {QStringLiteral("status"), statusName(t.status)},
                  {QStringLiteral("outputs"), t.outputs}};
    putTime(o, "started", t.startedMs);
    putTime(o, "finished", t.finishedMs);
    if (t.exitCode)
        o.insert(QStringLiteral("exit_code"), *t.exitCode);
    if (!t.message.isEmpty())
        o.insert(QStringLiteral("message"), t.message);
    if (!card.isEmpty())
        o.insert(QStringLiteral("card"), card);
    return o;
}

} // namespace

void appendBakeRows(GraphStore &graph, const QString &ws, const Wanted &wanted, std::vector<Row> &rows)
{
    db::Database &db = graph.workspace().db();
    pipelines::BakeStore store(graph.workspace());
    db::Statement origin(db, "SELECT origin FROM nodes WHERE id = ?");
    const auto cardUid = [&](NodeId id) -> QString {
        if (!id)
            return {};
        origin.reset();
        origin.bind(1, id);
        if (!origin.step())
            return {};
        return origin.isNull(0) ? ws + u'/' + QString::number(id) : origin.text(0);
    };
    for (const pipelines::Bake &b : store.bakes(std::numeric_limits<int>::max())) {
        if (!b.origin.isEmpty())
            continue; // a teammate's: theirs to push
        Row r;
        r.kind = Row::Kind::Bake;
        r.item = QStringLiteral("b:") + QString::number(b.id);
        QJsonArray attempts;
        QByteArray logs;
        for (const pipelines::BakeAttempt &a : store.attempts(b.id)) {
            QJsonArray tasks;
            for (const pipelines::BakeTaskRow &t : store.tasks(b.id, a.number)) {
                if (isFinal(t.status) && !t.logPath.isEmpty()) {
                    r.taskLogs.push_back({{attempts.size(), tasks.size()}, t.logPath});
                    logs += t.logPath.toUtf8() + '\n';
                }
                tasks.append(taskJson(t, cardUid(t.nodeId)));
            }
            QJsonObject o{{QStringLiteral("number"), a.number},
                          {QStringLiteral("status"), sharedStatus(a.status)},
                          {QStringLiteral("tasks"), tasks}};
            putTime(o, "started", a.startedMs);
            putTime(o, "finished", a.finishedMs);
            attempts.append(o);
        }
        const QJsonObject json{{QStringLiteral("uid"), QString(ws + u'/' + QString::number(b.id))},
                               {QStringLiteral("flow"), b.flowId},
                               {QStringLiteral("title"), b.title},
                               {QStringLiteral("file"), b.file},
                               {QStringLiteral("params"), b.params},
                               {QStringLiteral("source"), b.source},
                               {QStringLiteral("created"), b.createdMs},
                               {QStringLiteral("user"), b.user},
                               {QStringLiteral("host"), b.host},
                               {QStringLiteral("attempts"), attempts}};
        r.digest = digestOf(QJsonDocument(json).toJson(QJsonDocument::Compact) + logs);
        if (!wanted(r.item, r.digest)) {
            r.taskLogs.clear();
            continue;
        }
        r.json = json;
        rows.push_back(std::move(r));
    }
}

int importBakes(db::Database &db, const std::vector<Bake> &bakes, const LocalId &local, const QString &logDir)
{
    db::Statement find(db, "SELECT id FROM bakes WHERE origin = ?");
    db::Statement update(db, "UPDATE bakes SET flow_id = ?, title = ?, file = ?, params = ?, source = ?, created = ?, "
                             "run_user = ?, run_host = ? WHERE id = ?");
    db::Statement insert(db, "INSERT INTO bakes(flow_id, title, file, params, source, created, run_user, run_host, origin) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    db::Statement clear(db, "DELETE FROM bake_attempts WHERE bake_id = ?");
    db::Statement attempt(db, "INSERT INTO bake_attempts(bake_id, number, status, started, finished) VALUES(?, ?, ?, ?, ?)");
    db::Statement task(db, "INSERT INTO bake_tasks(bake_id, attempt, task_id, seq, title, needs, status, started, "
                           "finished, exit_code, outputs, log_path, node_id, message) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto optionalMs = [](db::Statement &st, int index, qint64 ms) {
        if (ms > 0)
            st.bind(index, ms);
        else
            st.bindNull(index);
    };
    for (const Bake &entry : bakes) {
        const pipelines::Bake &b = entry.bake;
        find.reset();
        find.bind(1, b.origin);
        const bool known = find.step();
        db::Statement &write = known ? update : insert;
        write.reset();
        write.bind(1, b.flowId).bind(2, b.title).bind(3, b.file);
        write.bind(4, QString::fromUtf8(QJsonDocument(b.params).toJson(QJsonDocument::Compact)));
        write.bind(5, b.source).bind(6, b.createdMs).bindOptional(7, b.user).bindOptional(8, b.host);
        qint64 id = 0;
        if (known) {
            id = find.int64(0);
            update.bind(9, id).exec();
            clear.reset();
            clear.bind(1, id).exec(); // its task rows go with them
        } else {
            insert.bind(9, b.origin).exec();
            id = db.lastInsertId();
        }
        for (const BakeAttempt &a : entry.attempts) {
            attempt.reset();
            attempt.bind(1, id).bind(2, a.attempt.number).bind(3, pipelines::bakeStatusName(a.attempt.status));
            attempt.bind(4, a.attempt.startedMs);
            optionalMs(attempt, 5, a.attempt.finishedMs);
            attempt.exec();
            for (const BakeTask &t : a.tasks) {
                const pipelines::BakeTaskRow &row = t.row;
                task.reset();
                task.bind(1, id).bind(2, a.attempt.number).bind(3, row.id).bind(4, row.seq).bind(5, row.title);
                task.bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(row.needs)).toJson(QJsonDocument::Compact)));
                task.bind(7, statusName(row.status));
                optionalMs(task, 8, row.startedMs);
                optionalMs(task, 9, row.finishedMs);
                if (row.exitCode)
                    task.bind(10, *row.exitCode);
                else
                    task.bindNull(10);
                task.bind(11, QString::fromUtf8(QJsonDocument(row.outputs).toJson(QJsonDocument::Compact)));
                const QString log = t.log ? logDir + u'/' + QString::fromLatin1(t.log->hex()) + QStringLiteral(".log") : QString();
                task.bindOptional(12, !log.isEmpty() && QFileInfo::exists(log) ? log : QString());
                const std::optional<NodeId> card = t.card.isEmpty() ? std::nullopt : local(t.card);
                if (card)
                    task.bind(13, *card);
                else
                    task.bindNull(13);
                task.bind(14, row.message).exec();
            }
        }
    }
    return int(bakes.size());
}

SettingsImport::SettingsImport(db::Database &db, const QString &self)
    // One comparison in SQL, the same on every machine: the later stamp wins, the greater
    // workspace uid breaks a tie. Setting the stamp keeps the edit trigger from restamping it.
    : m_db(db), m_update(std::make_unique<db::Statement>(db, "UPDATE nodes SET settings = ?1, settings_ms = ?2, settings_by = ?3 "
                                                             "WHERE id = ?4 AND (settings_ms, COALESCE(settings_by, ?5)) < (?2, ?3)")),
      m_self(self)
{
}

SettingsImport::~SettingsImport() = default;

bool SettingsImport::apply(NodeId node, const Settings &s)
{
    m_update->bind(1, s.settings.toStored()).bind(2, s.ms).bind(3, s.by).bind(4, node).bind(5, m_self).exec();
    return m_db.changes() > 0;
}

} // namespace wfs::remote::lineage
