#include "model/layout/LayoutWorker.h"

#include "model/core/Error.h"
#include "model/layout/Slices.h"

namespace wfs {

void LayoutWorker::run(const Job &job)
{
    try {
        if (!m_graphviz)
            m_graphviz = std::make_unique<GraphvizLayout>();
        for (const auto &[key, piece] : job.pieces) {
            if (job.latest->load() != job.ticket)
                return; // superseded by a newer request
            const std::size_t slices = piece.nodes.size() > layout::wholePieceCards ? layout::sliceCards
                                                                                     : layout::wholePieceCards;
            emit pieceDone(job.client, job.ticket, key,
                           layout::layOutInSlices(piece, slices, [this](const LayoutRequest &part) {
                               return m_graphviz->layout(part);
                           }));
        }
    } catch (const Error &e) {
        emit failed(job.client, job.ticket, e.message());
    }
}

} // namespace wfs
