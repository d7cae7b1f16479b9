#pragma once

#include "model/core/Version.h"

#include <QCoreApplication>

namespace wfs {

// Set once in each program's main: the GUI and the CLI must agree, because QSettings and the
// default workspace (<AppDataLocation>/default) are derived from these names.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WorkflowStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("wfstudio"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

} // namespace wfs
