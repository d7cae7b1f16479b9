// Restoring a version into a new folder, and checking the store.
#include "model/versions/Versions.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/recording/Recorder.h"
#include "model/versions/FileIo.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Parallel.h"
#include "model/versions/StoreLock.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <dirent.h>
#include <signal.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_set>

namespace wfs {

namespace {
void setTimes(const std::string &path, std::int64_t mtimeNs, bool link)
{
    const timespec t{time_t(mtimeNs / 1'000'000'000), long(mtimeNs % 1'000'000'000)};
    const timespec times[2] = {t, t};
    ::utimensat(AT_FDCWD, path.c_str(), times, link ? AT_SYMLINK_NOFOLLOW : 0);
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

QString Versions::restoringDir() const
{
    return m_workspace.storeDir() + QStringLiteral("/restoring");
}

// A restore writes into "TARGET.partial-PID" and notes that folder in store/restoring/ first,
// so that what a killed restore leaves is found again and removed.
Leftovers Versions::sweepPartialRestores(bool all)
{
    Leftovers freed;
    const std::string dir = restoringDir().toStdString();
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return freed;
    std::vector<std::string> notes;
    while (dirent *entry = ::readdir(d)) {
        if (entry->d_name[0] != '.')
            notes.emplace_back(entry->d_name);
    }
    ::closedir(d);
    for (const std::string &name : notes) {
        const pid_t writer = pid_t(std::strtol(name.c_str(), nullptr, 10));
        if (writer <= 0 || writer == ::getpid() || (!all && (::kill(writer, 0) == 0 || errno == EPERM)))
            continue;
        const std::string note = dir + '/' + name;
        QByteArray partial;
        // Only ever a folder this scheme names: a note is not trusted to point anywhere else.
        const std::string suffix = ".partial-" + std::to_string(writer);
        if (fileio::readAll(note, &partial) && partial.endsWith(QByteArray::fromStdString(suffix))
            && partial.startsWith('/') && !partial.contains('\0'))
            fileio::removeTree(partial.toStdString(), &freed.files, &freed.bytes);
        ::unlink(note.c_str());
    }
    return freed;
}

RestoreResult Versions::restore(const VersionInfo &version, const QString &folder, bool skipMissing,
                                const Progress &progress)
{
    StoreLock lock(m_workspace.storeDir(), false);
    m_store->refresh();
    sweepPartialRestores(false);
    const Manifest m = manifest(version);
    RestoreResult result;
    result.folder = folder.isEmpty() ? defaultRestoreFolder(version) : paths::canonical(folder);
    const QFileInfo target(result.folder);
    if (target.isSymLink())
        throw Error(Text::tr("%1 is a symbolic link (to %2); restore into a new or empty folder")
                        .arg(result.folder, target.symLinkTarget()));
    if (target.exists() && (!target.isDir() || !QDir(result.folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        throw Error(Text::tr("%1 already exists and is not empty; restore into a new or empty folder").arg(result.folder));

    std::vector<const ManifestEntry *> files;
    QStringList missing;
    for (const ManifestEntry &e : m.entries) {
        if (e.type != ManifestEntry::Type::File)
            continue;
        if (m_store->has(e.hash))
            files.push_back(&e);
        else
            missing << displayPath(e.path);
    }
    if (!missing.isEmpty() && !skipMissing)
        throw Error(Text::tr("Version %1 cannot be restored: the content of %n file(s) is missing from the store "
                             "(restore the rest with --skip-missing):\n  %2", nullptr, int(missing.size()))
                        .arg(version.number)
                        .arg(missing.mid(0, 50).join(QStringLiteral("\n  "))));
    result.skipped = missing;

    // Everything goes into a sibling folder first; only a complete restore gets the name.
    const QString parent = QFileInfo(result.folder).absolutePath();
    if (!QDir().mkpath(parent))
        throw Error(Text::tr("Cannot create %1").arg(parent));
    const std::string partial = QString(result.folder + QStringLiteral(".partial-%1").arg(::getpid())).toStdString();
    QDir().mkpath(restoringDir());
    static std::atomic<unsigned> restores{0};
    const std::string note = restoringDir().toStdString() + '/' + std::to_string(::getpid()) + '-' + std::to_string(++restores);
    fileio::writeAtomic(note, partial.data(), partial.size());
    auto cleanup = [&] {
        fileio::removeTree(partial);
        ::unlink(note.c_str());
    };
    if (::mkdir(partial.c_str(), 0755) != 0) {
        const int error = errno;
        ::unlink(note.c_str());
        throw Error(Text::tr("Cannot create %1: %2").arg(QString::fromStdString(partial), fileio::describe(error)));
    }
    std::mutex damagedMutex;
    QStringList damaged;
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
                // As cp does: a restored file never carries setuid or setgid.
                try {
                    m_store->restoreFile(e.hash, out, e.mode & ~std::uint32_t(S_ISUID | S_ISGID), e.mtimeNs);
                } catch (const DamagedObject &) {
                    if (!skipMissing)
                        throw;
                    std::lock_guard guard(damagedMutex);
                    damaged << displayPath(e.path);
                }
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
        ::unlink(note.c_str());
    } catch (...) {
        cleanup();
        throw;
    }
    damaged.sort();
    result.damaged = damaged;
    result.files = qint64(files.size() - std::size_t(damaged.size()));

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
    recorder.finishTask(task, result.skipped.isEmpty() && result.damaged.isEmpty() ? TaskStatus::Succeeded : TaskStatus::Failed, 0);
    tx.commit();
    return result;
}

StoreReport Versions::verify(const Progress &progress)
{
    StoreLock lock(m_workspace.storeDir(), false);
    m_store->refresh();
    std::vector<Hash> objects;
    m_store->list([&](const Hash &h, qint64) { objects.push_back(h); });
    StoreReport report;
    // A pack whose index is damaged serves nothing: it is named, moved aside, and what it held
    // is named below as missing.
    report.damaged << m_store->unreadablePacks();
    m_store->quarantineUnreadablePacks();
    report.objects = qint64(objects.size());
    std::mutex mutex;
    std::unordered_set<Hash> damaged;
    parallelFor(
        objects.size(), progress.cancel,
        [&](std::size_t i) {
            if (!m_store->verify(objects[i])) {
                std::lock_guard guard(mutex);
                damaged.insert(objects[i]);
            }
        },
        [&](std::size_t done) {
            if (progress.report)
                progress.report(Text::tr("Checking objects"), qint64(done), qint64(objects.size()));
        });
    std::unordered_set<Hash> present(objects.begin(), objects.end());
    std::unordered_set<Hash> used;
    for (const VersionInfo &v : allVersions()) {
        if (damaged.count(v.manifest)) {
            used.insert(v.manifest);
            report.damaged << Text::tr("the file list of version %1 of project %2").arg(v.number).arg(v.project);
            continue;
        }
        if (!present.count(v.manifest)) {
            report.missing << Text::tr("the file list of version %1 of project %2").arg(v.number).arg(v.project);
            continue;
        }
        try {
            for (const ManifestEntry &e : manifest(v).entries) {
                if (e.type != ManifestEntry::Type::File)
                    continue;
                const QString where = Text::tr("%1 (version %2 of project %3)").arg(displayPath(e.path)).arg(v.number).arg(v.project);
                if (damaged.count(e.hash)) {
                    used.insert(e.hash);
                    report.damaged << where;
                } else if (!present.count(e.hash)) {
                    report.missing << where;
                }
            }
        } catch (const Error &e) {
            report.missing << e.message();
        }
    }
    for (const Hash &h : damaged) {
        if (!used.count(h))
            report.damaged << Text::tr("object %1 (no version uses it)").arg(QString::fromLatin1(h.hex()));
        // Moved aside: no longer served, and the next version made from intact files stores
        // the content afresh. Kept in store/damaged/ for whoever wants to look at it.
        try {
            m_store->quarantine(h);
        } catch (const Error &e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
    return report;
}

} // namespace wfs
