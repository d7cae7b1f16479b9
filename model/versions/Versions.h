#pragma once

#include "model/recording/Recorder.h"

#include "model/graph/Graph.h"
#include "model/versions/Manifest.h"

#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace wfs {

class GraphStore;
class LocalObjectStore;
struct Leftovers;
class Workspace;

struct VersionInfo
{
    NodeId id = 0;
    NodeId project = 0;
    int number = 0;
    QString title;
    QString description;
    qint64 createdMs = 0;
    qint64 files = 0;
    qint64 bytes = 0;
    Hash manifest;
    Hash root;
};

// Long work reports progress and can be cancelled; both are optional.
struct Progress
{
    std::function<void(const QString &stage, qint64 done, qint64 total)> report;
    const std::atomic<bool> *cancel = nullptr;
};

struct RestoreResult
{
    QString folder;
    NodeId project = 0;
    qint64 files = 0;
    QStringList skipped; // content missing from the store, with --skip-missing
    QStringList damaged; // content damaged in the store, skipped with --skip-missing
};

struct StoreReport
{
    qint64 objects = 0;
    qint64 bytes = 0;
    QStringList damaged;  // what uses content that no longer matches its hash: files and versions
    QStringList missing;  // objects a version needs that the store lacks
    qint64 leftoverFiles = 0; // temporary files and partial restores of dead processes, removed
    qint64 leftoverBytes = 0;
};

// Project versions: content-addressed snapshots of project folders in the workspace's store.
class Versions
{
public:
    explicit Versions(GraphStore &store);
    ~Versions();

    GraphStore &graph() { return m_graph; }

    // The project card for a path (registered if new) or an id; throws a clear error otherwise.
    NodeId resolveProject(const QString &pathOrId);

    // Creates a version when the folder changed since the latest one (the first always);
    // otherwise returns the latest with created == false.
    struct Created
    {
        VersionInfo version;
        bool created = false;
    };
    Created create(NodeId project, const QString &title, const QString &description, const Progress &progress = {});

    // For an input project relation without a chosen version: snapshots the folder (a new
    // version only when it changed) and points the relation at that version (seed 000: tasks
    // version their data). Returns the version made, if one was; does nothing for other relations.
    std::optional<VersionInfo> pinInput(Relation &relation);

    std::vector<VersionInfo> list(NodeId project);
    VersionInfo byNumber(NodeId project, int number);
    VersionInfo byId(NodeId project, NodeId id);

    Manifest manifest(const VersionInfo &version);
    // The project's working folder as it is now (no content is stored).
    Manifest working(NodeId project, const Progress &progress = {});

    // Restores into `folder` (default: "NAME, from ver. N" beside the project), which must not
    // exist or be empty; registers it as a project made by a restore task from the version.
    RestoreResult restore(const VersionInfo &version, const QString &folder, bool skipMissing,
                          const Progress &progress = {});
    QString defaultRestoreFolder(const VersionInfo &version);

    // Deletes the version (its card and the edges to it); content stays until gc.
    void remove(const VersionInfo &version);
    // Removes objects no version refers to, temporary files and partial restores. Refused unless
    // the database and the store carry the same store id.
    StoreReport collectGarbage();
    // Re-hashes every object; names the files and versions that use damaged content (which is
    // moved aside into store/damaged/, so that writing it again stores it afresh) and those whose
    // content is missing.
    StoreReport verify(const Progress &progress = {});

private:
    QString projectPath(NodeId project);
    VersionInfo read(NodeId id);
    std::vector<VersionInfo> allVersions();
    std::vector<VersionInfo> query(std::optional<NodeId> project);
    // Removes the partial folders of restores whose process died (`all`: of any other process).
    Leftovers sweepPartialRestores(bool all);
    QString restoringDir() const;

    GraphStore &m_graph;
    Workspace &m_workspace;
    std::unique_ptr<LocalObjectStore> m_store;
};

} // namespace wfs
