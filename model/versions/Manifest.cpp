#include "model/versions/Manifest.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace wfs {

namespace {

constexpr quint32 magic = 0x57465331; // "WFS1"
constexpr quint32 formatVersion = 2;       // SHA-256 ids (32 bytes)
constexpr quint32 legacyFormatVersion = 1; // XXH3-128 ids (16 bytes), before issue 12

std::string parentOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string nameOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void addChild(Hasher &h, const ManifestEntry &e)
{
    const std::string name = nameOf(e.path);
    const std::uint32_t length = std::uint32_t(name.size());
    h.add(&length, sizeof length);
    h.add(name.data(), name.size());
    h.add(&e.type, sizeof e.type);
    const std::uint32_t mode = e.mode & 07777;
    h.add(&mode, sizeof mode);
    h.add(e.hash.bytes.data(), e.hash.bytes.size());
}

bool isUnder(const std::string &path, const std::string &dir)
{
    return path.size() > dir.size() && path[dir.size()] == '/' && path.compare(0, dir.size(), dir) == 0;
}

} // namespace

bool isSafeRelativePath(const QByteArray &path)
{
    if (path.isEmpty() || path.size() > 65536 || path.contains('\0'))
        return false;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == "." || segment == "..")
            return false;
    }
    return true;
}

bool pathLess(const std::string &a, const std::string &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] == b[i])
            continue;
        if (a[i] == '/')
            return true;
        if (b[i] == '/')
            return false;
        return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
    return a.size() < b.size();
}

void Manifest::finalize()
{
    auto byPath = [](const ManifestEntry &a, const ManifestEntry &b) { return pathLess(a.path, b.path); };
    if (!std::is_sorted(entries.begin(), entries.end(), byPath)) // the scanner gives them sorted
        std::sort(entries.begin(), entries.end(), byPath);
    // Children come after their directory: walking backwards, each directory's children are done.
    std::unordered_map<std::string, Hasher> children;
    files = 0;
    bytes = 0;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->type == ManifestEntry::Type::Dir) {
            const auto own = children.find(it->path);
            it->hash = own == children.end() ? Hash::of("", 0) : own->second.finish();
            if (own != children.end())
                children.erase(own);
        } else if (it->type == ManifestEntry::Type::File) {
            ++files;
            bytes += it->size;
        }
        addChild(children[parentOf(it->path)], *it);
    }
    const auto top = children.find(std::string());
    root = top == children.end() ? Hash::of("", 0) : top->second.finish();
}

QByteArray Manifest::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << magic << formatVersion << quint64(entries.size()) << quint64(files) << quint64(bytes);
    s.writeRawData(reinterpret_cast<const char *>(root.bytes.data()), 32);
    for (const ManifestEntry &e : entries) {
        s << quint8(e.type) << quint32(e.mode) << quint64(e.size) << qint64(e.mtimeNs);
        s.writeRawData(reinterpret_cast<const char *>(e.hash.bytes.data()), 32);
        s << QByteArray::fromStdString(e.path) << QByteArray::fromStdString(e.target);
    }
    return out;
}

Manifest Manifest::parse(const QByteArray &data)
{
    QDataStream s(data);
    quint32 m = 0, version = 0;
    quint64 count = 0, files = 0, bytes = 0;
    s >> m >> version >> count >> files >> bytes;
    auto damaged = [] {
        return Error(QCoreApplication::translate("wfs::Manifest", "A version's file list in the store is damaged"));
    };
    auto unsafe = [](quint64 index, const QByteArray &path) {
        return Error(QCoreApplication::translate("wfs::Manifest", "A version's file list in the store is refused: entry %1 "
                                                                  "has the unsafe path '%2' (absolute, '..', '.', an empty "
                                                                  "name, a NUL byte, or not inside a listed folder)")
                         .arg(index)
                         .arg(displayPath(path.left(200).toStdString())));
    };
    if (m != magic || (version != formatVersion && version != legacyFormatVersion) || count > quint64(data.size()))
        throw damaged();
    Manifest manifest;
    manifest.files = files;
    manifest.bytes = bytes;
    manifest.legacyIds = version == legacyFormatVersion;
    const int idSize = manifest.legacyIds ? 16 : 32;
    s.readRawData(reinterpret_cast<char *>(manifest.root.bytes.data()), idSize);
    manifest.entries.resize(count);
    std::unordered_set<std::string> dirs;
    quint64 index = 0;
    for (ManifestEntry &e : manifest.entries) {
        quint8 type = 0;
        quint32 mode = 0;
        quint64 size = 0;
        qint64 mtime = 0;
        QByteArray path, target;
        s >> type >> mode >> size >> mtime;
        s.readRawData(reinterpret_cast<char *>(e.hash.bytes.data()), idSize);
        s >> path >> target;
        if (type > 2 || s.status() != QDataStream::Ok)
            throw damaged();
        // Paths are joined to a restore target: each must stay inside it, and each folder on the
        // way must be a listed folder (never a listed symlink), in the order finalize() gives.
        if (!isSafeRelativePath(path) || target.contains('\0')
            || (index > 0 && !pathLess(manifest.entries[index - 1].path, path.toStdString()))
            || !(parentOf(path.toStdString()).empty() || dirs.count(parentOf(path.toStdString()))))
            throw unsafe(index, path);
        if (type == quint8(ManifestEntry::Type::Dir))
            dirs.insert(path.toStdString());
        ++index;
        e.type = ManifestEntry::Type(type);
        e.mode = mode;
        e.size = size;
        e.mtimeNs = mtime;
        e.path = path.toStdString();
        e.target = target.toStdString();
    }
    if (s.status() != QDataStream::Ok)
        throw damaged();
    return manifest;
}

namespace {
ManifestDiff::Change change(std::string path, std::int64_t sizeBefore, std::int64_t sizeAfter, bool folder = false)
{
    ManifestDiff::Change c;
    c.path = std::move(path);
    c.sizeBefore = sizeBefore;
    c.sizeAfter = sizeAfter;
    c.folder = folder;
    return c;
}
} // namespace

ManifestDiff diffManifests(const Manifest &before, const Manifest &after)
{
    ManifestDiff diff;
    const auto &a = before.entries;
    const auto &b = after.entries;
    std::size_t i = 0, j = 0;
    auto skipSubtree = [](const std::vector<ManifestEntry> &list, std::size_t &k) {
        const std::string dir = list[k].path;
        ++k;
        while (k < list.size() && isUnder(list[k].path, dir))
            ++k;
    };
    // A folder shows up through what it holds; an empty one would not show up at all.
    auto isEmptyDir = [](const std::vector<ManifestEntry> &list, std::size_t k) {
        return list[k].type == ManifestEntry::Type::Dir && (k + 1 == list.size() || !isUnder(list[k + 1].path, list[k].path));
    };
    auto report = [&](std::vector<ManifestDiff::Change> &to, const std::vector<ManifestEntry> &list, std::size_t k, bool isBefore) {
        const ManifestEntry &e = list[k];
        if (e.type == ManifestEntry::Type::Dir) {
            if (isEmptyDir(list, k))
                to.push_back(change(e.path + '/', -1, -1, true));
            return;
        }
        ManifestDiff::Change c = change(e.path, isBefore ? std::int64_t(e.size) : -1, isBefore ? -1 : std::int64_t(e.size));
        (isBefore ? c.modeBefore : c.modeAfter) = e.mode & 07777;
        (isBefore ? c.targetBefore : c.targetAfter) = e.target;
        to.push_back(std::move(c));
    };
    auto modified = [&](const ManifestEntry &x, const ManifestEntry &y) {
        ManifestDiff::Change c = change(x.path, std::int64_t(x.size), std::int64_t(y.size));
        c.type = x.type != y.type;
        c.target = !c.type && x.type == ManifestEntry::Type::Symlink && x.target != y.target;
        c.content = x.type == ManifestEntry::Type::File && y.type == ManifestEntry::Type::File && x.hash != y.hash;
        c.mode = (x.mode & 07777) != (y.mode & 07777);
        c.modeBefore = x.mode & 07777;
        c.modeAfter = y.mode & 07777;
        c.targetBefore = x.target;
        c.targetAfter = y.target;
        if (c.type || c.target || c.content || c.mode)
            diff.modified.push_back(std::move(c));
    };
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && pathLess(a[i].path, b[j].path))) {
            report(diff.removed, a, i++, true);
        } else if (i == a.size() || pathLess(b[j].path, a[i].path)) {
            report(diff.added, b, j++, false);
        } else {
            const ManifestEntry &x = a[i];
            const ManifestEntry &y = b[j];
            if (x.type == ManifestEntry::Type::Dir && y.type == ManifestEntry::Type::Dir) {
                if ((x.mode & 07777) != (y.mode & 07777)) {
                    ManifestDiff::Change c = change(x.path + '/', -1, -1, true);
                    c.mode = true;
                    c.modeBefore = x.mode & 07777;
                    c.modeAfter = y.mode & 07777;
                    diff.modified.push_back(std::move(c));
                }
                if (x.hash == y.hash) {
                    skipSubtree(a, i);
                    skipSubtree(b, j);
                } else {
                    ++i;
                    ++j;
                }
                continue;
            }
            if (x.type == ManifestEntry::Type::Dir) {
                report(diff.removed, a, i++, true); // its contents show up as removed one by one
                report(diff.added, b, j++, false);
                continue;
            }
            if (y.type == ManifestEntry::Type::Dir) {
                report(diff.removed, a, i++, true);
                report(diff.added, b, j++, false);
                continue;
            }
            modified(x, y);
            ++i;
            ++j;
        }
    }
    return diff;
}

QString displayPath(const std::string &path)
{
    // Valid UTF-8 sequences pass through; each byte that cannot start or continue one is escaped.
    QByteArray valid;
    QString out;
    auto flush = [&] {
        out += QString::fromUtf8(valid);
        valid.clear();
    };
    std::size_t i = 0;
    while (i < path.size()) {
        const auto c = static_cast<unsigned char>(path[i]);
        std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        bool ok = length > 0 && i + length <= path.size() && !(length == 2 && c < 0xc2);
        for (std::size_t k = 1; ok && k < length; ++k)
            ok = (static_cast<unsigned char>(path[i + k]) & 0xc0) == 0x80;
        if (ok) {
            valid.append(path.data() + i, qsizetype(length));
            i += length;
        } else {
            flush();
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            ++i;
        }
    }
    flush();
    return out;
}

} // namespace wfs
