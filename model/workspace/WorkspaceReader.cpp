#include "model/workspace/WorkspaceReader.h"

#include "model/workspace/WorkspaceWorker.h"

namespace wfs {

namespace {
constexpr int readerBusyTimeoutMs = 15000;
} // namespace

WorkspaceReader::WorkspaceReader(const QString &dir, int pollMs, QObject *parent)
    : WorkspaceThread(dir, readerBusyTimeoutMs, parent)
{
    WorkspaceWorker *w = worker();
    QMetaObject::invokeMethod(w, [this, w, pollMs] {
        w->watch(pollMs, [this] { QMetaObject::invokeMethod(this, &WorkspaceReader::changed, Qt::QueuedConnection); });
    }, Qt::QueuedConnection);
}

WorkspaceReader::~WorkspaceReader()
{
    stop();
}

void WorkspaceReader::setPollInterval(int ms)
{
    WorkspaceWorker *w = worker();
    QMetaObject::invokeMethod(w, [w, ms] { w->setInterval(ms); }, Qt::QueuedConnection);
}

} // namespace wfs
