#include "model/versions/Scanner.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/versions/FileIo.h"
#include "model/versions/ObjectStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <iterator>
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

// What one walker saw.
struct Seen
{
    std::vector<ManifestEntry> entries;
    std::vector<StatCache::Entry> stats; // parallel to entries (files only meaningful)
    QStringList problems;
};

// Walks the folder tree without following symlinks, on several threads: most of a re-check of an
// unchanged tree is the kernel answering stat, and folders are independent. A shared queue of
// folders feeds the walkers; each keeps what it saw, merged (and sorted by the manifest) after.
class Walk
{
public:
    explicit Walk(std::string root) : m_root(std::move(root)) {}

    Seen run(int threads)
    {
        m_queue.push_back(std::string());
        std::vector<Seen> seen(std::size_t(std::max(1, threads)));
        std::vector<std::thread> walkers;
        for (std::size_t t = 1; t < seen.size(); ++t)
            walkers.emplace_back([this, &seen, t] { work(seen[t]); });
        work(seen[0]);
        for (std::thread &w : walkers)
            w.join();
        Seen all = std::move(seen[0]);
        for (std::size_t t = 1; t < seen.size(); ++t) {
            std::move(seen[t].entries.begin(), seen[t].entries.end(), std::back_inserter(all.entries));
            all.stats.insert(all.stats.end(), seen[t].stats.begin(), seen[t].stats.end());
            all.problems += seen[t].problems;
        }
        all.problems.sort(); // the same report whichever walker met a problem
        return all;
    }

private:
    void work(Seen &out)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_busy == 0; });
            if (m_queue.empty())
                return; // nothing queued and nobody walking: nothing more will come
            std::string rel = std::move(m_queue.back());
            m_queue.pop_back();
            ++m_busy;
            lock.unlock();
            std::vector<std::string> subdirs = readFolder(rel, out);
            lock.lock();
            --m_busy;
            for (std::string &sub : subdirs)
                m_queue.push_back(std::move(sub));
            m_ready.notify_all();
        }
    }

    static void add(Seen &out, const std::string &rel, const struct stat &st, ManifestEntry::Type type)
    {
        ManifestEntry e;
        e.path = rel;
        e.type = type;
        e.mode = st.st_mode & 07777;
        e.size = type == ManifestEntry::Type::Dir ? 0 : std::uint64_t(st.st_size);
        e.mtimeNs = ns(st.st_mtim);
        out.entries.push_back(std::move(e));
        out.stats.push_back({std::uint64_t(st.st_size), ns(st.st_mtim), ns(st.st_ctim), std::uint64_t(st.st_ino), {}});
    }

    // Lists one folder into `out`; returns its subfolders.
    std::vector<std::string> readFolder(const std::string &rel, Seen &out) const
    {
        std::vector<std::string> subdirs;
        const std::string full = rel.empty() ? m_root : m_root + '/' + rel;
        DIR *dir = ::opendir(full.c_str());
        if (!dir) {
            out.problems << Text::tr("cannot read folder %1: %2").arg(displayPath(full), fileio::describe(errno));
            return subdirs;
        }
        while (dirent *d = ::readdir(dir)) {
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            const std::string childRel = rel.empty() ? std::string(d->d_name) : rel + '/' + d->d_name;
            struct stat st;
            if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                out.problems << Text::tr("cannot read %1: %2").arg(displayPath(m_root + '/' + childRel), fileio::describe(errno));
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                add(out, childRel, st, ManifestEntry::Type::Dir);
                subdirs.push_back(childRel);
            } else if (S_ISREG(st.st_mode)) {
                add(out, childRel, st, ManifestEntry::Type::File);
            } else if (S_ISLNK(st.st_mode)) {
                std::string target(std::size_t(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
                const ssize_t n = ::readlinkat(::dirfd(dir), d->d_name, target.data(), target.size());
                if (n < 0) {
                    out.problems << Text::tr("cannot read the link %1: %2").arg(displayPath(m_root + '/' + childRel), fileio::describe(errno));
                    continue;
                }
                target.resize(std::size_t(n));
                add(out, childRel, st, ManifestEntry::Type::Symlink);
                out.entries.back().target = target;
                out.entries.back().size = target.size();
                out.entries.back().hash = Hash::of(target.data(), target.size());
            } else {
                out.problems << Text::tr("%1 is a special file (device, socket or pipe) and cannot be versioned")
                                    .arg(displayPath(m_root + '/' + childRel));
            }
        }
        ::closedir(dir);
        return subdirs;
    }

    std::string m_root;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<std::string> m_queue; // folders (relative) waiting to be read
    int m_busy = 0;                    // walkers reading a folder now
};

} // namespace

ScanResult scanFolder(const std::string &root, const StatCache &cache, const ScanOptions &options)
{
    struct stat rootStat;
    if (::stat(root.c_str(), &rootStat) != 0 || !S_ISDIR(rootStat.st_mode))
        throw Error(Text::tr("The project folder %1 does not exist or is not a folder").arg(displayPath(root)));

    ScanResult result;
    result.startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    // One walker per core (up to four): beyond that they only queue in the kernel.
    const int walkers = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    Seen walk = Walk(root).run(std::min(walkers, std::max(1, options.threads)));

    // In the manifest's order: the stat cache is matched in one pass, and the manifest is sorted.
    {
        std::vector<std::size_t> order(walk.entries.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return pathLess(walk.entries[a].path, walk.entries[b].path); });
        std::vector<ManifestEntry> entries;
        std::vector<StatCache::Entry> stats;
        entries.reserve(order.size());
        stats.reserve(order.size());
        for (const std::size_t i : order) {
            entries.push_back(std::move(walk.entries[i]));
            stats.push_back(walk.stats[i]);
        }
        walk.entries = std::move(entries);
        walk.stats = std::move(stats);
    }

    // What the cache vouches for keeps its hash; the rest is read.
    std::vector<std::size_t> toHash;
    qint64 totalBytes = 0;
    StatCache::Cursor cached(cache);
    for (std::size_t i = 0; i < walk.entries.size(); ++i) {
        ManifestEntry &e = walk.entries[i];
        if (e.type != ManifestEntry::Type::File)
            continue;
        const StatCache::Entry &s = walk.stats[i];
        const StatCache::Entry *hit = cached.find(e.path, s.size, s.mtimeNs, s.ctimeNs, s.inode);
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

    result.seen.reserve(walk.entries.size());
    for (std::size_t i = 0; i < walk.entries.size(); ++i) {
        if (walk.entries[i].type == ManifestEntry::Type::File) {
            StatCache::Entry s = walk.stats[i];
            s.hash = walk.entries[i].hash;
            result.seen.emplace_back(walk.entries[i].path, s);
        }
    }
    result.problems = walk.problems + hashProblems;
    result.manifest.entries = std::move(walk.entries);
    result.manifest.finalize();
    return result;
}

} // namespace wfs
