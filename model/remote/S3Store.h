#pragma once

#include "model/remote/AwsConfig.h"
#include "model/remote/RemoteStore.h"

namespace wfs::remote {

class CurlEngine;
struct CurlCall;

// An S3-compatible bucket through libcurl: many transfers at once on kept-alive connections,
// bodies streamed from and to files, the real SHA-256 of every body signed (so the server
// refuses a body damaged on the way), big files in parts with bounded memory.
// AWS itself is addressed virtual-hosted (bucket.s3.REGION.amazonaws.com) unless the bucket
// name has a dot; an --endpoint-url server (MinIO, Ceph, Garage, s3rver) path-style.
class S3Store : public RemoteStore
{
public:
    S3Store(const RemoteSpec &spec, Access access);
    ~S3Store() override;

    void run(std::vector<Transfer> &batch) override;
    std::vector<RemoteObject> list(const QString &prefix) override;
    void remove(const QString &key) override;

    // Files of at least this size go up in parts of this size (S3 allows 5 MB to 5 GB).
    void setPartSize(qint64 bytes) { m_partSize = bytes; }
    void setListPageSize(int keys) { m_pageSize = keys; }
    void setParallel(int transfers);

    struct Target
    {
        QByteArray url;  // as sent, encoded
        QByteArray host; // the Host header
        QByteArray path; // raw, for signing
    };
    // Where a request for `key` ("" = the bucket) goes.
    Target target(const QString &key, const Pairs &query = {}) const;

private:
    std::unique_ptr<CurlCall> call(const QByteArray &method, const QString &key, const Pairs &query);
    void sign(CurlCall &c, const QString &key, const Pairs &query, const QByteArray &payloadSha256,
              const QByteArray &range = {}) const;
    [[noreturn]] void fail(const CurlCall &c, const QString &key) const;
    void check(const CurlCall &c, const QString &key) const;
    void addPut(Transfer &t);
    void addGet(Transfer &t);
    void addMultipart(Transfer &t, int fd, qint64 size);

    Access m_access;
    QByteArray m_scheme;
    QByteArray m_host;
    QByteArray m_bucketPath; // "/bucket" path-style, "" virtual-hosted
    QString m_prefix;
    qint64 m_partSize = 64 * 1024 * 1024;
    int m_pageSize = 1000;
    std::unique_ptr<CurlEngine> m_engine;
    std::vector<int> m_openFds;
    std::vector<QString> m_createdFiles; // by gets of this batch: removed when it fails
    std::vector<std::pair<QString, QString>> m_openUploads; // key, upload id
};

} // namespace wfs::remote
