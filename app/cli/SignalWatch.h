#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace wfs::cli {

// SIGINT/SIGTERM/SIGHUP turned into a call on the event loop (the handler only writes to a
// pipe): `wfs run` and `wfs bake` cancel their programs' groups instead of dying before them.
class SignalWatch
{
public:
    explicit SignalWatch(std::function<void()> onSignal);
    ~SignalWatch();
    SignalWatch(const SignalWatch &) = delete;
    SignalWatch &operator=(const SignalWatch &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::function<void()> m_onSignal;
};

} // namespace wfs::cli
