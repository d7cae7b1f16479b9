#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace wfs {

struct PipelinesState;

// What the Pipelines view starts: bakes and restarts (detached `wfs` processes that outlive the
// window) and short commands (cancel, run-job, kill). A started bake is the view's once its
// attempt shows up in the workspace; if its process ends before that, its output says why.
class PipelineStarts : public QObject
{
    Q_OBJECT
public:
    PipelineStarts(QString workspaceDir, QString logsDir, QObject *parent = nullptr);

    // `afterBake`: the newest bake as last read; a bake above it with our runner's pid is ours.
    bool startBake(const QString &file, const std::vector<std::pair<QString, QString>> &params, qint64 afterBake);
    // `afterAttempt`: the bake's newest attempt as last read.
    bool restart(qint64 bake, int afterAttempt);
    bool isPending() const { return m_pending.has_value(); }

    enum class Check { Waiting, ReadAgain, Found, Failed };
    // Looks for the pending start in what was just read. Found: *bake is set and the start is
    // over; Failed: message() told why; ReadAgain: its process ended, one more read decides.
    Check check(const PipelinesState &state, qint64 *bake);

    // Runs `wfs ARGS...` without blocking; says `doneText` or the error, then emits commandEnded.
    void runCommand(const QStringList &args, const QString &doneText);

signals:
    void message(const QString &text, int timeoutMs);
    void commandEnded();

private:
    bool startDetached(const QStringList &args, const QString &what);

    struct Pending
    {
        qint64 pid = 0;
        qint64 afterBake = 0; // bakes above this id are new
        qint64 bake = 0;      // a restart: its bake
        int afterAttempt = 0;
        QString output; // its stdout and stderr
        bool gone = false; // its process was seen ended: one more read decides
    };
    QString m_workspaceDir;
    QString m_logsDir;
    std::optional<Pending> m_pending;
};

} // namespace wfs
