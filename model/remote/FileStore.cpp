#include "model/remote/FileStore.h"

#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

constexpr char tempMark[] = ".wfs-tmp-";

// Copies through a fixed buffer: big files never sit in memory.
bool copyAll(QFile &in, QFile &out)
{
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const qint64 n = in.read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        if (out.write(buffer.data(), n) != n)
            return false;
    }
}
} // namespace

FileStore::FileStore(const RemoteSpec &spec) : RemoteStore(spec), m_root(spec.location().path) {}

void FileStore::requireRoot() const
{
    if (!QFileInfo(m_root).isDir())
        throw RemoteError(Text::tr("remote %1: the folder %2 does not exist (create it, or mount the share)")
                              .arg(spec().name, m_root),
                          404, QStringLiteral("NoSuchBucket"));
}

std::string FileStore::pathOf(const QString &key) const
{
    checkKey(key);
    return QFile::encodeName(m_root + u'/' + key).toStdString();
}

void FileStore::fail(const QString &what, const QString &key) const
{
    throw RemoteError(Text::tr("remote %1: %2 %3 in %4: %5").arg(spec().name, what, key, m_root, fileio::describe(errno)),
                      0, {});
}

void FileStore::run(std::vector<Transfer> &batch)
{
    requireRoot();
    for (Transfer &t : batch) {
        switch (t.kind) {
        case Transfer::Kind::PutData: write(t.key, t.data, {}); break;
        case Transfer::Kind::PutFile: write(t.key, {}, t.path); break;
        case Transfer::Kind::GetData:
        case Transfer::Kind::GetFile: read(t); break;
        }
    }
}

void FileStore::write(const QString &key, const QByteArray &data, const QString &fromFile)
{
    static std::atomic<unsigned> counter{0};
    const std::string target = pathOf(key);
    const QString dir = QFileInfo(QString::fromStdString(target)).path();
    if (!QDir().mkpath(dir))
        fail(Text::tr("cannot create the folder for"), key);
    const std::string temp = QFile::encodeName(dir).toStdString() + "/." + tempMark + std::to_string(::getpid()) + '-'
                             + std::to_string(counter++);
    QFile out(QFile::decodeName(temp.c_str()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        fail(Text::tr("cannot write"), key);
    bool ok = false;
    if (fromFile.isEmpty()) {
        ok = out.write(data) == data.size();
    } else {
        QFile in(fromFile);
        ok = in.open(QIODevice::ReadOnly) && copyAll(in, out);
    }
    ok = out.flush() && ::fsync(out.handle()) == 0 && ok;
    out.close();
    if (!ok || ::rename(temp.c_str(), target.c_str()) != 0) {
        const int saved = errno;
        ::unlink(temp.c_str());
        errno = saved;
        fail(Text::tr("cannot write"), key);
    }
    // The rename itself must survive a crash of the machine that did it.
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

void FileStore::read(Transfer &t)
{
    QFile in(QFile::decodeName(pathOf(t.key).c_str()));
    if (!in.open(QIODevice::ReadOnly)) {
        if (!in.exists())
            throw RemoteError(Text::tr("remote %1: no object %2 in %3").arg(spec().name, t.key, m_root), 404,
                              QStringLiteral("NoSuchKey"));
        fail(Text::tr("cannot read"), t.key);
    }
    if (t.kind == Transfer::Kind::GetData) {
        if (t.offset > 0 && !in.seek(std::min(t.offset, in.size())))
            fail(Text::tr("cannot read"), t.key);
        t.data = t.length >= 0 ? in.read(t.length) : in.readAll();
        if (in.error() != QFileDevice::NoError)
            fail(Text::tr("cannot read"), t.key);
        return;
    }
    QFile out(t.path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !copyAll(in, out) || !out.flush()) {
        const int saved = errno;
        if (out.isOpen())
            out.remove();
        throw Error(Text::tr("Cannot write %1: %2").arg(t.path, fileio::describe(saved)));
    }
}

std::vector<RemoteObject> FileStore::list(const QString &prefix)
{
    requireRoot();
    std::vector<RemoteObject> out;
    // Walk only the folder the prefix reaches into, not the whole share.
    const qsizetype slash = prefix.lastIndexOf(u'/');
    const QString start = slash < 0 ? m_root : m_root + u'/' + prefix.left(slash);
    if (!QFileInfo(start).isDir())
        return out;
    QDirIterator it(start, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().contains(QLatin1String(tempMark)) || info.isSymLink())
            continue;
        const QString key = info.filePath().mid(m_root.size() + 1);
        if (key.startsWith(prefix))
            out.push_back({key, info.size()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

void FileStore::remove(const QString &key)
{
    requireRoot();
    if (::unlink(pathOf(key).c_str()) != 0 && errno != ENOENT)
        fail(Text::tr("cannot remove"), key);
}

} // namespace wfs::remote
