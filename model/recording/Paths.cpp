#include "model/recording/Paths.h"

#include <QDir>
#include <QFileInfo>

namespace wfs::paths {

QString canonical(const QString &path)
{
    const QString raw = QDir::isAbsolutePath(path) ? path : QDir::currentPath() + u'/' + path;
    // Walk the components as the kernel would: while they exist, each prefix is resolved
    // (symlinks included) before the next one, so "link/.." is the link target's parent.
    QString resolved = QStringLiteral("/");
    bool exists = true;
    for (const QString &part : raw.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            resolved = resolved == u"/" ? resolved : QFileInfo(resolved).path();
            continue;
        }
        QString next = resolved == u"/" ? QString(resolved + part) : QString(resolved + u'/' + part);
        if (exists && QFileInfo::exists(next))
            next = QFileInfo(next).canonicalFilePath();
        else
            exists = false;
        resolved = next;
    }
    return resolved;
}

QString baseName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace wfs::paths
