#include "model/remote/S3Xml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace wfs::remote::s3xml {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};
} // namespace

QString firstText(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return {};
}

ListPage parseList(const QByteArray &xml, const QString &remote)
{
    ListPage page;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("ListBucketResult"))
        throw Error(Text::tr("remote %1: the server's object list is not a ListBucketResult").arg(remote));
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Contents")) {
            RemoteObject o;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Key"))
                    o.key = reader.readElementText();
                else if (reader.name() == QLatin1String("Size"))
                    o.size = reader.readElementText().toLongLong();
                else
                    reader.skipCurrentElement();
            }
            page.objects.push_back(o);
        } else if (reader.name() == QLatin1String("IsTruncated")) {
            page.truncated = reader.readElementText() == QLatin1String("true");
        } else if (reader.name() == QLatin1String("NextContinuationToken")) {
            page.nextToken = reader.readElementText();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        throw Error(Text::tr("remote %1: the server's object list is damaged: %2").arg(remote, reader.errorString()));
    return page;
}

QByteArray completeMultipart(const std::vector<QByteArray> &etags)
{
    QByteArray xml = "<CompleteMultipartUpload>";
    for (std::size_t i = 0; i < etags.size(); ++i) {
        QByteArray etag = etags[i];
        etag.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        xml += "<Part><PartNumber>" + QByteArray::number(qulonglong(i + 1)) + "</PartNumber><ETag>" + etag + "</ETag></Part>";
    }
    return xml + "</CompleteMultipartUpload>";
}

} // namespace wfs::remote::s3xml
