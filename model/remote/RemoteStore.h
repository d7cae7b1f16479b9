#pragma once

#include "model/core/Error.h"
#include "model/remote/RemoteSpec.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace wfs::remote {

// A failed request: one line naming the remote and the HTTP status (0 when no answer came),
// never a secret. `code` is S3's error code ("NoSuchKey") when the server gave one.
class RemoteError : public Error
{
public:
    RemoteError(const QString &message, int httpStatus, QString code)
        : Error(message), m_status(httpStatus), m_code(std::move(code))
    {}
    int httpStatus() const { return m_status; }
    const QString &code() const { return m_code; }
    bool notFound() const { return m_status == 404 && m_code != QLatin1String("NoSuchBucket"); }

private:
    int m_status;
    QString m_code;
};

struct RemoteObject
{
    QString key;
    qint64 size = 0;
    bool operator==(const RemoteObject &) const = default;
    bool operator<(const RemoteObject &o) const { return key < o.key || (key == o.key && size < o.size); }
};

// One object to move. Puts read `data` or the file `path`; gets fill `data` or create the
// file `path` (the caller picks a temporary name and renames once it trusts the content).
struct Transfer
{
    enum class Kind { PutData, PutFile, GetData, GetFile };
    Kind kind = Kind::GetData;
    QString key;
    QByteArray data;
    QString path;
    // GetData of part of an object (one object out of a pack): `length` bytes from `offset`.
    qint64 offset = 0;
    qint64 length = -1; // -1: to the end
};

// Objects by key under the remote's prefix, the same for an S3 bucket and a shared folder.
// A key is relative ("packs/ab.pack"): no leading '/', no "." or ".." segments, no "//".
// Objects are written whole or not at all: a reader never sees part of one.
class RemoteStore
{
public:
    explicit RemoteStore(RemoteSpec spec) : m_spec(std::move(spec)) {}
    virtual ~RemoteStore() = default;

    // Runs every transfer, several at once where the backend can. Throws RemoteError for the
    // first failure, after stopping the rest.
    virtual void run(std::vector<Transfer> &batch) = 0;
    // Every object whose key starts with `prefix`, sorted by key.
    virtual std::vector<RemoteObject> list(const QString &prefix) = 0;
    // Removing an absent key is not an error.
    virtual void remove(const QString &key) = 0;

    void put(const QString &key, const QByteArray &data);
    void putFile(const QString &key, const QString &path);
    QByteArray get(const QString &key);
    // `length` bytes from `offset`; fewer when the object ends sooner.
    QByteArray getRange(const QString &key, qint64 offset, qint64 length);
    void getFile(const QString &key, const QString &path);

    const RemoteSpec &spec() const { return m_spec; }
    // Throws a usage error for a key outside the rules above.
    static void checkKey(const QString &key);

private:
    RemoteSpec m_spec;
};

// The backend for the remote's URL; an S3 remote resolves its credentials here.
std::unique_ptr<RemoteStore> openRemoteStore(const RemoteSpec &spec);

} // namespace wfs::remote
