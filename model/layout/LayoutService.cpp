#include "model/layout/LayoutService.h"

#include "model/core/Error.h"
#include "model/layout/Components.h"
#include "model/layout/LayoutWorker.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace wfs {

namespace {

struct LayoutThread
{
    QThread thread;
    LayoutWorker *worker = nullptr;
};

QMutex threadMutex;
LayoutThread *layoutThread = nullptr;
std::atomic<quint64> nextClient{0};

// What was on screen for a graph is kept apart from the pieces Graphviz laid out: a graph of
// one piece has the same content key, and a fresh layout must not find the incremental one.
QByteArray shownKey(const LayoutRequest &request)
{
    return QByteArrayLiteral("shown:") + request.key();
}

LayoutWorker *worker()
{
    QMutexLocker lock(&threadMutex);
    if (!layoutThread) {
        qRegisterMetaType<wfs::LayoutResult>();
        qRegisterMetaType<wfs::LayoutRequest>();
        layoutThread = new LayoutThread;
        layoutThread->thread.setObjectName(QStringLiteral("Graphviz layout"));
        layoutThread->worker = new LayoutWorker;
        layoutThread->worker->moveToThread(&layoutThread->thread);
        QObject::connect(&layoutThread->thread, &QThread::finished, layoutThread->worker, &QObject::deleteLater);
        layoutThread->thread.start();
        qAddPostRoutine(&LayoutService::shutdown);
    }
    return layoutThread->worker;
}

} // namespace

struct LayoutService::Pending
{
    quint64 ticket = 0;
    std::vector<QByteArray> keys; // one per piece, in order
    QHash<QByteArray, LayoutResult> results;
    std::vector<std::pair<QByteArray, LayoutResult>> fresh;
    int total = 0;
};

LayoutService::LayoutService(QObject *parent)
    : QObject(parent), m_client(++nextClient), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    LayoutWorker *w = worker();
    connect(w, &LayoutWorker::pieceDone, this,
            [this](quint64 client, quint64 ticket, const QByteArray &key, const LayoutResult &result) {
                if (client == m_client)
                    onPieceDone(ticket, key, result);
            });
    connect(w, &LayoutWorker::failed, this, [this](quint64 client, quint64 ticket, const QString &message) {
        if (client == m_client)
            onFailed(ticket, message);
    });
}

LayoutService::~LayoutService()
{
    m_latest->store(0); // whatever the worker still holds of ours is superseded
}

void LayoutService::shutdown()
{
    QMutexLocker lock(&threadMutex);
    if (!layoutThread)
        return;
    layoutThread->thread.quit();
    layoutThread->thread.wait();
    delete layoutThread;
    layoutThread = nullptr;
}

void LayoutService::remember(const LayoutRequest &request, const LayoutResult &shown)
{
    if (m_cache)
        m_cache->store({{shownKey(request), shown}});
}

quint64 LayoutService::request(const LayoutRequest &request, bool reuseShown)
{
    const quint64 ticket = ++m_nextTicket;
    m_latest->store(ticket);
    m_pending = std::make_unique<Pending>();
    m_pending->ticket = ticket;
    if (std::optional<LayoutResult> shown = reuseShown && m_cache ? m_cache->find(shownKey(request)) : std::nullopt) {
        QMetaObject::invokeMethod(this, [this, ticket, shown = std::move(*shown)] {
            if (!m_pending || m_pending->ticket != ticket)
                return;
            m_pending.reset();
            emit ready(ticket, shown);
        }, Qt::QueuedConnection);
        return ticket;
    }

    LayoutWorker::Job job{m_client, ticket, m_latest, {}};
    for (LayoutRequest &piece : layout::splitComponents(request)) {
        QByteArray key = piece.key();
        m_pending->keys.push_back(key);
        if (m_pending->results.contains(key))
            continue;
        if (std::optional<LayoutResult> cached = m_cache ? m_cache->find(key) : std::nullopt)
            m_pending->results.insert(key, std::move(*cached));
        else
            job.pieces.emplace_back(std::move(key), std::move(piece));
    }
    m_pending->total = int(m_pending->keys.size());
    // Small pieces first: most of the picture appears early, the big piece comes last.
    std::sort(job.pieces.begin(), job.pieces.end(), [](const auto &a, const auto &b) {
        return a.second.nodes.size() < b.second.nodes.size();
    });
    emit progress(ticket, m_pending->total - int(job.pieces.size()), m_pending->total);
    if (job.pieces.empty()) {
        QMetaObject::invokeMethod(this, [this, ticket] {
            if (m_pending && m_pending->ticket == ticket)
                finish();
        }, Qt::QueuedConnection);
    } else {
        LayoutWorker *w = worker();
        QMetaObject::invokeMethod(w, [w, job] { w->run(job); }, Qt::QueuedConnection);
    }
    return ticket;
}

void LayoutService::onPieceDone(quint64 ticket, const QByteArray &key, const LayoutResult &result)
{
    if (!m_pending || m_pending->ticket != ticket) {
        // Superseded, but still right for its content: keep it for the next request.
        if (m_cache)
            m_cache->store({{key, result}});
        return;
    }
    m_pending->results.insert(key, result);
    m_pending->fresh.emplace_back(key, result);
    const int done = int(std::count_if(m_pending->keys.begin(), m_pending->keys.end(),
                                       [&](const QByteArray &k) { return m_pending->results.contains(k); }));
    emit progress(ticket, done, m_pending->total);
    if (done == m_pending->total)
        finish();
}

void LayoutService::onFailed(quint64 ticket, const QString &message)
{
    if (!m_pending || m_pending->ticket != ticket)
        return;
    m_pending.reset();
    emit failed(ticket, message);
}

void LayoutService::finish()
{
    std::unique_ptr<Pending> p = std::move(m_pending);
    std::vector<LayoutResult> pieces;
    pieces.reserve(p->keys.size());
    for (const QByteArray &key : p->keys)
        pieces.push_back(p->results.value(key));
    if (m_cache)
        m_cache->store(p->fresh);
    emit ready(p->ticket, layout::pack(std::move(pieces)));
}

} // namespace wfs
