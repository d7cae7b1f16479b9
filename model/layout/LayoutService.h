#pragma once

#include "model/layout/LayoutCache.h"
#include "model/layout/LayoutTypes.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace wfs {

// Lays out graphs off the GUI thread. Every Graphviz call of the program runs on one worker
// thread that owns the only GraphvizLayout; callers get a plain LayoutResult back through a
// queued signal. A newer request supersedes an older one: pieces of the older one that have not
// started yet are skipped, and only the newest result is delivered.
class LayoutService : public QObject
{
    Q_OBJECT
public:
    explicit LayoutService(QObject *parent = nullptr);
    ~LayoutService() override;

    // Where laid-out pieces are kept between runs; not owned, may be null.
    void setCache(LayoutCache *cache) { m_cache = cache; }

    // Returns the request's ticket; ready() or failed() follow with it, unless superseded.
    // `reuseShown` takes what was last on screen for the same graph (remember()) if there is
    // such an entry; a fresh layout on request passes false.
    quint64 request(const LayoutRequest &request, bool reuseShown = true);
    // Keeps `shown` (a layout with incremental placements) as the graph of `request`, so that
    // reopening the graph shows it as it was left rather than laying it out again.
    void remember(const LayoutRequest &request, const LayoutResult &shown);
    bool isBusy() const { return m_pending != nullptr; }

    // Stops the worker thread; the program calls it once before it exits.
    static void shutdown();

signals:
    void progress(quint64 ticket, int done, int total);
    void ready(quint64 ticket, const wfs::LayoutResult &result);
    void failed(quint64 ticket, const QString &message);

private:
    struct Pending;
    void onPieceDone(quint64 ticket, const QByteArray &key, const wfs::LayoutResult &result);
    void onFailed(quint64 ticket, const QString &message);
    void finish();

    quint64 m_client;
    quint64 m_nextTicket = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Pending> m_pending;
    LayoutCache *m_cache = nullptr;
};

} // namespace wfs
