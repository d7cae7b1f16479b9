#pragma once

#include "app/cli/Cli.h"
#include "model/pipelines/BakeStore.h"
#include "model/pipelines/FlowDocument.h"

#include <functional>
#include <utility>
#include <vector>

namespace wfs::cli {

// What the bake commands share.
// "-p NAME VALUE" pairs, in the order given.
std::vector<std::pair<QString, QString>> paramPairs(const Args &args);
// The first positional argument as a bake id; a usage error otherwise.
qint64 bakeIdFrom(const Args &args);
// The newest attempt of `bake`; a usage error when there is no such bake.
pipelines::BakeAttempt lastAttempt(pipelines::BakeStore &store, qint64 bake);

// Prints once, on stderr, the platform-only keys a flow holds that a local run ignores.
void reportIgnored(const pipelines::FlowDocument &doc);

// "yyyy-MM-dd HH:mm:ss" in local time, "-" for 0.
QString timeText(qint64 ms);

// Prints the log of a task or job run, then, with `follow`, what is appended to it until the run
// has ended (like tail -f). `state` is asked again every 200 ms.
struct LogState
{
    QString path;
    bool ended = false;
};
void printLog(bool follow, const std::function<LogState()> &state);

} // namespace wfs::cli
