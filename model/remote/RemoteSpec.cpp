#include "model/remote/RemoteSpec.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

// S3's rules for bucket names: 3 to 63 lower-case letters, digits, dots and hyphens,
// starting and ending with a letter or digit.
bool validBucket(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return re.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}
} // namespace

Location Location::parse(const QString &url)
{
    Location l;
    if (url.startsWith(QLatin1String("s3://"))) {
        const QString rest = url.mid(5);
        const qsizetype slash = rest.indexOf(u'/');
        l.kind = Kind::S3;
        l.bucket = slash < 0 ? rest : rest.left(slash);
        l.prefix = slash < 0 ? QString() : rest.mid(slash + 1);
        while (l.prefix.endsWith(u'/'))
            l.prefix.chop(1);
        if (!validBucket(l.bucket))
            throw Error::usage(Text::tr("%1: '%2' is not an S3 bucket name (3 to 63 lower-case letters, digits, '.' "
                                        "and '-')").arg(url, l.bucket));
        if (l.prefix.startsWith(u'/') || l.prefix.contains(QLatin1String("//")) || l.prefix.size() > 512)
            throw Error::usage(Text::tr("%1: the prefix after the bucket must be like team/project").arg(url));
        return l;
    }
    if (url.startsWith(QLatin1String("file://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || !parsed.host().isEmpty() || !parsed.path().startsWith(u'/'))
            throw Error::usage(Text::tr("%1: a folder remote is file:///ABSOLUTE/PATH").arg(url));
        l.kind = Kind::File;
        l.path = QDir::cleanPath(parsed.path());
        return l;
    }
    throw Error::usage(Text::tr("%1: a remote URL is s3://BUCKET/PREFIX or file:///PATH").arg(url));
}

void RemoteSpec::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(name).hasMatch())
        throw Error::usage(Text::tr("'%1' is not a remote name: up to 64 letters, digits, '.', '_' and '-'").arg(name));
    const Location l = location();
    if (!endpointUrl.isEmpty()) {
        const QUrl e(endpointUrl, QUrl::StrictMode);
        if (l.kind != Location::Kind::S3)
            throw Error::usage(Text::tr("--endpoint-url is for s3:// remotes, not %1").arg(url));
        if (!e.isValid() || (e.scheme() != QLatin1String("http") && e.scheme() != QLatin1String("https"))
            || e.host().isEmpty() || e.hasQuery() || e.hasFragment() || !e.userInfo().isEmpty()
            || (e.path() != QLatin1String("/") && !e.path().isEmpty()))
            throw Error::usage(Text::tr("--endpoint-url: '%1' is not http(s)://HOST[:PORT]").arg(endpointUrl));
    }
    static const QRegularExpression regionRe(QStringLiteral("^[a-z0-9-]{1,32}$"));
    if (!region.isEmpty() && !regionRe.match(region).hasMatch())
        throw Error::usage(Text::tr("--region: '%1' is not a region name like eu-central-1").arg(region));
}

} // namespace wfs::remote
