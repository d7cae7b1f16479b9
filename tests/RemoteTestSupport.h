#pragma once

// What the remote suites share: one real s3rver per suite plus shared folders in a temporary
// folder, so that every case runs the same on an S3 bucket and on a folder remote.
#include "model/core/Error.h"
#include "model/remote/FileStore.h"
#include "model/remote/S3Store.h"
#include "tests/S3rver.h"

#include <QDir>
#include <QtTest>
#include <functional>
#include <memory>

namespace remotetest {

// The message of the wfs::Error `f` throws, or "no error".
inline QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const wfs::Error &e) {
        return e.message();
    }
    return QStringLiteral("no error");
}

class Remotes
{
public:
    explicit Remotes(const QString &bucket) : m_bucket(bucket) {}

    // Starts the server; false with the reason in `error`.
    bool start(QString *error)
    {
        m_server = std::make_unique<S3rver>(m_bucket);
        *error = m_server->error();
        return m_tmp.isValid() && m_server->ok();
    }

    // The remote "team" at `name`: s3://BUCKET/NAME on the server, or the folder NAME.
    std::unique_ptr<wfs::remote::RemoteStore> open(const QString &kind, const QString &name) const
    {
        using namespace wfs::remote;
        if (kind == QLatin1String("s3"))
            return std::make_unique<S3Store>(RemoteSpec{QStringLiteral("team"), QStringLiteral("s3://%1/%2").arg(m_bucket, name),
                                                        m_server->endpoint(), {}, true},
                                             Access{{"S3RVER", "S3RVER", {}}, "us-east-1"});
        const QString root = m_tmp.filePath(QStringLiteral("shares/") + name);
        QDir().mkpath(root);
        return std::make_unique<FileStore>(RemoteSpec{QStringLiteral("team"), QStringLiteral("file://") + root, {}, {}, true});
    }

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    const S3rver &server() const { return *m_server; }
    const QString &bucket() const { return m_bucket; }

    static void backends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("s3") << QStringLiteral("s3");
        QTest::newRow("file") << QStringLiteral("file");
    }

private:
    QString m_bucket;
    QTemporaryDir m_tmp;
    std::unique_ptr<S3rver> m_server;
};

} // namespace remotetest
