// Project versions in the library, on real folders: what makes a new version, the stat cache
// and its racy-file rule, restore (exact bytes, modes, links, raw names, refusals, missing and
// damaged content, the graph it records), diff, delete and garbage collection, bad input and
// a full disk (a 2 MB tmpfs), including what a failed create must not leave behind.

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/versions/Hash.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Manifest.h"
#include "model/versions/Scanner.h"
#include "model/versions/StatCache.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"
#include "tests/StoreTestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using namespace wfs;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t second = 1'000'000'000;

std::int64_t ns(const timespec &t)
{
    return std::int64_t(t.tv_sec) * second + t.tv_nsec;
}

bool writeRaw(const std::string &path, const QByteArray &bytes, mode_t mode = 0644)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && ok;
}

QByteArray readRaw(const std::string &path)
{
    QByteArray out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    char buffer[65536];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        out.append(buffer, n);
    ::close(fd);
    return out;
}

bool setMtime(const std::string &path, std::int64_t mtimeNs, bool link = false)
{
    const timespec t{time_t(mtimeNs / second), long(mtimeNs % second)};
    const timespec times[2] = {t, t};
    return ::utimensat(AT_FDCWD, path.c_str(), times, link ? AT_SYMLINK_NOFOLLOW : 0) == 0;
}

std::int64_t nowNs()
{
    timespec t;
    ::clock_gettime(CLOCK_REALTIME, &t);
    return ns(t);
}

// Everything lstat and readlink see in a folder, keyed by raw relative path.
struct Item
{
    char type = '?'; // f(ile), l(ink), d(ir), s(pecial)
    mode_t mode = 0;
    QByteArray data; // file content or link target
    std::int64_t mtimeNs = 0;
};
using Tree = std::map<std::string, Item>;

void readTreeInto(const std::string &root, const std::string &rel, Tree &tree)
{
    DIR *dir = ::opendir((rel.empty() ? root : root + '/' + rel).c_str());
    if (!dir)
        return;
    std::vector<std::string> subdirs;
    while (dirent *d = ::readdir(dir)) {
        const std::string name = d->d_name;
        if (name == "." || name == "..")
            continue;
        const std::string childRel = rel.empty() ? name : rel + '/' + name;
        const std::string full = root + '/' + childRel;
        struct stat st;
        if (::lstat(full.c_str(), &st) != 0)
            continue;
        Item item;
        item.mode = st.st_mode & 07777;
        item.mtimeNs = ns(st.st_mtim);
        if (S_ISDIR(st.st_mode)) {
            item.type = 'd';
            subdirs.push_back(childRel);
        } else if (S_ISLNK(st.st_mode)) {
            item.type = 'l';
            char target[4096];
            const ssize_t n = ::readlink(full.c_str(), target, sizeof target);
            item.data = QByteArray(target, n < 0 ? 0 : n);
        } else if (S_ISREG(st.st_mode)) {
            item.type = 'f';
            item.data = readRaw(full);
        } else {
            item.type = 's';
        }
        tree[childRel] = item;
    }
    ::closedir(dir);
    for (const std::string &sub : subdirs)
        readTreeInto(root, sub, tree);
}

Tree readTree(const std::string &root)
{
    Tree tree;
    readTreeInto(root, {}, tree);
    return tree;
}

// The first difference between two trees, or an empty string when they are equal.
QString treeDifference(const Tree &expected, const Tree &actual, bool times)
{
    for (const auto &[path, e] : expected) {
        const QString name = displayPath(path);
        const auto it = actual.find(path);
        if (it == actual.end())
            return u"missing: "_s + name;
        const Item &a = it->second;
        if (a.type != e.type)
            return u"type of %1: %2 instead of %3"_s.arg(name).arg(QLatin1Char(a.type)).arg(QLatin1Char(e.type));
        if (a.data != e.data)
            return u"content of %1 differs (%2 bytes instead of %3)"_s.arg(name).arg(a.data.size()).arg(e.data.size());
        if (e.type != 'l' && a.mode != e.mode)
            return u"mode of %1: %2 instead of %3"_s.arg(name).arg(a.mode, 0, 8).arg(e.mode, 0, 8);
        if (times && a.mtimeNs != e.mtimeNs)
            return u"mtime of %1: %2 instead of %3"_s.arg(name).arg(a.mtimeNs).arg(e.mtimeNs);
    }
    for (const auto &[path, a] : actual) {
        if (!expected.count(path))
            return u"unexpected: "_s + displayPath(path);
    }
    return {};
}

QStringList paths(const std::vector<ManifestDiff::Change> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out << displayPath(c.path);
    return out;
}

const ManifestEntry *entry(const Manifest &m, const std::string &path)
{
    for (const ManifestEntry &e : m.entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

Hash hashOf(const QByteArray &bytes)
{
    return Hash::of(bytes.constData(), std::size_t(bytes.size()));
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// `count` files of `size` random bytes (from `seed`) in a new folder `dir`.
void fillRandom(const QString &dir, int count, qsizetype size, quint32 seed)
{
    QDir().mkpath(dir);
    QRandomGenerator rng(seed);
    for (int i = 0; i < count; ++i) {
        QByteArray data(size, Qt::Uninitialized); // size: a multiple of 4
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        writeRaw(QString(dir + u"/part%1"_s.arg(i)).toStdString(), data);
    }
}

QStringList siblingsContaining(const QString &dir, const QString &fragment)
{
    return QDir(dir).entryList({u"*"_s + fragment + u"*"_s}, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return program + u": "_s + p.errorString();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + u" exited %1: "_s.arg(p.exitCode()) + QString::fromLocal8Bit(p.readAll()).trimmed();
    return {};
}

// A 2 MB tmpfs at `dir`, unmounted by the guard; QSKIPs when this sandbox cannot mount.
#define MOUNT_SMALL_TMPFS(dir, guard)                                                                         \
    QVERIFY(QDir().mkpath(dir));                                                                              \
    if (const QString why = runTool(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, dir}); \
        !why.isEmpty())                                                                                       \
        QSKIP(qPrintable(u"cannot mount a small tmpfs here: "_s + why));                                      \
    auto guard = qScopeGuard([&] {                                                                            \
        if (!runTool(u"umount"_s, {dir}).isEmpty())                                                           \
            runTool(u"umount"_s, {u"-l"_s, dir});                                                             \
    })

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root;    // canonical temporary folder
    QString m_project; // m_root/proj
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<GraphStore> m_graph;
    std::unique_ptr<Versions> m_versions;
    NodeId m_id = 0;

    std::string p(const std::string &rel) const { return m_project.toStdString() + '/' + rel; }
    QString storeDir() const { return m_ws->storeDir(); }
    int objectCount() const { return storetest::objectCount(storeDir()); }
    Versions::Created create(const QString &title = {}) { return m_versions->create(m_id, title, {}); }
    std::size_t versionCount() { return m_versions->list(m_id).size(); }

    // a.txt, sub/b.txt, sub/deep/c.txt, an empty file, a relative link, an executable.
    void makeBasicTree()
    {
        QVERIFY(::mkdir(p("sub").c_str(), 0755) == 0);
        QVERIFY(::mkdir(p("sub/deep").c_str(), 0755) == 0);
        QVERIFY(writeRaw(p("a.txt"), "alpha"));
        QVERIFY(writeRaw(p("sub/b.txt"), "beta beta"));
        QVERIFY(writeRaw(p("sub/deep/c.txt"), "gamma"));
        QVERIFY(writeRaw(p("empty"), {}));
        QVERIFY(writeRaw(p("run.sh"), "#!/bin/sh\n", 0755));
        QVERIFY(::chmod(p("run.sh").c_str(), 0755) == 0);
        QVERIFY(::symlink("a.txt", p("link").c_str()) == 0);
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_root = QFileInfo(m_tmp->path()).canonicalFilePath();
        m_project = m_root + u"/proj"_s;
        QVERIFY(QDir().mkpath(m_project));
        m_ws = std::make_unique<Workspace>(m_root + u"/ws"_s);
        m_graph = std::make_unique<GraphStore>(*m_ws);
        m_versions = std::make_unique<Versions>(*m_graph);
        m_id = m_versions->resolveProject(m_project);
    }

    void cleanup()
    {
        // QTemporaryDir cannot remove names that are not UTF-8; rm can.
        if (m_tmp)
            runTool(u"rm"_s, {u"-rf"_s, m_tmp->path()});
        m_versions.reset();
        m_graph.reset();
        m_ws.reset();
        m_tmp.reset();
    }

    // ---- what makes a version ----------------------------------------------------------------

    void firstVersionIsAlwaysCreated()
    {
        try {
            const Versions::Created first = create();
            QVERIFY(first.created);
            QCOMPARE(first.version.number, 1);
            QCOMPARE(first.version.project, m_id);
            QCOMPARE(first.version.files, 0);
            QCOMPARE(first.version.bytes, 0);
            QCOMPARE(first.version.title, QString());
            const std::optional<Node> card = m_graph->node(first.version.id);
            QVERIFY(card);
            QCOMPARE(card->kind, NodeKind::ProjectVersion);
            QCOMPARE(card->title, u"proj v1"_s);
            QCOMPARE(card->projectId, m_id);
            QCOMPARE(card->versionNumber, 1);

            const Versions::Created again = create();
            QVERIFY(!again.created);
            QCOMPARE(again.version.id, first.version.id);
            QCOMPARE(again.version.number, 1);
            QCOMPARE(versionCount(), std::size_t(1));

            QVERIFY(writeRaw(p("x"), "12345"));
            const Versions::Created titled = m_versions->create(m_id, u"Cleaned"_s, u"dropped outliers"_s);
            QVERIFY(titled.created);
            QCOMPARE(titled.version.number, 2);
            QCOMPARE(titled.version.title, u"Cleaned"_s);
            QCOMPARE(titled.version.description, u"dropped outliers"_s);
            QCOMPARE(titled.version.files, 1);
            QCOMPARE(titled.version.bytes, 5);
            QCOMPARE(m_graph->node(titled.version.id)->title, u"Cleaned"_s);
            QCOMPARE(m_versions->byNumber(m_id, 2).id, titled.version.id);
            QCOMPARE(m_versions->byId(m_id, first.version.id).number, 1);
            EXPECT_ERROR(m_versions->byNumber(m_id, 3), u"Project %1 has no version number 3"_s.arg(m_id));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void whatMakesANewVersion_data()
    {
        // The root hash covers each entry's name, type, mode and content (or link target),
        // not its times: only a change to one of those makes a version.
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("makesVersion");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("modified");
        const QStringList none;
        QTest::newRow("changed byte") << u"changed byte"_s << true << none << none << QStringList{u"a.txt"_s};
        QTest::newRow("added file") << u"added file"_s << true << QStringList{u"sub/new.txt"_s} << none << none;
        QTest::newRow("removed file") << u"removed file"_s << true << none << QStringList{u"sub/deep/c.txt"_s} << none;
        QTest::newRow("chmod +x") << u"chmod +x"_s << true << none << none << QStringList{u"sub/b.txt"_s};
        QTest::newRow("link retargeted") << u"link retargeted"_s << true << none << none << QStringList{u"link"_s};
        QTest::newRow("file becomes link") << u"file becomes link"_s << true << none << none << QStringList{u"a.txt"_s};
        QTest::newRow("new empty folder") << u"new empty folder"_s << true << QStringList{u"sub/empty/"_s} << none << none;
        QTest::newRow("folder mode") << u"folder mode"_s << true << none << none << QStringList{u"sub/"_s}; // said since issue 15
        QTest::newRow("empty file grows") << u"empty file grows"_s << true << none << none << QStringList{u"empty"_s};
        QTest::newRow("file mtime only") << u"file mtime only"_s << false << none << none << none;
        QTest::newRow("folder mtime only") << u"folder mtime only"_s << false << none << none << none;
        QTest::newRow("link mtime only") << u"link mtime only"_s << false << none << none << none;
        QTest::newRow("same bytes rewritten") << u"same bytes rewritten"_s << false << none << none << none;
    }
    void whatMakesANewVersion()
    {
        try {
            QFETCH(QString, change);
            QFETCH(bool, makesVersion);
            QFETCH(QStringList, added);
            QFETCH(QStringList, removed);
            QFETCH(QStringList, modified);
            makeBasicTree();
            const Versions::Created v1 = create();
            QVERIFY(v1.created);
            QCOMPARE(v1.version.files, 5);
            QCOMPARE(v1.version.bytes, 5 + 9 + 5 + 0 + 10);

            const std::int64_t past = nowNs() - 1000 * second;
            if (change == u"changed byte")
                QVERIFY(writeRaw(p("a.txt"), "alphA"));
            else if (change == u"added file")
                QVERIFY(writeRaw(p("sub/new.txt"), "new"));
            else if (change == u"removed file")
                QVERIFY(::unlink(p("sub/deep/c.txt").c_str()) == 0);
            else if (change == u"chmod +x")
                QVERIFY(::chmod(p("sub/b.txt").c_str(), 0755) == 0);
            else if (change == u"link retargeted")
                QVERIFY(::unlink(p("link").c_str()) == 0 && ::symlink("sub/b.txt", p("link").c_str()) == 0);
            else if (change == u"file becomes link")
                QVERIFY(::unlink(p("a.txt").c_str()) == 0 && ::symlink("alpha", p("a.txt").c_str()) == 0);
            else if (change == u"new empty folder")
                QVERIFY(::mkdir(p("sub/empty").c_str(), 0755) == 0);
            else if (change == u"folder mode")
                QVERIFY(::chmod(p("sub").c_str(), 0700) == 0);
            else if (change == u"empty file grows")
                QVERIFY(writeRaw(p("empty"), "!"));
            else if (change == u"file mtime only")
                QVERIFY(setMtime(p("a.txt"), past));
            else if (change == u"folder mtime only")
                QVERIFY(setMtime(p("sub"), past));
            else if (change == u"link mtime only")
                QVERIFY(setMtime(p("link"), past, true));
            else if (change == u"same bytes rewritten")
                QVERIFY(writeRaw(p("a.txt"), "alpha"));
            else
                QFAIL("unknown change");

            const Versions::Created v2 = create();
            QCOMPARE(v2.created, makesVersion);
            if (makesVersion) {
                QCOMPARE(v2.version.number, 2);
                QVERIFY(v2.version.id != v1.version.id);
                QVERIFY(v2.version.root != v1.version.root);
                QCOMPARE(versionCount(), std::size_t(2));
                const ManifestDiff d = diffManifests(m_versions->manifest(v1.version), m_versions->manifest(v2.version));
                QCOMPARE(paths(d.added), added);
                QCOMPARE(paths(d.removed), removed);
                QCOMPARE(paths(d.modified), modified);
            } else {
                QCOMPARE(v2.version.id, v1.version.id);
                QCOMPARE(v2.version.number, 1);
                QCOMPARE(v2.version.root, v1.version.root);
                QCOMPARE(versionCount(), std::size_t(1));
            }
            // Either way the next create without changes makes nothing.
            const Versions::Created v3 = create();
            QVERIFY(!v3.created);
            QCOMPARE(v3.version.id, v2.version.id);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- the stat cache ------------------------------------------------------------------------

    void statCacheFindsOnlyExactUnracyStats()
    {
        try {
            const std::int64_t start = 1'800'000'000 * second;
            StatCache::Entry e{1234, start - 5 * second, start - 4 * second, 42, hashOf("content")};
            StatCache cache(m_root + u"/no-such-cache.bin"_s);
            QVERIFY(!cache.find("a", e.size, e.mtimeNs, e.ctimeNs, e.inode)); // empty: nothing is vouched for
            cache.replace({{"a", e}, {"dir/b", e}}, start);

            const StatCache::Entry *hit = cache.find("a", e.size, e.mtimeNs, e.ctimeNs, e.inode);
            QVERIFY(hit);
            QCOMPARE(hit->hash, hashOf("content"));
            QVERIFY(cache.find("dir/b", e.size, e.mtimeNs, e.ctimeNs, e.inode));
            QVERIFY(!cache.find("c", e.size, e.mtimeNs, e.ctimeNs, e.inode));
            QVERIFY(!cache.find("a", e.size + 1, e.mtimeNs, e.ctimeNs, e.inode));
            QVERIFY(!cache.find("a", e.size, e.mtimeNs + 1, e.ctimeNs, e.inode));
            QVERIFY(!cache.find("a", e.size, e.mtimeNs, e.ctimeNs + 1, e.inode));
            QVERIFY(!cache.find("a", e.size, e.mtimeNs, e.ctimeNs, e.inode + 1));

            // Racy: changed within a second of the scan that read it, it may have changed unseen.
            auto racy = [&](std::int64_t mtime, std::int64_t ctime) {
                StatCache c(m_root + u"/no-such-cache.bin"_s);
                c.replace({{"a", {e.size, mtime, ctime, e.inode, e.hash}}}, start);
                return c.find("a", e.size, mtime, ctime, e.inode) == nullptr;
            };
            QVERIFY(racy(start - second / 2, start - 5 * second));  // mtime within 1 s
            QVERIFY(racy(start - 5 * second, start - second / 2));  // ctime within 1 s
            QVERIFY(racy(start - second, start - second));          // exactly 1 s before counts as racy
            QVERIFY(racy(start + second, start + second));          // changed after the scan started
            QVERIFY(!racy(start - second - 1, start - second - 1)); // just over 1 s before: trusted
            QVERIFY(!racy(start - 3 * second / 2, start - 2 * second));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void statCacheSurvivesSaveAndLoad()
    {
        try {
            const QString file = m_root + u"/cache/stat.bin"_s;
            const std::int64_t start = 1'800'000'000 * second;
            const StatCache::Entry old{10, start - 10 * second, start - 10 * second, 7, hashOf("old")};
            const StatCache::Entry fresh{11, start - second / 4, start - second / 4, 8, hashOf("fresh")};
            {
                StatCache cache(file);
                cache.replace({{"old", old}, {std::string("caf\xe9", 4), old}, {"fresh", fresh}}, start);
                cache.save();
            }
            QVERIFY(QFileInfo::exists(file));
            StatCache loaded(file);
            const StatCache::Entry *hit = loaded.find("old", old.size, old.mtimeNs, old.ctimeNs, old.inode);
            QVERIFY(hit);
            QCOMPARE(hit->hash, hashOf("old"));
            QVERIFY(loaded.find(std::string("caf\xe9", 4), old.size, old.mtimeNs, old.ctimeNs, old.inode));
            // The scan start came back too: the racy entry is still not trusted.
            QVERIFY(!loaded.find("fresh", fresh.size, fresh.mtimeNs, fresh.ctimeNs, fresh.inode));

            // A damaged or truncated cache file is an empty cache, never a wrong hash.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray good = f.readAll();
            f.close();
            QVERIFY(writeRaw(file.toStdString(), good.left(good.size() - 9)));
            QVERIFY(!StatCache(file).find("old", old.size, old.mtimeNs, old.ctimeNs, old.inode));
            QVERIFY(writeRaw(file.toStdString(), "this is not a stat cache at all, just words"));
            QVERIFY(!StatCache(file).find("old", old.size, old.mtimeNs, old.ctimeNs, old.inode));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void scannerTakesCachedHashesWithoutReading()
    {
        try {
            // A cache entry that vouches for a file with a made-up hash: if the scanner uses it, it
            // did not read the file.
            QVERIFY(writeRaw(p("f"), "real content"));
            struct stat st;
            QVERIFY(::stat(p("f").c_str(), &st) == 0);
            const std::int64_t changed = std::max(ns(st.st_mtim), ns(st.st_ctim));
            const Hash fake = hashOf("not what the file holds");
            const Hash real = hashOf("real content");
            auto scan = [&](std::uint64_t size, std::int64_t scanStart, ObjectStore *store) {
                StatCache cache(m_root + u"/cache.bin"_s);
                cache.replace({{"f", {size, ns(st.st_mtim), ns(st.st_ctim), std::uint64_t(st.st_ino), fake}}}, scanStart);
                ScanOptions options;
                options.store = store;
                const ScanResult r = scanFolder(m_project.toStdString(), cache, options);
                const ManifestEntry *e = entry(r.manifest, "f");
                return e ? e->hash : Hash{};
            };
            QCOMPARE(scan(std::uint64_t(st.st_size), changed + 2 * second, nullptr), fake);
            QCOMPARE(scan(std::uint64_t(st.st_size), changed + second / 2, nullptr), real); // racy: read again
            QCOMPARE(scan(std::uint64_t(st.st_size) + 1, changed + 2 * second, nullptr), real);
            // Read for real, the content is staged into the store and made visible by the caller's sync.
            LocalObjectStore store(storeDir());
            QCOMPARE(scan(std::uint64_t(st.st_size), changed + second / 2, &store), real);
            QVERIFY(!storetest::isStored(storeDir(), real));
            store.sync();
            QVERIFY(storetest::isStored(storeDir(), real));
            QVERIFY(!storetest::isStored(storeDir(), fake));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void createSavesACacheThatVouchesForUnchangedFiles()
    {
        try {
            makeBasicTree();
            QTest::qSleep(1100); // so that no file is racy for the create below
            const Versions::Created v1 = create();
            QVERIFY(v1.created);
            const StatCache cache(storeDir() + u"/statcache/project-%1.bin"_s.arg(m_id));
            for (const char *name : {"a.txt", "sub/b.txt", "sub/deep/c.txt", "empty", "run.sh"}) {
                struct stat st;
                QVERIFY(::stat(p(name).c_str(), &st) == 0);
                const StatCache::Entry *hit =
                    cache.find(name, std::uint64_t(st.st_size), ns(st.st_mtim), ns(st.st_ctim), std::uint64_t(st.st_ino));
                QVERIFY2(hit, name);
                QCOMPARE(hit->hash, hashOf(readRaw(p(name))));
            }
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- restore -------------------------------------------------------------------------------

    void restoreIsExact()
    {
        try {
            makeBasicTree();
            QVERIFY(::mkdir(p("private").c_str(), 0700) == 0);
            QVERIFY(writeRaw(p("private/secret"), "s3cret", 0600));
            QVERIFY(::chmod(p("private/secret").c_str(), 0600) == 0);
            QVERIFY(::mkdir(p("sub/deep/deeper").c_str(), 0755) == 0);
            QVERIFY(::mkdir(p("empty folder").c_str(), 0755) == 0);
            QVERIFY(::symlink("../../a.txt", p("sub/deep/up").c_str()) == 0);
            QVERIFY(::symlink("/nonexistent/target", p("dangling").c_str()) == 0);
            QVERIFY(::symlink("sub", p("dirlink").c_str()) == 0);
            // Names that are not UTF-8: a Latin-1 file name and a folder named with 0xff.
            QVERIFY(writeRaw(p("caf\xe9.txt"), "latin-1 name"));
            QVERIFY(::mkdir(p("d\xff").c_str(), 0755) == 0);
            QVERIFY(writeRaw(p("d\xff/inner\xfe"), "inside a raw-named folder"));
            QByteArray big(1536 * 1024, Qt::Uninitialized); // above the small-file size: the other store path
            QRandomGenerator rng(7);
            rng.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
            QVERIFY(writeRaw(p("sub/deep/deeper/big.bin"), big));
            QVERIFY(writeRaw(p("sub/deep/deeper/big-copy.bin"), big)); // the same content twice
            QVERIFY(setMtime(p("a.txt"), 1'500'000'000 * second + 123456789));
            QVERIFY(setMtime(p("link"), 1'400'000'000 * second + 5, true));
            const Tree original = readTree(m_project.toStdString());
            QCOMPARE(original.size(), std::size_t(20));

            const Versions::Created v1 = create();
            QCOMPARE(v1.version.files, 10);
            const RestoreResult r = m_versions->restore(v1.version, {}, false);
            QCOMPARE(r.folder, m_root + u"/proj, from ver. 1"_s);
            QCOMPARE(r.files, 10);
            QVERIFY(r.skipped.isEmpty());
            const Tree restored = readTree(r.folder.toStdString());
            const QString difference = treeDifference(original, restored, true);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            // Links are links, not what they point at.
            struct stat st;
            QVERIFY(::lstat((r.folder.toStdString() + "/dirlink").c_str(), &st) == 0 && S_ISLNK(st.st_mode));
            QVERIFY(::lstat((r.folder.toStdString() + "/dangling").c_str(), &st) == 0 && S_ISLNK(st.st_mode));
            QCOMPARE(restored.at("dangling").data, QByteArray("/nonexistent/target"));
            QVERIFY(siblingsContaining(m_root, u".partial-"_s).isEmpty());

            // The default name is taken: " (2)", then " (3)".
            const RestoreResult second = m_versions->restore(v1.version, {}, false);
            QCOMPARE(second.folder, m_root + u"/proj, from ver. 1 (2)"_s);
            QVERIFY(treeDifference(original, readTree(second.folder.toStdString()), true).isEmpty());
            QCOMPARE(m_versions->defaultRestoreFolder(v1.version), m_root + u"/proj, from ver. 1 (3)"_s);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void restoreNeedsANewOrEmptyFolder()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            const std::string busy = QString(m_root + u"/busy"_s).toStdString();
            QVERIFY(::mkdir(busy.c_str(), 0755) == 0);
            QVERIFY(writeRaw(busy + "/keep.txt", "mine"));
            QVERIFY(writeRaw(busy + "/.hidden", "also mine"));
            const Tree before = readTree(busy);
            EXPECT_ERROR(m_versions->restore(v1.version, QString::fromStdString(busy), false),
                         QString::fromStdString(busy) + u" already exists and is not empty"_s);
            QVERIFY(treeDifference(before, readTree(busy), true).isEmpty());

            // Only a hidden file: still not empty.
            const std::string hidden = QString(m_root + u"/hidden-only"_s).toStdString();
            QVERIFY(::mkdir(hidden.c_str(), 0755) == 0);
            QVERIFY(writeRaw(hidden + "/.dotfile", "x"));
            EXPECT_ERROR(m_versions->restore(v1.version, QString::fromStdString(hidden), false), u"is not empty"_s);
            QCOMPARE(readTree(hidden).size(), std::size_t(1));

            const std::string file = QString(m_root + u"/plain-file"_s).toStdString();
            QVERIFY(writeRaw(file, "a file"));
            EXPECT_ERROR(m_versions->restore(v1.version, QString::fromStdString(file), false), u"already exists"_s);
            QCOMPARE(readRaw(file), QByteArray("a file"));
            QVERIFY(siblingsContaining(m_root, u".partial-"_s).isEmpty());
            QCOMPARE(m_graph->snapshot().nodes.size(), std::size_t(2)); // the project and its version: no task

            const std::string empty = QString(m_root + u"/empty"_s).toStdString();
            QVERIFY(::mkdir(empty.c_str(), 0755) == 0);
            const RestoreResult r = m_versions->restore(v1.version, QString::fromStdString(empty), false);
            QCOMPARE(r.folder, QString::fromStdString(empty));
            QVERIFY(treeDifference(readTree(m_project.toStdString()), readTree(empty), true).isEmpty());

            // A folder that does not exist yet, below folders that do not exist either.
            const QString nested = m_root + u"/new/deeper/target"_s;
            QCOMPARE(m_versions->restore(v1.version, nested, false).folder, nested);
            QVERIFY(treeDifference(readTree(m_project.toStdString()), readTree(nested.toStdString()), true).isEmpty());
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void restoreIsRecordedAsATask()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            const RestoreResult r = m_versions->restore(v1.version, {}, false);
            const GraphSnapshot g = m_graph->snapshot();
            const Node *project = g.find(r.project);
            QVERIFY(project);
            QCOMPARE(project->kind, NodeKind::Project);
            QCOMPARE(project->path, r.folder);
            QVERIFY(r.project != m_id);
            std::vector<const Node *> tasks;
            for (const Node &n : g.nodes) {
                if (n.kind == NodeKind::Task)
                    tasks.push_back(&n);
            }
            QCOMPARE(tasks.size(), std::size_t(1));
            const Node &task = *tasks.front();
            QCOMPARE(task.title, u"Restore proj v1"_s);
            QVERIFY(task.task);
            QCOMPARE(task.task->status, TaskStatus::Succeeded);
            QCOMPARE(g.edges, (std::vector<Edge>{{v1.version.id, task.id}, {task.id, r.project}}));
            QCOMPARE(g.nodes.size(), std::size_t(4));
            // The restored folder is a project of its own: it can be versioned.
            const NodeId again = m_versions->resolveProject(r.folder);
            QCOMPARE(again, r.project);
            QVERIFY(m_versions->create(again, {}, {}).created);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void restoreWithMissingContent()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            QVERIFY(storetest::removeObject(storeDir(), hashOf("beta beta")));
            const QString target = m_versions->defaultRestoreFolder(v1.version);
            EXPECT_ERROR(m_versions->restore(v1.version, {}, false),
                         u"Version 1 cannot be restored: the content of 1 file(s) is missing from the store "
                         "(restore the rest with --skip-missing):\n  sub/b.txt"_s);
            QVERIFY(!QFileInfo::exists(target));
            QVERIFY(siblingsContaining(m_root, u"from ver."_s).isEmpty());
            QCOMPARE(m_graph->snapshot().nodes.size(), std::size_t(2));

            const StoreReport report = m_versions->verify();
            QVERIFY(report.damaged.isEmpty());
            QCOMPARE(report.missing, QStringList{u"sub/b.txt (version 1 of project %1)"_s.arg(m_id)});

            const RestoreResult r = m_versions->restore(v1.version, {}, true);
            QCOMPARE(r.folder, target);
            QCOMPARE(r.skipped, QStringList{u"sub/b.txt"_s});
            QCOMPARE(r.files, 4);
            Tree expected = readTree(m_project.toStdString());
            expected.erase("sub/b.txt");
            const QString difference = treeDifference(expected, readTree(target.toStdString()), true);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            // The restore task says it did not fully succeed.
            for (const Node &n : m_graph->snapshot().nodes) {
                if (n.kind == NodeKind::Task)
                    QCOMPARE(n.task->status, TaskStatus::Failed);
            }
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void damagedContentIsRefusedAndReported()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            const Hash damaged = hashOf("gamma");
            QCOMPARE(LocalObjectStore(storeDir()).get(damaged), QByteArray("gamma"));
            QVERIFY(storetest::damageObject(storeDir(), damaged, 2));

            const QString target = m_versions->defaultRestoreFolder(v1.version);
            EXPECT_ERROR(m_versions->restore(v1.version, {}, false),
                         u"Object %1 in the store is damaged"_s.arg(QString::fromLatin1(damaged.hex())));
            QVERIFY(!QFileInfo::exists(target));
            QVERIFY(siblingsContaining(m_root, u"from ver."_s).isEmpty());
            // --skip-missing skips damaged content like missing content, and says which.
            const RestoreResult skipped = m_versions->restore(v1.version, {}, true);
            QCOMPARE(skipped.damaged.size(), 1);
            QVERIFY(skipped.skipped.isEmpty());

            const int before = objectCount();
            const StoreReport report = m_versions->verify();
            QCOMPARE(report.damaged.size(), 1);
            QVERIFY2(report.damaged[0] == skipped.damaged[0] + u" (version 1 of project %1)"_s.arg(m_id), qPrintable(report.damaged[0]));
            QVERIFY(report.missing.isEmpty());
            QCOMPARE(report.objects, before);
            QCOMPARE(report.objects, 6); // five distinct contents and the manifest
            QCOMPARE(objectCount(), 5);  // the damaged one moved aside into store/damaged

            // A damaged manifest is reported too, and makes the version unreadable, not wrong.
            const auto manifest = storetest::placeOf(storeDir(), v1.version.manifest);
            QVERIFY(manifest && storetest::damageObject(storeDir(), v1.version.manifest, manifest->size - 1));
            EXPECT_ERROR(m_versions->manifest(v1.version), u"is damaged"_s);
            QCOMPARE(m_versions->verify().damaged, QStringList{u"the file list of version 1 of project %1"_s.arg(m_id)});
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- diff ----------------------------------------------------------------------------------

    void diffBetweenVersionsAndTheWorkingFolder()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            QVERIFY(writeRaw(p("a.txt"), "alpha, longer"));
            QVERIFY(::unlink(p("sub/b.txt").c_str()) == 0);
            QVERIFY(::mkdir(p("added").c_str(), 0755) == 0);
            QVERIFY(writeRaw(p("added/one"), "1"));
            QVERIFY(writeRaw(p("added/two"), "22"));
            const int objectsBefore = objectCount();

            const ManifestDiff w = diffManifests(m_versions->manifest(v1.version), m_versions->working(m_id));
            QCOMPARE(paths(w.added), (QStringList{u"added/one"_s, u"added/two"_s}));
            QCOMPARE(paths(w.removed), QStringList{u"sub/b.txt"_s});
            QCOMPARE(paths(w.modified), QStringList{u"a.txt"_s});
            QCOMPARE(w.modified.front().sizeBefore, 5);
            QCOMPARE(w.modified.front().sizeAfter, 13);
            QCOMPARE(w.removed.front().sizeBefore, 9);
            QCOMPARE(w.removed.front().sizeAfter, -1);
            QCOMPARE(w.added.back().sizeBefore, -1);
            QCOMPARE(w.added.back().sizeAfter, 2);
            QCOMPARE(objectCount(), objectsBefore); // looking stores nothing
            QCOMPARE(versionCount(), std::size_t(1));

            const Versions::Created v2 = create();
            const ManifestDiff d = diffManifests(m_versions->manifest(v1.version), m_versions->manifest(v2.version));
            QCOMPARE(paths(d.added), paths(w.added));
            QCOMPARE(paths(d.removed), paths(w.removed));
            QCOMPARE(paths(d.modified), paths(w.modified));
            const ManifestDiff back = diffManifests(m_versions->manifest(v2.version), m_versions->manifest(v1.version));
            QCOMPARE(paths(back.added), paths(d.removed));
            QCOMPARE(paths(back.removed), paths(d.added));
            QVERIFY(diffManifests(m_versions->manifest(v2.version), m_versions->working(m_id)).isEmpty());
            QVERIFY(diffManifests(m_versions->manifest(v1.version), m_versions->manifest(v1.version)).isEmpty());
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void diffOfABigTreeFindsTheOneChange()
    {
        try {
            for (int d = 0; d < 40; ++d) {
                const std::string dir = p("dir" + std::to_string(d));
                QVERIFY(::mkdir(dir.c_str(), 0755) == 0);
                QVERIFY(::mkdir((dir + "/inner").c_str(), 0755) == 0);
                for (int f = 0; f < 50; ++f) {
                    const std::string name = dir + (f % 2 ? "/inner/f" : "/f") + std::to_string(f);
                    QVERIFY(writeRaw(name, QByteArray::number(d * 1000 + f)));
                }
            }
            const Versions::Created v1 = create();
            QCOMPARE(v1.version.files, 2000);
            QVERIFY(writeRaw(p("dir17/inner/f33"), "changed!"));
            const Versions::Created v2 = create();
            QVERIFY(v2.created);
            const ManifestDiff d = diffManifests(m_versions->manifest(v1.version), m_versions->manifest(v2.version));
            QVERIFY(d.added.empty());
            QVERIFY(d.removed.empty());
            QCOMPARE(paths(d.modified), QStringList{u"dir17/inner/f33"_s});
            QCOMPARE(d.modified.front().sizeBefore, 5);
            QCOMPARE(d.modified.front().sizeAfter, 8);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void diffReportsModesLinkTargetsAndTypes()
    {
        try {
            QVERIFY(writeRaw(p("run.sh"), "echo hi"));
            QVERIFY(writeRaw(p("same.txt"), "same"));
            QVERIFY(writeRaw(p("becomes-link"), "a file"));
            QVERIFY(::symlink("same.txt", p("link").c_str()) == 0);
            QVERIFY(::mkdir(p("private").c_str(), 0755) == 0);
            QVERIFY(writeRaw(p("private/x"), "x"));
            const Versions::Created v1 = create();
            QVERIFY(::chmod(p("run.sh").c_str(), 0755) == 0);
            QVERIFY(::unlink(p("link").c_str()) == 0);
            QVERIFY(::symlink("run.sh", p("link").c_str()) == 0);
            QVERIFY(::unlink(p("becomes-link").c_str()) == 0);
            QVERIFY(::symlink("same.txt", p("becomes-link").c_str()) == 0);
            QVERIFY(::chmod(p("private").c_str(), 0700) == 0);
            const Versions::Created v2 = create();
            QVERIFY(v2.created);
            const ManifestDiff d = diffManifests(m_versions->manifest(v1.version), m_versions->manifest(v2.version));
            QVERIFY(d.added.empty());
            QVERIFY(d.removed.empty());
            QCOMPARE(paths(d.modified), (QStringList{u"becomes-link"_s, u"link"_s, u"private/"_s, u"run.sh"_s}));
            const ManifestDiff::Change &type = d.modified[0];
            QVERIFY(type.type && !type.content);
            QCOMPARE(type.targetAfter, std::string("same.txt"));
            const ManifestDiff::Change &link = d.modified[1];
            QVERIFY(link.target && !link.content && !link.type);
            QCOMPARE(link.targetBefore, std::string("same.txt"));
            QCOMPARE(link.targetAfter, std::string("run.sh"));
            const ManifestDiff::Change &folder = d.modified[2];
            QVERIFY(folder.folder && folder.mode);
            QCOMPARE(folder.modeBefore, 0755u);
            QCOMPARE(folder.modeAfter, 0700u);
            const ManifestDiff::Change &mode = d.modified[3];
            QVERIFY(mode.mode && !mode.content && !mode.target);
            QCOMPARE(mode.modeBefore & 0111u, 0u); // written without execute bits
            QCOMPARE(mode.modeAfter, 0755u);
            // The working folder compares the same way.
            QCOMPARE(paths(diffManifests(m_versions->manifest(v1.version), m_versions->working(m_id)).modified), paths(d.modified));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void diffSkipsEqualSubtreesWhole()
    {
        try {
            // Directory hashes decide: a subtree whose hash is equal is not looked into. Shown by
            // editing a child behind its directory's back.
            makeBasicTree();
            const Manifest before = m_versions->manifest(create().version);
            Manifest after = before;
            for (ManifestEntry &e : after.entries) {
                if (e.path == "sub/deep/c.txt")
                    e.hash = hashOf("edited behind the directory's back");
            }
            QVERIFY(diffManifests(before, after).isEmpty());
            after.finalize(); // recomputes directory hashes: now the change is seen
            QCOMPARE(paths(diffManifests(before, after).modified), QStringList{u"sub/deep/c.txt"_s});

            // A folder replaced by a file and back: its contents come and go one by one.
            Manifest folder;
            folder.entries = {{"x", ManifestEntry::Type::Dir, 0755, 0, 0, {}, {}},
                              {"x/1", ManifestEntry::Type::File, 0644, 1, 0, hashOf("1"), {}},
                              {"y", ManifestEntry::Type::File, 0644, 1, 0, hashOf("y"), {}}};
            folder.finalize();
            Manifest file;
            file.entries = {{"x", ManifestEntry::Type::File, 0644, 3, 0, hashOf("abc"), {}},
                            {"y", ManifestEntry::Type::File, 0644, 1, 0, hashOf("y"), {}}};
            file.finalize();
            const ManifestDiff d = diffManifests(folder, file);
            QCOMPARE(paths(d.added), QStringList{u"x"_s});
            QCOMPARE(paths(d.removed), QStringList{u"x/1"_s});
            QVERIFY(d.modified.empty());
            const ManifestDiff r = diffManifests(file, folder);
            QCOMPARE(paths(r.added), QStringList{u"x/1"_s});
            QCOMPARE(paths(r.removed), QStringList{u"x"_s});
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void manifestRoundTripsAndRefusesGarbage()
    {
        try {
            makeBasicTree();
            QVERIFY(writeRaw(p("caf\xe9"), "raw"));
            const Versions::Created v1 = create();
            const Manifest m = m_versions->manifest(v1.version);
            QCOMPARE(m.root, v1.version.root);
            QCOMPARE(m.files, std::uint64_t(6));
            const Manifest again = Manifest::parse(m.serialize());
            QCOMPARE(again.root, m.root);
            QCOMPARE(again.entries.size(), m.entries.size());
            for (std::size_t i = 0; i < m.entries.size(); ++i) {
                QCOMPARE(again.entries[i].path, m.entries[i].path);
                QCOMPARE(again.entries[i].hash, m.entries[i].hash);
                QCOMPARE(again.entries[i].mode, m.entries[i].mode);
                QCOMPARE(again.entries[i].target, m.entries[i].target);
            }
            QCOMPARE(entry(m, "link")->target, std::string("a.txt"));
            QVERIFY(entry(m, std::string("caf\xe9", 4)));
            QCOMPARE(displayPath(std::string("caf\xe9", 4)), u"caf\\xe9"_s);
            EXPECT_ERROR(Manifest::parse("not a manifest"), u"damaged"_s);
            EXPECT_ERROR(Manifest::parse(m.serialize().left(40)), u"damaged"_s);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- delete and garbage collection ---------------------------------------------------------

    void deleteKeepsSharedContentAndGcFreesTheRest()
    {
        try {
            QVERIFY(writeRaw(p("keep.txt"), "shared by both versions"));
            QVERIFY(writeRaw(p("old.txt"), "only in version one"));
            const Versions::Created v1 = create();
            QVERIFY(::unlink(p("old.txt").c_str()) == 0);
            QVERIFY(writeRaw(p("new.txt"), "only in version two"));
            const Versions::Created v2 = create();
            const Tree tree2 = readTree(m_project.toStdString());
            QCOMPARE(objectCount(), 5); // three contents, two manifests
            const qint64 manifest1Size = storetest::placeOf(storeDir(), v1.version.manifest)->size;
            QVERIFY(manifest1Size > 0);

            m_versions->remove(v1.version);
            QCOMPARE(versionCount(), std::size_t(1));
            QVERIFY(!m_graph->node(v1.version.id));
            EXPECT_ERROR(m_versions->byNumber(m_id, 1), u"has no version number 1"_s);
            QCOMPARE(objectCount(), 5); // deleting frees nothing by itself

            // Leftovers of a killed process in store/tmp go too.
            QVERIFY(writeRaw(QString(storeDir() + u"/tmp/99999-1.tmp"_s).toStdString(), "half an object"));
            const StoreReport gc = m_versions->collectGarbage();
            QCOMPARE(gc.objects, 2);
            QCOMPARE(gc.bytes, qint64(sizeof "only in version one" - 1) + manifest1Size);
            QCOMPARE(objectCount(), 3);
            QVERIFY(!storetest::isStored(storeDir(), hashOf("only in version one")));
            QVERIFY(storetest::isStored(storeDir(), hashOf("shared by both versions")));
            QCOMPARE(countFiles(storeDir() + u"/tmp"_s), 0);

            const RestoreResult r = m_versions->restore(v2.version, {}, false);
            QVERIFY(treeDifference(tree2, readTree(r.folder.toStdString()), true).isEmpty());
            const StoreReport verify = m_versions->verify();
            QCOMPARE(verify.objects, 3);
            QVERIFY(verify.damaged.isEmpty());
            QVERIFY(verify.missing.isEmpty());
            QCOMPARE(m_versions->collectGarbage().objects, 0);

            // The next version of the same content stores nothing new and needs none of the removed.
            QVERIFY(writeRaw(p("another"), "shared by both versions"));
            const Versions::Created v3 = create();
            QCOMPARE(v3.version.number, 3);
            QCOMPARE(objectCount(), 4); // one new manifest
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void gcAfterDeletingEveryVersionEmptiesTheStore()
    {
        try {
            makeBasicTree();
            const Versions::Created v1 = create();
            QVERIFY(writeRaw(p("a.txt"), "second"));
            const Versions::Created v2 = create();
            m_versions->remove(v1.version);
            m_versions->remove(v2.version);
            const StoreReport gc = m_versions->collectGarbage();
            QCOMPARE(gc.objects, 8); // 5 + 1 contents, 2 manifests
            QCOMPARE(objectCount(), 0);
            // The stat cache remembered the files, but their content is gone: a new version stores
            // it again instead of trusting the cache.
            const Versions::Created v3 = create();
            QVERIFY(v3.created);
            QCOMPARE(v3.version.number, 1);
            QCOMPARE(objectCount(), 6);
            const RestoreResult r = m_versions->restore(v3.version, {}, false);
            QVERIFY(treeDifference(readTree(m_project.toStdString()), readTree(r.folder.toStdString()), true).isEmpty());
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- bad input -----------------------------------------------------------------------------

    void vanishedProjectFolderIsNamed()
    {
        try {
            QVERIFY(writeRaw(p("a"), "a"));
            QVERIFY(QDir(m_project).removeRecursively());
            EXPECT_ERROR(create(), u"The project folder %1 does not exist or is not a folder"_s.arg(m_project));
            QCOMPARE(versionCount(), std::size_t(0));
            EXPECT_ERROR(m_versions->working(m_id), m_project);
            EXPECT_ERROR(m_versions->resolveProject(m_root + u"/never"_s),
                         u"The project folder %1/never does not exist or is not a folder"_s.arg(m_root));
            EXPECT_ERROR(m_versions->resolveProject(u"9999"_s), u"There is no project with id 9999"_s);
            QVERIFY(writeRaw(QString(m_root + u"/file"_s).toStdString(), "f"));
            EXPECT_ERROR(m_versions->resolveProject(m_root + u"/file"_s), u"does not exist or is not a folder"_s);
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void specialFilesAreRefusedAndNothingIsCreated()
    {
        try {
            makeBasicTree();
            QVERIFY(create().created);
            QVERIFY(::mkfifo(p("sub/pipe").c_str(), 0644) == 0);
            EXPECT_ERROR(create(), u"No version was created: 1 file(s) or folder(s) of %1 cannot be read:\n  %1/sub/pipe "
                                   "is a special file (device, socket or pipe) and cannot be versioned"_s.arg(m_project));
            QCOMPARE(versionCount(), std::size_t(1));
            EXPECT_ERROR(m_versions->working(m_id), u"%1/sub/pipe is a special file"_s.arg(m_project));

            // Nor is a first version made of a folder holding one.
            const QString other = m_root + u"/other"_s;
            QVERIFY(QDir().mkpath(other + u"/x"_s));
            QVERIFY(::mkfifo(QString(other + u"/x/fifo"_s).toLocal8Bit().constData(), 0644) == 0);
            const NodeId otherId = m_versions->resolveProject(other);
            EXPECT_ERROR(m_versions->create(otherId, {}, {}), u"%1/x/fifo is a special file"_s.arg(other));
            QVERIFY(m_versions->list(otherId).empty());
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void linksOutsideTheProjectAreStoredAsLinks()
    {
        try {
            const std::string outside = QString(m_root + u"/outside"_s).toStdString();
            QVERIFY(::mkdir(outside.c_str(), 0755) == 0);
            const QByteArray secret = "content outside the project, never to be stored";
            QVERIFY(writeRaw(outside + "/file", secret));
            QVERIFY(::symlink((outside + "/file").c_str(), p("to-file").c_str()) == 0);
            QVERIFY(::symlink(outside.c_str(), p("to-folder").c_str()) == 0);
            QVERIFY(::symlink("../outside/file", p("relative").c_str()) == 0);
            QVERIFY(writeRaw(p("own"), "own"));
            const Versions::Created v1 = create();
            QCOMPARE(v1.version.files, 1);
            const Manifest m = m_versions->manifest(v1.version);
            QCOMPARE(m.entries.size(), std::size_t(4)); // nothing below to-folder
            QCOMPARE(entry(m, "to-file")->type, ManifestEntry::Type::Symlink);
            QCOMPARE(entry(m, "to-file")->target, outside + "/file");
            QCOMPARE(entry(m, "to-folder")->target, outside);
            QVERIFY(!storetest::isStored(storeDir(), hashOf(secret)));
            QCOMPARE(objectCount(), 2); // "own" and the manifest

            // Changing the outside file changes no version.
            QVERIFY(writeRaw(outside + "/file", "changed outside"));
            QVERIFY(!create().created);

            const RestoreResult r = m_versions->restore(v1.version, {}, false);
            const Tree restored = readTree(r.folder.toStdString());
            QCOMPARE(restored.at("to-file").type, 'l');
            QCOMPARE(restored.at("to-file").data, QByteArray::fromStdString(outside + "/file"));
            QCOMPARE(restored.at("to-folder").type, 'l');
            QCOMPARE(restored.at("relative").data, QByteArray("../outside/file"));
            QCOMPARE(restored.size(), std::size_t(4));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    // ---- a full disk ---------------------------------------------------------------------------

    void fullDiskFailsCleanly()
    {
        try {
            const QString mount = m_root + u"/small"_s;
            MOUNT_SMALL_TMPFS(mount, unmount);
            const QString big = m_root + u"/big"_s;
            fillRandom(big, 4, 1100 * 1024, 11); // through the large-file path
            fillRandom(big + u"/small"_s, 100, 10 * 1024, 12);
            {
                Workspace ws(mount + u"/ws"_s);
                GraphStore graph(ws);
                Versions versions(graph);
                const NodeId project = versions.resolveProject(big);
                EXPECT_ERROR(versions.create(project, {}, {}), u"disk is full"_s);
                QVERIFY(versions.list(project).empty());
                const StoreReport report = versions.verify();
                QVERIFY(report.damaged.isEmpty());
                QVERIFY(report.missing.isEmpty());
            }
            // The next process: gc frees whatever the failed create left; then a small project fits.
            Workspace ws(mount + u"/ws"_s);
            GraphStore graph(ws);
            Versions versions(graph);
            versions.collectGarbage();
            QCOMPARE(countFiles(ws.storeDir() + u"/tmp"_s), 0);
            QCOMPARE(countFiles(ws.storeDir() + u"/objects"_s), 0);
            const QString tiny = m_root + u"/tiny"_s;
            QVERIFY(QDir().mkpath(tiny));
            QVERIFY(writeRaw(QString(tiny + u"/a"_s).toStdString(), "tiny"));
            const Versions::Created created = versions.create(versions.resolveProject(tiny), {}, {});
            QVERIFY(created.created);
            const RestoreResult r = versions.restore(created.version, m_root + u"/tiny-restored"_s, false);
            QCOMPARE(readRaw(QString(r.folder + u"/a"_s).toStdString()), QByteArray("tiny"));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void failedCreateLeavesNoTemporaries()
    {
        // A create that fails (rather than being killed) removes what it staged: otherwise the
        // disk it just reported full stays full of the store's temporary files until gc.
        try {
            const QString mount = m_root + u"/small"_s;
            MOUNT_SMALL_TMPFS(mount, unmount);
            const QString big = m_root + u"/big"_s;
            fillRandom(big, 50, 100 * 1024, 13);
            Workspace ws(mount + u"/ws"_s);
            GraphStore graph(ws);
            Versions versions(graph);
            const NodeId project = versions.resolveProject(big);
            EXPECT_ERROR(versions.create(project, {}, {}), u"disk is full"_s);
            const QStringList left = QDir(ws.storeDir() + u"/tmp"_s).entryList(QDir::Files);
            QVERIFY2(left.isEmpty(), qPrintable(u"%1 temporary file(s) left in store/tmp after the failed create"_s
                                                    .arg(left.size())));
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }

    void failedCreateDoesNotBreakTheNextOne()
    {
        // A long-lived Versions (the GUI's) outlives a failed create; the user frees space with
        // `wfs store gc` and tries again. What the failed create staged must not come back.
        try {
            const QString mount = m_root + u"/small"_s;
            MOUNT_SMALL_TMPFS(mount, unmount);
            const QString big = m_root + u"/big"_s;
            fillRandom(big, 50, 100 * 1024, 14);
            const QString tiny = m_root + u"/tiny"_s;
            fillRandom(tiny, 3, 1000, 15);
            Workspace ws(mount + u"/ws"_s);
            GraphStore graph(ws);
            Versions versions(graph);
            EXPECT_ERROR(versions.create(versions.resolveProject(big), {}, {}), u"disk is full"_s);
            {
                Workspace other(mount + u"/ws"_s); // `wfs store gc`, another process
                GraphStore otherGraph(other);
                Versions(otherGraph).collectGarbage();
            }
            const Versions::Created created = versions.create(versions.resolveProject(tiny), {}, {});
            QVERIFY(created.created);
            QCOMPARE(created.version.files, 3);
            const RestoreResult r = versions.restore(created.version, m_root + u"/tiny-restored"_s, false);
            QVERIFY(treeDifference(readTree(tiny.toStdString()), readTree(r.folder.toStdString()), true).isEmpty());
        } catch (const wfs::Error &e) {
            QFAIL(qPrintable(u"unexpected error: "_s + e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
