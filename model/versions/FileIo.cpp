#include "model/versions/FileIo.h"

#include "model/core/Error.h"
#include "model/core/Text.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace wfs::fileio {

namespace {
constexpr std::size_t chunk = 1 << 20;

// One copy buffer per thread: a fresh zeroed megabyte for every 2 KB file was measurable.
std::vector<char> &threadBuffer()
{
    thread_local std::vector<char> buffer(chunk);
    return buffer;
}

QString name(const std::string &path)
{
    return QString::fromLocal8Bit(path.c_str());
}

enum class Doing { Read, Write, Create };

[[noreturn]] void fail(Doing doing, const std::string &path, int error)
{
    const char *pattern = doing == Doing::Read    ? QT_TRANSLATE_NOOP("wfs", "Cannot read %1: %2")
                          : doing == Doing::Write ? QT_TRANSLATE_NOOP("wfs", "Cannot write %1: %2")
                                                  : QT_TRANSLATE_NOOP("wfs", "Cannot create %1: %2");
    throw Error(Text::tr(pattern).arg(name(path), describe(error)));
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

void writeAll(int fd, const char *data, std::size_t size, const std::string &path)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(Doing::Write, path, errno);
        }
        data += n;
        size -= std::size_t(n);
    }
}

int createNew(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(Doing::Create, path, errno);
    return fd;
}

void applyAttributes(int fd, const FileAttributes &attributes)
{
    ::fchmod(fd, attributes.mode & 07777);
    if (attributes.mtimeNs >= 0) {
        const timespec t{time_t(attributes.mtimeNs / 1'000'000'000), long(attributes.mtimeNs % 1'000'000'000)};
        const timespec times[2] = {t, t};
        ::futimens(fd, times);
    }
}

void closeChecked(Fd &fd, const std::string &path)
{
    if (::close(fd.release()) != 0)
        fail(Doing::Write, path, errno);
}

} // namespace

QString describe(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return Text::tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(error));
}

void writeNew(const std::string &path, const void *data, std::size_t size, std::optional<FileAttributes> attributes)
{
    Fd fd(createNew(path));
    try {
        writeAll(fd.get(), static_cast<const char *>(data), size, path);
        if (attributes)
            applyAttributes(fd.get(), *attributes); // after the writes, which would move the modification time
        closeChecked(fd, path);
    } catch (...) {
        ::unlink(path.c_str());
        throw;
    }
}

void writeAtomic(const std::string &path, const void *data, std::size_t size)
{
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    ::unlink(temp.c_str()); // a leftover of a dead process with our pid
    Fd fd(createNew(temp));
    try {
        writeAll(fd.get(), static_cast<const char *>(data), size, temp);
        if (::fsync(fd.get()) != 0)
            fail(Doing::Write, temp, errno);
        closeChecked(fd, temp);
        if (::rename(temp.c_str(), path.c_str()) != 0)
            fail(Doing::Create, path, errno);
    } catch (...) {
        ::unlink(temp.c_str());
        throw;
    }
    const auto slash = path.rfind('/');
    Fd dir(::open(slash == std::string::npos ? "." : path.substr(0, slash).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0)
        ::fsync(dir.get());
}

namespace {
// Removes what `dirFd` holds, depth first, never following links; adds what it freed.
bool removeContents(int dirFd, qint64 *files, qint64 *bytes, int depth)
{
    if (depth > 4096)
        return false;
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return false;
    }
    bool ok = true;
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat st;
        if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const int sub = ::openat(::dirfd(dir), entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            ok = sub >= 0 && removeContents(sub, files, bytes, depth + 1) && ok;
            ok = ::unlinkat(::dirfd(dir), entry->d_name, AT_REMOVEDIR) == 0 && ok;
        } else if (::unlinkat(::dirfd(dir), entry->d_name, 0) == 0) {
            ++*files;
            *bytes += st.st_size;
        } else {
            ok = false;
        }
    }
    ::closedir(dir);
    return ok;
}

} // namespace

bool removeTree(const std::string &path, qint64 *files, qint64 *bytes)
{
    qint64 f = 0, b = 0;
    struct stat st;
    bool ok = true;
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT;
    if (S_ISDIR(st.st_mode)) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ok = fd >= 0 && removeContents(fd, &f, &b, 0);
        ok = ::rmdir(path.c_str()) == 0 && ok;
    } else {
        ok = ::unlink(path.c_str()) == 0;
        f = ok ? 1 : 0;
        b = ok ? st.st_size : 0;
    }
    if (files)
        *files += f;
    if (bytes)
        *bytes += b;
    return ok;
}

bool readAll(const std::string &path, QByteArray *out)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat st;
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0)
        return false;
    out->resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < out->size()) {
        const ssize_t n = ::read(fd.get(), out->data() + done, std::size_t(out->size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0) {
            out->resize(done); // shrank while we read
            break;
        }
        done += n;
    }
    return true;
}

namespace {
// Copies what is left of `in` into `out`, hashing it.
Hash copyFd(int in, int out, const std::string &from, const std::string &to)
{
    Hasher hasher;
    std::vector<char> &buffer = threadBuffer();
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(Doing::Read, from, errno);
        if (n == 0)
            break;
        hasher.add(buffer.data(), std::size_t(n));
        writeAll(out, buffer.data(), std::size_t(n), to);
    }
    return hasher.finish();
}

} // namespace

Hash copyHashing(const std::string &from, const std::string &to)
{
    return cloneOrCopy(from, to, false);
}

Hash cloneOrCopyHashing(const std::string &from, const std::string &to)
{
    return cloneOrCopy(from, to, true);
}

Hash cloneOrCopy(const std::string &from, const std::string &to, bool clone, std::optional<FileAttributes> attributes)
{
    Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        fail(Doing::Read, from, errno);
    ::posix_fadvise(in.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    Fd out(createNew(to));
    try {
        Hash hash;
        // Sharing blocks needs no copy; where the file system cannot, the same file is filled.
        if (clone && ::ioctl(out.get(), FICLONE, in.get()) == 0) {
            if (attributes)
                applyAttributes(out.get(), *attributes);
            closeChecked(out, to);
            const std::optional<Hash> h = hashFile(to);
            if (!h)
                fail(Doing::Read, to, errno);
            return *h;
        }
        hash = copyFd(in.get(), out.get(), from, to);
        if (attributes)
            applyAttributes(out.get(), *attributes); // after the writes, which would move the modification time
        closeChecked(out, to);
        return hash;
    } catch (...) {
        ::unlink(to.c_str());
        throw;
    }
}

std::optional<Hash> hashFile(const std::string &path)
{
    Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return std::nullopt;
    Hasher hasher;
    std::vector<char> &buffer = threadBuffer();
    for (;;) {
        const ssize_t n = ::read(in.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        hasher.add(buffer.data(), std::size_t(n));
    }
    return hasher.finish();
}

} // namespace wfs::fileio
