#include "model/remote/RemoteStore.h"

#include "model/remote/AwsConfig.h"
#include "model/remote/FileStore.h"
#include "model/remote/S3Store.h"

#include <QCoreApplication>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

Transfer one(Transfer::Kind kind, const QString &key, const QByteArray &data = {}, const QString &path = {})
{
    Transfer t;
    t.kind = kind;
    t.key = key;
    t.data = data;
    t.path = path;
    return t;
}
} // namespace

void RemoteStore::checkKey(const QString &key)
{
    const bool bad = key.isEmpty() || key.size() > 900 || key.startsWith(u'/') || key.endsWith(u'/')
                     || key.contains(QLatin1String("//")) || key.contains(QChar(0)) || key == QLatin1String(".")
                     || key == QLatin1String("..") || key.startsWith(QLatin1String("./"))
                     || key.startsWith(QLatin1String("../")) || key.contains(QLatin1String("/./"))
                     || key.contains(QLatin1String("/../")) || key.endsWith(QLatin1String("/."))
                     || key.endsWith(QLatin1String("/.."));
    if (bad)
        throw Error::usage(Text::tr("'%1' is not a key for a remote object").arg(key));
}

void RemoteStore::put(const QString &key, const QByteArray &data)
{
    std::vector<Transfer> batch{one(Transfer::Kind::PutData, key, data)};
    run(batch);
}

void RemoteStore::putFile(const QString &key, const QString &path)
{
    std::vector<Transfer> batch{one(Transfer::Kind::PutFile, key, {}, path)};
    run(batch);
}

QByteArray RemoteStore::get(const QString &key)
{
    std::vector<Transfer> batch{one(Transfer::Kind::GetData, key)};
    run(batch);
    return batch.front().data;
}

QByteArray RemoteStore::getRange(const QString &key, qint64 offset, qint64 length)
{
    Transfer t = one(Transfer::Kind::GetData, key);
    t.offset = offset;
    t.length = length;
    std::vector<Transfer> batch{t};
    run(batch);
    return batch.front().data;
}

void RemoteStore::getFile(const QString &key, const QString &path)
{
    std::vector<Transfer> batch{one(Transfer::Kind::GetFile, key, {}, path)};
    run(batch);
}

std::unique_ptr<RemoteStore> openRemoteStore(const RemoteSpec &spec)
{
    const Location location = spec.location();
    if (location.kind == Location::Kind::File)
        return std::make_unique<FileStore>(spec);
    return std::make_unique<S3Store>(spec, resolveAccess(spec));
}

} // namespace wfs::remote
