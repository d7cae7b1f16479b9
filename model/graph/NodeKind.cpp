#include "model/graph/NodeKind.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace wfs {

namespace {
constexpr std::array<std::pair<NodeKind, const char *>, 9> names{{
    {NodeKind::Project, "project"},
    {NodeKind::ProjectVersion, "project_version"},
    {NodeKind::Dataset, "dataset"},
    {NodeKind::File, "file"},
    {NodeKind::ModelWeight, "model_weight"},
    {NodeKind::Folder, "folder"},
    {NodeKind::Task, "task"},
    {NodeKind::Job, "job"},
    {NodeKind::AppSession, "app_session"},
}};
} // namespace

QString kindName(NodeKind kind)
{
    for (const auto &[k, name] : names) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<NodeKind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : names) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString kindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Project:
        return QCoreApplication::translate("wfs::NodeKind", "project");
    case NodeKind::ProjectVersion:
        return QCoreApplication::translate("wfs::NodeKind", "project version");
    case NodeKind::Dataset:
        return QCoreApplication::translate("wfs::NodeKind", "dataset");
    case NodeKind::File:
        return QCoreApplication::translate("wfs::NodeKind", "file");
    case NodeKind::ModelWeight:
        return QCoreApplication::translate("wfs::NodeKind", "model weights file");
    case NodeKind::Folder:
        return QCoreApplication::translate("wfs::NodeKind", "folder");
    case NodeKind::Task:
        return QCoreApplication::translate("wfs::NodeKind", "task");
    case NodeKind::Job:
        return QCoreApplication::translate("wfs::NodeKind", "labeling job");
    case NodeKind::AppSession:
        return QCoreApplication::translate("wfs::NodeKind", "app session");
    }
    return {};
}

bool kindHasPath(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Project:
    case NodeKind::Dataset:
    case NodeKind::File:
    case NodeKind::ModelWeight:
    case NodeKind::Folder:
        return true;
    default:
        return false;
    }
}

} // namespace wfs
