#pragma once

// A real S3 server for a test: s3rver (installed into the build tree by the s3rver_setup
// fixture, path in $S3RVER) on 127.0.0.1 on a port the system picks, with one bucket,
// its data in a temporary folder; stopped when the object goes.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

class S3rver
{
public:
    explicit S3rver(const QString &bucket)
    {
        const QString script = qEnvironmentVariable("S3RVER");
        if (script.isEmpty() || !m_data.isValid()) {
            m_error = QStringLiteral("S3RVER is not set (run the tests through CTest)");
            return;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // s3rver 3.7 ciphers its list continuation tokens with DES, which Node 17+ only has
        // through OpenSSL's legacy provider.
        m_process.start(QStringLiteral("node"), {QStringLiteral("--openssl-legacy-provider"), script, QStringLiteral("-d"), m_data.path(), QStringLiteral("-a"),
                                                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QStringLiteral("0"),
                                                 QStringLiteral("--configure-bucket"), bucket});
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray seen;
        // A loaded machine starts node slowly: wait up to a minute for its first line.
        while (m_process.waitForReadyRead(60000)) {
            seen += m_process.readAll();
            const auto m = listening.match(QString::fromUtf8(seen));
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return;
            }
        }
        m_error = QStringLiteral("s3rver did not start: ") + QString::fromUtf8(seen + m_process.readAll());
    }
    ~S3rver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(10000);
            }
        }
    }

    bool ok() const { return m_port > 0; }
    const QString &error() const { return m_error; }
    int port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // `aws --endpoint-url ... ARGS` with s3rver's credentials: proof that what we wrote is a plain S3 object.
    Run aws(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("S3RVER"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("S3RVER"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("aws"), QStringList{QStringLiteral("--endpoint-url"), endpoint()} + args);
        if (!p.waitForFinished(180000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    QString m_error;
    int m_port = 0;
};
