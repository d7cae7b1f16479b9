#include "model/layout/LayoutWorker.h"

#include "model/core/Error.h"

namespace wfs {

void LayoutWorker::run(const Job &job)
{
    try {
        if (!m_graphviz)
            m_graphviz = std::make_unique<GraphvizLayout>();
        for (const auto &[key, piece] : job.pieces) {
            if (job.latest->load() != job.ticket)
                return; // superseded by a newer request
            emit pieceDone(job.client, job.ticket, key, m_graphviz->layout(piece));
        }
    } catch (const Error &e) {
        emit failed(job.client, job.ticket, e.message());
    }
}

} // namespace wfs
