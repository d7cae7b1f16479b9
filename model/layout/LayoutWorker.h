#pragma once

#include "model/layout/GraphvizLayout.h"
#include "model/layout/LayoutTypes.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace wfs {

// Lives on the layout thread; owns the program's only GraphvizLayout (internal to LayoutService).
class LayoutWorker : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        quint64 client = 0;
        quint64 ticket = 0;
        std::shared_ptr<std::atomic<quint64>> latest;
        std::vector<std::pair<QByteArray, LayoutRequest>> pieces;
    };

    // Runs on the layout thread.
    void run(const Job &job);

signals:
    void pieceDone(quint64 client, quint64 ticket, const QByteArray &key, const wfs::LayoutResult &result);
    void failed(quint64 client, quint64 ticket, const QString &message);

private:
    std::unique_ptr<GraphvizLayout> m_graphviz;
};

} // namespace wfs
