#pragma once

#include "model/layout/LayoutTypes.h"

namespace wfs::layout {

// Brings a laid-out graph up to date with `wanted` without moving what the user sees: cards
// and edges already in `current` keep their rects and routes exactly; new cards go beside their
// neighbours (right of what they read, left of what they feed) in free space, new edges get a
// plain curve, cards and edges no longer wanted are dropped, group boxes grow to hold new
// members. Graphviz is not involved: this is what keeps a live update of a big graph under a
// second. A full layout (LayoutService) tidies up when the user asks for it.
LayoutResult placeIncrementally(const LayoutResult &current, const LayoutRequest &wanted);

// A curve from the right side of `from` to the left side of `to`, ending in an arrow tip, in
// the shape Graphviz gives (start, then 3 points per cubic segment).
EdgeRoute straightRoute(NodeId fromId, const QRectF &from, NodeId toId, const QRectF &to);

} // namespace wfs::layout
