// The remote object store on a real S3 server (s3rver on 127.0.0.1, started here) and on a real
// shared folder, with the same cases: objects round-trip byte for byte (keys with odd
// characters, from memory and from files), lists page through, a big file goes up in parts,
// and failures (missing key, wrong bucket, wrong key id, server down) are one line naming the
// remote and the HTTP status, never a secret. awscli reads back what we wrote.

#include "tests/RemoteTestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace wfs::remote;
using namespace Qt::StringLiterals;

namespace {

const QString bucket = u"wfs-test"_s;
const Access s3rverAccess{{"S3RVER", "S3RVER", {}}, "us-east-1"};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(gen.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// A port that was free a moment ago: nothing answers there.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
                    && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0;
    ::close(fd);
    return ok ? ntohs(addr.sin_port) : 0;
}

RemoteError failureOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const RemoteError &e) {
        return e;
    }
    return RemoteError(u"no error"_s, -1, {});
}

} // namespace

class TestS3Store : public QObject
{
    Q_OBJECT

    remotetest::Remotes m_remotes{bucket};
    QTemporaryDir m_tmp;

    std::unique_ptr<RemoteStore> store(const QString &kind, const QString &name) { return m_remotes.open(kind, name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_remotes.start(&error), qPrintable(error));
    }

    void roundTrip_data() { remotetest::Remotes::backends(); }
    void roundTrip()
    {
        QFETCH(QString, kind);
        auto s = store(kind, u"round/trip"_s);
        const QByteArray small = "hello";
        const QByteArray big = randomBytes(3 * 1024 * 1024 + 7, 1);
        const QStringList odd{u"a b/c$d+e=f&g.txt"_s, u"ключ/é ü"_s, u"x/(1)!'*~;,@:"_s, u"empty"_s};
        std::vector<Transfer> batch;
        for (const QString &key : odd)
            batch.push_back({Transfer::Kind::PutData, key, key == u"empty" ? QByteArray() : key.toUtf8() + small, {}});
        const QString bigPath = m_tmp.filePath(u"big-%1.bin"_s.arg(kind));
        QVERIFY(writeFile(bigPath, big));
        batch.push_back({Transfer::Kind::PutFile, u"files/big.bin"_s, {}, bigPath});
        s->run(batch);

        for (const QString &key : odd)
            QCOMPARE(s->get(key), key == u"empty" ? QByteArray() : key.toUtf8() + small);
        const QString back = m_tmp.filePath(u"back-%1.bin"_s.arg(kind));
        s->getFile(u"files/big.bin"_s, back);
        QVERIFY(readFile(back) == big);

        // Overwriting replaces the whole object.
        s->put(u"empty"_s, "now full");
        QCOMPARE(s->get(u"empty"_s), QByteArray("now full"));

        const std::vector<RemoteObject> all = s->list({});
        QStringList keys;
        for (const RemoteObject &o : all)
            keys << o.key;
        QStringList expected = odd + QStringList{u"files/big.bin"_s};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(std::find_if(all.begin(), all.end(), [](auto &o) { return o.key == u"files/big.bin"; })->size, big.size());

        s->remove(u"empty"_s);
        s->remove(u"empty"_s); // absent: not an error
        QCOMPARE(qsizetype(s->list({}).size()), expected.size() - 1);
    }

    void listPagesAndPrefixes_data() { remotetest::Remotes::backends(); }
    void listPagesAndPrefixes()
    {
        QFETCH(QString, kind);
        auto s = store(kind, u"paged"_s);
        if (auto *s3 = dynamic_cast<S3Store *>(s.get()))
            s3->setListPageSize(7); // 25 objects: four pages
        std::vector<Transfer> batch;
        for (int i = 0; i < 25; ++i)
            batch.push_back({Transfer::Kind::PutData, u"manifests/%1"_s.arg(i, 3, 10, QChar(u'0')), QByteArray::number(i), {}});
        batch.push_back({Transfer::Kind::PutData, u"manifestsX"_s, "x", {}});
        batch.push_back({Transfer::Kind::PutData, u"packs/p1"_s, "p", {}});
        s->run(batch);

        const auto manifests = s->list(u"manifests/"_s);
        QCOMPARE(int(manifests.size()), 25);
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(manifests[std::size_t(i)].key, u"manifests/%1"_s.arg(i, 3, 10, QChar(u'0')));
            QCOMPARE(manifests[std::size_t(i)].size, qint64(QByteArray::number(i).size()));
        }
        QCOMPARE(int(s->list(u"manifests"_s).size()), 26);
        QCOMPARE(int(s->list(u"packs/"_s).size()), 1);
        QVERIFY(s->list(u"nothing/"_s).empty());
        QCOMPARE(int(s->list({}).size()), 27);
    }

    void bigFileInParts_data() { remotetest::Remotes::backends(); }
    void bigFileInParts()
    {
        QFETCH(QString, kind);
        auto s = store(kind, u"multi"_s);
        if (auto *s3 = dynamic_cast<S3Store *>(s.get()))
            s3->setPartSize(5 * 1024 * 1024); // 12 MB: three parts, the last one short
        const QByteArray data = randomBytes(12 * 1024 * 1024 + 123, 2);
        const QString path = m_tmp.filePath(u"multi-%1.bin"_s.arg(kind));
        QVERIFY(writeFile(path, data));
        s->putFile(u"packs/big.pack"_s, path);
        QVERIFY(s->get(u"packs/big.pack"_s) == data);
        QCOMPARE(s->list(u"packs/"_s).front().size, data.size());
        if (kind != u"s3")
            return;
        // A plain S3 object: awscli lists it under the remote's prefix and copies it back whole.
        const S3rver::Run ls = m_remotes.server().aws({u"s3"_s, u"ls"_s, u"--recursive"_s, u"s3://%1/multi/"_s.arg(bucket)});
        QVERIFY2(ls.exitCode == 0, ls.err.constData());
        QVERIFY2(ls.out.contains("multi/packs/big.pack"), ls.out.constData());
        QVERIFY2(ls.out.contains(QByteArray::number(data.size())), ls.out.constData());
        const QString copy = m_tmp.filePath(u"aws-copy.bin"_s);
        const S3rver::Run cp = m_remotes.server().aws({u"s3"_s, u"cp"_s, u"s3://%1/multi/packs/big.pack"_s.arg(bucket), copy});
        QVERIFY2(cp.exitCode == 0, cp.err.constData());
        QVERIFY(readFile(copy) == data);
    }

    void awsReadsOddKeys()
    {
        auto s = store(u"s3"_s, u"odd"_s);
        s->put(u"a b/c$d+e.txt"_s, "odd key");
        const QString copy = m_tmp.filePath(u"odd-copy.txt"_s);
        const S3rver::Run cp = m_remotes.server().aws({u"s3"_s, u"cp"_s, u"s3://%1/odd/a b/c$d+e.txt"_s.arg(bucket), copy});
        QVERIFY2(cp.exitCode == 0, cp.err.constData());
        QCOMPARE(readFile(copy), QByteArray("odd key"));
    }

    void byteRanges_data() { remotetest::Remotes::backends(); }
    void byteRanges()
    {
        QFETCH(QString, kind);
        auto s = store(kind, u"ranges"_s);
        const QByteArray data = randomBytes(100000, 3);
        s->put(u"packs/p.pack"_s, data);
        QVERIFY(s->getRange(u"packs/p.pack"_s, 0, 10) == data.left(10));
        QVERIFY(s->getRange(u"packs/p.pack"_s, 12345, 54321) == data.mid(12345, 54321));
        QVERIFY(s->getRange(u"packs/p.pack"_s, 99990, 100) == data.mid(99990)); // past the end: what there is
        QVERIFY(s->getRange(u"packs/p.pack"_s, 99000, -1) == data.mid(99000));
        QVERIFY(s->getRange(u"packs/p.pack"_s, 5, 0).isEmpty());
        // Many ranges of one object at once, as a restore reads objects out of a pack.
        std::vector<Transfer> batch;
        for (int i = 0; i < 40; ++i) {
            Transfer t{Transfer::Kind::GetData, u"packs/p.pack"_s, {}, {}};
            t.offset = i * 2500;
            t.length = 2500;
            batch.push_back(t);
        }
        s->run(batch);
        for (int i = 0; i < 40; ++i)
            QVERIFY(batch[std::size_t(i)].data == data.mid(i * 2500, 2500));
    }

    void missingKey_data() { remotetest::Remotes::backends(); }
    void missingKey()
    {
        QFETCH(QString, kind);
        auto s = store(kind, u"missing"_s);
        const RemoteError e = failureOf([&] { s->get(u"manifests/none"_s); });
        QVERIFY2(e.notFound(), qPrintable(e.message()));
        QVERIFY(e.message().contains(u"team"_s));
        QVERIFY(e.message().contains(u"manifests/none"_s));
        // A failed download leaves no file behind.
        const QString path = m_tmp.filePath(u"never-%1"_s.arg(kind));
        QVERIFY(failureOf([&] { s->getFile(u"manifests/none"_s, path); }).notFound());
        QVERIFY(!QFile::exists(path));
    }

    void wrongBucket()
    {
        RemoteSpec spec{u"team"_s, u"s3://no-such-bucket/x"_s, m_remotes.server().endpoint(), {}, true};
        S3Store s(spec, s3rverAccess);
        const RemoteError e = failureOf([&] { s.put(u"a"_s, "a"); });
        QCOMPARE(e.httpStatus(), 404);
        QCOMPARE(e.code(), u"NoSuchBucket"_s);
        QVERIFY(!e.notFound());
        QCOMPARE(e.message(), u"remote team: PUT a: HTTP 404 NoSuchBucket"_s);
        QCOMPARE(failureOf([&] { s.list({}); }).httpStatus(), 404);
    }

    void wrongKeyIdNamesNoSecret()
    {
        RemoteSpec spec{u"team"_s, u"s3://%1"_s.arg(bucket), m_remotes.server().endpoint(), {}, true};
        S3Store s(spec, Access{{"WRONGKEY", "very-secret-value", {}}, "us-east-1"});
        const RemoteError e = failureOf([&] { s.get(u"a"_s); });
        QCOMPARE(e.httpStatus(), 403);
        QCOMPARE(e.code(), u"InvalidAccessKeyId"_s);
        QVERIFY(!e.message().contains(u"very-secret-value"_s));
        QVERIFY(!e.message().contains(u'\n'));
    }

    void serverDown()
    {
        const int port = closedPort();
        QVERIFY(port > 0);
        RemoteSpec spec{u"team"_s, u"s3://%1"_s.arg(bucket), u"http://127.0.0.1:%1"_s.arg(port), {}, true};
        S3Store s(spec, s3rverAccess);
        const RemoteError e = failureOf([&] { s.put(u"a"_s, "a"); });
        QCOMPARE(e.httpStatus(), 0);
        QVERIFY2(e.message().startsWith(u"remote team (http://127.0.0.1:%1): PUT a: no answer: "_s.arg(port)),
                 qPrintable(e.message()));
        QVERIFY(!e.message().contains(u'\n'));
    }

    void folderRemoteMissingOrTemporary()
    {
        FileStore gone(RemoteSpec{u"nas"_s, u"file://"_s + m_tmp.filePath(u"not-mounted"_s), {}, {}, true});
        const RemoteError e = failureOf([&] { gone.put(u"a"_s, "a"); });
        QCOMPARE(e.code(), u"NoSuchBucket"_s);
        QVERIFY(e.message().startsWith(u"remote nas: the folder "_s));
        QVERIFY(!QFile::exists(m_tmp.filePath(u"not-mounted"_s)));

        // A temporary file a killed writer left is not an object.
        auto s = store(u"file"_s, u"temporaries"_s);
        s->put(u"packs/a"_s, "a");
        const QString root = static_cast<FileStore *>(s.get())->spec().location().path;
        QVERIFY(writeFile(root + u"/packs/.wfs-tmp-123-0"_s, "half"));
        QCOMPARE(int(s->list({}).size()), 1);
    }

    void addressing()
    {
        // AWS itself: virtual-hosted, unless a dot in the bucket's name would break TLS.
        S3Store aws(RemoteSpec{u"a"_s, u"s3://my-bucket/team"_s, {}, {}, true}, Access{{"k", "s", {}}, "eu-central-1"});
        const auto t = aws.target(u"packs/a b"_s, {{"x-id", "1"}});
        QCOMPARE(t.host, QByteArray("my-bucket.s3.eu-central-1.amazonaws.com"));
        QCOMPARE(t.url, QByteArray("https://my-bucket.s3.eu-central-1.amazonaws.com/team/packs/a%20b?x-id=1"));
        QCOMPARE(aws.target({}).path, QByteArray("/"));
        S3Store dotted(RemoteSpec{u"a"_s, u"s3://my.bucket"_s, {}, {}, true}, Access{{"k", "s", {}}, "us-east-1"});
        QCOMPARE(dotted.target(u"k"_s).url, QByteArray("https://s3.us-east-1.amazonaws.com/my.bucket/k"));
        // Another server: path-style, its own scheme and port.
        S3Store minio(RemoteSpec{u"a"_s, u"s3://bkt/p"_s, u"http://10.0.0.5:9000"_s, {}, true}, Access{{"k", "s", {}}, "us-east-1"});
        QCOMPARE(minio.target(u"k"_s).url, QByteArray("http://10.0.0.5:9000/bkt/p/k"));
        QCOMPARE(minio.target(u"k"_s).host, QByteArray("10.0.0.5:9000"));
        QCOMPARE(minio.target({}, {{"list-type", "2"}}).url, QByteArray("http://10.0.0.5:9000/bkt?list-type=2"));
    }

    void badKeysRefused()
    {
        auto s = store(u"file"_s, u"badkeys"_s);
        for (const QString &key : {u""_s, u"/abs"_s, u"a//b"_s, u"../up"_s, u"a/../b"_s, u"a/."_s, u"dir/"_s}) {
            bool refused = false;
            try {
                s->put(key, "x");
            } catch (const wfs::Error &e) {
                refused = e.kind() == wfs::Error::Kind::Usage;
            }
            QVERIFY2(refused, qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestS3Store)
#include "tst_s3store.moc"
