#include "model/remote/LineagePull.h"

#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/remote/Lineage.h"
#include "model/versions/FileIo.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QScopeGuard>
#include <map>
#include <set>

#include <fcntl.h>
#include <unistd.h>

namespace wfs::remote {

namespace {
constexpr qint64 maxBatchBytes = 512LL * 1024 * 1024;
constexpr qint64 logFetchBytes = 64 * 1024 * 1024;

void report(const Progress &progress, const QString &stage, qint64 done, qint64 total)
{
    if (progress.report)
        progress.report(stage, done, total);
}

// Fetches the logs not here yet into logs/remote/ID.log, each verified before it is renamed
// into place; a log the remote lost is skipped (its task keeps no log).
int fetchLogs(RemoteStore &remote, const QString &dir, const std::set<ContentId> &wanted, const Progress &progress)
{
    std::vector<ContentId> packed;
    RemoteContent content(remote);
    std::vector<ContentId> missing;
    for (const ContentId &id : wanted)
        if (!QFileInfo::exists(dir + u'/' + QString::fromLatin1(id.hex()) + QStringLiteral(".log")))
            missing.push_back(id);
    if (missing.empty())
        return 0;
    content.load();
    QDir().mkpath(dir);
    const auto place = [&](const ContentId &id) { return QString(dir + u'/' + QString::fromLatin1(id.hex()) + QStringLiteral(".log")).toStdString(); };
    int fetched = 0;
    for (const ContentId &id : missing) {
        if (!content.has(id))
            continue;
        if (!content.looseKey(id)) {
            packed.push_back(id);
            continue;
        }
        const QString temp = dir + QStringLiteral("/.pull-%1.part").arg(::getpid());
        auto cleanup = qScopeGuard([&] { QFile::remove(temp); });
        content.fetchLoose(id, temp);
        if (::rename(QFile::encodeName(temp).constData(), place(id).c_str()) != 0)
            throw Error(Text::tr("Cannot create %1: %2").arg(QString::fromStdString(place(id)), fileio::describe(errno)));
        ++fetched;
    }
    for (std::size_t start = 0, end = 0; start < packed.size(); start = end) {
        report(progress, Text::tr("Fetching task logs"), qint64(start), qint64(packed.size()));
        // As many as fit in a bounded amount of memory: one ranged request per pack for all of them.
        qint64 bytes = 0;
        for (end = start; end < packed.size() && (end == start || bytes + content.sizeOf(packed[end]) <= logFetchBytes); ++end)
            bytes += content.sizeOf(packed[end]);
        const std::vector<ContentId> ids(packed.begin() + qsizetype(start), packed.begin() + qsizetype(end));
        for (const auto &[id, data] : content.fetch(ids)) {
            // Under a temporary name, renamed once whole; one syncfs below for all of them (a
            // fsync each costs a minute for 10,000 logs).
            const std::string temp = place(id) + ".part-" + std::to_string(::getpid());
            ::unlink(temp.c_str());
            fileio::writeNew(temp, data.constData(), std::size_t(data.size()));
            if (::rename(temp.c_str(), place(id).c_str()) != 0)
                throw Error(Text::tr("Cannot create %1: %2").arg(QString::fromStdString(place(id)), fileio::describe(errno)));
            ++fetched;
        }
    }
    // On disk before the database names them.
    if (const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    return fetched;
}
} // namespace

LineagePull::Report LineagePull::pull(const Progress &progress)
{
    Report out;
    Workspace &ws = m_graph.workspace();
    db::Database &db = ws.db();
    const QString remote = m_remote.spec().name;
    const QString self = lineage::workspaceId(ws);

    QSet<QString> seen;
    {
        db::Statement st(db, "SELECT key FROM remote_pulled WHERE remote = ?");
        st.bind(1, remote);
        while (st.step())
            seen.insert(st.text(0));
    }
    std::vector<QString> fresh;
    std::vector<Transfer> gets;
    for (const RemoteObject &o : m_remote.list(QLatin1String(lineage::prefix))) {
        if (seen.contains(o.key))
            continue;
        fresh.push_back(o.key);
        if (o.key.startsWith(QLatin1String(lineage::prefix) + self + u'/'))
            continue; // our own
        if (o.size > maxBatchBytes)
            throw Error(Text::tr("%1 %2 is bigger than %3 MB: not a lineage batch").arg(remote, o.key).arg(maxBatchBytes >> 20));
        gets.push_back({Transfer::Kind::GetData, o.key, {}, {}});
    }
    if (fresh.empty())
        return out;
    report(progress, Text::tr("Fetching lineage"), 0, qint64(gets.size()));
    m_remote.run(gets); // listed by key: one workspace's batches in the order it wrote them

    // The latest state of each card, then every relation.
    std::map<QString, lineage::Card> cards;
    std::set<std::pair<QString, QString>> relations;
    std::vector<lineage::Customisation> customisations;
    std::map<QString, lineage::Bake> bakes;
    for (Transfer &t : gets) {
        lineage::Batch batch = lineage::parseBatch(t.data, t.key, remote);
        t.data.clear();
        for (lineage::Card &c : batch.cards)
            cards.insert_or_assign(c.node.origin, std::move(c));
        relations.insert(batch.relations.begin(), batch.relations.end());
        std::move(batch.customisations.begin(), batch.customisations.end(), std::back_inserter(customisations));
        for (lineage::Bake &b : batch.bakes)
            bakes.insert_or_assign(b.bake.origin, std::move(b));
    }
    out.batches = int(gets.size());

    // Logs first: a killed pull leaves at most files the next one reuses.
    std::set<ContentId> logs;
    for (const auto &[uid, c] : cards)
        if (c.log)
            logs.insert(*c.log);
    for (const auto &[uid, b] : bakes)
        for (const lineage::BakeAttempt &a : b.attempts)
            for (const lineage::BakeTask &t : a.tasks)
                if (t.log)
                    logs.insert(*t.log);
    const QString logDir = ws.logsDir() + QStringLiteral("/remote");
    out.logs = fetchLogs(m_remote, logDir, logs, progress);

    if (progress.cancel && progress.cancel->load())
        throw Error(Text::tr("Pull cancelled: nothing was added"));
    report(progress, Text::tr("Adding teammates' lineage"), 0, qint64(cards.size()));
    db::Transaction tx(db);
    const auto local = [&](const QString &uid) -> std::optional<NodeId> {
        if (uid.startsWith(self + u'/')) {
            const NodeId id = uid.mid(self.size() + 1).toLongLong();
            return m_graph.node(id) ? std::optional(id) : std::nullopt;
        }
        return m_graph.findOrigin(uid);
    };
    std::set<NodeId> projects;
    lineage::SettingsImport settings(db, self);
    // Versions after every other card, so their projects are there.
    for (const bool versions : {false, true}) {
        for (auto &[uid, c] : cards) {
            if (bool(c.version) != versions)
                continue;
            std::optional<NodeId> project;
            if (c.version && !(project = local(c.versionProject)))
                continue; // its project was deleted where it came from
            if (c.log) {
                const QString path = logDir + u'/' + QString::fromLatin1(c.log->hex()) + QStringLiteral(".log");
                if (QFileInfo::exists(path))
                    c.node.task->logPath = path;
            }
            const NodeId id = m_graph.importNode(c.node);
            settings.apply(id, c.settings);
            ++out.cards;
            if (c.version) {
                c.version->project = *project;
                c.version->remote = remote;
                m_graph.importVersion(id, *c.version);
                projects.insert(*project);
                ++out.versions;
            }
        }
    }
    for (const auto &[from, to] : relations) {
        const std::optional<NodeId> a = local(from), b = local(to);
        if (a && b && m_graph.addEdge(*a, *b))
            ++out.relations;
    }
    for (const lineage::Customisation &c : customisations)
        if (const std::optional<NodeId> id = local(c.uid))
            out.customisations += settings.apply(*id, c.settings) ? 1 : 0;
    std::vector<lineage::Bake> bakeList;
    for (auto &[uid, b] : bakes)
        bakeList.push_back(std::move(b));
    out.bakes = lineage::importBakes(db, bakeList, local, logDir);
    for (const NodeId project : projects) {
        std::vector<NodeId> ordered;
        db::Statement st(db, "SELECT v.node_id FROM versions v JOIN nodes n ON n.id = v.node_id "
                             "WHERE v.project_id = ? ORDER BY v.created, n.origin");
        st.bind(1, project);
        while (st.step())
            ordered.push_back(st.int64(0));
        m_graph.renumberVersions(project, ordered);
    }
    db::Statement mark(db, "INSERT OR IGNORE INTO remote_pulled(remote, key) VALUES(?, ?)");
    for (const QString &key : fresh)
        mark.bind(1, remote).bind(2, key).exec();
    tx.commit();
    return out;
}

} // namespace wfs::remote
