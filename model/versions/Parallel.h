#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace wfs {

// Runs `work(i)` for i in [0, n) on eight threads (the work waits on the disk more than on the
// CPU); the first wfs::Error stops the rest and is rethrown. `tick` (optional) hears how many
// were done, from the calling thread at the end.
void parallelFor(std::size_t n, const std::atomic<bool> *cancel, const std::function<void(std::size_t)> &work,
                 const std::function<void(std::size_t)> &tick = {});

} // namespace wfs
