#pragma once

#include "model/core/Error.h"
#include "model/versions/Hash.h"

#include <QByteArray>
#include <functional>
#include <string>

namespace wfs {

// An object whose bytes do not match its hash (as opposed to a missing one, or a failed write).
class DamagedObject : public Error
{
public:
    using Error::Error;
};

// Content by hash. Versions, restore and verify talk only to this interface: a local folder
// now, an S3-compatible bucket later. Writes become visible and durable in batches: put*()
// stages an object, sync() makes everything staged so far durable and visible at once.
class ObjectStore
{
public:
    virtual ~ObjectStore() = default;

    virtual bool has(const Hash &hash) = 0;
    // Stages `data` under `hash` (the caller computed it); nothing happens if present.
    virtual void put(const Hash &hash, const QByteArray &data) = 0;
    // Stages a file's content, hashing it as it is read; returns the hash.
    virtual Hash putFile(const std::string &path) = 0;
    virtual void sync() = 0;

    // The object's content, verified against its hash; throws wfs::Error when missing or damaged.
    virtual QByteArray get(const Hash &hash) = 0;
    // Writes the object into `path` (created, must not exist) with `mode` and modification time
    // `mtimeNs`, verified against its hash. Throws wfs::Error when the object is missing or
    // damaged, or the file cannot be written.
    virtual void restoreFile(const Hash &hash, const std::string &path, std::uint32_t mode, std::int64_t mtimeNs) = 0;

    virtual void list(const std::function<void(const Hash &hash, qint64 size)> &visit) = 0;
    virtual void remove(const Hash &hash) = 0;
    // Re-reads an object and checks it against its hash.
    virtual bool verify(const Hash &hash) = 0;
};

} // namespace wfs
