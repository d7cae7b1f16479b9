#include "model/remote/VersionPush.h"

#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/remote/Lineage.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/StoreLock.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <set>

namespace wfs::remote {

namespace {
// Files at least this big travel alone, read from the local store's file as they are sent.
constexpr qint64 bigObject = 4 * 1024 * 1024;

const char *typeName(ManifestEntry::Type type)
{
    switch (type) {
    case ManifestEntry::Type::File: return "file";
    case ManifestEntry::Type::Symlink: return "symlink";
    case ManifestEntry::Type::Dir: return "dir";
    }
    return "file";
}

// Raw path bytes as text: UTF-8 when they are, base64 (under another name) when not.
void putBytes(QJsonObject &o, const char *name, const std::string &bytes)
{
    const QByteArray raw = QByteArray::fromStdString(bytes);
    const QString text = QString::fromUtf8(raw);
    if (text.toUtf8() == raw)
        o.insert(QLatin1String(name), text);
    else
        o.insert(QLatin1String(name) + QLatin1String("_b64"), QString::fromLatin1(raw.toBase64()));
}
// A local object as the remote will hold it, named by its local id (SHA-256 of its bytes, as on
// the remote: nothing is hashed again). Small ones are read, and verified by the local store, only
// if the remote lacks them; big ones are sent from the store's file.
RemoteContent::Item localItem(LocalObjectStore &local, const ManifestEntry &e)
{
    RemoteContent::Item item;
    item.id = e.hash;
    item.size = qint64(e.size);
    if (item.size < bigObject)
        item.read = [&local, hash = e.hash] { return local.get(hash); };
    else
        item.path = QString::fromStdString(local.objectPath(e.hash));
    return item;
}
// A record's key without its manifest part: what names a version on the remote for good. A
// version pushed before the store's ids became SHA-256 has a record whose manifest part is its
// old id; it is the same version.
QString versionPart(const QString &recordKey)
{
    return recordKey.left(recordKey.lastIndexOf(u'-') + 1);
}
// Which versions the remote holds, for the Versions panel's "on REMOTE".
void remember(Workspace &ws, const QString &remote, const std::vector<std::pair<NodeId, QString>> &on)
{
    db::Transaction tx(ws.db());
    db::Statement st(ws.db(), "INSERT OR REPLACE INTO remote_sent(remote, item, digest) VALUES(?, ?, ?)");
    for (const auto &[id, record] : on)
        st.bind(1, remote).bind(2, QStringLiteral("v:") + QString::number(id)).bind(3, record).exec();
    tx.commit();
}
} // namespace

QString VersionPush::recordKey(const QString &projectUid, const VersionInfo &version)
{
    const QByteArray project = ContentId::of(projectUid.toUtf8()).hex().left(32);
    return QStringLiteral("versions/%1/%2-%3-%4.json")
        .arg(QString::fromLatin1(project))
        .arg(version.number, 6, 10, QLatin1Char('0'))
        .arg(version.createdMs)
        .arg(QString::fromLatin1(version.manifest.hex()));
}

QByteArray VersionPush::remoteManifest(const Manifest &manifest, const std::function<ContentId(const Hash &)> &sha256)
{
    QJsonArray entries;
    for (const ManifestEntry &e : manifest.entries) {
        QJsonObject o;
        putBytes(o, "path", e.path);
        o.insert(QStringLiteral("type"), QLatin1String(typeName(e.type)));
        o.insert(QStringLiteral("mode"), qint64(e.mode));
        o.insert(QStringLiteral("mtime_ns"), qint64(e.mtimeNs));
        if (e.type == ManifestEntry::Type::File) {
            o.insert(QStringLiteral("size"), qint64(e.size));
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256(e.hash).hex()));
        } else if (e.type == ManifestEntry::Type::Symlink) {
            putBytes(o, "target", e.target);
        }
        entries.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("files"), qint64(manifest.files)},
                           {QStringLiteral("bytes"), qint64(manifest.bytes)},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

VersionPush::Report VersionPush::push(const Progress &progress)
{
    Report report;
    Workspace &ws = m_graph.workspace();
    Versions versions(m_graph);
    LocalObjectStore local(ws.storeDir());
    // Shared with creates and restores: gc waits until the objects being sent are read.
    StoreLock lock(ws.storeDir(), false);

    const QString workspaceId = lineage::workspaceId(ws);
    QHash<QString, QString> present; // versionPart -> the record's key
    for (const RemoteObject &o : m_remote.list(QStringLiteral("versions/")))
        present.insert(versionPart(o.key), o.key);

    std::vector<NodeId> projects;
    {
        // Pulled versions are their own workspace's to push.
        db::Statement st(ws.db(), "SELECT DISTINCT project_id FROM versions "
                                  "WHERE node_id NOT IN (SELECT node_id FROM remote_versions) ORDER BY project_id");
        while (st.step())
            projects.push_back(st.int64(0));
    }
    // What the remote lacks, for every version at once: all content first (few packs), then
    // all manifests, then all records, so no record lands before what it names.
    std::vector<std::pair<QString, QJsonObject>> records;
    std::vector<RemoteContent::Item> items;
    std::vector<Transfer> manifests;
    std::vector<std::pair<NodeId, QString>> on; // every version the remote has once this push is done
    std::set<Hash> listed; // content shared by versions sent once
    for (const NodeId project : projects) {
        const std::optional<Node> node = m_graph.node(project);
        if (!node)
            continue;
        const QString projectUid = workspaceId + u'/' + QString::number(project);
        for (const VersionInfo &v : versions.list(project)) {
            const QString record = recordKey(projectUid, v);
            if (const auto there = present.constFind(versionPart(record)); there != present.constEnd()) {
                on.emplace_back(v.id, *there);
                ++report.alreadyThere;
                continue;
            }
            on.emplace_back(v.id, record);
            if (progress.cancel && progress.cancel->load())
                throw Error(Text::tr("Push to %1 cancelled: nothing was sent").arg(m_remote.spec().name));
            if (progress.report)
                progress.report(Text::tr("Reading version %1 of %2").arg(v.number).arg(node->title),
                                qint64(records.size()), qint64(projects.size()));
            const Manifest manifest = versions.manifest(v);
            for (const ManifestEntry &e : manifest.entries) {
                if (e.type == ManifestEntry::Type::File && listed.insert(e.hash).second)
                    items.push_back(localItem(local, e));
            }
            const QByteArray remote = remoteManifest(manifest, [](const Hash &h) { return h; });
            const QString manifestKey = QStringLiteral("manifests/") + QString::fromLatin1(ContentId::of(remote).hex());
            manifests.push_back({Transfer::Kind::PutData, manifestKey, remote, {}});
            records.emplace_back(record, QJsonObject{{QStringLiteral("format"), 1},
                                                     {QStringLiteral("project"), projectUid},
                                                     {QStringLiteral("project_title"), node->title},
                                                     {QStringLiteral("number"), v.number},
                                                     {QStringLiteral("title"), v.title},
                                                     {QStringLiteral("description"), v.description},
                                                     {QStringLiteral("created_ms"), v.createdMs},
                                                     {QStringLiteral("files"), v.files},
                                                     {QStringLiteral("bytes"), v.bytes},
                                                     {QStringLiteral("manifest"), manifestKey}});
        }
    }
    if (records.empty()) {
        remember(ws, m_remote.spec().name, on);
        return report;
    }
    RemoteContent content(m_remote);
    content.load();
    report.content = content.push(items);
    m_remote.run(manifests);
    std::vector<Transfer> recordPuts;
    for (const auto &[key, rec] : records)
        recordPuts.push_back({Transfer::Kind::PutData, key, QJsonDocument(rec).toJson(QJsonDocument::Compact), {}});
    m_remote.run(recordPuts);
    remember(ws, m_remote.spec().name, on);
    report.versions = int(records.size());
    return report;
}

} // namespace wfs::remote
