#include "workspace/WorkspaceReader.h"

#include "workspace/WorkspaceWorker.h"

namespace wfs {

namespace {
constexpr int readerBusyTimeoutMs = 15000;
constexpr int writerBusyTimeoutMs = 600000;
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

WorkspaceWriter::WorkspaceWriter(const QString &dir, QObject *parent) : WorkspaceThread(dir, writerBusyTimeoutMs, parent) {}

WorkspaceWriter::~WorkspaceWriter()
{
    // An edit made just before closing the window is still written, unless another process
    // holds the workspace for longer than this.
    stop(std::chrono::seconds(30));
}

} // namespace wfs
