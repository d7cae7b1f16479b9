#include "model/remote/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>
#include <map>

namespace wfs::remote {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name.toLower() == lowerName)
            return value;
    return {};
}

namespace sigv4 {

const QByteArray emptySha256 = QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

namespace {

constexpr char service[] = "s3";

QByteArray scopeOf(const QByteArray &date, const QByteArray &region)
{
    return date.left(8) + '/' + region + '/' + service + "/aws4_request";
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Trimmed, with runs of spaces inside collapsed to one, as the canonical form asks.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

// Lower-case names, sorted, values of a repeated name joined by ',' in the order sent. The
// Authorization header itself is never signed (so a signed request reads back the same).
std::map<QByteArray, QByteArray> canonicalHeaders(const HttpRequest &request)
{
    std::map<QByteArray, QByteArray> sorted;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization")
            continue;
        QByteArray &slot = sorted[lower];
        slot = slot.isEmpty() ? canonicalValue(value) : slot + ',' + canonicalValue(value);
    }
    return sorted;
}

QByteArray signedHeaderList(const std::map<QByteArray, QByteArray> &headers)
{
    QByteArray list;
    for (const auto &entry : headers)
        list += (list.isEmpty() ? "" : ";") + entry.first;
    return list;
}

} // namespace

QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
                                || u == '_' || u == '.' || u == '~';
        if (unreserved || (u == '/' && !encodeSlash)) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray canonicalQuery(const Pairs &query)
{
    Pairs encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.emplace_back(uriEncode(name, true), uriEncode(value, true));
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded)
        out += (out.isEmpty() ? "" : "&") + name + '=' + value;
    return out;
}

QByteArray encodedTarget(const HttpRequest &request)
{
    const QByteArray path = uriEncode(request.path, false);
    const QByteArray query = canonicalQuery(request.query);
    return query.isEmpty() ? path : path + '?' + query;
}

QByteArray canonicalRequest(const HttpRequest &request)
{
    const auto headers = canonicalHeaders(request);
    QByteArray out = request.method + '\n' + uriEncode(request.path, false) + '\n' + canonicalQuery(request.query) + '\n';
    for (const auto &[name, value] : headers)
        out += name + ':' + value + '\n';
    return out + '\n' + signedHeaderList(headers) + '\n' + request.payloadSha256;
}

QByteArray stringToSign(const QByteArray &canonical, const QByteArray &date, const QByteArray &region)
{
    return "AWS4-HMAC-SHA256\n" + date + '\n' + scopeOf(date, region) + '\n' + sha256Hex(canonical);
}

QByteArray amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void sign(HttpRequest &request, const Credentials &credentials, const QByteArray &region, const QDateTime &nowUtc)
{
    const QByteArray date = amzDate(nowUtc);
    request.headers.emplace_back("x-amz-date", date);
    request.headers.emplace_back("x-amz-content-sha256", request.payloadSha256);
    if (!credentials.sessionToken.isEmpty())
        request.headers.emplace_back("x-amz-security-token", credentials.sessionToken);

    const QByteArray toSign = stringToSign(canonicalRequest(request), date, region);
    QByteArray key = hmac("AWS4" + credentials.secretAccessKey, date.left(8));
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    const QByteArray signature = hmac(key, toSign).toHex();
    request.headers.emplace_back("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId + '/' + scopeOf(date, region)
                                                      + ",SignedHeaders=" + signedHeaderList(canonicalHeaders(request))
                                                      + ",Signature=" + signature);
}

} // namespace sigv4
} // namespace wfs::remote
