#include "model/pipelines/BatchOrder.h"

#include "model/core/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <queue>

namespace wfs::pipelines::batchorder {

namespace {

[[noreturn]] void reportCycle(const std::vector<PlannedTask> &tasks, const std::vector<std::vector<int>> &deps,
                              const std::vector<bool> &done, const FlowDocument &doc)
{
    // Every task left waits for another task left, so following those needs must come back
    // to a task already seen; the tasks from there on form a cycle.
    std::vector<int> path;
    int t = int(std::find(done.begin(), done.end(), false) - done.begin());
    while (std::find(path.begin(), path.end(), t) == path.end()) {
        path.push_back(t);
        const auto &d = deps[size_t(t)];
        t = *std::find_if(d.begin(), d.end(), [&](int x) { return !done[size_t(x)]; });
    }
    std::vector<int> cycle(std::find(path.begin(), path.end(), t), path.end());
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    QStringList names;
    for (int i : cycle)
        names << tasks[size_t(i)].id;
    names << names.front();
    const PlannedTask &first = tasks[size_t(cycle.front())];
    throw FlowError(doc.tasks[size_t(first.specIndex)].mark, QStringLiteral("needs"),
                    Text::tr("the needs form a cycle (each task needs the next): %1").arg(names.join(QStringLiteral(" -> "))));
}

} // namespace

std::vector<PlannedTask> sorted(const std::vector<PlannedTask> &tasks, const std::vector<std::vector<int>> &deps,
                                const FlowDocument &doc)
{
    const size_t n = tasks.size();
    std::vector<int> waiting(n);
    std::vector<std::vector<int>> users(n);
    for (size_t t = 0; t < n; ++t) {
        waiting[t] = int(deps[t].size());
        for (int d : deps[t])
            users[size_t(d)].push_back(int(t));
    }
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (size_t t = 0; t < n; ++t) {
        if (waiting[t] == 0)
            ready.push(int(t));
    }
    std::vector<bool> done(n, false);
    std::vector<PlannedTask> out;
    while (!ready.empty()) {
        const int t = ready.top();
        ready.pop();
        done[size_t(t)] = true;
        out.push_back(tasks[size_t(t)]);
        for (int u : users[size_t(t)]) {
            if (--waiting[size_t(u)] == 0)
                ready.push(u);
        }
    }
    if (out.size() < n)
        reportCycle(tasks, deps, done, doc);
    return out;
}

} // namespace wfs::pipelines::batchorder
