#pragma once

#include "model/pipelines/BakeStore.h"
#include "model/pipelines/LiveJobs.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace wfs {

class Workspace;

// What the Pipelines panel shows from the workspace, read in one go on the workspace reader's
// thread and handed over as a plain value: the panel itself never runs SQL.
struct PipelinesState
{
    std::vector<pipelines::Bake> bakes; // newest first
    // Attempts (oldest first) of the bakes listed and of the bake asked about.
    std::unordered_map<qint64, std::vector<pipelines::BakeAttempt>> attempts;
    std::vector<pipelines::LiveJob> jobs; // newest first
    qint64 bake = 0;                      // the bake asked about, 0 for none
    int attempt = 0;                      // its attempt read: the one asked for, or the newest
    std::optional<pipelines::Bake> shownBake;
    std::vector<pipelines::BakeTaskRow> rows; // that attempt's tasks, in plan order

    // `attempt` 0 reads the bake's newest attempt.
    static PipelinesState read(Workspace &workspace, qint64 bake, int attempt);

    const std::vector<pipelines::BakeAttempt> &attemptsOf(qint64 bake) const;
    std::optional<pipelines::BakeAttempt> attemptOf(qint64 bake, int number) const;
};

} // namespace wfs
