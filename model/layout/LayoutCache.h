#pragma once

#include "model/layout/LayoutTypes.h"

#include <QHash>
#include <memory>
#include <optional>

namespace wfs {

class Workspace;
class WorkspaceReader;
class WorkspaceWriter;

// Laid-out pieces by content key: in memory, and in the workspace so that a reopened graph
// needs no Graphviz at all. Entries are only hints: a damaged one is a miss, never an error.
class LayoutCache
{
public:
    // Reads and writes the workspace's entries on the calling thread (tools and tests).
    explicit LayoutCache(Workspace *workspace = nullptr, int keepInWorkspace = 5000);
    // For the window: the workspace's entries are read once by the reader (before the graph,
    // which the reader reads next) and new ones saved by the writer; lookups stay in memory.
    LayoutCache(WorkspaceReader &reader, WorkspaceWriter &writer, int keepInWorkspace = 5000);

    std::optional<LayoutResult> find(const QByteArray &key);
    void store(const std::vector<std::pair<QByteArray, LayoutResult>> &entries);

private:
    Workspace *m_workspace = nullptr;
    WorkspaceWriter *m_writer = nullptr;
    int m_keep;
    std::shared_ptr<QHash<QByteArray, LayoutResult>> m_memory = std::make_shared<QHash<QByteArray, LayoutResult>>();
};

} // namespace wfs
