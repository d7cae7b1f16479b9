#pragma once

#include "model/layout/LayoutTypes.h"

#include <functional>

namespace wfs::layout {

// dot's network simplex grows much faster than the graph: one piece of 50,000 cards takes minutes
// (over 600 s with its groups as clusters, 128 s without). A piece bigger than `maxSliceCards` is
// cut into slices of at most about that many cards along its recording order (the cards of a group
// stay in one slice); each slice is laid out on its own (`layOut`, Graphviz) and the slices are put
// side by side, left to right; an edge between two slices is a curve from the right of its source
// to the left of its target.
// Pieces up to wholePieceCards go to dot whole (10,000 cards take about 2 s); bigger ones are
// laid out in slices of about sliceCards.
constexpr std::size_t wholePieceCards = 12000;
constexpr std::size_t sliceCards = 4000;

using LayOut = std::function<LayoutResult(const LayoutRequest &)>;
LayoutResult layOutInSlices(const LayoutRequest &piece, std::size_t maxSliceCards, const LayOut &layOut);

// The piece's cards (indices into piece.nodes) in the order they were recorded (by id), except
// that a card always comes after its inputs (edges closing a cycle are ignored).
std::vector<std::size_t> recordingOrder(const LayoutRequest &piece);

} // namespace wfs::layout
