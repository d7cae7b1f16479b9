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
// Pieces up to wholePieceCards go to dot whole; bigger ones are laid out in slices of about
// sliceCards. dot takes about 2 s for a piece of 9,500 cards whole, 0.6 s for it in 3 slices, and
// 5 s for 47,000 cards in 12 slices (bench_layout, bench_dotfile); a slice of 4,000 is still read
// as one picture, and the slices stand side by side, closer to a screen's shape than one piece.
constexpr std::size_t wholePieceCards = 6000;
constexpr std::size_t sliceCards = 4000;

using LayOut = std::function<LayoutResult(const LayoutRequest &)>;
LayoutResult layOutInSlices(const LayoutRequest &piece, std::size_t maxSliceCards, const LayOut &layOut);

// The piece's cards (indices into piece.nodes) in the order they were recorded (by id), except
// that a card always comes after its inputs (edges closing a cycle are ignored).
std::vector<std::size_t> recordingOrder(const LayoutRequest &piece);

} // namespace wfs::layout
