// `wfs version` and `wfs store`, run as the real built program against real folders: every
// command and output format, a delete confirmed on a terminal, auto-versioned inputs of
// `wfs input` and `wfs run`, concurrent creates, the store lock between gc and writers, and
// processes killed at random points (create, restore, gc, a create after a killed gc) that
// must leave only complete versions and complete folders behind.

#include "model/versions/Hash.h"
#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"
#include "tests/StoreTestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

using namespace wfstest;

namespace {

using Files = QMap<QString, QByteArray>; // relative path -> content; folders as "path/" -> ""



bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}



QByteArray randomBytes(QRandomGenerator &rng, qsizetype size)
{
    QByteArray data((size + 3) / 4 * 4, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    data.truncate(size);
    return data;
}

// Every file (with its content) and folder below `root`; symlinks as "-> target".
Files readFiles(const QString &root)
{
    Files files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = path.mid(root.size() + 1);
        if (info.isSymLink()) {
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            files.insert(rel, "-> " + QByteArray(target, n < 0 ? 0 : int(n)));
        }
        else if (info.isDir())
            files.insert(rel + u'/', {});
        else
            files.insert(rel, fileBytes(path));
    }
    return files;
}

// The first difference, or an empty string.
QString filesDifference(const Files &expected, const Files &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return u"missing: "_s + it.key();
        if (actual.value(it.key()) != it.value())
            return u"differs: %1 (%2 bytes instead of %3)"_s.arg(it.key())
                .arg(actual.value(it.key()).size())
                .arg(it.value().size());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            return u"unexpected: "_s + it.key();
    }
    if (expected.isEmpty())
        return u"nothing expected: the test is broken"_s;
    return {};
}

qint64 fileCount(const Files &files)
{
    qint64 n = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        n += !it.key().endsWith(u'/');
    return n;
}

qint64 byteCount(const Files &files)
{
    qint64 n = 0;
    for (const QByteArray &b : files)
        n += b.size();
    return n;
}

wfs::Hash idOf(const QByteArray &content)
{
    return wfs::Hash::of(content);
}

QString storeOf(const QString &workspace)
{
    return workspace + u"/store"_s;
}

// Every object of the store (loose or packed) by id, with its size.
QMap<QByteArray, qint64> storeObjects(const QString &workspace)
{
    QMap<QByteArray, qint64> out;
    wfs::LocalObjectStore(storeOf(workspace)).list([&](const wfs::Hash &h, qint64 size) { out.insert(h.hex(), size); });
    return out;
}

QStringList storeFiles(const QString &workspace, const QString &sub)
{
    QStringList out;
    QDirIterator it(workspace + u"/store/"_s + sub, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}


// One workspace and the real `wfs` run against it.
class Wfs
{
public:
    explicit Wfs(const QString &dir) : m_harness(dir) {}

    const QString &dir() const { return m_harness.workspace(); }
    CliResult operator()(const QStringList &args) const { return m_harness.run(args); }

    Graph graph() const
    {
        const CliResult r = (*this)({u"graph"_s, u"--json"_s});
        Graph g;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        if (r.exitCode != 0 || !doc.isObject()) {
            g.error = describe(r);
            return g;
        }
        g.nodes = doc.object().value(u"nodes").toArray();
        g.edges = doc.object().value(u"edges").toArray();
        g.ok = true;
        return g;
    }

    // `wfs version list PROJECT --json`, or an empty array with `error` set.
    QJsonArray versions(const QString &project, QString *error, const QStringList &extra = {}) const
    {
        const CliResult r = (*this)(QStringList{u"version"_s, u"list"_s, project, u"--json"_s} + extra);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        if (r.exitCode != 0 || !doc.isArray() || !r.err.isEmpty() || !r.out.endsWith(u'\n')) {
            *error = describe(r);
            return {};
        }
        return doc.array();
    }

    // Starts `wfs ARGS`, waits `delayMs` and SIGKILLs it if it still runs.
    struct Outcome
    {
        bool killed = false;
        int elapsedMs = 0; // from start to exit or kill
        CliResult result;
    };
    Outcome runAndKill(const QStringList &args, int delayMs) const
    {
        QProcess p;
        p.setProcessEnvironment(cleanEnv());
        p.start(CliHarness::wfsPath(), QStringList{u"--workspace"_s, dir()} + args);
        Outcome o;
        if (!p.waitForStarted(10000)) {
            o.result.err = p.errorString();
            return o;
        }
        p.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        if (!p.waitForFinished(delayMs)) {
            p.kill();
            p.waitForFinished(60000);
        }
        o.elapsedMs = int(timer.elapsed());
        o.killed = p.exitStatus() == QProcess::CrashExit;
        o.result.exitCode = o.killed ? -1 : p.exitCode();
        o.result.out = QString::fromUtf8(p.readAllStandardOutput());
        o.result.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

private:
    CliHarness m_harness;
};

// A project folder whose expected content the test keeps in memory.
struct Project
{
    QString dir;
    Files files;

    bool write(const QString &rel, const QByteArray &bytes)
    {
        const QStringList parts = rel.split(u'/');
        for (qsizetype i = 1; i < parts.size(); ++i)
            files.insert(parts.mid(0, i).join(u'/') + u'/', {});
        files.insert(rel, bytes);
        return writeFile(dir + u'/' + rel, bytes);
    }

    // `folders` x `perFolder` small files and `big` 1 MB files, all from `seed`.
    bool generate(int folders, int perFolder, int big, quint32 seed)
    {
        QRandomGenerator rng(seed);
        bool ok = QDir().mkpath(dir);
        for (int d = 0; d < folders; ++d) {
            for (int f = 0; f < perFolder; ++f)
                ok = write(smallName(d * perFolder + f, perFolder), randomBytes(rng, 100 + rng.bounded(1900))) && ok;
        }
        for (int b = 0; b < big; ++b)
            ok = write(bigName(b), randomBytes(rng, 1 << 20)) && ok;
        return ok;
    }
    static QString smallName(int i, int perFolder) { return u"d%1/f%2.dat"_s.arg(i / perFolder, 2, 10, QLatin1Char('0')).arg(i); }
    static QString bigName(int b) { return u"big/b%1.bin"_s.arg(b); }
};

qint64 printedVersionId(const CliResult &r, int number)
{
    static const QRegularExpression re(u"^([1-9][0-9]*)\t([1-9][0-9]*)\n$"_s);
    const QRegularExpressionMatch m = re.match(r.out);
    return m.hasMatch() && m.captured(2).toInt() == number ? m.captured(1).toLongLong() : -1;
}

} // namespace

#define CHECK_ERROR(result, code, message)                                                                  \
    do {                                                                                                     \
        CHECK_EXIT(result, code);                                                                            \
        QCOMPARE((result).err, u"wfs: "_s + (message) + u'\n');                                              \
        QCOMPARE((result).out, QString());                                                                   \
    } while (false)
#define CREATE(var, wfs, number, ...)                                                                        \
    qint64 var = -1;                                                                                         \
    {                                                                                                        \
        const CliResult created_ = (wfs)(QStringList{u"version"_s, u"create"_s} + QStringList{__VA_ARGS__}); \
        CHECK_OK(created_);                                                                                  \
        var = printedVersionId(created_, number);                                                            \
        QVERIFY2(var > 0, qPrintable(describe(created_)));                                                   \
    }
#define VERSIONS(var, wfs, project, ...)                                                                     \
    QJsonArray var;                                                                                          \
    {                                                                                                        \
        QString error_;                                                                                      \
        var = (wfs).versions(project, &error_, QStringList{__VA_ARGS__});                                    \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                      \
    }
#define RESTORE_MATCHES(...)                                                                                 \
    do {                                                                                                     \
        restoreMatches(__VA_ARGS__);                                                                         \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)
#define STORE_IS_SOUND(wfs)                                                                                  \
    do {                                                                                                     \
        storeIsSound(wfs);                                                                                   \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestVersionCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_xdg;

    static QString id(qint64 v) { return QString::number(v); }

    // Restores version `number` into `target` and compares it with `expected`; removes it after.
    static void restoreMatches(const Wfs &wfs, const QString &project, int number, const QString &target,
                               const Files &expected)
    {
        const CliResult r = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, id(number), u"--to"_s, target});
        CHECK_OK(r);
        QVERIFY2(r.out.endsWith(u'\t' + target + u'\n'), qPrintable(describe(r)));
        const QString difference = filesDifference(expected, readFiles(target));
        QVERIFY2(difference.isEmpty(), qPrintable(u"version %1: "_s.arg(number) + difference));
        QVERIFY(QDir(target).removeRecursively());
    }

    static void storeIsSound(const Wfs &wfs)
    {
        const CliResult r = wfs({u"store"_s, u"verify"_s});
        CHECK_OK(r);
        static const QRegularExpression summary(u"^Checked [1-9][0-9]* object\\(s\\): 0 damaged, 0 missing\n$"_s);
        QVERIFY2(summary.match(r.out).hasMatch(), qPrintable(describe(r)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", m_xdg.path().toLocal8Bit());
        QVERIFY2(qEnvironmentVariableIsSet("WFS_BIN") && QFileInfo(CliHarness::wfsPath()).isExecutable(),
                 "run through CTest: WFS_BIN must name the folder of the built wfs");
    }

    // ---- every command and its output ------------------------------------------------------------

    void createPrintsIdAndNumber()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a.txt"_s, "alpha"));

        const CliResult first = wfs({u"version"_s, u"create"_s, project});
        CHECK_OK(first);
        QCOMPARE(first.err, QString());
        const qint64 v1 = printedVersionId(first, 1);
        QVERIFY2(v1 > 0, qPrintable(describe(first)));

        const CliResult same = wfs({u"version"_s, u"create"_s, project});
        CHECK_OK(same);
        QCOMPARE(same.out, first.out);
        QCOMPARE(same.err, u"Nothing changed since version 1: no version was created; its id is printed\n"_s);

        QVERIFY(writeFile(project + u"/a.txt"_s, "alphA"));
        const CliResult second = wfs({u"version"_s, u"create"_s, project, u"--title"_s, u"Fixed"_s,
                                      u"--description"_s, u"one byte"_s});
        CHECK_OK(second);
        QCOMPARE(second.err, QString());
        const qint64 v2 = printedVersionId(second, 2);
        QVERIFY(v2 > 0 && v2 != v1);

        // The project by its card id.
        GRAPH(g, wfs);
        const qint64 card = g.idOf(u"project"_s, project);
        QVERIFY(card > 0);
        const CliResult byId = wfs({u"version"_s, u"create"_s, id(card)});
        CHECK_OK(byId);
        QCOMPARE(byId.out, second.out);
        const QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].value(u"title").toString(), u"proj v1"_s);
        QCOMPARE(versions[1].value(u"title").toString(), u"Fixed"_s);
        QCOMPARE(versions[1].value(u"project").toInteger(), card);

        CHECK_ERROR(wfs({u"version"_s, u"create"_s, project + u"/nope"_s}), 1,
                    u"The project folder %1/nope does not exist or is not a folder"_s.arg(project));
        CHECK_ERROR(wfs({u"version"_s, u"create"_s}), 2, u"wfs version create takes one PROJECT (a path or id)"_s);
        CHECK_ERROR(wfs({u"version"_s, u"create"_s, u"4242"_s}), 1, u"There is no project with id 4242 in this workspace"_s);

        QVERIFY(::mkfifo(QString(project + u"/pipe"_s).toLocal8Bit().constData(), 0644) == 0);
        const CliResult fifo = wfs({u"version"_s, u"create"_s, project});
        CHECK_EXIT(fifo, 1);
        QCOMPARE(fifo.out, QString());
        QCOMPARE(fifo.err, u"wfs: No version was created: 1 file(s) or folder(s) of %1 cannot be read:\n  %1/pipe is a "
                           "special file (device, socket or pipe) and cannot be versioned\n"_s.arg(project));
        VERSIONS(list, wfs, project);
        QCOMPARE(list.size(), 2);
    }

    void listFormatsAndFilters()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "12345"));
        QVERIFY(writeFile(project + u"/sub/b"_s, "1234567"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        CREATE(v1, wfs, 1, project, u"--title"_s, u"Raw import"_s, u"--description"_s, u"first \"cut\""_s);
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
        QTest::qSleep(1100);
        const QString since = QDateTime::currentDateTime().toString(Qt::ISODate); // whole seconds, before v2
        QTest::qSleep(20);
        QVERIFY(writeFile(project + u"/c"_s, "x"));
        CREATE(v2, wfs, 2, project, u"--title"_s, u"Cleaned data"_s);
        QVERIFY(writeFile(project + u"/c"_s, "xy"));
        CREATE(v3, wfs, 3, project);
        const qint64 t3 = QDateTime::currentMSecsSinceEpoch();

        VERSIONS(all, wfs, project);
        QCOMPARE(all.size(), 3);
        const QStringList keys{u"bytes"_s, u"created"_s, u"description"_s, u"files"_s, u"id"_s, u"number"_s, u"title"_s};
        const qint64 ids[] = {v1, v2, v3};
        const qint64 files[] = {2, 3, 3};
        const qint64 bytes[] = {12, 13, 14};
        const QString titles[] = {u"Raw import"_s, u"Cleaned data"_s, QString()};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject v = all[i].toObject();
            QCOMPARE(v.keys(), keys);
            QCOMPARE(v.value(u"id").toInteger(), ids[i]);
            QCOMPARE(v.value(u"number").toInt(), i + 1);
            QCOMPARE(v.value(u"files").toInteger(), files[i]);
            QCOMPARE(v.value(u"bytes").toInteger(), bytes[i]);
            QCOMPARE(v.value(u"title").toString(), titles[i]);
            const QDateTime created = QDateTime::fromString(v.value(u"created").toString(), Qt::ISODateWithMs);
            QVERIFY2(created.isValid(), qPrintable(v.value(u"created").toString()));
            QVERIFY(created.toMSecsSinceEpoch() >= (i == 0 ? t0 : t1) && created.toMSecsSinceEpoch() <= (i == 0 ? t1 : t3));
        }
        QCOMPARE(all[0].toObject().value(u"description").toString(), u"first \"cut\""_s);
        QCOMPARE(all[1].toObject().value(u"description").toString(), QString());

        // The table: number, id, created, files, size, title, description.
        const CliResult text = wfs({u"version"_s, u"list"_s, project});
        CHECK_OK(text);
        QCOMPARE(text.err, QString());
        auto created = [&](int i) {
            return QDateTime::fromString(all[i].toObject().value(u"created").toString(), Qt::ISODateWithMs).toString(Qt::ISODate);
        };
        QCOMPARE(text.out, u"1\t%1\t%2\t2 files\t12 bytes\tRaw import\tfirst \"cut\"\n"
                           "2\t%3\t%4\t3 files\t13 bytes\tCleaned data\t\n"
                           "3\t%5\t%6\t3 files\t14 bytes\t\t\n"_s.arg(v1)
                               .arg(created(0))
                               .arg(v2)
                               .arg(created(1))
                               .arg(v3)
                               .arg(created(2)));

        auto numbers = [](const QJsonArray &a) {
            QList<int> n;
            for (const QJsonValue &v : a)
                n << v.toObject().value(u"number").toInt();
            return n;
        };
        VERSIONS(clean, wfs, project, u"--title-contains"_s, u"CLEAN"_s);
        QCOMPARE(numbers(clean), QList<int>{2});
        VERSIONS(none, wfs, project, u"--title-contains"_s, u"no such title"_s);
        QCOMPARE(numbers(none), QList<int>{});
        VERSIONS(recent, wfs, project, u"--since"_s, since);
        QCOMPARE(numbers(recent), (QList<int>{2, 3}));
        VERSIONS(recentClean, wfs, project, u"--since"_s, since, u"--title-contains"_s, u"data"_s);
        QCOMPARE(numbers(recentClean), QList<int>{2});
        VERSIONS(old, wfs, project, u"--since"_s, u"2000-01-01"_s);
        QCOMPARE(numbers(old), (QList<int>{1, 2, 3}));
        VERSIONS(future, wfs, project, u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate));
        QCOMPARE(numbers(future), QList<int>{});
        const CliResult futureText = wfs({u"version"_s, u"list"_s, project, u"--since"_s, u"2999-01-01"_s});
        CHECK_OK(futureText);
        QCOMPARE(futureText.out, QString());

        CHECK_ERROR(wfs({u"version"_s, u"list"_s, project, u"--since"_s, u"yesterday"_s}), 2,
                    u"--since takes a date or time like 2026-11-22 or 2026-11-22T14:30, not 'yesterday'"_s);
        CHECK_ERROR(wfs({u"version"_s, u"list"_s, project + u"/none"_s}), 1,
                    u"The project folder %1/none does not exist or is not a folder"_s.arg(project));
    }

    void diffFormats()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "1"));
        QVERIFY(writeFile(project + u"/gone"_s, "abc"));
        QVERIFY(writeFile(project + u"/same/deep/file"_s, "unchanged"));
        CREATE(v1, wfs, 1, project);
        QVERIFY(writeFile(project + u"/a"_s, "12"));
        QVERIFY(QFile::remove(project + u"/gone"_s));
        QVERIFY(writeFile(project + u"/new"_s, "hello!"));
        const int fd = ::open(QString(project + u"/caf"_s).toLocal8Bit().append('\xe9').constData(),
                              O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);

        const QString expected = u"+ caf\\xe9 (0 bytes)\n+ new (6 bytes)\n- gone (3 bytes)\nM a (1 bytes -> 2 bytes)\n"_s;
        const CliResult working = wfs({u"version"_s, u"diff"_s, project, u"1"_s});
        CHECK_OK(working);
        QCOMPARE(working.out, expected);
        QCOMPARE(working.err, QString());
        const CliResult json = wfs({u"version"_s, u"diff"_s, project, u"1"_s, u"--json"_s});
        CHECK_OK(json);
        QCOMPARE(json.out, uR"({"added":["caf\\xe9","new"],"modified":["a"],"modified_details":[{"path":"a","size_after":2,"size_before":1,"what":["content"]}],"removed":["gone"]})"_s
                               + u'\n');

        CREATE(v2, wfs, 2, project);
        QVERIFY(v2 != v1);
        const CliResult between = wfs({u"version"_s, u"diff"_s, project, u"1"_s, u"2"_s});
        CHECK_OK(between);
        QCOMPARE(between.out, expected);
        const CliResult back = wfs({u"version"_s, u"diff"_s, project, u"2"_s, u"1"_s});
        CHECK_OK(back);
        QCOMPARE(back.out, u"+ gone (3 bytes)\n- caf\\xe9 (0 bytes)\n- new (6 bytes)\nM a (2 bytes -> 1 bytes)\n"_s);

        const CliResult nothing = wfs({u"version"_s, u"diff"_s, project, u"2"_s});
        CHECK_OK(nothing);
        QCOMPARE(nothing.out, QString());
        QCOMPARE(nothing.err, u"No differences\n"_s);
        const CliResult nothingJson = wfs({u"version"_s, u"diff"_s, project, u"2"_s, u"--json"_s});
        CHECK_OK(nothingJson);
        QCOMPARE(nothingJson.out, u"{\"added\":[],\"modified\":[],\"modified_details\":[],\"removed\":[]}\n"_s);

        // Modes and link targets are changes too, said as such.
        QVERIFY(QFile::setPermissions(project + u"/new"_s, QFile::permissions(project + u"/new"_s) | QFile::ExeOwner));
        QVERIFY(QFile::link(u"a"_s, project + u"/link"_s));
        CREATE(v3, wfs, 3, project);
        QVERIFY(QFile::remove(project + u"/link"_s));
        QVERIFY(QFile::link(u"new"_s, project + u"/link"_s));
        const CliResult modes = wfs({u"version"_s, u"diff"_s, project, u"2"_s});
        CHECK_OK(modes);
        QCOMPARE(modes.out, u"+ link (link to new)\nM new (mode 0644 -> 0744)\n"_s);
        const CliResult targets = wfs({u"version"_s, u"diff"_s, project, u"3"_s, u"--json"_s});
        CHECK_OK(targets);
        QCOMPARE(targets.out, uR"({"added":[],"modified":["link"],"modified_details":[{"path":"link","target_after":"new","target_before":"a","what":["target"]}],"removed":[]})"_s
                                  + u'\n');
        Q_UNUSED(v3);

        // QTemporaryDir cannot remove a name that is not UTF-8.
        QVERIFY(::unlink(QString(project + u"/caf"_s).toLocal8Bit().append('\xe9').constData()) == 0);
        CHECK_ERROR(wfs({u"version"_s, u"diff"_s, project, u"1"_s, u"9"_s}), 1,
                    u"Project %1 has no version number 9"_s.arg(wfs.graph().idOf(u"project"_s, project)));
        CHECK_ERROR(wfs({u"version"_s, u"diff"_s, project, u"one"_s}), 2, u"'one' is not a version number"_s);
        CHECK_ERROR(wfs({u"version"_s, u"diff"_s, project}), 2,
                    u"wfs version diff takes PROJECT A [B]: version numbers; without B, the working folder"_s);
    }

    void restorePrintsProjectAndFolder()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString root = canonical(tmp.path());
        const QString project = root + u"/proj"_s;
        Project p{project, {}};
        QVERIFY(p.write(u"a.txt"_s, "alpha"));
        QVERIFY(p.write(u"sub/b.txt"_s, "beta"));
        QVERIFY(p.write(u"sub/c.txt"_s, "gamma"));
        QVERIFY(QFile::link(u"a.txt"_s, project + u"/link"_s));
        p.files.insert(u"link"_s, "-> a.txt");
        CREATE(v1, wfs, 1, project);

        const CliResult r = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s});
        CHECK_OK(r);
        QCOMPARE(r.err, QString());
        const QString folder = root + u"/proj, from ver. 1"_s;
        static const QRegularExpression line(u"^([1-9][0-9]*)\t(.*)\n$"_s);
        const QRegularExpressionMatch m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(2), folder);
        const qint64 restored = m.captured(1).toLongLong();
        Files expected = p.files;
        QVERIFY(QFileInfo(folder + u"/link"_s).isSymLink());
        QString difference = filesDifference(expected, readFiles(folder));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        GRAPH(g, wfs);
        QCOMPARE(g.node(restored).value(u"kind").toString(), u"project"_s);
        QCOMPARE(g.node(restored).value(u"path").toString(), folder);
        const QList<QJsonObject> tasks = g.ofKind(u"task"_s);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.front().value(u"title").toString(), u"Restore proj v1"_s);
        QCOMPARE(tasks.front().value(u"status").toString(), u"succeeded"_s);
        const qint64 task = tasks.front().value(u"id").toInteger();
        QCOMPARE(g.edgeSet(), EdgeSet({{v1, task}, {task, restored}}));

        // By id, into a folder of our choosing; again by default: " (2)".
        const QString chosen = root + u"/elsewhere/copy"_s;
        const CliResult byId = wfs({u"version"_s, u"restore"_s, project, u"--id"_s, id(v1), u"--to"_s, chosen});
        CHECK_OK(byId);
        QVERIFY2(byId.out.endsWith(u'\t' + chosen + u'\n'), qPrintable(byId.out));
        const CliResult again = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s});
        CHECK_OK(again);
        QVERIFY2(again.out.endsWith(u"\t%1/proj, from ver. 1 (2)\n"_s.arg(root)), qPrintable(again.out));

        // Not into a folder that holds something; that folder is left as it was.
        QVERIFY(writeFile(root + u"/busy/mine.txt"_s, "mine"));
        CHECK_ERROR(wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, root + u"/busy"_s}), 1,
                    u"%1/busy already exists and is not empty; restore into a new or empty folder"_s.arg(root));
        QCOMPARE(readFiles(root + u"/busy"_s), (Files{{u"mine.txt"_s, "mine"}}));

        // Content missing from the store: refused with the file named, or the rest with --skip-missing.
        QVERIFY(storetest::removeObject(storeOf(wfs.dir()), idOf("beta")));
        const QString target = root + u"/partial-copy"_s;
        const CliResult missing = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, target});
        CHECK_EXIT(missing, 1);
        QCOMPARE(missing.err, u"wfs: Version 1 cannot be restored: the content of 1 file(s) is missing from the store "
                              "(restore the rest with --skip-missing):\n  sub/b.txt\n"_s);
        QVERIFY(!QFileInfo::exists(target));
        const CliResult skipping = wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, target,
                                        u"--skip-missing"_s});
        CHECK_OK(skipping);
        QCOMPARE(skipping.err, u"skipped (content missing from the store): sub/b.txt\n"_s);
        QVERIFY2(skipping.out.endsWith(u'\t' + target + u'\n'), qPrintable(skipping.out));
        expected.remove(u"sub/b.txt"_s);
        difference = filesDifference(expected, readFiles(target));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        CHECK_ERROR(wfs({u"version"_s, u"restore"_s, project}), 2, u"name the version with --num N or with --id V"_s);
        CHECK_ERROR(wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--id"_s, id(v1)}), 2,
                    u"name the version with --num N or with --id V"_s);
        CHECK_ERROR(wfs({u"version"_s, u"restore"_s, project, u"--num"_s, u"0"_s}), 2,
                    u"--num takes a positive number, not '0'"_s);
    }

    void deleteNeedsConfirmation()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "1"));
        CREATE(v1, wfs, 1, project);
        QVERIFY(writeFile(project + u"/a"_s, "2"));
        CREATE(v2, wfs, 2, project);

        // No terminal to ask on (stdin is a closed pipe): refused, nothing deleted.
        CHECK_ERROR(wfs({u"version"_s, u"delete"_s, project, u"--num"_s, u"1"_s}), 2,
                    u"Deleting version 1 loses its history; confirm with --yes"_s);
        VERSIONS(kept, wfs, project);
        QCOMPARE(kept.size(), 2);

        const CliResult yes = wfs({u"version"_s, u"delete"_s, project, u"--num"_s, u"1"_s, u"--yes"_s});
        CHECK_OK(yes);
        QCOMPARE(yes.out, QString());
        QCOMPARE(yes.err, u"Deleted version 1; 'wfs store gc' frees content no version uses\n"_s);
        VERSIONS(left, wfs, project);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].toObject().value(u"id").toInteger(), v2);
        GRAPH(g, wfs);
        QVERIFY(g.node(v1).isEmpty());

        CHECK_ERROR(wfs({u"version"_s, u"delete"_s, project, u"--num"_s, u"1"_s, u"--yes"_s}), 1,
                    u"Project %1 has no version number 1"_s.arg(g.idOf(u"project"_s, project)));
        const CliResult byId = wfs({u"version"_s, u"delete"_s, project, u"--id"_s, id(v2), u"--yes"_s});
        CHECK_OK(byId);
        VERSIONS(none, wfs, project);
        QVERIFY(none.isEmpty());
    }

    void deletedVersionIdsAreNeverReused()
    {
        // Ids are the stable keys scripts and records keep ("--version-id 7"). After a version
        // is deleted, its id must never name another version: the input a script records with
        // it would silently be other content.
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "1"));
        CREATE(v1, wfs, 1, project);
        QVERIFY(writeFile(project + u"/a"_s, "2"));
        CREATE(v2, wfs, 2, project);
        CHECK_OK(wfs({u"version"_s, u"delete"_s, project, u"--id"_s, id(v2), u"--yes"_s}));
        QVERIFY(writeFile(project + u"/a"_s, "3"));
        const CliResult next = wfs({u"version"_s, u"create"_s, project});
        CHECK_OK(next);
        const qint64 v3 = next.out.section(u'\t', 0, 0).toLongLong();
        QVERIFY(v3 > 0);
        QVERIFY2(v3 != v2, qPrintable(u"the new version got the deleted version's id %1"_s.arg(v2)));
        QVERIFY(v3 != v1);
        CHECK_ERROR(wfs({u"version"_s, u"restore"_s, project, u"--id"_s, id(v2)}), 1,
                    u"There is no version with id %1 in this workspace"_s.arg(v2));
    }

    void deleteAsksOnATerminal()
    {
        // On a terminal (script(1) gives wfs one) delete asks, and only "yes" deletes.
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is not installed: no terminal to ask on");
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "1"));
        CREATE(v1, wfs, 1, project);
        Q_UNUSED(v1);
        const qint64 card = wfs.graph().idOf(u"project"_s, project);
        auto answer = [&](const QByteArray &reply) {
            QProcess p;
            p.setProcessEnvironment(cleanEnv());
            const QString command =
                u"'%1' --workspace '%2' version delete '%3' --num 1"_s.arg(CliHarness::wfsPath(), wfs.dir(), project);
            p.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
            p.waitForStarted();
            p.write(reply);
            p.closeWriteChannel();
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAll()));
        };
        const QString question = u"Delete version 1 of project %1? Its history will be lost: tasks that used it will no "
                                 "longer show which data they read. Type yes to delete: "_s.arg(card);
        const auto [noCode, noOut] = answer("no\n");
        QCOMPARE(noCode, 1);
        // The terminal echoes the answer where it arrives: before the question or right after it.
        const QRegularExpression refused(QRegularExpression::escape(question) + u"(no\r?\n)?Nothing was deleted"_s);
        QVERIFY2(refused.match(noOut).hasMatch(), qPrintable(noOut));
        VERSIONS(kept, wfs, project);
        QCOMPARE(kept.size(), 1);
        const auto [yesCode, yesOut] = answer("yes\n");
        QCOMPARE(yesCode, 0);
        QVERIFY2(yesOut.contains(question), qPrintable(yesOut));
        QVERIFY2(yesOut.contains(u"Deleted version 1; 'wfs store gc' frees content no version uses"_s), qPrintable(yesOut));
        VERSIONS(gone, wfs, project);
        QVERIFY(gone.isEmpty());
    }

    void storeLockKeepsGcApartFromWriters()
    {
        // create and restore share the store lock, gc takes it alone: a gc never removes what a
        // running create has staged. Held here the way a running create or gc would hold it.
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a"_s, "1"));
        CREATE(v1, wfs, 1, project);
        Q_UNUSED(v1);
        const int fd = ::open(QString(wfs.dir() + u"/store/lock"_s).toLocal8Bit().constData(), O_RDWR | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        auto start = [&](const QStringList &args) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(cleanEnv());
            p->start(CliHarness::wfsPath(), QStringList{u"--workspace"_s, wfs.dir()} + args);
            p->waitForStarted();
            return p;
        };

        QCOMPARE(::flock(fd, LOCK_SH), 0); // a create is running
        auto gc = start({u"store"_s, u"gc"_s});
        QVERIFY2(!gc->waitForFinished(800), "gc ran while a create held the store");
        auto verify = start({u"store"_s, u"verify"_s}); // readers share
        QVERIFY(verify->waitForFinished(30000));
        QCOMPARE(verify->exitCode(), 0);
        QCOMPARE(::flock(fd, LOCK_UN), 0);
        QVERIFY(gc->waitForFinished(30000));
        QCOMPARE(gc->exitCode(), 0);

        QCOMPARE(::flock(fd, LOCK_EX), 0); // a gc is running
        QVERIFY(writeFile(project + u"/a"_s, "2"));
        auto create = start({u"version"_s, u"create"_s, project});
        QVERIFY2(!create->waitForFinished(800), "create ran while gc held the store");
        QCOMPARE(::flock(fd, LOCK_UN), 0);
        ::close(fd);
        QVERIFY(create->waitForFinished(30000));
        QCOMPARE(create->exitCode(), 0);
        QVERIFY(QString::fromUtf8(create->readAllStandardOutput()).endsWith(u"\t2\n"_s));
        RESTORE_MATCHES(wfs, project, 2, tmp.filePath(u"check"_s), Files{{u"a"_s, "2"}});
    }

    void gcAndVerifyReport()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/keep"_s, "kept in both"));
        QVERIFY(writeFile(project + u"/old"_s, "only in the first"));
        CREATE(v1, wfs, 1, project);
        QVERIFY(QFile::remove(project + u"/old"_s));
        QVERIFY(writeFile(project + u"/new"_s, "only in the second"));
        CREATE(v2, wfs, 2, project);

        const CliResult clean = wfs({u"store"_s, u"verify"_s});
        CHECK_OK(clean);
        QCOMPARE(clean.out, u"Checked 5 object(s): 0 damaged, 0 missing\n"_s);
        const CliResult nothing = wfs({u"store"_s, u"gc"_s});
        CHECK_OK(nothing);
        QCOMPARE(nothing.out, u"Removed 0 object(s), 0 bytes\n"_s);

        QVERIFY(writeFile(wfs.dir() + u"/store/tmp/4242-1.tmp"_s, "left by a killed process"));
        const QMap<QByteArray, qint64> before = storeObjects(wfs.dir());
        QCOMPARE(before.size(), 5);
        CHECK_OK(wfs({u"version"_s, u"delete"_s, project, u"--id"_s, id(v1), u"--yes"_s}));
        const CliResult gc = wfs({u"store"_s, u"gc"_s});
        CHECK_OK(gc);
        const QMap<QByteArray, qint64> after = storeObjects(wfs.dir());
        QCOMPARE(after.size(), 3);
        qint64 freed = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                freed += it.value();
        }
        QVERIFY(freed > 17 && freed < 1000);
        QCOMPARE(gc.out, u"Removed 2 object(s), %1 bytes\nRemoved 1 leftover file(s) of interrupted work, 24 bytes\n"_s.arg(freed));
        QVERIFY(!storetest::isStored(storeOf(wfs.dir()), idOf("only in the first")));
        QVERIFY(storetest::isStored(storeOf(wfs.dir()), idOf("kept in both")));
        QVERIFY(storeFiles(wfs.dir(), u"tmp"_s).isEmpty());
        const CliResult verified = wfs({u"store"_s, u"verify"_s});
        CHECK_OK(verified);
        QCOMPARE(verified.out, u"Checked 3 object(s): 0 damaged, 0 missing\n"_s);
        RESTORE_MATCHES(wfs, project, 2, tmp.filePath(u"check"_s),
                       {{u"keep"_s, "kept in both"}, {u"new"_s, "only in the second"}});
        Q_UNUSED(v2);
    }

    void verifyFailsOnDamage()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/a.txt"_s, "alpha"));
        QVERIFY(writeFile(project + u"/sub/b.txt"_s, "beta"));
        CREATE(v1, wfs, 1, project);
        Q_UNUSED(v1);
        QVERIFY(storetest::damageObject(storeOf(wfs.dir()), idOf("alpha"), 4));
        const QString hex = QString::fromLatin1(wfs::Hash::of("alpha", 5).hex());
        const qint64 projectId = wfs.graph().idOf(u"project"_s, project);

        // The damaged object fails the restore, leaving no folder; --skip-missing skips it and says so.
        const QString target = tmp.filePath(u"restored"_s);
        const QStringList restoreArgs{u"version"_s, u"restore"_s, project, u"--num"_s, u"1"_s, u"--to"_s, target};
        const CliResult refused = wfs(restoreArgs);
        CHECK_EXIT(refused, 1);
        QVERIFY2(refused.err.contains(u"Object %1 in the store is damaged"_s.arg(hex)), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(target));
        const CliResult skipping = wfs(restoreArgs + QStringList{u"--skip-missing"_s});
        CHECK_OK(skipping);
        QVERIFY2(skipping.err.contains(u"skipped (content damaged in the store): a.txt"_s), qPrintable(skipping.err));
        QVERIFY(!QFileInfo::exists(target + u"/a.txt"_s));
        QCOMPARE(fileBytes(target + u"/sub/b.txt"_s), QByteArray("beta"));

        // Verify names what uses the damaged content, and moves it aside.
        const CliResult r = wfs({u"store"_s, u"verify"_s});
        CHECK_EXIT(r, 1);
        QCOMPARE(r.out, u"damaged: a.txt (version 1 of project %1)\nChecked 3 object(s): 1 damaged, 0 missing\n"_s.arg(projectId));
        QVERIFY(QFileInfo::exists(wfs.dir() + u"/store/damaged/"_s + hex));

        QVERIFY(storetest::removeObject(storeOf(wfs.dir()), idOf("beta")));
        const CliResult both = wfs({u"store"_s, u"verify"_s});
        CHECK_EXIT(both, 1);
        QCOMPARE(both.out, u"missing: a.txt (version 1 of project %1)\nmissing: sub/b.txt (version 1 of project %1)\n"
                           "Checked 1 object(s): 0 damaged, 2 missing\n"_s.arg(projectId));
    }

    // ---- auto-versioned inputs -------------------------------------------------------------------

    void autoVersionedInput()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/data.csv"_s, "a,b\n"));
        auto startTask = [&](const QString &title) {
            const CliResult r = wfs({u"task"_s, u"start"_s, title});
            return r.exitCode == 0 ? r.out.trimmed().toLongLong() : -1;
        };
        const qint64 t1 = startTask(u"First"_s);
        QVERIFY(t1 > 0);
        const QStringList input{u"input"_s, u"project"_s, project, u"--auto-version"_s, u"--task"_s};

        const CliResult first = wfs(input + QStringList{id(t1)});
        CHECK_OK(first);
        QCOMPARE(first.err, u"Created version 1 of %1\n"_s.arg(project));
        const qint64 v1 = first.out.trimmed().toLongLong();
        GRAPH(g1, wfs);
        const qint64 card = g1.idOf(u"project"_s, project);
        QCOMPARE(g1.node(v1).value(u"kind").toString(), u"project_version"_s);
        QCOMPARE(g1.node(v1).value(u"project").toInteger(), card);
        QCOMPARE(g1.node(v1).value(u"number").toInt(), 1);
        QCOMPARE(first.out, u"%1\n"_s.arg(v1));
        QCOMPARE(g1.edgeSet(), EdgeSet({{v1, t1}}));
        VERSIONS(one, wfs, project);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].toObject().value(u"description").toString(), u"Created automatically for a task's input"_s);

        // Unchanged: the same version, nothing said.
        const qint64 t2 = startTask(u"Second"_s);
        const CliResult same = wfs(input + QStringList{id(t2)});
        CHECK_OK(same);
        QCOMPARE(same.out, first.out);
        QCOMPARE(same.err, QString());
        VERSIONS(stillOne, wfs, project);
        QCOMPARE(stillOne.size(), 1);

        QVERIFY(writeFile(project + u"/data.csv"_s, "a,b\n1,2\n"));
        const CliResult changed = wfs(input + QStringList{id(t2)});
        CHECK_OK(changed);
        QCOMPARE(changed.err, u"Created version 2 of %1\n"_s.arg(project));
        const qint64 v2 = changed.out.trimmed().toLongLong();
        QVERIFY(v2 > 0 && v2 != v1);
        GRAPH(g2, wfs);
        QCOMPARE(g2.edgeSet(), EdgeSet({{v1, t1}, {v1, t2}, {v2, t2}}));
        QCOMPARE(g2.node(v2).value(u"number").toInt(), 2);

        CHECK_ERROR(wfs({u"input"_s, u"file"_s, project + u"/data.csv"_s, u"--auto-version"_s, u"--task"_s, id(t1)}), 2,
                    u"--auto-version is for input projects"_s);
        CHECK_ERROR(wfs(input + QStringList{id(t1), u"--version-num"_s, u"1"_s}), 2,
                    u"--auto-version makes the version itself; drop --version-id/--version-num"_s);
        CHECK_EXIT(wfs({u"output"_s, u"project"_s, project, u"--auto-version"_s, u"--task"_s, id(t1)}), 2);
        VERSIONS(two, wfs, project);
        QCOMPARE(two.size(), 2);
    }

    void runVersionsItsInputProject()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        QVERIFY(writeFile(project + u"/model.cfg"_s, "depth=3\n"));
        auto run = [&](const QString &name) {
            return wfs({u"run"_s, u"--name"_s, name, u"--in"_s, u"project:"_s + project, u"--"_s, u"true"_s});
        };
        auto taskId = [](const Graph &g, const QString &title) {
            for (const QJsonObject &t : g.ofKind(u"task"_s)) {
                if (t.value(u"title").toString() == title)
                    return t.value(u"id").toInteger();
            }
            return qint64(-1);
        };
        const CliResult a = run(u"A"_s);
        CHECK_OK(a);
        QVERIFY2(a.err.contains(u"Created version 1 of %1\n"_s.arg(project)), qPrintable(a.err));
        const CliResult b = run(u"B"_s);
        CHECK_OK(b);
        QVERIFY2(!b.err.contains(u"Created version"_s), qPrintable(b.err));
        QVERIFY(writeFile(project + u"/model.cfg"_s, "depth=4\n"));
        const CliResult c = run(u"C"_s);
        CHECK_OK(c);
        QVERIFY2(c.err.contains(u"Created version 2 of %1\n"_s.arg(project)), qPrintable(c.err));

        GRAPH(g, wfs);
        const QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 2);
        const qint64 v1 = versions[0].value(u"id").toInteger();
        const qint64 v2 = versions[1].value(u"id").toInteger();
        QCOMPARE(versions[0].value(u"number").toInt(), 1);
        QCOMPARE(versions[1].value(u"number").toInt(), 2);
        const qint64 card = g.idOf(u"project"_s, project);
        QCOMPARE(versions[0].value(u"project").toInteger(), card);
        QCOMPARE(g.edgeSet(), EdgeSet({{v1, taskId(g, u"A"_s)}, {v1, taskId(g, u"B"_s)}, {v2, taskId(g, u"C"_s)}}));

        // A project folder that vanished: no task, no version.
        QVERIFY(QDir(project).removeRecursively());
        const CliResult gone = run(u"D"_s);
        CHECK_EXIT(gone, 1);
        QVERIFY2(gone.err.contains(u"The project folder %1 does not exist or is not a folder"_s.arg(project)),
                 qPrintable(gone.err));
        GRAPH(after, wfs);
        QCOMPARE(after.ofKind(u"task"_s).size(), 3);
        QCOMPARE(after.ofKind(u"project_version"_s).size(), 2);
    }

    void concurrentCreatesMakeOneVersion()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString project = canonical(tmp.path()) + u"/proj"_s;
        Project p{project, {}};
        QVERIFY(p.generate(4, 100, 1, 5));
        CREATE(v1, wfs, 1, project);
        Q_UNUSED(v1);
        QVERIFY(p.write(u"d00/f0.dat"_s, "changed"));
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < 4; ++i) {
            procs.push_back(std::make_unique<QProcess>());
            procs.back()->setProcessEnvironment(cleanEnv());
            procs.back()->start(CliHarness::wfsPath(), {u"--workspace"_s, wfs.dir(), u"version"_s, u"create"_s, project});
        }
        QSet<QString> outs;
        int quiet = 0;
        for (auto &proc : procs) {
            QVERIFY(proc->waitForFinished(60000));
            const QString err = QString::fromUtf8(proc->readAllStandardError());
            QCOMPARE(proc->exitCode(), 0);
            outs.insert(QString::fromUtf8(proc->readAllStandardOutput()));
            if (err.isEmpty())
                ++quiet;
            else
                QCOMPARE(err, u"Nothing changed since version 2: no version was created; its id is printed\n"_s);
        }
        QCOMPARE(outs.size(), 1);
        QCOMPARE(quiet, 1); // exactly one made it
        VERSIONS(list, wfs, project);
        QCOMPARE(list.size(), 2);
        QCOMPARE(*outs.begin(), u"%1\t2\n"_s.arg(list[1].toObject().value(u"id").toInteger()));
        RESTORE_MATCHES(wfs, project, 2, tmp.filePath(u"check"_s), p.files);
    }

    // ---- killed at random points -----------------------------------------------------------------

    void killedCreateLeavesOnlyCompleteVersions()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        Project p{canonical(tmp.path()) + u"/proj"_s, {}};
        QVERIFY(p.generate(30, 100, 4, 1));
        QMap<QString, Files> expected; // by title
        CREATE(first, wfs, 1, p.dir, u"--title"_s, u"iteration 0"_s);
        Q_UNUSED(first);
        expected.insert(u"iteration 0"_s, p.files);

        // Each iteration changes one file, rewrites a large one and adds a folder of new files.
        auto change = [&](int i) {
            QRandomGenerator rng(1000 + i);
            bool ok = p.write(Project::smallName(i * 37 % 3000, 100), "changed in iteration " + QByteArray::number(i));
            ok = p.write(Project::bigName(i % 4), randomBytes(rng, 1 << 20)) && ok;
            for (int k = 0; k < 25; ++k)
                ok = p.write(u"added-%1/n%2"_s.arg(i).arg(k), randomBytes(rng, 64 + k)) && ok;
            expected.insert(u"iteration %1"_s.arg(i), p.files);
            return ok;
        };
        // A full create of such a change, measured first; then measured again after each kill by
        // the create that finishes the job, so that the kills spread over the whole run even
        // when the machine is slower than at first.
        QVERIFY(change(1));
        QElapsedTimer timer;
        timer.start();
        CREATE(measured, wfs, 2, p.dir, u"--title"_s, u"iteration 1"_s);
        Q_UNUSED(measured);
        int full = int(timer.elapsed()) + 1;
        const int firstFull = full;

        QRandomGenerator rng(20261122);
        int kills = 0;
        int committedBeforeKill = 0;
        QSet<int> checked{1, 2};
        const int iterations = 16;
        for (int i = 2; i < 2 + iterations; ++i) {
            QVERIFY(change(i));
            const QString title = u"iteration %1"_s.arg(i);
            const int delay = int(rng.bounded(full * 11 / 10 + 1));
            const Wfs::Outcome o = wfs.runAndKill({u"version"_s, u"create"_s, p.dir, u"--title"_s, title}, delay);
            QVERIFY2(o.killed || o.result.exitCode == 0, qPrintable(describe(o.result)));
            kills += o.killed;

            STORE_IS_SOUND(wfs);
            VERSIONS(versions, wfs, p.dir);
            for (qsizetype k = 0; k < versions.size(); ++k) {
                const QJsonObject v = versions[k].toObject();
                const int number = v.value(u"number").toInt();
                QCOMPARE(number, int(k) + 1); // no gaps: no half-made version took a number
                const QString vTitle = v.value(u"title").toString();
                QCOMPARE(vTitle, u"iteration %1"_s.arg(k));
                QCOMPARE(v.value(u"files").toInteger(), fileCount(expected[vTitle]));
                QCOMPARE(v.value(u"bytes").toInteger(), byteCount(expected[vTitle]));
                if (!checked.contains(number)) {
                    RESTORE_MATCHES(wfs, p.dir, number, tmp.filePath(u"check"_s), expected[vTitle]);
                    checked.insert(number);
                }
            }
            const bool committed = versions.size() == i + 1;
            QVERIFY2(committed || versions.size() == i, qPrintable(u"%1 versions"_s.arg(versions.size())));
            QVERIFY(committed || o.killed);
            committedBeforeKill += committed && o.killed;

            // The next create finishes the job, or finds it done.
            timer.restart();
            const CliResult next = wfs({u"version"_s, u"create"_s, p.dir, u"--title"_s, title});
            CHECK_OK(next);
            QVERIFY2(printedVersionId(next, i + 1) > 0, qPrintable(describe(next)));
            if (committed) {
                QCOMPARE(next.err, u"Nothing changed since version %1: no version was created; its id is printed\n"_s.arg(i + 1));
            } else {
                QCOMPARE(next.err, QString());
                full = int(timer.elapsed()) + 1;
            }
        }
        QVERIFY2(kills >= iterations / 3, qPrintable(u"only %1 of %2 creates were killed while running (full create: %3 ms)"_s
                                                         .arg(kills).arg(iterations).arg(full)));
        qInfo("create: %d of %d killed while running, %d of them after the version was committed; a full create "
              "took %d ms at first, %d ms at last", kills, iterations, committedBeforeKill, firstFull, full);

        // gc clears what killed creates left in store/tmp and keeps what versions use (verify
        // finds nothing missing; the first and the latest are restored again to be sure).
        CHECK_OK(wfs({u"store"_s, u"gc"_s}));
        QVERIFY(storeFiles(wfs.dir(), u"tmp"_s).isEmpty());
        STORE_IS_SOUND(wfs);
        VERSIONS(versions, wfs, p.dir);
        QCOMPARE(versions.size(), iterations + 2);
        for (const QJsonValue &v : {versions.first(), versions.last()}) {
            RESTORE_MATCHES(wfs, p.dir, v.toObject().value(u"number").toInt(), tmp.filePath(u"check"_s),
                            expected[v.toObject().value(u"title").toString()]);
        }
    }

    void killedRestoreLeavesNoHalfFolder()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        const QString root = canonical(tmp.path());
        Project p{root + u"/proj"_s, {}};
        QVERIFY(p.generate(30, 100, 4, 2));
        CREATE(v1, wfs, 1, p.dir);
        Q_UNUSED(v1);
        const QString targets = root + u"/targets"_s;
        QVERIFY(QDir().mkpath(targets));

        QElapsedTimer timer;
        timer.start();
        RESTORE_MATCHES(wfs, p.dir, 1, targets + u"/measured"_s, p.files);
        int full = int(timer.elapsed()) + 1; // then as long as the latest restore that ran to the end
        const int firstFull = full;

        QRandomGenerator rng(4711);
        int kills = 0;
        bool retried = false;
        const int iterations = 16;
        for (int i = 0; i < iterations; ++i) {
            const QString name = u"r%1"_s.arg(i);
            const QString target = targets + u'/' + name;
            const int delay = int(rng.bounded(full * 11 / 10 + 1));
            const Wfs::Outcome o = wfs.runAndKill({u"version"_s, u"restore"_s, p.dir, u"--num"_s, u"1"_s, u"--to"_s, target},
                                                  delay);
            kills += o.killed;
            if (!o.killed) {
                full = o.elapsedMs + 1;
                CHECK_OK(o.result);
                QVERIFY2(o.result.out.endsWith(u'\t' + target + u'\n'), qPrintable(o.result.out));
            }
            // The target is either absent or complete; a ".partial-PID" sibling may stay behind.
            if (QFileInfo::exists(target)) {
                const QString difference = filesDifference(p.files, readFiles(target));
                QVERIFY2(difference.isEmpty(), qPrintable(name + u": "_s + difference));
                QVERIFY(QDir(target).removeRecursively());
            } else {
                QVERIFY(o.killed);
                if (!retried) { // a killed restore does not stand in the way of the next
                    timer.restart();
                    RESTORE_MATCHES(wfs, p.dir, 1, target, p.files);
                    full = int(timer.elapsed()) + 1;
                    retried = true;
                }
            }
            static const QRegularExpression allowed(u"^r[0-9]+(\\.partial-[0-9]+)?$"_s);
            for (const QString &entry : QDir(targets).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                QVERIFY2(allowed.match(entry).hasMatch(), qPrintable(entry));
        }
        QVERIFY2(kills >= iterations / 3, qPrintable(u"only %1 of %2 restores were killed while running (full restore: %3 ms)"_s
                                                         .arg(kills).arg(iterations).arg(full)));
        qInfo("restore: %d of %d killed while running; a full restore took %d ms at first, %d ms at last", kills,
              iterations, firstFull, full);
        STORE_IS_SOUND(wfs);
        VERSIONS(versions, wfs, p.dir);
        QCOMPARE(versions.size(), 1);
    }

    void killedGcKeepsEveryVersion()
    {
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        Project p{canonical(tmp.path()) + u"/proj"_s, {}};
        QVERIFY(p.generate(6, 100, 0, 3));
        CREATE(v1, wfs, 1, p.dir);
        Q_UNUSED(v1);
        QMap<int, Files> expected{{1, p.files}};
        int latest = 1;
        // Each round: 300 files get new content, a version is made and the one before it (but
        // never version 1) deleted, so that gc has 300 objects and a manifest to remove.
        auto round = [&](int i) {
            bool ok = true;
            for (int k = 0; k < 300; ++k)
                ok = p.write(Project::smallName(k, 100),
                             "round " + QByteArray::number(i) + ", file " + QByteArray::number(k))
                     && ok;
            const CliResult r = wfs({u"version"_s, u"create"_s, p.dir});
            const int number = r.exitCode == 0 ? r.out.section(u'\t', 1).trimmed().toInt() : -1;
            if (!ok || number != latest + 1)
                return describe(r);
            expected.insert(number, p.files);
            if (latest != 1) {
                const CliResult d = wfs({u"version"_s, u"delete"_s, p.dir, u"--num"_s, id(latest), u"--yes"_s});
                if (d.exitCode != 0)
                    return describe(d);
                expected.remove(latest);
            }
            latest = number;
            return QString();
        };
        QString error = round(1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = round(2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto liveObjects = [&] { // distinct contents of the versions kept, and their manifests
            QSet<QByteArray> live;
            for (const Files &files : expected) {
                for (auto it = files.cbegin(); it != files.cend(); ++it) {
                    if (!it.key().endsWith(u'/'))
                        live.insert(it.value());
                }
            }
            return live.size() + expected.size();
        };
        QElapsedTimer timer;
        timer.start();
        const CliResult measured = wfs({u"store"_s, u"gc"_s});
        int full = int(timer.elapsed()) + 1; // then as long as the latest gc that ran to the end
        const int firstFull = full;
        CHECK_OK(measured);
        QVERIFY2(measured.out.startsWith(u"Removed 301 object(s), "_s), qPrintable(measured.out));
        QCOMPARE(storeObjects(wfs.dir()).size(), liveObjects());

        QRandomGenerator rng(1234);
        int kills = 0;
        const int iterations = 16;
        for (int i = 3; i < 3 + iterations; ++i) {
            error = round(i);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const Wfs::Outcome o = wfs.runAndKill({u"store"_s, u"gc"_s}, int(rng.bounded(full * 11 / 10 + 1)));
            kills += o.killed;
            if (!o.killed) {
                CHECK_OK(o.result);
                QVERIFY2(o.result.out.startsWith(u"Removed 301 object(s), "_s), qPrintable(o.result.out));
                full = o.elapsedMs + 1;
            }
            STORE_IS_SOUND(wfs);
            VERSIONS(versions, wfs, p.dir);
            QCOMPARE(versions.size(), 2);
            for (const QJsonValue &v : versions) {
                const int number = v.toObject().value(u"number").toInt();
                QVERIFY2(expected.contains(number), qPrintable(u"unexpected version %1"_s.arg(number)));
                RESTORE_MATCHES(wfs, p.dir, number, tmp.filePath(u"check"_s), expected[number]);
            }
            // The next gc removes the rest and only that: what is left is exactly what the two
            // versions use.
            const CliResult next = wfs({u"store"_s, u"gc"_s});
            CHECK_OK(next);
            QCOMPARE(storeObjects(wfs.dir()).size(), liveObjects());
            QVERIFY(storeFiles(wfs.dir(), u"tmp"_s).isEmpty());
        }
        QVERIFY2(kills >= iterations / 3, qPrintable(u"only %1 of %2 gc runs were killed while running (full gc: %3 ms)"_s
                                                         .arg(kills).arg(iterations).arg(full)));
        qInfo("gc: %d of %d killed while running; a full gc took %d ms at first, %d ms at last", kills, iterations,
              firstFull, full);
    }

    void createAfterAKilledGcStoresItsContent()
    {
        // gc removes content no version uses. A create right after a gc killed half-way must
        // store that content again, never trust what remembered it (the stat cache) and make a
        // version whose content is gone.
        QTemporaryDir tmp;
        const Wfs wfs(tmp.filePath(u"ws"_s));
        Project p{canonical(tmp.path()) + u"/proj"_s, {}};
        QVERIFY(p.generate(10, 100, 0, 6));
        QTest::qSleep(1100); // no file is racy: the stat cache vouches for every one
        CREATE(v1, wfs, 1, p.dir);
        Q_UNUSED(v1);
        CHECK_OK(wfs({u"version"_s, u"delete"_s, p.dir, u"--num"_s, u"1"_s, u"--yes"_s}));
        QElapsedTimer timer;
        timer.start();
        const CliResult measured = wfs({u"store"_s, u"gc"_s});
        int full = int(timer.elapsed()) + 1;
        CHECK_OK(measured);
        QVERIFY2(measured.out.startsWith(u"Removed 1001 object(s), "_s), qPrintable(measured.out));

        QRandomGenerator rng(99);
        int kills = 0;
        const int iterations = 10;
        for (int i = 0; i < iterations; ++i) {
            const CliResult created = wfs({u"version"_s, u"create"_s, p.dir});
            CHECK_OK(created);
            STORE_IS_SOUND(wfs);
            const int number = created.out.section(u'\t', 1).trimmed().toInt();
            RESTORE_MATCHES(wfs, p.dir, number, tmp.filePath(u"check"_s), p.files);
            CHECK_OK(wfs({u"version"_s, u"delete"_s, p.dir, u"--num"_s, id(number), u"--yes"_s}));
            const Wfs::Outcome o = wfs.runAndKill({u"store"_s, u"gc"_s}, int(rng.bounded(full * 11 / 10 + 1)));
            kills += o.killed;
            if (!o.killed) {
                CHECK_OK(o.result);
                full = o.elapsedMs + 1;
            }
        }
        const CliResult last = wfs({u"version"_s, u"create"_s, p.dir});
        CHECK_OK(last);
        STORE_IS_SOUND(wfs);
        QVERIFY2(kills >= iterations / 3,
                 qPrintable(u"only %1 of %2 gc runs were killed while running"_s.arg(kills).arg(iterations)));
    }
};

QTEST_GUILESS_MAIN(TestVersionCli)
#include "tst_versioncli.moc"
