#include "model/remote/S3Store.h"

#include "model/remote/CurlEngine.h"
#include "model/remote/S3Xml.h"
#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

// The SHA-256 of a file range, read through a fixed buffer.
QByteArray sha256OfRange(int fd, qint64 offset, qint64 length)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<char> buffer(1 << 20);
    while (length > 0) {
        const ssize_t n = ::pread(fd, buffer.data(), std::size_t(std::min<qint64>(length, qint64(buffer.size()))), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error(Text::tr("Cannot read a file being pushed: %1").arg(fileio::describe(errno)));
        hash.addData(QByteArrayView(buffer.data(), n));
        offset += n;
        length -= n;
    }
    return hash.result().toHex();
}
} // namespace

S3Store::S3Store(const RemoteSpec &spec, Access access)
    : RemoteStore(spec), m_access(std::move(access)), m_engine(std::make_unique<CurlEngine>(16))
{
    const Location location = spec.location();
    m_prefix = location.prefix;
    const QByteArray bucket = location.bucket.toUtf8();
    if (!spec.endpointUrl.isEmpty()) {
        const QUrl endpoint(spec.endpointUrl);
        m_scheme = endpoint.scheme().toLatin1();
        m_host = endpoint.host(QUrl::FullyEncoded).toLatin1();
        if (endpoint.port() != -1)
            m_host += ':' + QByteArray::number(endpoint.port());
        m_bucketPath = '/' + bucket;
        return;
    }
    m_scheme = "https";
    const QByteArray service = "s3." + m_access.region + ".amazonaws.com";
    // A dotted bucket name would not match the wildcard TLS certificate as a host name.
    if (bucket.contains('.')) {
        m_host = service;
        m_bucketPath = '/' + bucket;
    } else {
        m_host = bucket + '.' + service;
    }
}

S3Store::~S3Store()
{
    for (int fd : m_openFds)
        ::close(fd);
}

void S3Store::setParallel(int transfers)
{
    m_engine = std::make_unique<CurlEngine>(transfers);
}

S3Store::Target S3Store::target(const QString &key, const Pairs &query) const
{
    Target t;
    t.host = m_host;
    QByteArray objectKey = (m_prefix.isEmpty() || key.isEmpty() ? key : m_prefix + u'/' + key).toUtf8();
    t.path = m_bucketPath.isEmpty() || !objectKey.isEmpty() ? m_bucketPath + '/' + objectKey : m_bucketPath;
    HttpRequest r;
    r.path = t.path;
    r.query = query;
    t.url = m_scheme + "://" + m_host + sigv4::encodedTarget(r);
    return t;
}

std::unique_ptr<CurlCall> S3Store::call(const QByteArray &method, const QString &key, const Pairs &query)
{
    auto c = std::make_unique<CurlCall>();
    c->method = method;
    c->url = target(key, query).url;
    return c;
}

void S3Store::sign(CurlCall &c, const QString &key, const Pairs &query, const QByteArray &payloadSha256,
                   const QByteArray &range) const
{
    const Target t = target(key, query);
    HttpRequest r;
    r.method = c.method;
    r.path = t.path;
    r.query = query;
    r.headers = {{"Host", t.host}};
    if (!range.isEmpty())
        r.headers.emplace_back("Range", range);
    r.payloadSha256 = payloadSha256;
    sigv4::sign(r, m_access.credentials, m_access.region, QDateTime::currentDateTimeUtc());
    c.headers.clear();
    for (const auto &[name, value] : r.headers)
        c.headers.push_back(name + ": " + value);
}

void S3Store::fail(const CurlCall &c, const QString &key) const
{
    const QString what = QString::fromLatin1(c.method) + u' ' + (key.isEmpty() ? Text::tr("the bucket") : key);
    if (c.status == 0)
        throw RemoteError(Text::tr("remote %1 (%2://%3): %4: no answer: %5")
                              .arg(spec().name, QString::fromLatin1(m_scheme), QString::fromLatin1(m_host), what,
                                   c.transportError),
                          0, {});
    const QString code = s3xml::firstText(c.response, QStringLiteral("Code"));
    throw RemoteError(Text::tr("remote %1: %2: HTTP %3%4")
                          .arg(spec().name, what)
                          .arg(c.status)
                          .arg(code.isEmpty() ? QString() : u' ' + code),
                      int(c.status), code);
}

void S3Store::check(const CurlCall &c, const QString &key) const
{
    // CompleteMultipartUpload may answer 200 and then report an error in the body.
    if (c.status < 200 || c.status >= 300 || (c.response.startsWith("<?xml") && c.response.contains("<Error>")))
        fail(c, key);
}

void S3Store::addPut(Transfer &t)
{
    auto c = call("PUT", t.key, {});
    if (t.kind == Transfer::Kind::PutData) {
        c->body = t.data;
        c->prepare = [this, key = t.key](CurlCall &self) { sign(self, key, {}, sigv4::sha256Hex(self.body)); };
    } else {
        const int fd = ::open(QFile::encodeName(t.path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st{};
        if (fd < 0 || ::fstat(fd, &st) != 0)
            throw Error(Text::tr("Cannot read %1: %2").arg(t.path, fileio::describe(errno)));
        m_openFds.push_back(fd);
        if (st.st_size >= m_partSize)
            return addMultipart(t, fd, st.st_size);
        c->bodyFd = fd;
        c->bodyLength = st.st_size;
        c->prepare = [this, key = t.key](CurlCall &self) {
            sign(self, key, {}, sha256OfRange(self.bodyFd, 0, self.bodyLength));
        };
    }
    c->done = [this, key = t.key](CurlCall &self) { check(self, key); };
    m_engine->add(std::move(c));
}

void S3Store::addGet(Transfer &t)
{
    auto c = call("GET", t.key, {});
    if (t.kind == Transfer::Kind::GetFile) {
        const int fd = ::open(QFile::encodeName(t.path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0)
            throw Error(Text::tr("Cannot write %1: %2").arg(t.path, fileio::describe(errno)));
        m_openFds.push_back(fd);
        m_createdFiles.push_back(t.path);
        c->sinkFd = fd;
    }
    QByteArray range;
    if (t.kind == Transfer::Kind::GetData && (t.offset > 0 || t.length >= 0))
        range = "bytes=" + QByteArray::number(t.offset) + '-'
                + (t.length >= 0 ? QByteArray::number(t.offset + std::max<qint64>(t.length, 1) - 1) : QByteArray());
    c->prepare = [this, key = t.key, range](CurlCall &self) { sign(self, key, {}, sigv4::emptySha256, range); };
    c->done = [this, &t](CurlCall &self) {
        // 416: a range past the end is simply nothing.
        if (self.status == 416 || (t.length == 0 && self.status < 300)) {
            t.data.clear();
            return;
        }
        check(self, t.key);
        if (t.kind == Transfer::Kind::GetData)
            t.data = std::move(self.response);
    };
    m_engine->add(std::move(c));
}

// Initiate, then every part (hashed just before it is sent, read from the file as it goes),
// then complete with the parts' ETags. Memory stays bounded whatever the file's size.
void S3Store::addMultipart(Transfer &t, int fd, qint64 size)
{
    const Pairs initiate{{"uploads", ""}};
    auto start = call("POST", t.key, initiate);
    start->prepare = [this, key = t.key, initiate](CurlCall &self) { sign(self, key, initiate, sigv4::emptySha256); };
    start->done = [this, key = t.key, fd, size](CurlCall &self) {
        check(self, key);
        const QString uploadId = s3xml::firstText(self.response, QStringLiteral("UploadId"));
        if (uploadId.isEmpty())
            fail(self, key);
        m_openUploads.emplace_back(key, uploadId);
        const qint64 parts = (size + m_partSize - 1) / m_partSize;
        auto etags = std::make_shared<std::vector<QByteArray>>(std::size_t(parts));
        auto left = std::make_shared<qint64>(parts);
        for (qint64 n = 1; n <= parts; ++n) {
            const Pairs query{{"partNumber", QByteArray::number(n)}, {"uploadId", uploadId.toUtf8()}};
            auto part = call("PUT", key, query);
            part->bodyFd = fd;
            part->bodyOffset = (n - 1) * m_partSize;
            part->bodyLength = std::min(m_partSize, size - part->bodyOffset);
            part->prepare = [this, key, query](CurlCall &p) {
                sign(p, key, query, sha256OfRange(p.bodyFd, p.bodyOffset, p.bodyLength));
            };
            part->done = [this, key, uploadId, etags, left, n](CurlCall &p) {
                check(p, key);
                (*etags)[std::size_t(n - 1)] = p.etag;
                if (--*left > 0)
                    return;
                const Pairs query{{"uploadId", uploadId.toUtf8()}};
                auto complete = call("POST", key, query);
                complete->body = s3xml::completeMultipart(*etags);
                complete->prepare = [this, key, query](CurlCall &c) { sign(c, key, query, sigv4::sha256Hex(c.body)); };
                complete->done = [this, key, uploadId](CurlCall &c) {
                    check(c, key);
                    std::erase(m_openUploads, std::pair(key, uploadId));
                };
                m_engine->add(std::move(complete));
            };
            m_engine->add(std::move(part));
        }
    };
    m_engine->add(std::move(start));
}

void S3Store::run(std::vector<Transfer> &batch)
{
    auto cleanup = qScopeGuard([this] {
        for (int fd : m_openFds)
            ::close(fd);
        m_openFds.clear();
    });
    m_createdFiles.clear();
    for (Transfer &t : batch) {
        checkKey(t.key);
        if (t.kind == Transfer::Kind::PutData || t.kind == Transfer::Kind::PutFile)
            addPut(t);
        else
            addGet(t);
    }
    try {
        m_engine->run();
    } catch (...) {
        // Parts of an unfinished upload cost storage until aborted; try once, quietly.
        for (const auto &[key, uploadId] : std::exchange(m_openUploads, {})) {
            const Pairs query{{"uploadId", uploadId.toUtf8()}};
            auto abort = call("DELETE", key, query);
            abort->prepare = [this, key, query](CurlCall &c) { sign(c, key, query, sigv4::emptySha256); };
            m_engine->add(std::move(abort));
        }
        try {
            m_engine->run();
        } catch (...) {
        }
        for (const QString &path : std::exchange(m_createdFiles, {}))
            QFile::remove(path);
        throw;
    }
}

std::vector<RemoteObject> S3Store::list(const QString &prefix)
{
    std::vector<RemoteObject> out;
    const QString full = m_prefix.isEmpty() ? prefix : m_prefix + u'/' + prefix;
    QString token;
    for (;;) {
        Pairs query{{"list-type", "2"}, {"prefix", full.toUtf8()}, {"max-keys", QByteArray::number(m_pageSize)}};
        if (!token.isEmpty())
            query.emplace_back("continuation-token", token.toUtf8());
        auto c = call("GET", {}, query);
        c->prepare = [this, query](CurlCall &self) { sign(self, {}, query, sigv4::emptySha256); };
        s3xml::ListPage page;
        c->done = [this, &page](CurlCall &self) {
            check(self, {});
            page = s3xml::parseList(self.response, spec().name);
        };
        m_engine->add(std::move(c));
        m_engine->run();
        for (RemoteObject &o : page.objects) {
            if (!m_prefix.isEmpty())
                o.key = o.key.mid(m_prefix.size() + 1);
            out.push_back(std::move(o));
        }
        if (!page.truncated)
            break;
        if (page.nextToken.isEmpty() || page.nextToken == token)
            throw Error(Text::tr("remote %1: the server's object list does not move on to a next page").arg(spec().name));
        token = page.nextToken;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void S3Store::remove(const QString &key)
{
    checkKey(key);
    auto c = call("DELETE", key, {});
    c->prepare = [this, key](CurlCall &self) { sign(self, key, {}, sigv4::emptySha256); };
    c->done = [this, key](CurlCall &self) {
        if (self.status != 404)
            check(self, key);
    };
    m_engine->add(std::move(c));
    m_engine->run();
}

} // namespace wfs::remote
