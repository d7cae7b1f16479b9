// `wfs push` through the real program to a real s3rver and to a real shared folder: versions
// land as content (packs, big files alone), manifests and records whose every byte matches the
// project's files; pushing again sends nothing; a push that stopped before a version's record
// is completed without sending content twice; a wrong bucket or a server that is down is one
// line naming the remote, exit 1.

#include "model/remote/RemoteContent.h"
#include "model/remote/RemoteRestore.h"
#include "tests/CliTestSupport.h"
#include "tests/RemoteTestSupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace wfstest;
using namespace wfs::remote;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(gen.bounded(256));
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestRemotePush : public QObject
{
    Q_OBJECT

    remotetest::Remotes m_remotes{u"wfs-push"_s};
    int m_cases = 0;

    QProcessEnvironment awsEnv() const
    {
        QProcessEnvironment env;
        env.insert(u"AWS_ACCESS_KEY_ID"_s, u"S3RVER"_s);
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"S3RVER"_s);
        env.insert(u"AWS_PROFILE"_s, QString());
        return cleanEnv(env);
    }

    CliResult wfs(const QString &ws, const QStringList &args) const { return CliHarness(ws).run(args, awsEnv()); }

    // A workspace with the remote "team" for this case, and the store to look at it with.
    std::pair<QString, std::unique_ptr<RemoteStore>> workspaceWithRemote(const QString &kind)
    {
        const QString name = u"case%1"_s.arg(++m_cases);
        auto store = m_remotes.open(kind, name);
        const QString ws = m_remotes.path(u"ws-"_s + name);
        QStringList add{u"remote"_s, u"add"_s, u"team"_s, store->spec().url};
        if (kind == u"s3")
            add << u"--endpoint-url"_s << m_remotes.server().endpoint();
        const CliResult r = wfs(ws, add);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        return {ws, std::move(store)};
    }

    // Every file of every record's manifest, fetched from the remote and verified there. A
    // failure to read them is a test failure with its message (an exception escaping a test
    // function would abort the whole suite without saying why).
    static QMap<QString, QByteArray> filesOf(RemoteStore &store, const QString &record)
    {
        try {
            return readFilesOf(store, record);
        } catch (const wfs::Error &e) {
            QTest::qFail(qPrintable(u"reading %1 back failed: %2"_s.arg(record, e.message())), __FILE__, __LINE__);
        } catch (const std::exception &e) {
            QTest::qFail(qPrintable(u"reading %1 back failed: %2"_s.arg(record, QString::fromUtf8(e.what()))), __FILE__, __LINE__);
        }
        return {};
    }

    static QMap<QString, QByteArray> readFilesOf(RemoteStore &store, const QString &record)
    {
        const QJsonObject rec = json(store.get(record));
        const QJsonObject manifest = json(store.get(rec.value(u"manifest").toString()));
        RemoteContent content(store);
        content.load();
        std::vector<std::pair<QString, ContentId>> wanted;
        for (const QJsonValue v : manifest.value(u"entries").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"type").toString() == u"file")
                wanted.emplace_back(e.value(u"path").toString(), *ContentId::fromHex(e.value(u"sha256").toString().toLatin1()));
        }
        std::vector<ContentId> ids;
        for (const auto &w : wanted)
            ids.push_back(w.second);
        const auto fetched = content.fetch(ids);
        QMap<QString, QByteArray> files;
        for (const auto &[path, id] : wanted)
            files.insert(path, fetched.at(id));
        return files;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_remotes.start(&error), qPrintable(error));
    }

    void pushVersions_data() { remotetest::Remotes::backends(); }
    void pushVersions()
    {
        QFETCH(QString, kind);
        auto [ws, store] = workspaceWithRemote(kind);
        const QString project = m_remotes.path(u"project-%1"_s.arg(kind));
        write(project + u"/a.txt"_s, "alpha");
        write(project + u"/sub/b.bin"_s, randomBytes(10000, 1));
        write(project + u"/big.bin"_s, randomBytes(5 * 1024 * 1024, 2));
        QVERIFY(QFile::link(u"a.txt"_s, project + u"/link"_s));
        QVERIFY(QDir().mkpath(project + u"/empty"_s));
        QCOMPARE(wfs(ws, {u"version"_s, u"create"_s, project}).exitCode, 0);
        write(project + u"/sub/b.bin"_s, randomBytes(10000, 3));
        QCOMPARE(wfs(ws, {u"version"_s, u"create"_s, project}).exitCode, 0);

        CliResult r = wfs(ws, {u"push"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.section(u'\n', 0, 0), u"Pushed 2 version(s) to team: 4 object(s) sent in 1 pack(s) and 1 alone; 0 version(s) were there"_s);

        std::vector<RemoteObject> records = store->list(u"versions/"_s);
        QCOMPARE(int(records.size()), 2);
        QCOMPARE(int(store->list(u"objects/"_s).size()), 1); // the big file, alone
        // The second version is what the folder holds now, byte for byte, read from the remote.
        const QMap<QString, QByteArray> files = filesOf(*store, records[1].key);
        QCOMPARE(files.keys(), (QStringList{u"a.txt"_s, u"big.bin"_s, u"sub/b.bin"_s}));
        for (auto it = files.begin(); it != files.end(); ++it)
            QVERIFY2(it.value() == fileBytes(project + u'/' + it.key()), qPrintable(it.key()));
        const QJsonObject rec = json(store->get(records[1].key));
        QCOMPARE(rec.value(u"number").toInt(), 2);
        QCOMPARE(rec.value(u"files").toInt(), 3);

        // Restored from the remote alone: the same bytes, link, empty folder and modes.
        const QString restored = m_remotes.path(u"restored-%1"_s.arg(kind));
        restoreFromRemote(*store, records[1].key, restored);
        for (const QString &name : {u"a.txt"_s, u"big.bin"_s, u"sub/b.bin"_s})
            QVERIFY2(fileBytes(restored + u'/' + name) == fileBytes(project + u'/' + name), qPrintable(name));
        QCOMPARE(QFileInfo(restored + u"/link"_s).symLinkTarget(), QFileInfo(restored + u"/a.txt"_s).absoluteFilePath());
        QVERIFY(QFileInfo(restored + u"/empty"_s).isDir());
        QCOMPARE(QFileInfo(restored + u"/big.bin"_s).permissions(), QFileInfo(project + u"/big.bin"_s).permissions());
        QCOMPARE(QFileInfo(restored + u"/a.txt"_s).lastModified(), QFileInfo(project + u"/a.txt"_s).lastModified());

        // Nothing new: nothing sent.
        r = wfs(ws, {u"push"_s, u"--remote"_s, u"team"_s});
        QCOMPARE(r.out.section(u'\n', 0, 0), u"Pushed 0 version(s) to team: 0 object(s) sent in 0 pack(s) and 0 alone; 2 version(s) were there"_s);

        // As if killed after the content and manifest but before the record: the next push
        // writes the record and sends no content again.
        store->remove(records[1].key);
        r = wfs(ws, {u"push"_s});
        QCOMPARE(r.out.section(u'\n', 0, 0), u"Pushed 1 version(s) to team: 0 object(s) sent in 0 pack(s) and 0 alone; 1 version(s) were there"_s);
        QCOMPARE(int(store->list(u"versions/"_s).size()), 2);

        // A third version sends only what changed.
        write(project + u"/a.txt"_s, "beta");
        QCOMPARE(wfs(ws, {u"version"_s, u"create"_s, project}).exitCode, 0);
        r = wfs(ws, {u"push"_s});
        QCOMPARE(r.out.section(u'\n', 0, 0), u"Pushed 1 version(s) to team: 1 object(s) sent in 1 pack(s) and 0 alone; 2 version(s) were there"_s);
    }

    void tamperedContentRestoresNothing_data() { remotetest::Remotes::backends(); }
    void tamperedContentRestoresNothing()
    {
        QFETCH(QString, kind);
        auto [ws, store] = workspaceWithRemote(kind);
        const QString project = m_remotes.path(u"tampered-%1"_s.arg(kind));
        write(project + u"/one.txt"_s, "the first file");
        write(project + u"/two.txt"_s, "the second file");
        write(project + u"/big.bin"_s, randomBytes(5 * 1024 * 1024, 5));
        QCOMPARE(wfs(ws, {u"version"_s, u"create"_s, project}).exitCode, 0);
        QCOMPARE(wfs(ws, {u"push"_s}).exitCode, 0);
        // Someone with write access changes "second" to "SECOND" inside the pack.
        QString packKey;
        QByteArray original;
        for (const RemoteObject &o : store->list(u"packs/"_s)) {
            if (!o.key.endsWith(u".pack"_s))
                continue;
            packKey = o.key;
            original = store->get(o.key);
            store->put(o.key, QByteArray(original).replace("second", "SECOND"));
        }
        const QString record = store->list(u"versions/"_s).front().key;
        const QString target = m_remotes.path(u"tampered-restore-%1"_s.arg(kind));
        const QString error = remotetest::errorOf([&] { restoreFromRemote(*store, record, target); });
        QVERIFY2(error.startsWith(u"two.txt: team packs/"_s) && error.endsWith(u"does not match its content id (damaged or tampered with)"_s),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(target));

        // The same for a big file stored alone: one byte changed, nothing lands.
        store->put(packKey, original);
        const QString bigKey = store->list(u"objects/"_s).front().key;
        QByteArray big = store->get(bigKey);
        big[4096] = char(big[4096] ^ 1);
        store->put(bigKey, big);
        const QString bigError = remotetest::errorOf([&] { restoreFromRemote(*store, record, target); });
        QCOMPARE(bigError, u"big.bin: team %1 does not match its content id (damaged or tampered with)"_s.arg(bigKey));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(QFileInfo(target).path()).entryList({u".wfs-restore-*"_s}, QDir::Hidden | QDir::Files), QStringList());
    }

    // kill -9 at several moments of a push: whatever it left, no record names missing content,
    // and the next push completes the version, which then restores byte for byte.
    void killedPushCompletesNextTime()
    {
        auto [ws, store] = workspaceWithRemote(u"s3"_s);
        const QString project = m_remotes.path(u"killed"_s);
        for (int i = 0; i < 1500; ++i)
            write(project + u"/d%1/f%2.txt"_s.arg(i % 10).arg(i), "file " + QByteArray::number(i).repeated(20));
        write(project + u"/big.bin"_s, randomBytes(6 * 1024 * 1024, 4));
        QCOMPARE(wfs(ws, {u"version"_s, u"create"_s, project}).exitCode, 0);

        for (const int afterMs : {150, 400, 900}) {
            QProcess p;
            p.setProcessEnvironment(awsEnv());
            p.start(CliHarness::wfsPath(), {u"--workspace"_s, ws, u"push"_s});
            QVERIFY(p.waitForStarted());
            QTest::qWait(afterMs);
            p.kill(); // SIGKILL
            p.waitForFinished();
            // Consistent whatever the moment: each record's manifest and content are all there.
            for (const RemoteObject &record : store->list(u"versions/"_s)) {
                // S3 keeps nothing of a PUT cut short; s3rver streams the body into its file as it
                // comes and keeps what arrived (lib/stores/filesystem.js putObject). Such a body is
                // not a record; one that parses is, and must name content that is all there.
                QJsonParseError parsed;
                QJsonDocument::fromJson(store->get(record.key), &parsed);
                if (parsed.error != QJsonParseError::NoError)
                    continue;
                const QMap<QString, QByteArray> files = filesOf(*store, record.key);
                QCOMPARE(files.size(), 1501);
            }
        }
        const CliResult r = wfs(ws, {u"push"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const std::vector<RemoteObject> records = store->list(u"versions/"_s);
        QCOMPARE(int(records.size()), 1);
        const QString restored = m_remotes.path(u"killed-restored"_s);
        restoreFromRemote(*store, records.front().key, restored);
        QVERIFY(fileBytes(restored + u"/big.bin"_s) == fileBytes(project + u"/big.bin"_s));
        QCOMPARE(fileBytes(restored + u"/d7/f1497.txt"_s), fileBytes(project + u"/d7/f1497.txt"_s));
    }

    void failuresAreOneLine()
    {
        const QString ws = m_remotes.path(u"ws-failures"_s);
        QCOMPARE(wfs(ws, {u"remote"_s, u"add"_s, u"nobucket"_s, u"s3://no-such-bucket"_s, u"--endpoint-url"_s,
                          m_remotes.server().endpoint()}).exitCode, 0);
        CliResult r = wfs(ws, {u"push"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"wfs: remote nobucket: GET the bucket: HTTP 404 NoSuchBucket\n"_s);

        QCOMPARE(wfs(ws, {u"remote"_s, u"add"_s, u"down"_s, u"s3://bkt"_s, u"--endpoint-url"_s, u"http://127.0.0.1:1"_s}).exitCode, 0);
        r = wfs(ws, {u"push"_s, u"--remote"_s, u"down"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneErrorLine(r) && r.err.startsWith(u"wfs: remote down (http://127.0.0.1:1): GET the bucket: no answer: "_s),
                 qPrintable(r.err));

        r = wfs(ws, {u"push"_s, u"--remote"_s, u"elsewhere"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"wfs: No remote named elsewhere; known remotes: nobucket, down\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRemotePush)
#include "tst_remotepush.moc"
