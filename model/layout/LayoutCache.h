#pragma once

#include "layout/LayoutTypes.h"

#include <QHash>
#include <optional>

namespace wfs {

class Workspace;

// Laid-out pieces by content key: in memory, and in the workspace so that a reopened graph
// needs no Graphviz at all. Entries are only hints: a damaged one is a miss, never an error.
class LayoutCache
{
public:
    explicit LayoutCache(Workspace *workspace = nullptr, int keepInWorkspace = 5000);

    std::optional<LayoutResult> find(const QByteArray &key);
    void store(const std::vector<std::pair<QByteArray, LayoutResult>> &entries);

private:
    Workspace *m_workspace;
    int m_keep;
    QHash<QByteArray, LayoutResult> m_memory;
};

} // namespace wfs
