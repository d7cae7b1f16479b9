#include "model/workspace/WorkspaceWriter.h"

namespace wfs {

namespace {
constexpr int writerBusyTimeoutMs = 600000;
} // namespace

WorkspaceWriter::WorkspaceWriter(const QString &dir, QObject *parent) : WorkspaceThread(dir, writerBusyTimeoutMs, parent) {}

WorkspaceWriter::~WorkspaceWriter()
{
    // An edit made just before closing the window is still written, unless another process
    // holds the workspace for longer than this.
    stop(std::chrono::seconds(30));
}

} // namespace wfs
