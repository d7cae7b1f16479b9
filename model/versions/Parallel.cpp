#include "model/versions/Parallel.h"

#include "model/core/Error.h"

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace wfs {

void parallelFor(std::size_t n, const std::atomic<bool> *cancel, const std::function<void(std::size_t)> &work,
                 const std::function<void(std::size_t)> &tick)
{
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex errorMutex;
    std::optional<Error> error;
    auto run = [&] {
        while (!stop) {
            const std::size_t i = next++;
            if (i >= n || (cancel && cancel->load()))
                return;
            try {
                work(i);
            } catch (const Error &e) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = e;
                stop = true;
            }
            ++done;
        }
    };
    std::vector<std::thread> others;
    for (int t = 1; t < 8; ++t)
        others.emplace_back(run);
    run();
    for (std::thread &t : others)
        t.join();
    if (tick)
        tick(done);
    if (error)
        throw *error;
}

} // namespace wfs
