#include "model/versions/Versions.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/recording/Recorder.h"
#include "model/versions/FileIo.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Scanner.h"
#include "model/versions/StoreLock.h"
#include "model/versions/StoreMigration.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <unordered_set>

namespace wfs {

namespace {
// At most this many problems are spelled out in one message; the rest are counted.
QString listProblems(const QStringList &problems)
{
    QStringList shown = problems.mid(0, 20);
    if (problems.size() > 20)
        shown << Text::tr("... and %n more", nullptr, int(problems.size() - 20));
    return shown.join(QStringLiteral("\n  "));
}

QString statCacheFile(Workspace &ws, NodeId project)
{
    return ws.storeDir() + QStringLiteral("/statcache/project-%1.bin").arg(project);
}

} // namespace

Versions::Versions(GraphStore &store)
    : m_graph(store), m_workspace(store.workspace()), m_store(std::make_unique<LocalObjectStore>(m_workspace.storeDir()))
{
    migrateLegacyStore(m_workspace, *m_store);
}

Versions::~Versions() = default;

NodeId Versions::resolveProject(const QString &pathOrId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(pathOrId).hasMatch()) {
        const std::optional<Node> n = m_graph.node(pathOrId.toLongLong());
        if (!n || n->kind != NodeKind::Project)
            throw Error(Text::tr("There is no project with id %1 in this workspace").arg(pathOrId));
        return n->id;
    }
    const QString path = paths::canonical(pathOrId);
    if (!QFileInfo(path).isDir())
        throw Error(Text::tr("The project folder %1 does not exist or is not a folder").arg(path));
    return Recorder(m_graph).registerPath(NodeKind::Project, path);
}

QString Versions::projectPath(NodeId project)
{
    const std::optional<Node> n = m_graph.node(project);
    if (!n || n->kind != NodeKind::Project)
        throw Error(Text::tr("There is no project with id %1 in this workspace").arg(project));
    return n->path;
}

VersionInfo Versions::read(NodeId id)
{
    db::Statement st(m_workspace.db(), "SELECT node_id, project_id, number, title, description, created, files, bytes, "
                                       "manifest, root FROM versions WHERE node_id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(Text::tr("There is no version with id %1 in this workspace").arg(id));
    VersionInfo v;
    v.id = st.int64(0);
    v.project = st.int64(1);
    v.number = int(st.int64(2));
    v.title = st.text(3);
    v.description = st.text(4);
    v.createdMs = st.int64(5);
    v.files = st.int64(6);
    v.bytes = st.int64(7);
    v.manifest = Hash::fromHex(st.text(8).toLatin1()).value_or(Hash{});
    v.root = Hash::fromHex(st.text(9).toLatin1()).value_or(Hash{});
    return v;
}

std::optional<VersionInfo> Versions::pinInput(Relation &relation)
{
    if (relation.kind != NodeKind::Project || relation.direction != Direction::Input || relation.versionId
        || relation.versionNumber)
        return std::nullopt;
    const NodeId project = resolveProject(relation.target);
    const Created c = create(project, QString(), Text::tr("Created automatically for a task's input"));
    relation.target = QString::number(project);
    relation.versionId = c.version.id;
    return c.created ? std::optional<VersionInfo>(c.version) : std::nullopt;
}

std::vector<VersionInfo> Versions::list(NodeId project)
{
    return query(project);
}

std::vector<VersionInfo> Versions::allVersions()
{
    return query(std::nullopt);
}

// One project's versions by number (pulled ones too), or every version whose content belongs in
// this store (pulled ones keep theirs on the remote) by project and number.
std::vector<VersionInfo> Versions::query(std::optional<NodeId> project)
{
    std::vector<NodeId> ids;
    {
        db::Statement st(m_workspace.db(), project ? "SELECT node_id FROM versions WHERE project_id = ? ORDER BY number"
                                                   : "SELECT node_id FROM versions WHERE node_id NOT IN (SELECT node_id FROM remote_versions) "
                                                     "ORDER BY project_id, number");
        if (project)
            st.bind(1, *project);
        while (st.step())
            ids.push_back(st.int64(0));
    }
    std::vector<VersionInfo> out;
    for (NodeId id : ids)
        out.push_back(read(id));
    return out;
}

VersionInfo Versions::byNumber(NodeId project, int number)
{
    const std::optional<NodeId> id = m_graph.versionByNumber(project, number);
    if (!id)
        throw Error(Text::tr("Project %1 has no version number %2").arg(project).arg(number));
    return read(*id);
}

VersionInfo Versions::byId(NodeId project, NodeId id)
{
    const VersionInfo v = read(id);
    if (v.project != project)
        throw Error(Text::tr("Version %1 belongs to project %2, not to project %3").arg(id).arg(v.project).arg(project));
    return v;
}

Versions::Created Versions::create(NodeId project, const QString &title, const QString &description,
                                   const Progress &progress)
{
    const QString path = projectPath(project);
    StoreLock lock(m_workspace.storeDir(), false);
    m_store->refresh();
    m_store->removeLeftovers(false); // what killed creates left
    StatCache cache(statCacheFile(m_workspace, project));
    ScanOptions options;
    options.store = m_store.get();
    options.cancel = progress.cancel;
    if (progress.report)
        options.progress = [&](qint64 done, qint64 total) { progress.report(Text::tr("Reading files"), done, total); };
    auto scanOnce = [&] {
        ScanResult scan;
        try {
            scan = scanFolder(path.toStdString(), cache, options);
        } catch (...) {
            m_store->discardStaged(); // a full disk must not stay full of half a version
            throw;
        }
        if (scan.cancelled) {
            m_store->discardStaged();
            throw Error(Text::tr("Creating the version was cancelled; nothing was saved"));
        }
        if (!scan.problems.isEmpty()) {
            // What was readable goes into the store all the same: harmless, and gc frees it.
            m_store->sync();
            throw Error(Text::tr("No version was created: %n file(s) or folder(s) of %1 cannot be read:\n  %2", nullptr,
                                 int(scan.problems.size()))
                            .arg(path, listProblems(scan.problems)));
        }
        return scan;
    };
    // Every object the version refers to must be in the store before it is committed: the stat
    // cache vouches for content that may have gone since (removed by hand, moved aside as
    // damaged). Such files are read again, which stores their content afresh.
    auto absent = [&](const Manifest &m) {
        std::unordered_set<Hash> out;
        for (const ManifestEntry &e : m.entries) {
            if (e.type == ManifestEntry::Type::File && !out.count(e.hash) && !m_store->has(e.hash))
                out.insert(e.hash);
        }
        return out;
    };
    ScanResult scan = scanOnce();
    // Unchanged since the latest version: nothing will be committed, so nothing to check.
    const std::vector<VersionInfo> before = list(project);
    const bool unchanged = !before.empty() && before.back().root == scan.manifest.root;
    if (const std::unordered_set<Hash> gone = unchanged ? std::unordered_set<Hash>() : absent(scan.manifest); !gone.empty()) {
        cache.forget(gone);
        scan = scanOnce();
        if (const std::unordered_set<Hash> still = absent(scan.manifest); !still.empty()) {
            m_store->discardStaged();
            throw Error(Text::tr("No version was created: the content of %n file(s) of %1 vanished from the store "
                                 "while it was being written", nullptr, int(still.size())).arg(path));
        }
    }
    if (unchanged) {
        m_store->sync(); // content of touched files read again, if it had to be stored
        // Nothing to store and nothing to commit. The stat cache is written only when some file
        // had to be read (touched, or new to the cache): otherwise it already says it all.
        if (scan.hashed > 0 || cache.size() != scan.seen.size()) {
            cache.replace(std::move(scan.seen), scan.startNs);
            cache.save();
        }
        return {before.back(), false};
    }
    cache.replace(std::move(scan.seen), scan.startNs);

    const QByteArray manifestBytes = scan.manifest.serialize();
    const Hash manifestHash = Hash::of(manifestBytes.constData(), std::size_t(manifestBytes.size()));
    m_store->put(manifestHash, manifestBytes);
    m_store->sync();

    db::Database &db = m_workspace.db();
    db::Transaction tx(db);
    // Read the latest inside the write lock: another process may have just made one.
    const std::vector<VersionInfo> existing = list(project);
    if (!existing.empty() && existing.back().root == scan.manifest.root) {
        tx.commit();
        cache.save();
        return {existing.back(), false};
    }
    const int number = existing.empty() ? 1 : existing.back().number + 1;
    const QString cardTitle = title.isEmpty() ? Text::tr("%1 v%2").arg(paths::baseName(path)).arg(number) : title;
    const NodeId id = m_graph.ensureNode(NodeKind::ProjectVersion, QStringLiteral("%1#%2").arg(project).arg(number), cardTitle);
    db::Statement insert(db, "INSERT INTO versions(node_id, project_id, number, title, description, created, files, "
                             "bytes, manifest, root) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, project).bind(3, number).bind(4, title).bind(5, description);
    insert.bind(6, QDateTime::currentMSecsSinceEpoch()).bind(7, qint64(scan.manifest.files)).bind(8, qint64(scan.manifest.bytes));
    insert.bind(9, QString::fromLatin1(manifestHash.hex())).bind(10, QString::fromLatin1(scan.manifest.root.hex())).exec();
    tx.commit();
    cache.save();
    return {read(id), true};
}

Manifest Versions::manifest(const VersionInfo &version)
{
    Manifest m = Manifest::parse(m_store->get(version.manifest));
    if (m.legacyIds) // the migration rewrites every one a version names
        throw Error(Text::tr("The file list of version %1 still names content by its old ids").arg(version.number));
    return m;
}

Manifest Versions::working(NodeId project, const Progress &progress)
{
    const QString path = projectPath(project);
    StatCache cache(statCacheFile(m_workspace, project));
    ScanOptions options;
    options.cancel = progress.cancel;
    if (progress.report)
        options.progress = [&](qint64 done, qint64 total) { progress.report(Text::tr("Reading files"), done, total); };
    ScanResult scan = scanFolder(path.toStdString(), cache, options);
    if (!scan.problems.isEmpty())
        throw Error(Text::tr("%n file(s) or folder(s) of %1 cannot be read:\n  %2", nullptr, int(scan.problems.size()))
                        .arg(path, listProblems(scan.problems)));
    // Not saved: the cache vouches only for content that is in the store.
    return std::move(scan.manifest);
}

void Versions::remove(const VersionInfo &version)
{
    db::Transaction tx(m_workspace.db());
    db::Statement st(m_workspace.db(), "DELETE FROM nodes WHERE id = ? AND kind = 'project_version'");
    st.bind(1, version.id).exec();
    tx.commit();
}

StoreReport Versions::collectGarbage()
{
    StoreLock lock(m_workspace.storeDir(), true);
    m_store->refresh();
    // Never against a database that does not describe this store: it would call everything garbage.
    m_workspace.checkStoreIdentity();
    std::unordered_set<Hash> live;
    for (const VersionInfo &v : allVersions()) {
        live.insert(v.manifest);
        for (const ManifestEntry &e : manifest(v).entries) {
            if (e.type == ManifestEntry::Type::File)
                live.insert(e.hash);
        }
    }
    StoreReport report;
    // Stat caches name content by hash: forget them before any object goes, so that a gc killed
    // half-way never leaves a cache vouching for removed content.
    QDir(m_workspace.storeDir() + QStringLiteral("/statcache")).removeRecursively();
    const LocalObjectStore::Collected freed = m_store->collect(live);
    report.objects = freed.objects;
    report.bytes = freed.bytes;
    // With the lock held alone, no process is writing: every temporary file is a leftover.
    const Leftovers temporaries = m_store->removeLeftovers(true);
    Leftovers partials = sweepPartialRestores(true);
    // Damaged objects verify moved aside are garbage too.
    fileio::removeTree(QString(m_workspace.storeDir() + QStringLiteral("/damaged")).toStdString(), &partials.files, &partials.bytes);
    report.leftoverFiles = temporaries.files + partials.files;
    report.leftoverBytes = temporaries.bytes + partials.bytes;
    return report;
}

} // namespace wfs
