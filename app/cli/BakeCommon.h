#pragma once

#include "Cli.h"
#include "pipelines/BakeStore.h"

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

} // namespace wfs::cli
