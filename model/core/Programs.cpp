#include "model/core/Programs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wfs {

QString companionProgram(const QString &name, const QStringList &buildTreeDirs)
{
    const QString here = QCoreApplication::applicationDirPath();
    QStringList candidates{here + u'/' + name};
    for (const QString &dir : buildTreeDirs)
        candidates << here + u'/' + dir + u'/' + name;
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(name);
}

} // namespace wfs
