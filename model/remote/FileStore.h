#pragma once

#include "model/remote/RemoteStore.h"

namespace wfs::remote {

// A remote in a shared folder (a NAS, a network mount) with the bucket's layout: a key is a
// relative path. Each object is written to a temporary name in its folder, fsynced, then
// renamed, so a reader on another machine sees it whole or not at all.
class FileStore : public RemoteStore
{
public:
    explicit FileStore(const RemoteSpec &spec);

    void run(std::vector<Transfer> &batch) override;
    std::vector<RemoteObject> list(const QString &prefix) override;
    void remove(const QString &key) override;

private:
    void requireRoot() const;
    std::string pathOf(const QString &key) const;
    void write(const QString &key, const QByteArray &data, const QString &fromFile);
    void read(Transfer &t);
    [[noreturn]] void fail(const QString &what, const QString &key) const;

    QString m_root;
};

} // namespace wfs::remote
