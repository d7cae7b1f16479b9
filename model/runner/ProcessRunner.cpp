#include "model/runner/ProcessRunner.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include "model/runner/ProcessTree.h"

#include <csignal>
#include <mutex>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace wfs {

namespace {
// The programs this process runs right now: its children that are not adopted leftovers.
std::mutex leadersMutex;
std::vector<pid_t> leaders;
} // namespace

ProcessRunner::ProcessRunner(QObject *parent) : QObject(parent), m_killTimer(new QTimer(this))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A group of its own: cancelling signals the program and everything it started.
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        // The program adopts what its children leave behind, so that a process that left the
        // group (setsid) stays below it, where cancel finds it. Kept across exec.
        ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
        // Ignored signals survive exec; the program gets the default SIGPIPE behaviour back.
        ::signal(SIGPIPE, SIG_DFL);
    });
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::readOutput);
    connect(&m_process, &QProcess::finished, this, &ProcessRunner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ProcessRunner::onError);
}

ProcessRunner::~ProcessRunner()
{
    if (isRunning()) {
        signalGroup(SIGKILL);
        m_process.waitForFinished(2000);
    }
}

void ProcessRunner::start(const RunSpec &spec)
{
    if (!spec.logPath.isEmpty()) {
        QDir().mkpath(QFileInfo(spec.logPath).absolutePath());
        m_log = std::make_unique<QFile>(spec.logPath);
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
            throw Error(QCoreApplication::translate("wfs::ProcessRunner", "Cannot write the log %1: %2")
                            .arg(spec.logPath, m_log->errorString()));
    }
    m_process.setProcessEnvironment(spec.environment);
    if (spec.forwardInput)
        m_process.setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        m_process.setStandardInputFile(QProcess::nullDevice());
    m_endGroup = spec.endGroupWithProgram;
    if (!spec.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(spec.workingDirectory);
    // And we adopt what is left when the program itself is gone.
    proctree::becomeSubreaper();
    m_process.start(spec.program, spec.arguments);
    m_pid = m_process.processId();
    if (m_pid > 0) {
        std::lock_guard lock(leadersMutex);
        leaders.push_back(pid_t(m_pid));
    }
}

QString ProcessRunner::identity() const
{
    return m_pid > 0 ? proctree::identity(pid_t(m_pid)) : QString();
}

bool ProcessRunner::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 ProcessRunner::processId() const
{
    return m_pid;
}

// The group, and every process below the program that left it (setsid): while the program
// lives it adopts them, so they are all its descendants.
void ProcessRunner::signalGroup(int signal)
{
    if (m_pid <= 0 || m_done)
        return;
    const std::vector<pid_t> below = proctree::descendants(pid_t(m_pid));
    ::kill(-pid_t(m_pid), signal);
    for (pid_t p : below)
        ::kill(p, signal);
}

bool ProcessRunner::terminateGroup(qint64 pgid, const QString &savedIdentity, int graceMs)
{
    // A saved id is proved to be still ours before anything is signalled: after a crash or a
    // reboot it may name a stranger.
    if (pgid <= 1 || proctree::check(pid_t(pgid), savedIdentity) != proctree::Saved::Ours)
        return false;
    auto signalAll = [&](int signal) {
        for (pid_t p : proctree::descendants(pid_t(pgid)))
            ::kill(p, signal);
        return ::kill(-pid_t(pgid), signal) == 0;
    };
    if (!signalAll(SIGTERM))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < graceMs) {
        if (::kill(-pid_t(pgid), 0) != 0)
            return true;
        QThread::msleep(20);
    }
    signalAll(SIGKILL);
    return true;
}

void ProcessRunner::cancel(int graceMs)
{
    // Asked again (a poll that sees the request still standing), the first SIGKILL deadline stays.
    if (m_done || !isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    m_killTimer->start(graceMs);
}

void ProcessRunner::readOutput()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (chunk.isEmpty())
        return;
    if (m_log) {
        m_log->write(chunk);
        m_log->flush();
    }
    emit output(chunk);
}

void ProcessRunner::onFinished(int code, QProcess::ExitStatus status)
{
    readOutput();
    m_killTimer->stop();
    if (status == QProcess::CrashExit) {
        m_exitCode = 128 + code;
        m_outcome = Outcome::Crashed;
    } else {
        m_exitCode = code;
        m_outcome = Outcome::Exited;
    }
    if (m_cancelled)
        m_outcome = Outcome::Cancelled;
    {
        std::lock_guard lock(leadersMutex);
        std::erase(leaders, pid_t(m_pid));
    }
    // The group may outlive its leader; a cancelled run leaves nothing behind, nor does one
    // that ends its group, including what left the group and was adopted by us.
    if (m_cancelled || m_endGroup) {
        if (m_pid > 0)
            ::kill(-pid_t(m_pid), SIGKILL);
        std::vector<pid_t> keep;
        {
            std::lock_guard lock(leadersMutex);
            keep = leaders;
        }
        proctree::killAdoptedOrphans(keep);
    }
    m_done = true;
    if (m_log)
        m_log->close();
    emit finished(m_exitCode, m_outcome);
}

void ProcessRunner::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return;
    m_error = m_process.errorString();
    m_exitCode = 127;
    m_outcome = Outcome::FailedToStart;
    m_done = true;
    if (m_log) {
        m_log->write(m_error.toUtf8() + '\n');
        m_log->close();
    }
    emit finished(m_exitCode, m_outcome);
}

int ProcessRunner::waitForFinished()
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &ProcessRunner::finished, &loop, &QEventLoop::quit);
        if (!m_done)
            loop.exec();
    }
    return m_exitCode;
}

} // namespace wfs
