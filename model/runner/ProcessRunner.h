#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QFile;
class QTimer;

namespace wfs {

struct RunSpec
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    QString logPath; // combined stdout+stderr is appended here as it arrives
    // The program reads our standard input (`wfs run`); otherwise it reads /dev/null, so a
    // prompt fails at once instead of waiting for input that never comes.
    bool forwardInput = false;
    // What the program left running in its group is killed when it exits, as in a container
    // whose first process ends (pipeline tasks and live jobs).
    bool endGroupWithProgram = false;
};

// The one way Workflow Studio runs a program: in a process group of its own (so that cancel
// reaches grandchildren), its combined output streamed to a log file and to output(),
// cancel as SIGTERM to the group then SIGKILL after a grace period. The program and this process
// are child subreapers: a descendant that leaves the group (setsid) is still found and stopped.
class ProcessRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Exited, Crashed, Cancelled, FailedToStart };

    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    // Throws wfs::Error when the log cannot be opened; a program that cannot start is
    // reported through finished() with Outcome::FailedToStart.
    void start(const RunSpec &spec);
    void cancel(int graceMs = 5000);
    bool isRunning() const;
    qint64 processId() const;

    // Blocks (running an event loop) until finished; returns the shell-style exit code:
    // the program's own, 128+N when killed by signal N, 127 when it could not start.
    int waitForFinished();

    int exitCode() const { return m_exitCode; }

    // What proves later that a saved process group id still names this program (see
    // proctree::identity); save it beside the id.
    QString identity() const;

    // For a group whose runner is gone (killed): SIGTERM, then SIGKILL if it is still there
    // after `graceMs`, to the group and to what below its leader left it. Nothing is signalled
    // unless `savedIdentity` proves the id still names the group we started; returns false then,
    // and when no such group exists.
    static bool terminateGroup(qint64 pgid, const QString &savedIdentity, int graceMs = 5000);
    Outcome outcome() const { return m_outcome; }
    QString errorString() const { return m_error; }

signals:
    void output(const QByteArray &chunk);
    void finished(int exitCode, wfs::ProcessRunner::Outcome outcome);

private:
    void readOutput();
    void onFinished(int code, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void signalGroup(int signal);

    QProcess m_process;
    std::unique_ptr<QFile> m_log;
    QTimer *m_killTimer = nullptr;
    qint64 m_pid = 0;
    bool m_cancelled = false;
    bool m_endGroup = false;
    bool m_done = false;
    int m_exitCode = 0;
    Outcome m_outcome = Outcome::Exited;
    QString m_error;
};

} // namespace wfs
