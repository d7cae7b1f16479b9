#pragma once

#include <QString>

namespace wfs::pipelines {

// Held by the process running an attempt, for its whole life: others see the attempt as
// interrupted once it is gone, however the runner ended.
class RunnerLock
{
public:
    explicit RunnerLock(const QString &path); // throws when another runner holds it
    ~RunnerLock();
    RunnerLock(const RunnerLock &) = delete;
    RunnerLock &operator=(const RunnerLock &) = delete;

    // True when some process holds the lock at `path`.
    static bool isHeld(const QString &path);

private:
    int m_fd = -1;
};

} // namespace wfs::pipelines
