#include "widgets/pipelines/PipelineStarts.h"

#include "widgets/pipelines/PipelinesState.h"
#include "widgets/pipelines/WfsProcess.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>

namespace wfs {

using namespace pipelines;

namespace {
bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

PipelineStarts::PipelineStarts(QString workspaceDir, QString logsDir, QObject *parent)
    : QObject(parent), m_workspaceDir(std::move(workspaceDir)), m_logsDir(std::move(logsDir))
{
}

bool PipelineStarts::startBake(const QString &file, const std::vector<std::pair<QString, QString>> &params,
                               qint64 afterBake)
{
    QStringList args{QStringLiteral("bake"), file};
    for (const auto &[name, value] : params)
        args << QStringLiteral("-p") << name << value;
    m_pending = Pending{};
    m_pending->afterBake = afterBake;
    return startDetached(args, tr("Bake of %1").arg(QFileInfo(file).fileName()));
}

bool PipelineStarts::restart(qint64 bake, int afterAttempt)
{
    m_pending = Pending{};
    m_pending->bake = bake;
    m_pending->afterAttempt = afterAttempt;
    return startDetached({QStringLiteral("restart"), QString::number(bake), QStringLiteral("--from-failed")},
                         tr("Restart of bake #%1").arg(bake));
}

bool PipelineStarts::startDetached(const QStringList &args, const QString &what)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_pending->output = m_logsDir + QStringLiteral("/gui/%1-%2.out").arg(args.front()).arg(now);
    QString error;
    m_pending->pid = wfsprocess::startDetached(m_workspaceDir, args, m_pending->output, &error);
    if (!m_pending->pid) {
        m_pending.reset();
        emit message(error, 15000);
        return false;
    }
    emit message(tr("%1: starting...").arg(what), 5000);
    return true;
}

PipelineStarts::Check PipelineStarts::check(const PipelinesState &state, qint64 *bake)
{
    if (!m_pending)
        return Check::Waiting;
    const Pending p = *m_pending;
    auto found = [&]() -> qint64 {
        if (p.bake) {
            const std::vector<BakeAttempt> &attempts = state.attemptsOf(p.bake);
            return !attempts.empty() && attempts.back().number > p.afterAttempt && attempts.back().runnerPid == p.pid
                       ? p.bake
                       : 0;
        }
        // The attempt records its runner's pid: ours, even when another bake of the same file
        // starts at the same moment from the command line.
        for (auto it = state.bakes.rbegin(); it != state.bakes.rend(); ++it) { // oldest first
            if (it->id > p.afterBake && it->last.runnerPid == p.pid)
                return it->id;
        }
        return 0;
    };
    if (const qint64 id = found()) {
        m_pending.reset();
        *bake = id;
        emit message(p.bake ? tr("Bake #%1 restarted").arg(id) : tr("Bake #%1 started").arg(id), 5000);
        return Check::Found;
    }
    if (processAlive(p.pid))
        return Check::Waiting;
    // Gone: look once more in a read that starts now (it may have written and ended after
    // the read at hand started).
    if (!m_pending->gone) {
        m_pending->gone = true;
        return Check::ReadAgain;
    }
    m_pending.reset();
    QFile out(p.output);
    const QString text = out.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(out.readAll()) : QString();
    const QString why = wfsprocess::lastLine(text);
    emit message(why.isEmpty() ? tr("wfs ended without starting the bake") : tr("wfs could not start the bake: %1").arg(why),
                 20000);
    return Check::Failed;
}

void PipelineStarts::runCommand(const QStringList &args, const QString &doneText)
{
    wfsprocess::run(this, m_workspaceDir, args, [this, doneText](const wfsprocess::Result &r) {
        if (r.exitCode == 0)
            emit message(doneText, 8000);
        else
            emit message(wfsprocess::lastLine(r.err.isEmpty() ? r.out : r.err), 20000);
        emit commandEnded();
    });
}

} // namespace wfs
