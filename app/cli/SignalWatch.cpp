#include "app/cli/SignalWatch.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace wfs::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

} // namespace

SignalWatch::SignalWatch(std::function<void()> onSignal_) : m_onSignal(std::move(onSignal_))
{
    // Close-on-exec: the programs we start must not hold our signal pipe.
    if (signalPipe[0] < 0 && ::pipe2(signalPipe, O_CLOEXEC) != 0)
        return;
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, onSignal);
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        m_onSignal();
    });
}

SignalWatch::~SignalWatch()
{
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, SIG_DFL);
}

} // namespace wfs::cli
