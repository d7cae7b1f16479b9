#include "model/versions/StoreLock.h"

#include "model/core/Error.h"
#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wfs {

StoreLock::StoreLock(const QString &storeDir, bool exclusive)
{
    const QByteArray path = (storeDir + QStringLiteral("/lock")).toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw Error(QCoreApplication::translate("wfs::StoreLock", "Cannot lock the store %1: %2")
                        .arg(storeDir, fileio::describe(errno)));
    while (::flock(m_fd, exclusive ? LOCK_EX : LOCK_SH) != 0) {
        if (errno != EINTR)
            throw Error(QCoreApplication::translate("wfs::StoreLock", "Cannot lock the store %1: %2")
                            .arg(storeDir, fileio::describe(errno)));
    }
}

StoreLock::~StoreLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace wfs
