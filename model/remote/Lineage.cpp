#include "model/remote/Lineage.h"

#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/versions/Pack.h"
#include "model/remote/VersionPush.h"
#include "model/versions/Hash.h"
#include "model/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace wfs::remote::lineage {

namespace {

constexpr const char *nodeSql =
    "SELECT n.id, n.kind, n.key, n.title, n.path, n.url, n.settings, n.created,"
    " t.status, t.app, t.grp, t.started, t.finished, t.exit_code, t.log_path, t.run_user, t.run_host,"
    " v.project_id, v.number, v.title, v.description, v.created, v.files, v.bytes, v.manifest,"
    " n.settings_ms, n.settings_by, rs.digest,"
    // Everything above in one value, so that an unchanged row costs one column read and one hash.
    " quote(n.kind) || ',' || quote(n.key) || ',' || quote(n.title) || ',' || quote(n.path) || ',' || "
    " quote(n.url) || ',' || quote(n.settings) || ',' || quote(n.created) || ',' || quote(t.status) || ',' || "
    " quote(t.app) || ',' || quote(t.grp) || ',' || quote(t.started) || ',' || quote(t.finished) || ',' || "
    " quote(t.exit_code) || ',' || quote(t.log_path) || ',' || quote(t.run_user) || ',' || "
    " quote(t.run_host) || ',' || quote(v.project_id) || ',' || quote(v.number) || ',' || "
    " quote(v.title) || ',' || quote(v.description) || ',' || quote(v.created) || ',' || "
    " quote(v.files) || ',' || quote(v.bytes) || ',' || quote(v.manifest) || ',' || "
    " quote(n.settings_ms) || ',' || quote(n.settings_by) || ',' || quote(rs.digest)"
    " FROM nodes n LEFT JOIN tasks t ON t.node_id = n.id LEFT JOIN versions v ON v.node_id = n.id"
    // The record a version has on this remote (VersionPush remembers it): older ones keep theirs.
    " LEFT JOIN remote_sent rs ON v.node_id IS NOT NULL AND rs.remote = ? AND rs.item = 'v:' || n.id"
    " WHERE n.origin IS NULL ORDER BY n.id";

constexpr const char *edgeSql =
    "SELECT e.src, e.dst, s.origin, d.origin FROM edges e JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst"
    " WHERE s.origin IS NULL OR d.origin IS NULL ORDER BY e.id";

void putOptionalInt(QJsonObject &o, const char *name, const db::Statement &st, int column)
{
    if (!st.isNull(column))
        o.insert(QLatin1String(name), st.int64(column));
}

QJsonObject nodeJson(const db::Statement &st, const QString &ws)
{
    const auto uid = [&](qint64 id) -> QString { return ws + u'/' + QString::number(id); };
    QJsonObject o{{QStringLiteral("uid"), uid(st.int64(0))},
                  {QStringLiteral("kind"), st.text(1)},
                  {QStringLiteral("key"), st.text(2)},
                  {QStringLiteral("title"), st.text(3)},
                  {QStringLiteral("settings"), CardSettings::fromStored(st.text(6)).toJson()},
                  {QStringLiteral("created"), st.int64(7)},
                  {QStringLiteral("settings_ms"), st.int64(25)}};
    if (!st.isNull(26))
        o.insert(QStringLiteral("settings_by"), st.text(26));
    if (!st.isNull(4))
        o.insert(QStringLiteral("path"), st.text(4));
    if (!st.isNull(5))
        o.insert(QStringLiteral("url"), st.text(5));
    if (!st.isNull(8)) {
        QJsonObject t{{QStringLiteral("status"), st.text(8)}};
        if (!st.isNull(9))
            t.insert(QStringLiteral("app"), st.text(9));
        if (!st.isNull(10))
            t.insert(QStringLiteral("group"), st.text(10));
        putOptionalInt(t, "started", st, 11);
        putOptionalInt(t, "finished", st, 12);
        putOptionalInt(t, "exit_code", st, 13);
        if (!st.isNull(15))
            t.insert(QStringLiteral("user"), st.text(15));
        if (!st.isNull(16))
            t.insert(QStringLiteral("host"), st.text(16));
        o.insert(QStringLiteral("task"), t);
    }
    if (!st.isNull(17)) {
        VersionInfo v;
        v.number = int(st.int64(18));
        v.createdMs = st.int64(21);
        v.manifest = Hash::fromHex(st.text(24).toLatin1()).value_or(Hash{});
        o.insert(QStringLiteral("version"),
                 QJsonObject{{QStringLiteral("project"), uid(st.int64(17))},
                             {QStringLiteral("number"), v.number},
                             {QStringLiteral("title"), st.text(19)},
                             {QStringLiteral("description"), st.text(20)},
                             {QStringLiteral("created_ms"), v.createdMs},
                             {QStringLiteral("files"), st.int64(22)},
                             {QStringLiteral("bytes"), st.int64(23)},
                             {QStringLiteral("record"), st.isNull(27) ? VersionPush::recordKey(uid(st.int64(17)), v) : st.text(27)}});
    }
    return o;
}

// Edits made here to cards pulled from teammates (settings_by NULL: this workspace), stamped so
// that every machine keeps the same last writer.
void appendCustomisations(db::Database &db, const Wanted &wanted, std::vector<Row> &rows)
{
    db::Statement st(db, "SELECT id, origin, settings, settings_ms FROM nodes "
                         "WHERE origin IS NOT NULL AND settings_by IS NULL AND settings_ms > 0 ORDER BY id");
    while (st.step()) {
        Row r;
        r.kind = Row::Kind::Customisation;
        r.item = QStringLiteral("c:") + st.text(0);
        r.digest = digestOf(st.text(2).toUtf8() + ',' + QByteArray::number(st.int64(3)));
        if (!wanted(r.item, r.digest))
            continue;
        r.json = QJsonObject{{QStringLiteral("uid"), st.text(1)},
                             {QStringLiteral("settings"), CardSettings::fromStored(st.text(2)).toJson()},
                             {QStringLiteral("settings_ms"), st.int64(3)}};
        rows.push_back(std::move(r));
    }
}

} // namespace

QString workspaceId(Workspace &workspace)
{
    db::Database &db = workspace.db();
    db::Transaction tx(db);
    {
        db::Statement ins(db, "INSERT OR IGNORE INTO workspace_meta(key, value) VALUES('lineage_id', ?)");
        ins.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).exec();
    }
    db::Statement st(db, "SELECT value FROM workspace_meta WHERE key = 'lineage_id'");
    st.step();
    const QString id = st.text(0);
    st.reset();
    tx.commit();
    return id;
}

std::vector<Row> localRows(GraphStore &graph, const QString &ws, const QString &remote, const Wanted &wanted)
{
    db::Database &db = graph.workspace().db();
    std::vector<Row> rows;
    db::Transaction tx(db); // one moment for cards and relations
    {
        db::Statement st(db, nodeSql);
        st.bind(1, remote);
        while (st.step()) {
            Row r;
            r.item = QStringLiteral("n:") + QString::number(st.int64(0));
            r.digest = digestOf(st.blob(28));
            if (!wanted(r.item, r.digest))
                continue;
            r.json = nodeJson(st, ws);
            const std::optional<TaskStatus> status = statusFromName(st.text(8));
            if (status && isFinal(*status) && !st.isNull(14))
                r.logPath = st.text(14);
            rows.push_back(std::move(r));
        }
    }
    db::Statement st(db, edgeSql);
    const auto uid = [&](int id, int origin) -> QString { return st.isNull(origin) ? ws + u'/' + st.text(id) : st.text(origin); };
    while (st.step()) {
        Row r;
        r.kind = Row::Kind::Relation;
        r.item = QStringLiteral("e:") + st.text(0) + u'>' + st.text(1);
        r.digest = "1"; // a relation only exists or does not
        if (!wanted(r.item, r.digest))
            continue;
        r.json = QJsonObject{{QStringLiteral("from"), uid(0, 2)}, {QStringLiteral("to"), uid(1, 3)}};
        rows.push_back(std::move(r));
    }
    appendCustomisations(db, wanted, rows);
    appendBakeRows(graph, ws, wanted, rows);
    return rows;
}

QByteArray digestOf(const QByteArray &signature)
{
    return QCryptographicHash::hash(signature, QCryptographicHash::Sha256).left(16).toHex();
}

QString batchKey(const QString &ws, qint64 createdMs, const QByteArray &bytes)
{
    return QLatin1String(prefix) + ws + u'/' + QStringLiteral("%1").arg(createdMs, 13, 10, QLatin1Char('0')) + u'-'
           + QString::fromLatin1(ContentId::of(bytes).hex()) + QStringLiteral(".json");
}

} // namespace wfs::remote::lineage
