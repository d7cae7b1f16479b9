#include "model/remote/RemoteRestore.h"

#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/remote/RemoteRegistry.h"
#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

constexpr qsizetype maxEntries = 10'000'000;
constexpr qsizetype maxPath = 4096;
constexpr qsizetype fetchBatch = 2000;

QByteArray bytesOf(const QJsonObject &o, const char *name)
{
    const QString key = QLatin1String(name);
    if (o.contains(key + QLatin1String("_b64")))
        return QByteArray::fromBase64(o.value(key + QLatin1String("_b64")).toString().toLatin1());
    return o.value(key).toString().toUtf8();
}

bool safePath(const QByteArray &path)
{
    if (path.isEmpty() || path.size() > maxPath || path.startsWith('/') || path.contains('\0'))
        return false;
    for (const QByteArray &segment : path.split('/'))
        if (segment.isEmpty() || segment == "." || segment == "..")
            return false;
    return true;
}

// A big file: downloaded beside the folder (never into it), checked against its SHA-256 as a
// whole, and only then renamed into place. Memory stays bounded whatever its size.
void restoreLoose(RemoteContent &content, const RemoteEntry &e, const QString &folder, const QByteArray &path)
{
    static int counter = 0;
    const QString temp = QFileInfo(folder).absolutePath() + QStringLiteral("/.wfs-restore-%1-%2").arg(::getpid()).arg(++counter);
    auto cleanup = qScopeGuard([&] { QFile::remove(temp); });
    try {
        content.fetchLoose(e.id, temp);
    } catch (const Error &error) {
        throw Error(Text::tr("%1: %2").arg(QString::fromUtf8(e.path), error.message()));
    }
    QDir().mkpath(QFileInfo(QFile::decodeName(path)).path());
    if (::rename(QFile::encodeName(temp).constData(), path.constData()) != 0)
        throw Error(Text::tr("Cannot create %1: %2").arg(QFile::decodeName(path), fileio::describe(errno)));
}

void setAttributes(const QByteArray &path, const RemoteEntry &e)
{
    ::chmod(path.constData(), mode_t(e.mode & 07777));
    const timespec times[2] = {{0, UTIME_OMIT}, {time_t(e.mtimeNs / 1'000'000'000), long(e.mtimeNs % 1'000'000'000)}};
    ::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW);
}
} // namespace

std::vector<RemoteEntry> parseRemoteManifest(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().value(u"format").toInt() != 1)
        throw Error(Text::tr("%1 is not a version manifest of format 1").arg(what));
    const QJsonArray entries = doc.object().value(u"entries").toArray();
    if (entries.size() > maxEntries)
        throw Error(Text::tr("%1 lists more than %2 entries").arg(what).arg(maxEntries));
    std::vector<RemoteEntry> out;
    out.reserve(std::size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        RemoteEntry e;
        e.path = bytesOf(o, "path");
        const QString type = o.value(u"type").toString();
        e.type = type == u"dir" ? RemoteEntry::Type::Dir : type == u"symlink" ? RemoteEntry::Type::Symlink : RemoteEntry::Type::File;
        e.mode = std::uint32_t(o.value(u"mode").toInteger());
        e.mtimeNs = o.value(u"mtime_ns").toInteger();
        e.size = o.value(u"size").toInteger();
        e.target = bytesOf(o, "target");
        const auto id = ContentId::fromHex(o.value(u"sha256").toString().toLatin1());
        const bool typeOk = type == u"dir" || type == u"symlink" || (type == u"file" && id && e.size >= 0);
        if (!safePath(e.path) || !typeOk || (e.type == RemoteEntry::Type::Symlink && e.target.isEmpty()))
            throw Error(Text::tr("%1: entry %2 is not a safe file entry").arg(what).arg(i + 1));
        if (id)
            e.id = *id;
        out.push_back(std::move(e));
    }
    return out;
}

qint64 restoreFromRemote(RemoteStore &remote, const QString &record, const QString &folder, const Progress &progress)
{
    const QJsonObject rec = QJsonDocument::fromJson(remote.get(record)).object();
    const QString manifestKey = rec.value(u"manifest").toString();
    RemoteStore::checkKey(manifestKey);
    const std::vector<RemoteEntry> entries = parseRemoteManifest(remote.get(manifestKey), remote.spec().name + u' ' + manifestKey);

    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        throw Error::usage(Text::tr("%1 is not empty: restore into a new or empty folder").arg(folder));
    if (!QDir().mkpath(folder))
        throw Error(Text::tr("Cannot create %1").arg(folder));
    auto undo = qScopeGuard([&] { QDir(folder).removeRecursively(); });

    RemoteContent content(remote);
    content.load();
    const QByteArray root = QFile::encodeName(QDir(folder).absolutePath()) + '/';
    std::vector<const RemoteEntry *> files;
    for (const RemoteEntry &e : entries) {
        const QByteArray path = root + e.path;
        if (e.type == RemoteEntry::Type::Dir) {
            if (!QDir().mkpath(QFile::decodeName(path)))
                throw Error(Text::tr("Cannot create %1").arg(QFile::decodeName(path)));
        } else if (e.type == RemoteEntry::Type::Symlink) {
            QDir().mkpath(QFileInfo(QFile::decodeName(path)).path());
            if (::symlink(e.target.constData(), path.constData()) != 0)
                throw Error(Text::tr("Cannot create %1: %2").arg(QFile::decodeName(path), fileio::describe(errno)));
        } else if (content.looseKey(e.id)) {
            restoreLoose(content, e, folder, path);
            setAttributes(path, e);
        } else {
            files.push_back(&e);
        }
    }
    // Content comes verified by RemoteContent (each object against its SHA-256) before a byte
    // of it is written; a batch at a time bounds memory.
    for (std::size_t start = 0; start < files.size(); start += fetchBatch) {
        if (progress.cancel && progress.cancel->load())
            throw Error(Text::tr("Restore cancelled"));
        if (progress.report)
            progress.report(Text::tr("Fetching files from %1").arg(remote.spec().name), qint64(start), qint64(files.size()));
        const std::size_t end = std::min(files.size(), start + std::size_t(fetchBatch));
        std::vector<ContentId> ids;
        for (std::size_t i = start; i < end; ++i)
            ids.push_back(files[i]->id);
        std::map<ContentId, QByteArray> fetched;
        try {
            fetched = content.fetch(ids);
        } catch (const Error &e) {
            // Name the file whose content failed, not only its id.
            QString file;
            for (std::size_t i = start; i < end && file.isEmpty(); ++i)
                if (e.message().contains(QString::fromLatin1(files[i]->id.hex())))
                    file = QString::fromUtf8(files[i]->path);
            throw Error(Text::tr("%1: %2").arg(file.isEmpty() ? folder : file, e.message()));
        }
        for (std::size_t i = start; i < end; ++i) {
            const RemoteEntry &e = *files[i];
            const QByteArray path = root + e.path;
            QDir().mkpath(QFileInfo(QFile::decodeName(path)).path());
            const QByteArray &data = fetched.at(e.id);
            if (data.size() != e.size)
                throw Error(Text::tr("%1: the remote's content has %2 bytes, the manifest says %3")
                                .arg(QString::fromUtf8(e.path)).arg(data.size()).arg(e.size));
            fileio::writeNew(path.toStdString(), data.constData(), std::size_t(data.size()));
            setAttributes(path, e);
        }
    }
    undo.dismiss();
    return qint64(files.size());
}

RestoreResult restorePulled(GraphStore &graph, const VersionInfo &version, const QString &folder, const Progress &progress)
{
    const auto where = graph.remoteVersion(version.id);
    if (!where)
        throw Error(Text::tr("Version %1 was not pulled from a remote").arg(version.number));
    if (folder.isEmpty())
        throw Error::usage(Text::tr("Version %1 was pulled from %2: restore it with --to DIR").arg(version.number).arg(where->first));
    const RemoteSpec spec = RemoteRegistry(graph.workspace()).find(where->first);
    const std::unique_ptr<RemoteStore> remote = openRemoteStore(spec);
    RestoreResult result;
    result.folder = paths::canonical(folder);
    result.files = restoreFromRemote(*remote, where->second, result.folder, progress);
    result.project = Recorder(graph).registerPath(NodeKind::Project, result.folder);
    return result;
}

} // namespace wfs::remote
