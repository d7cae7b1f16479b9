#include "model/remote/LineagePush.h"

#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/remote/Lineage.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace wfs::remote {

namespace {
constexpr qint64 bigLog = 4 * 1024 * 1024;

// A finished task's log as content: small ones read, big ones sent from their file.
std::optional<RemoteContent::Item> logItem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt; // removed by hand: the task travels without it
    RemoteContent::Item item;
    item.size = f.size();
    if (item.size < bigLog) {
        const QByteArray data = f.readAll();
        item.id = ContentId::of(data);
        item.read = [data] { return data; };
        return item;
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&f))
        throw Error(Text::tr("Cannot read the log %1 to push it").arg(path));
    std::copy_n(sha.result().constData(), 32, item.id.bytes.begin());
    item.path = path;
    return item;
}
// A bake's JSON with each finished task's log named by its content id.
template<typename WithLog>
QJsonObject withBakeLogs(const lineage::Row &r, const WithLog &withLog)
{
    QJsonObject json = r.json;
    QJsonArray attempts = json.value(u"attempts").toArray();
    for (const auto &[where, path] : r.taskLogs) {
        QJsonObject attempt = attempts.at(where.first).toObject();
        QJsonArray tasks = attempt.value(u"tasks").toArray();
        tasks.replace(where.second, withLog(tasks.at(where.second).toObject(), path));
        attempt.insert(QStringLiteral("tasks"), tasks);
        attempts.replace(where.first, attempt);
    }
    json.insert(QStringLiteral("attempts"), attempts);
    return json;
}
} // namespace

LineagePush::Report LineagePush::push()
{
    Report report;
    Workspace &ws = m_graph.workspace();
    db::Database &db = ws.db();
    const QString remote = m_remote.spec().name;
    const QString workspaceId = lineage::workspaceId(ws);

    QHash<QString, QByteArray> sent;
    {
        db::Statement st(db, "SELECT item, digest FROM remote_sent WHERE remote = ?");
        st.bind(1, remote);
        while (st.step())
            sent.insert(st.text(0), st.text(1).toLatin1());
    }
    std::vector<lineage::Row> rows = lineage::localRows(m_graph, workspaceId, remote, [&](const QString &item, const QByteArray &digest) {
        const auto it = sent.constFind(item);
        return it == sent.constEnd() || *it != digest;
    });
    if (rows.empty())
        return report;

    // Logs before the batch that names them.
    std::vector<RemoteContent::Item> logs;
    const auto withLog = [&](QJsonObject o, const QString &path) {
        if (std::optional<RemoteContent::Item> item = logItem(path)) {
            o.insert(QStringLiteral("log"), QString::fromLatin1(item->id.hex()));
            o.insert(QStringLiteral("log_bytes"), item->size);
            logs.push_back(std::move(*item));
        }
        return o;
    };
    QJsonArray cards, relations, customisations, bakes;
    for (lineage::Row &r : rows) {
        switch (r.kind) {
        case lineage::Row::Kind::Relation:
            relations.append(r.json);
            break;
        case lineage::Row::Kind::Customisation:
            customisations.append(r.json);
            break;
        case lineage::Row::Kind::Bake:
            bakes.append(withBakeLogs(r, withLog));
            break;
        case lineage::Row::Kind::Card:
            if (!r.logPath.isEmpty())
                r.json.insert(QStringLiteral("task"), withLog(r.json.value(u"task").toObject(), r.logPath));
            cards.append(r.json);
            break;
        }
    }
    if (!logs.empty()) {
        RemoteContent content(m_remote);
        content.load();
        report.logs = int(content.push(logs).objects);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray batch = QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                                       {QStringLiteral("workspace"), workspaceId},
                                                       {QStringLiteral("created_ms"), now},
                                                       {QStringLiteral("cards"), cards},
                                                       {QStringLiteral("relations"), relations},
                                                       {QStringLiteral("customisations"), customisations},
                                                       {QStringLiteral("bakes"), bakes}})
                                 .toJson(QJsonDocument::Compact);
    report.batch = lineage::batchKey(workspaceId, now, batch);
    m_remote.put(report.batch, batch);

    // Remembered only now: a push killed before this line sends the same rows again.
    db::Transaction tx(db);
    db::Statement st(db, "INSERT OR REPLACE INTO remote_sent(remote, item, digest) VALUES(?, ?, ?)");
    for (const lineage::Row &r : rows)
        st.bind(1, remote).bind(2, r.item).bind(3, QString::fromLatin1(r.digest)).exec();
    tx.commit();
    report.cards = int(cards.size());
    report.relations = int(relations.size());
    report.customisations = int(customisations.size());
    report.bakes = int(bakes.size());
    return report;
}

} // namespace wfs::remote
