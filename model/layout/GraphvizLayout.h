#pragma once

#include "model/layout/LayoutTypes.h"

#include <QString>

struct GVC_s;

namespace wfs {

// The only class that talks to Graphviz. cgraph and gvc are not thread-safe: one instance,
// created and used on the layout thread only (LayoutService sees to that).
class GraphvizLayout
{
public:
    // Throws wfs::Error when the dot layout plugin is not available.
    GraphvizLayout();
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout &) = delete;
    GraphvizLayout &operator=(const GraphvizLayout &) = delete;

    // Lays out one connected piece left to right with dot; settings scale with its size.
    LayoutResult layout(const LayoutRequest &request);

private:
    GVC_s *m_gvc = nullptr;
};

} // namespace wfs
