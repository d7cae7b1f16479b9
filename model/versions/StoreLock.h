#pragma once

#include <QString>

namespace wfs {

// An advisory lock on the store (flock on store/lock): creating and restoring versions share
// it, garbage collection takes it alone, so gc never removes what a running create just wrote.
class StoreLock
{
public:
    StoreLock(const QString &storeDir, bool exclusive);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace wfs
