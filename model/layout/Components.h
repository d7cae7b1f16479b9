#pragma once

#include "model/layout/LayoutTypes.h"

#include <vector>

namespace wfs::layout {

// Splits a request into its connected pieces (cards of one group stay together), each laid
// out on its own: dot's cost grows faster than linearly, and unchanged pieces stay cached.
std::vector<LayoutRequest> splitComponents(const LayoutRequest &request);

// Places laid-out pieces in rows, largest first, and merges them into one result.
LayoutResult pack(std::vector<LayoutResult> pieces, double gap = 48);

} // namespace wfs::layout
