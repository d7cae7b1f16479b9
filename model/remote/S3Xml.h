#pragma once

#include "model/remote/RemoteStore.h"

#include <QByteArray>
#include <vector>

namespace wfs::remote::s3xml {

// The text of the first element named `name`, at any depth; empty when absent or not XML.
QString firstText(const QByteArray &xml, const QString &name);

struct ListPage
{
    std::vector<RemoteObject> objects; // full keys, as the bucket names them
    bool truncated = false;
    QString nextToken;
};
// A ListObjectsV2 answer; throws wfs::Error naming `remote` when it is not one. Bounded by
// what the server sends in a page (max-keys).
ListPage parseList(const QByteArray &xml, const QString &remote);

// The body of CompleteMultipartUpload for parts 1..n with their ETags.
QByteArray completeMultipart(const std::vector<QByteArray> &etags);

} // namespace wfs::remote::s3xml
