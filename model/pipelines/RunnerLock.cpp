#include "model/pipelines/RunnerLock.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wfs::pipelines {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::BakeStore)
};

} // namespace

RunnerLock::RunnerLock(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw Error(Text::tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        throw Error(Text::tr("another process is already running this bake (%1 is locked)").arg(path));
    }
}

RunnerLock::~RunnerLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RunnerLock::isHeld(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace wfs::pipelines
