#include "widgets/pipelines/PipelinesState.h"

#include "model/graph/GraphStore.h"

namespace wfs {

using namespace pipelines;

namespace {
constexpr int kBakesListed = 200;
constexpr int kJobsListed = 200;
} // namespace

PipelinesState PipelinesState::read(Workspace &workspace, qint64 bake, int attempt)
{
    PipelinesState s;
    BakeStore store(workspace);
    s.bakes = store.bakes(kBakesListed);
    // One query for the attempts of every bake listed (newest first: the last is the oldest).
    if (!s.bakes.empty())
        s.attempts = store.attemptsFrom(s.bakes.back().id);
    if (bake) {
        s.bake = bake;
        s.shownBake = store.bake(bake);
        if (!s.attempts.contains(bake))
            s.attempts[bake] = store.attempts(bake);
        const std::vector<BakeAttempt> &attempts = s.attempts[bake];
        if (!attempts.empty()) {
            s.attempt = attempt ? attempt : attempts.back().number;
            s.rows = store.tasks(bake, s.attempt);
        }
    }
    GraphStore graph(workspace);
    s.jobs = LiveJobs(graph).list(true, kJobsListed);
    return s;
}

const std::vector<BakeAttempt> &PipelinesState::attemptsOf(qint64 bake) const
{
    static const std::vector<BakeAttempt> none;
    const auto it = attempts.find(bake);
    return it == attempts.end() ? none : it->second;
}

std::optional<BakeAttempt> PipelinesState::attemptOf(qint64 bake, int number) const
{
    for (const BakeAttempt &a : attemptsOf(bake)) {
        if (a.number == number)
            return a;
    }
    return std::nullopt;
}

} // namespace wfs
