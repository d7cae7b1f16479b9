#include "model/remote/LineagePush.h"

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
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

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
    std::vector<lineage::Row> rows = lineage::localRows(m_graph, workspaceId, [&](const QString &item, const QByteArray &digest) {
        const auto it = sent.constFind(item);
        return it == sent.constEnd() || *it != digest;
    });
    if (rows.empty())
        return report;

    // Logs before the batch that names them.
    std::vector<RemoteContent::Item> logs;
    QJsonArray cards, relations;
    for (lineage::Row &r : rows) {
        if (r.edge) {
            relations.append(r.json);
            continue;
        }
        if (!r.logPath.isEmpty()) {
            if (std::optional<RemoteContent::Item> item = logItem(r.logPath)) {
                QJsonObject task = r.json.value(u"task").toObject();
                task.insert(QStringLiteral("log"), QString::fromLatin1(item->id.hex()));
                task.insert(QStringLiteral("log_bytes"), item->size);
                r.json.insert(QStringLiteral("task"), task);
                logs.push_back(std::move(*item));
            }
        }
        cards.append(r.json);
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
                                                       {QStringLiteral("relations"), relations}})
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
    return report;
}

} // namespace wfs::remote
