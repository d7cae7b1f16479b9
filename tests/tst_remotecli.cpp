// `wfs remote add/list/remove` on a real workspace through the real program, and where a
// remote's credentials and region come from (environment, AWS_PROFILE, ~/.aws files).

#include "model/core/Error.h"
#include "model/remote/AwsConfig.h"
#include "tests/CliTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wfstest;
using namespace wfs::remote;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Sets (or, with an empty value, unsets) environment variables for one scope.
class EnvScope
{
public:
    EnvScope(std::initializer_list<std::pair<const char *, QByteArray>> vars)
    {
        for (const auto &[name, value] : vars) {
            m_saved.push_back({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            value.isEmpty() ? qunsetenv(name) : qputenv(name, value);
        }
    }
    ~EnvScope()
    {
        for (const auto &s : m_saved)
            s.wasSet ? qputenv(s.name, s.value) : qunsetenv(s.name);
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

} // namespace

class TestRemoteCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    CliResult wfs(const QString &workspace, const QStringList &args) const
    {
        return CliHarness(workspace).run(args, cleanEnv());
    }

private slots:
    void addListRemove()
    {
        const QString ws = m_tmp.filePath(u"ws1"_s);
        CliResult r = wfs(ws, {u"remote"_s, u"add"_s, u"team"_s, u"s3://team-bucket/lineage/"_s, u"--endpoint-url"_s,
                               u"http://127.0.0.1:9000"_s, u"--region"_s, u"eu-central-1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = wfs(ws, {u"remote"_s, u"add"_s, u"nas"_s, u"file:///mnt/nas/team"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = wfs(ws, {u"remote"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"team\ts3://team-bucket/lineage/\tendpoint http://127.0.0.1:9000\tregion eu-central-1\t(default)\n"
                        "nas\tfile:///mnt/nas/team\n"_s);

        // Removing the default hands that role to the oldest remaining remote.
        r = wfs(ws, {u"remote"_s, u"remove"_s, u"team"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(wfs(ws, {u"remote"_s, u"list"_s}).out, u"nas\tfile:///mnt/nas/team\t(default)\n"_s);
        // A remote added later is not the default while another is.
        QCOMPARE(wfs(ws, {u"remote"_s, u"add"_s, u"team"_s, u"s3://team-bucket"_s}).exitCode, 0);
        QCOMPARE(wfs(ws, {u"remote"_s, u"list"_s}).out, u"nas\tfile:///mnt/nas/team\t(default)\nteam\ts3://team-bucket\n"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("http URL") << QStringList{u"add"_s, u"x"_s, u"http://host/bucket"_s}
                                  << u"wfs: http://host/bucket: a remote URL is s3://BUCKET/PREFIX or file:///PATH\n"_s;
        QTest::newRow("bare path") << QStringList{u"add"_s, u"x"_s, u"/mnt/nas"_s}
                                   << u"wfs: /mnt/nas: a remote URL is s3://BUCKET/PREFIX or file:///PATH\n"_s;
        QTest::newRow("bucket name") << QStringList{u"add"_s, u"x"_s, u"s3://Bad_Bucket"_s}
                                     << u"wfs: s3://Bad_Bucket: 'Bad_Bucket' is not an S3 bucket name (3 to 63 lower-case "
                                        "letters, digits, '.' and '-')\n"_s;
        QTest::newRow("relative folder") << QStringList{u"add"_s, u"x"_s, u"file://nas/team"_s}
                                         << u"wfs: file://nas/team: a folder remote is file:///ABSOLUTE/PATH\n"_s;
        QTest::newRow("endpoint") << QStringList{u"add"_s, u"x"_s, u"s3://bkt"_s, u"--endpoint-url"_s, u"ftp://h"_s}
                                  << u"wfs: --endpoint-url: 'ftp://h' is not http(s)://HOST[:PORT]\n"_s;
        QTest::newRow("region") << QStringList{u"add"_s, u"x"_s, u"s3://bkt"_s, u"--region"_s, u"EU West"_s}
                                << u"wfs: --region: 'EU West' is not a region name like eu-central-1\n"_s;
        QTest::newRow("name") << QStringList{u"add"_s, u"-x y"_s, u"s3://bkt"_s}
                              << u"wfs: '-x y' is not a remote name: up to 64 letters, digits, '.', '_' and '-'\n"_s;
        QTest::newRow("taken name") << QStringList{u"add"_s, u"origin"_s, u"s3://other"_s}
                                    << u"wfs: There is already a remote named origin (wfs remote remove origin first)\n"_s;
        QTest::newRow("unknown name") << QStringList{u"remove"_s, u"orign"_s}
                                      << u"wfs: No remote named orign; known remotes: origin, backup\n"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString ws = m_tmp.filePath(u"ws-usage-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(wfs(ws, {u"remote"_s, u"add"_s, u"origin"_s, u"s3://team-bucket"_s}).exitCode, 0);
        QCOMPARE(wfs(ws, {u"remote"_s, u"add"_s, u"backup"_s, u"file:///srv/backup"_s}).exitCode, 0);
        const CliResult r = wfs(ws, QStringList{u"remote"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message);
        // Nothing changed.
        QCOMPARE(wfs(ws, {u"remote"_s, u"list"_s}).out, u"origin\ts3://team-bucket\t(default)\nbackup\tfile:///srv/backup\n"_s);
    }

    void noRemoteYet()
    {
        const CliResult r = wfs(m_tmp.filePath(u"ws-empty"_s), {u"remote"_s, u"remove"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"wfs: This workspace has no remote yet: wfs remote add NAME s3://BUCKET/PREFIX\n"_s);
    }

    void credentialsFromEnvironmentFirst()
    {
        EnvScope env({{"AWS_ACCESS_KEY_ID", "ENVKEY"}, {"AWS_SECRET_ACCESS_KEY", "envsecret"}, {"AWS_SESSION_TOKEN", "tok"},
                      {"AWS_PROFILE", {}}, {"AWS_REGION", {}}, {"AWS_DEFAULT_REGION", "ap-south-1"},
                      {"AWS_SHARED_CREDENTIALS_FILE", m_tmp.filePath(u"none"_s).toUtf8()},
                      {"AWS_CONFIG_FILE", m_tmp.filePath(u"none"_s).toUtf8()}});
        const Access a = resolveAccess(RemoteSpec{u"r"_s, u"s3://bkt"_s, {}, {}, true});
        QCOMPARE(a.credentials.accessKeyId, QByteArray("ENVKEY"));
        QCOMPARE(a.credentials.secretAccessKey, QByteArray("envsecret"));
        QCOMPARE(a.credentials.sessionToken, QByteArray("tok"));
        QCOMPARE(a.region, QByteArray("ap-south-1"));
        // The remote's own --region wins over the environment.
        QCOMPARE(resolveAccess(RemoteSpec{u"r"_s, u"s3://bkt"_s, {}, u"eu-west-3"_s, true}).region, QByteArray("eu-west-3"));
    }

    void credentialsFromProfile()
    {
        const QString credentials = m_tmp.filePath(u"credentials"_s);
        const QString config = m_tmp.filePath(u"config"_s);
        writeText(credentials, "[default]\naws_access_key_id = DEFKEY\naws_secret_access_key = defsecret\n\n"
                               "# a comment\n[work]\naws_access_key_id=WORKKEY\naws_secret_access_key=worksecret\n"
                               "aws_session_token = worktoken\n");
        writeText(config, "[default]\nregion = us-west-2\n[profile work]\nregion = eu-north-1\n");
        EnvScope env({{"AWS_ACCESS_KEY_ID", {}}, {"AWS_SECRET_ACCESS_KEY", {}}, {"AWS_SESSION_TOKEN", {}},
                      {"AWS_REGION", {}}, {"AWS_DEFAULT_REGION", {}}, {"AWS_PROFILE", {}},
                      {"AWS_SHARED_CREDENTIALS_FILE", credentials.toUtf8()}, {"AWS_CONFIG_FILE", config.toUtf8()}});
        const RemoteSpec spec{u"r"_s, u"s3://bkt"_s, {}, {}, true};
        Access a = resolveAccess(spec);
        QCOMPARE(a.credentials.accessKeyId, QByteArray("DEFKEY"));
        QCOMPARE(a.region, QByteArray("us-west-2"));
        {
            EnvScope work({{"AWS_PROFILE", "work"}});
            a = resolveAccess(spec);
            QCOMPARE(a.credentials.accessKeyId, QByteArray("WORKKEY"));
            QCOMPARE(a.credentials.secretAccessKey, QByteArray("worksecret"));
            QCOMPARE(a.credentials.sessionToken, QByteArray("worktoken"));
            QCOMPARE(a.region, QByteArray("eu-north-1"));
            EnvScope region({{"AWS_REGION", "sa-east-1"}});
            QCOMPARE(resolveAccess(spec).region, QByteArray("sa-east-1"));
        }
        {
            EnvScope missing({{"AWS_PROFILE", "nobody"}});
            try {
                resolveAccess(spec);
                QFAIL("an unknown profile was accepted");
            } catch (const wfs::Error &e) {
                QVERIFY2(e.message().startsWith(u"remote r: AWS_PROFILE names the profile nobody"_s), qPrintable(e.message()));
            }
        }
    }

    void noCredentialsDefaultRegion()
    {
        EnvScope env({{"AWS_ACCESS_KEY_ID", {}}, {"AWS_SECRET_ACCESS_KEY", {}}, {"AWS_PROFILE", {}}, {"AWS_REGION", {}},
                      {"AWS_DEFAULT_REGION", {}}, {"AWS_SHARED_CREDENTIALS_FILE", m_tmp.filePath(u"none"_s).toUtf8()},
                      {"AWS_CONFIG_FILE", m_tmp.filePath(u"none"_s).toUtf8()}});
        try {
            resolveAccess(RemoteSpec{u"r"_s, u"s3://bkt"_s, {}, {}, true});
            QFAIL("no credentials was accepted");
        } catch (const wfs::Error &e) {
            QVERIFY2(e.message().startsWith(u"remote r: no credentials: set AWS_ACCESS_KEY_ID"_s), qPrintable(e.message()));
        }
        EnvScope keys({{"AWS_ACCESS_KEY_ID", "K"}, {"AWS_SECRET_ACCESS_KEY", "S"}});
        QCOMPARE(resolveAccess(RemoteSpec{u"r"_s, u"s3://bkt"_s, {}, {}, true}).region, QByteArray("us-east-1"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
