#include "recording/Paths.h"

#include <QDir>
#include <QFileInfo>

namespace wfs::paths {

QString canonical(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString existing = absolute;
    QString tail;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash < 0)
            return absolute;
        tail = existing.mid(slash) + tail;
        existing = existing.left(slash);
    }
    const QString resolved = QFileInfo(existing.isEmpty() ? QStringLiteral("/") : existing)
                                 .canonicalFilePath();
    if (resolved.isEmpty())
        return absolute;
    return QDir::cleanPath(resolved + tail);
}

QString baseName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace wfs::paths
