#pragma once

#include <QByteArray>
#include <QDateTime>
#include <utility>
#include <vector>

namespace wfs::remote {

struct Credentials
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // empty unless temporary credentials
};

using Pairs = std::vector<std::pair<QByteArray, QByteArray>>;

// One HTTP request as S3 sees it, before encoding: the path and the query are raw bytes (a key
// with spaces or '$' as the user named it), headers as they will be sent.
struct HttpRequest
{
    QByteArray method;
    QByteArray path = "/";
    Pairs query;
    Pairs headers;
    QByteArray payloadSha256; // lowercase hex of the body's SHA-256

    QByteArray header(const QByteArray &lowerName) const;
};

// AWS Signature Version 4 for S3, written here rather than taken from curl: curl 7.88's
// CURLOPT_AWS_SIGV4 does not sort the query, mis-signs "?uploads" and leaves out
// x-amz-content-sha256 (curl issues 9717, 8107, 8810).
namespace sigv4 {

// RFC 3986 unreserved characters stay, every other byte becomes %XX (upper-case hex);
// '/' stays in a path and is encoded in a query.
QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash);
QByteArray canonicalQuery(const Pairs &query);
// The encoded path and query as they go on the wire (the same text that is signed).
QByteArray encodedTarget(const HttpRequest &request);
QByteArray canonicalRequest(const HttpRequest &request);
QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &amzDate, const QByteArray &region);
QByteArray amzDate(const QDateTime &utc);
QByteArray sha256Hex(const QByteArray &data);
extern const QByteArray emptySha256;

// Adds x-amz-date, x-amz-content-sha256, x-amz-security-token (temporary credentials) and
// Authorization. The request must carry its Host header already.
void sign(HttpRequest &request, const Credentials &credentials, const QByteArray &region, const QDateTime &nowUtc);

} // namespace sigv4
} // namespace wfs::remote
