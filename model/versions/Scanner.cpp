#include "model/versions/Scanner.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/versions/FileIo.h"
#include "model/versions/ObjectStore.h"

#include <QCoreApplication>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace wfs {

namespace {
constexpr std::uint64_t smallFile = 1 << 20;
constexpr int syncEvery = 8192;

std::int64_t ns(const timespec &t)
{
    return std::int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Walk
{
    std::string root;
    std::vector<ManifestEntry> entries;
    std::vector<StatCache::Entry> stats; // parallel to entries (files only meaningful)
    QStringList problems;

    void add(const std::string &rel, const struct stat &st, ManifestEntry::Type type)
    {
        ManifestEntry e;
        e.path = rel;
        e.type = type;
        e.mode = st.st_mode & 07777;
        e.size = type == ManifestEntry::Type::Dir ? 0 : std::uint64_t(st.st_size);
        e.mtimeNs = ns(st.st_mtim);
        entries.push_back(std::move(e));
        stats.push_back({std::uint64_t(st.st_size), ns(st.st_mtim), ns(st.st_ctim), std::uint64_t(st.st_ino), {}});
    }

    void walk(const std::string &rel)
    {
        const std::string full = rel.empty() ? root : root + '/' + rel;
        DIR *dir = ::opendir(full.c_str());
        if (!dir) {
            problems << Text::tr("cannot read folder %1: %2").arg(displayPath(full), fileio::describe(errno));
            return;
        }
        std::vector<std::string> subdirs;
        errno = 0;
        while (dirent *d = ::readdir(dir)) {
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            const std::string childRel = rel.empty() ? std::string(d->d_name) : rel + '/' + d->d_name;
            struct stat st;
            if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                problems << Text::tr("cannot read %1: %2").arg(displayPath(root + '/' + childRel), fileio::describe(errno));
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                add(childRel, st, ManifestEntry::Type::Dir);
                subdirs.push_back(childRel);
            } else if (S_ISREG(st.st_mode)) {
                add(childRel, st, ManifestEntry::Type::File);
            } else if (S_ISLNK(st.st_mode)) {
                std::string target(std::size_t(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
                const ssize_t n = ::readlinkat(::dirfd(dir), d->d_name, target.data(), target.size());
                if (n < 0) {
                    problems << Text::tr("cannot read the link %1: %2").arg(displayPath(root + '/' + childRel), fileio::describe(errno));
                    continue;
                }
                target.resize(std::size_t(n));
                add(childRel, st, ManifestEntry::Type::Symlink);
                entries.back().target = target;
                entries.back().size = target.size();
                entries.back().hash = Hash::of(target.data(), target.size());
            } else {
                problems << Text::tr("%1 is a special file (device, socket or pipe) and cannot be versioned")
                                .arg(displayPath(root + '/' + childRel));
            }
        }
        ::closedir(dir);
        for (const std::string &sub : subdirs)
            walk(sub);
    }
};

} // namespace

ScanResult scanFolder(const std::string &root, const StatCache &cache, const ScanOptions &options)
{
    struct stat rootStat;
    if (::stat(root.c_str(), &rootStat) != 0 || !S_ISDIR(rootStat.st_mode))
        throw Error(Text::tr("The project folder %1 does not exist or is not a folder").arg(displayPath(root)));

    ScanResult result;
    result.startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    Walk walk{root, {}, {}, {}};
    walk.walk(std::string());

    // What the cache vouches for keeps its hash; the rest is read.
    std::vector<std::size_t> toHash;
    qint64 totalBytes = 0;
    for (std::size_t i = 0; i < walk.entries.size(); ++i) {
        ManifestEntry &e = walk.entries[i];
        if (e.type != ManifestEntry::Type::File)
            continue;
        const StatCache::Entry &s = walk.stats[i];
        const StatCache::Entry *hit = cache.find(e.path, s.size, s.mtimeNs, s.ctimeNs, s.inode);
        // The cache is written only by scans that stored their content (Versions::create), and
        // gc drops it, so a hit names content the store holds.
        if (hit) {
            e.hash = hit->hash;
        } else {
            toHash.push_back(i);
            totalBytes += qint64(e.size);
        }
    }

    result.hashed = toHash.size();
    std::atomic<std::size_t> next{0};
    std::atomic<qint64> doneBytes{0};
    std::atomic<int> stored{0};
    std::atomic<int> running{0};
    std::atomic<bool> failedHard{false};
    std::mutex problemsMutex;
    QStringList hashProblems;
    QString hardError;
    auto sourceProblem = [&](const std::string &full, int error) {
        std::lock_guard lock(problemsMutex);
        hashProblems << Text::tr("cannot read %1: %2").arg(displayPath(full), fileio::describe(error));
    };
    auto work = [&] {
        QByteArray buffer;
        while (!failedHard && !(options.cancel && options.cancel->load())) {
            const std::size_t k = next++;
            if (k >= toHash.size())
                break;
            ManifestEntry &e = walk.entries[toHash[k]];
            const std::string full = root + '/' + e.path;
            try {
                if (e.size <= smallFile) {
                    if (!fileio::readAll(full, &buffer)) {
                        sourceProblem(full, errno);
                        continue;
                    }
                    e.hash = Hash::of(buffer.constData(), std::size_t(buffer.size()));
                    e.size = std::uint64_t(buffer.size());
                    if (options.store)
                        options.store->put(e.hash, buffer);
                } else if (::access(full.c_str(), R_OK) != 0) {
                    sourceProblem(full, errno);
                    continue;
                } else if (options.store) {
                    e.hash = options.store->putFile(full);
                } else if (const std::optional<Hash> h = fileio::hashFile(full)) {
                    e.hash = *h;
                } else {
                    sourceProblem(full, errno);
                    continue;
                }
                if (options.store && ++stored % syncEvery == 0)
                    options.store->sync();
            } catch (const Error &err) {
                // Writing the store failed (a full disk, say): nothing more can be saved.
                std::lock_guard lock(problemsMutex);
                hardError = err.message();
                failedHard = true;
            }
            doneBytes += qint64(e.size);
        }
        --running;
    };
    const int threadCount = toHash.empty() ? 0 : std::max(1, options.threads);
    running = threadCount;
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t)
        threads.emplace_back(work);
    while (running > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (options.progress)
            options.progress(doneBytes, totalBytes);
    }
    for (std::thread &t : threads)
        t.join();
    if (failedHard)
        throw Error(hardError);
    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        return result;
    }
    // Not synced here: the caller adds the manifest and makes both durable at once (one pack).

    for (std::size_t i = 0; i < walk.entries.size(); ++i) {
        if (walk.entries[i].type == ManifestEntry::Type::File) {
            StatCache::Entry s = walk.stats[i];
            s.hash = walk.entries[i].hash;
            result.seen.emplace(walk.entries[i].path, s);
        }
    }
    result.problems = walk.problems + hashProblems;
    result.manifest.entries = std::move(walk.entries);
    result.manifest.finalize();
    return result;
}

} // namespace wfs
