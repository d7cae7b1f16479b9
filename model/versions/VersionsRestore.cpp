// Restoring a version into a new folder, and checking the store.
#include "versions/Versions.h"

#include "core/Error.h"
#include "db/Sqlite.h"
#include "graph/GraphStore.h"
#include "recording/Paths.h"
#include "recording/Recorder.h"
#include "versions/FileIo.h"
#include "versions/LocalObjectStore.h"
#include "versions/StoreLock.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_set>

namespace wfs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Versions)
};

void setTimes(const std::string &path, std::int64_t mtimeNs, bool link)
{
    const timespec t{time_t(mtimeNs / 1'000'000'000), long(mtimeNs % 1'000'000'000)};
    const timespec times[2] = {t, t};
    ::utimensat(AT_FDCWD, path.c_str(), times, link ? AT_SYMLINK_NOFOLLOW : 0);
}

// Runs `work(i)` for i in [0, n) on eight threads (the work waits on the disk, not the CPU);
// the first error stops the rest and is rethrown.
void parallelFor(std::size_t n, const std::atomic<bool> *cancel, const std::function<void(std::size_t)> &work,
                 const std::function<void(std::size_t)> &tick)
{
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex errorMutex;
    std::optional<Error> error;
    auto run = [&] {
        while (!stop) {
            const std::size_t i = next++;
            if (i >= n || (cancel && cancel->load()))
                return;
            try {
                work(i);
            } catch (const Error &e) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = e;
                stop = true;
            }
            ++done;
        }
    };
    std::vector<std::thread> others;
    for (int t = 1; t < 8; ++t)
        others.emplace_back(run);
    run();
    for (std::thread &t : others)
        t.join();
    if (tick)
        tick(done);
    if (error)
        throw *error;
}

} // namespace

QString Versions::defaultRestoreFolder(const VersionInfo &version)
{
    const QString project = projectPath(version.project);
    const QFileInfo info(project);
    const QString base = info.absolutePath() + u'/' + Text::tr("%1, from ver. %2").arg(info.fileName()).arg(version.number);
    QString candidate = base;
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = base + QStringLiteral(" (%1)").arg(i);
    return candidate;
}

RestoreResult Versions::restore(const VersionInfo &version, const QString &folder, bool skipMissing,
                                const Progress &progress)
{
    StoreLock lock(m_workspace.storeDir(), false);
    const Manifest m = manifest(version);
    RestoreResult result;
    result.folder = folder.isEmpty() ? defaultRestoreFolder(version) : paths::canonical(folder);
    const QFileInfo target(result.folder);
    if (target.exists() && (!target.isDir() || !QDir(result.folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        throw Error(Text::tr("%1 already exists and is not empty; restore into a new or empty folder").arg(result.folder));

    std::vector<const ManifestEntry *> files;
    QStringList missing;
    std::unordered_set<std::string> skip;
    for (const ManifestEntry &e : m.entries) {
        if (e.type != ManifestEntry::Type::File)
            continue;
        if (m_store->has(e.hash)) {
            files.push_back(&e);
        } else {
            missing << displayPath(e.path);
            skip.insert(e.path);
        }
    }
    if (!missing.isEmpty() && !skipMissing)
        throw Error(Text::tr("Version %1 cannot be restored: the content of %n file(s) is missing from the store "
                             "(restore the rest with --skip-missing):\n  %2", nullptr, int(missing.size()))
                        .arg(version.number)
                        .arg(missing.mid(0, 50).join(QStringLiteral("\n  "))));
    result.skipped = missing;

    // Everything goes into a sibling folder first; only a complete restore gets the name.
    QDir().mkpath(QFileInfo(result.folder).absolutePath());
    const std::string partial = QString(result.folder + QStringLiteral(".partial-%1").arg(::getpid())).toStdString();
    if (::mkdir(partial.c_str(), 0755) != 0)
        throw Error(Text::tr("Cannot create %1: %2").arg(QString::fromStdString(partial), fileio::describe(errno)));
    auto cleanup = [&] { QDir(QString::fromStdString(partial)).removeRecursively(); };
    try {
        for (const ManifestEntry &e : m.entries) {
            if (e.type == ManifestEntry::Type::Dir && ::mkdir((partial + '/' + e.path).c_str(), 0755) != 0)
                throw Error(Text::tr("Cannot create %1: %2").arg(displayPath(e.path), fileio::describe(errno)));
        }
        parallelFor(
            files.size(), progress.cancel,
            [&](std::size_t i) {
                const ManifestEntry &e = *files[i];
                const std::string out = partial + '/' + e.path;
                m_store->restoreFile(e.hash, out, e.mode, e.mtimeNs);
            },
            [&](std::size_t done) {
                if (progress.report)
                    progress.report(Text::tr("Writing files"), qint64(done), qint64(files.size()));
            });
        if (progress.cancel && progress.cancel->load())
            throw Error(Text::tr("The restore was cancelled; nothing was kept"));
        for (const ManifestEntry &e : m.entries) {
            if (e.type != ManifestEntry::Type::Symlink)
                continue;
            const std::string out = partial + '/' + e.path;
            if (::symlink(e.target.c_str(), out.c_str()) != 0)
                throw Error(Text::tr("Cannot create the link %1: %2").arg(displayPath(e.path), fileio::describe(errno)));
            setTimes(out, e.mtimeNs, true);
        }
        for (auto it = m.entries.rbegin(); it != m.entries.rend(); ++it) {
            if (it->type != ManifestEntry::Type::Dir)
                continue;
            const std::string out = partial + '/' + it->path;
            ::chmod(out.c_str(), it->mode & 07777);
            setTimes(out, it->mtimeNs, false);
        }
        if (::rename(partial.c_str(), result.folder.toLocal8Bit().constData()) != 0)
            throw Error(Text::tr("Cannot move the restored files to %1: %2").arg(result.folder, fileio::describe(errno)));
    } catch (...) {
        cleanup();
        throw;
    }
    result.files = qint64(files.size());

    // The graph shows where the folder came from: a restore task reading the version.
    Recorder recorder(m_graph);
    db::Transaction tx(m_workspace.db());
    const QString projectName = paths::baseName(projectPath(version.project));
    const NodeId task = recorder.startTask({Text::tr("Restore %1 v%2").arg(projectName).arg(version.number),
                                            QStringLiteral("wfs version restore"), QString(), std::nullopt});
    Relation in;
    in.kind = NodeKind::Project;
    in.target = QString::number(version.project);
    in.versionId = version.id;
    Relation out;
    out.direction = Direction::Output;
    out.kind = NodeKind::Project;
    out.target = result.folder;
    recorder.record(task, in);
    result.project = recorder.record(task, out);
    recorder.finishTask(task, result.skipped.isEmpty() ? TaskStatus::Succeeded : TaskStatus::Failed, 0);
    tx.commit();
    return result;
}

StoreReport Versions::verify(const Progress &progress)
{
    StoreLock lock(m_workspace.storeDir(), false);
    std::vector<Hash> objects;
    m_store->list([&](const Hash &h, qint64) { objects.push_back(h); });
    StoreReport report;
    report.objects = qint64(objects.size());
    std::mutex mutex;
    parallelFor(
        objects.size(), progress.cancel,
        [&](std::size_t i) {
            if (!m_store->verify(objects[i])) {
                std::lock_guard guard(mutex);
                report.damaged << QString::fromLatin1(objects[i].hex());
            }
        },
        [&](std::size_t done) {
            if (progress.report)
                progress.report(Text::tr("Checking objects"), qint64(done), qint64(objects.size()));
        });
    std::unordered_set<Hash> present(objects.begin(), objects.end());
    db::Statement st(m_workspace.db(), "SELECT node_id FROM versions ORDER BY project_id, number");
    std::vector<NodeId> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    for (NodeId id : ids) {
        const VersionInfo v = read(id);
        if (!present.count(v.manifest)) {
            report.missing << Text::tr("the file list of version %1 of project %2").arg(v.number).arg(v.project);
            continue;
        }
        try {
            for (const ManifestEntry &e : manifest(v).entries) {
                if (e.type == ManifestEntry::Type::File && !present.count(e.hash))
                    report.missing << Text::tr("%1 (version %2 of project %3)").arg(displayPath(e.path)).arg(v.number).arg(v.project);
            }
        } catch (const Error &e) {
            report.missing << e.message();
        }
    }
    return report;
}

} // namespace wfs
