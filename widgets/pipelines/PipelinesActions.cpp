// The Pipelines view's actions and what they start: bakes, restarts and cancels, live jobs.
// Each is a `wfs` child process; its effect reaches the view through the database like any
// other process's.
#include "widgets/pipelines/PipelinesPanel.h"

#include "model/core/Error.h"
#include "model/graph/WorkflowModel.h"
#include "model/workspace/Workspace.h"
#include "widgets/GraphView.h"
#include "widgets/IconFont.h"
#include "widgets/pipelines/BakeTree.h"
#include "widgets/pipelines/LiveJobsList.h"
#include "widgets/pipelines/ParamsDialog.h"
#include "widgets/pipelines/PipelineDagScene.h"
#include "widgets/pipelines/WfsProcess.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QToolBar>

#include <cerrno>
#include <csignal>

namespace wfs {

using namespace pipelines;

namespace {
bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool isActive(BakeStatus s)
{
    return s == BakeStatus::Running || s == BakeStatus::Pending;
}
} // namespace

void PipelinesPanel::createActions()
{
    const QColor colour(0x455a64);
    auto action = [this, colour](const QString &icon, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(iconfont::icon(icon, colour), text, this);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // its shortcut works while the panel is shown
        m_toolBar->addAction(a);
        return a;
    };
    m_open = action(QStringLiteral("folder-outline"), tr("Open YAML..."), QKeySequence::Open, &PipelinesPanel::chooseFlow);
    m_reload = action(QStringLiteral("refresh"), tr("Reload"), QKeySequence(Qt::CTRL | Qt::Key_R), &PipelinesPanel::reloadFlow);
    m_toolBar->addSeparator();
    m_run = action(QStringLiteral("play"), tr("Run"), QKeySequence(Qt::Key_F5), &PipelinesPanel::runWithParams);
    m_cancelTask = action(QStringLiteral("close-circle-outline"), tr("Cancel Task"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                          &PipelinesPanel::cancelTask);
    m_cancelBake = action(QStringLiteral("stop"), tr("Cancel Bake"), QKeySequence(Qt::SHIFT | Qt::Key_F5), &PipelinesPanel::cancelBake);
    m_restart = action(QStringLiteral("replay"), tr("Restart from Failed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                       &PipelinesPanel::restartFromFailed);
    m_toolBar->addSeparator();
    // Zoom and fit keys are the window's (View menu): they act on the DAG while it is shown.
    m_fit = new QAction(iconfont::icon(QStringLiteral("fullscreen"), colour), tr("Fit"), this);
    m_fit->setToolTip(tr("Fit the DAG in the view"));
    connect(m_fit, &QAction::triggered, this, [this] { m_view->fitGraph(0.5); });
    m_toolBar->addAction(m_fit);
    m_open->setObjectName(QStringLiteral("openFlow"));
    m_run->setObjectName(QStringLiteral("runFlow"));
    m_cancelTask->setObjectName(QStringLiteral("cancelTask"));
    m_cancelBake->setObjectName(QStringLiteral("cancelBake"));
    m_restart->setObjectName(QStringLiteral("restartFromFailed"));
    auto *preview = new QAction(tr("Show Plan"), this);
    preview->setToolTip(tr("Show the open file's tasks instead of a bake"));
    connect(preview, &QAction::triggered, this, &PipelinesPanel::showPlan);
    m_toolBar->addAction(preview);
}

std::optional<BakeAttempt> PipelinesPanel::shownAttemptState()
{
    if (!m_bake)
        return std::nullopt;
    return m_state.attemptOf(m_bake, m_attempt);
}

void PipelinesPanel::updateActions()
{
    const bool batch = m_doc && m_doc->kind == FlowDocument::Kind::Batch;
    m_run->setEnabled(batch && !m_pending);
    m_reload->setEnabled(!m_file.isEmpty());
    const auto shown = shownAttemptState();
    std::optional<BakeAttempt> newest;
    if (m_bake && !m_state.attemptsOf(m_bake).empty())
        newest = m_state.attemptsOf(m_bake).back();
    const bool running = shown && isActive(shown->status) && newest && newest->number == shown->number;
    m_cancelBake->setEnabled(running);
    bool taskOpen = false;
    const QString task = m_scene->selectedTask();
    for (const BakeTaskRow &r : m_rows)
        taskOpen = taskOpen || (r.id == task && !isFinal(r.status));
    m_cancelTask->setEnabled(running && taskOpen);
    m_restart->setEnabled(newest && !isActive(newest->status) && newest->status != BakeStatus::Succeeded && !m_pending);
}

void PipelinesPanel::runWithParams()
{
    if (!m_doc || m_doc->kind != FlowDocument::Kind::Batch) {
        emit message(tr("Open a batch workflow file first"));
        return;
    }
    if (m_doc->params.empty()) {
        run();
        return;
    }
    ParamsDialog dialog(QFileInfo(m_file).fileName(), m_doc->params, this);
    if (dialog.exec() == QDialog::Accepted)
        run(dialog.overrides());
}

bool PipelinesPanel::run(const std::vector<std::pair<QString, QString>> &params)
{
    if (!m_doc || m_doc->kind != FlowDocument::Kind::Batch) {
        emit message(tr("Open a batch workflow file first"));
        return false;
    }
    QStringList args{QStringLiteral("bake"), m_file};
    for (const auto &[name, value] : params)
        args << QStringLiteral("-p") << name << value;
    PendingStart pending;
    // As last read: a bake started elsewhere meanwhile is told apart by its runner's pid.
    pending.afterBake = m_state.bakes.empty() ? 0 : m_state.bakes.front().id;
    m_pending = pending;
    startDetached(args, tr("Bake of %1").arg(QFileInfo(m_file).fileName()));
    return m_pending.has_value();
}

void PipelinesPanel::restartFromFailed()
{
    if (!m_bake)
        return;
    PendingStart pending;
    pending.bake = m_bake;
    const std::vector<BakeAttempt> &attempts = m_state.attemptsOf(m_bake);
    pending.afterAttempt = attempts.empty() ? 0 : attempts.back().number;
    m_pending = pending;
    startDetached({QStringLiteral("restart"), QString::number(m_bake), QStringLiteral("--from-failed")},
                  tr("Restart of bake #%1").arg(m_bake));
}

void PipelinesPanel::startDetached(const QStringList &args, const QString &what)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_pending->output = m_model.workspace().logsDir() + QStringLiteral("/gui/%1-%2.out").arg(args.front()).arg(now);
    m_pending->startedMs = now;
    QString error;
    m_pending->pid = wfsprocess::startDetached(m_model.workspace().dir(), args, m_pending->output, &error);
    if (!m_pending->pid) {
        m_pending.reset();
        emit message(error, 15000);
    } else {
        emit message(tr("%1: starting...").arg(what), 5000);
    }
    updateActions();
}

// A started bake is ours once its attempt is in the database; if the process ends before
// that, it failed to start and its output says why.
void PipelinesPanel::checkPendingStart()
{
    const std::vector<Bake> &bakes = m_state.bakes;
    if (!m_pending)
        return;
    const PendingStart p = *m_pending;
    auto found = [&]() -> std::pair<qint64, bool> {
        if (p.bake) {
            const std::vector<BakeAttempt> &attempts = m_state.attemptsOf(p.bake);
            return {p.bake, !attempts.empty() && attempts.back().number > p.afterAttempt
                                && attempts.back().runnerPid == p.pid};
        }
        // The attempt records its runner's pid: ours, even when another bake of the same file
        // starts at the same moment from the command line.
        for (auto it = bakes.rbegin(); it != bakes.rend(); ++it) { // oldest first
            if (it->id > p.afterBake && it->last.runnerPid == p.pid)
                return {it->id, true};
        }
        return {0, false};
    };
    if (const auto [bake, ok] = found(); ok) {
        m_pending.reset();
        emit message(p.bake ? tr("Bake #%1 restarted").arg(bake) : tr("Bake #%1 started").arg(bake), 5000);
        showBake(bake, 0);
        return;
    }
    if (processAlive(p.pid))
        return;
    // Gone: look once more in a read that starts now (it may have written and ended after
    // the read at hand started).
    if (!m_pending->gone) {
        m_pending->gone = true;
        m_gate.again();
        return;
    }
    m_pending.reset();
    QFile out(p.output);
    const QString text = out.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(out.readAll()) : QString();
    const QString why = wfsprocess::lastLine(text);
    emit message(why.isEmpty() ? tr("wfs ended without starting the bake") : tr("wfs could not start the bake: %1").arg(why),
                 20000);
}

void PipelinesPanel::runCommand(const QStringList &args, const QString &doneText)
{
    wfsprocess::run(this, m_model.workspace().dir(), args, [this, doneText](const wfsprocess::Result &r) {
        if (r.exitCode == 0)
            emit message(doneText, 8000);
        else
            emit message(wfsprocess::lastLine(r.err.isEmpty() ? r.out : r.err), 20000);
        refresh();
    });
}

void PipelinesPanel::cancelTask()
{
    const QString task = m_scene->selectedTask();
    if (!m_bake || task.isEmpty()) {
        emit message(tr("Select a running task of the shown bake first"));
        return;
    }
    emit message(tr("Cancelling %1...").arg(task));
    runCommand({QStringLiteral("cancel"), QString::number(m_bake), task}, tr("Task %1 of bake #%2 cancelled").arg(task).arg(m_bake));
}

void PipelinesPanel::cancelBake()
{
    if (!m_bake)
        return;
    emit message(tr("Cancelling bake #%1...").arg(m_bake));
    runCommand({QStringLiteral("cancel"), QString::number(m_bake)}, tr("Bake #%1 cancelled").arg(m_bake));
}

void PipelinesPanel::startJob(const QString &job, bool multi)
{
    if (!m_doc || m_doc->kind != FlowDocument::Kind::Live)
        return;
    QStringList args{QStringLiteral("run-job"), job, QStringLiteral("--flow"), m_file};
    if (multi) {
        bool ok = false;
        const QString suffix = QInputDialog::getText(this, tr("Start %1").arg(job),
                                                     tr("Suffix of this instance (empty: a random one):"), QLineEdit::Normal,
                                                     {}, &ok);
        if (!ok)
            return;
        if (!suffix.trimmed().isEmpty())
            args << QStringLiteral("-s") << suffix.trimmed();
    }
    if (const JobSpec *spec = m_doc->job(job); spec && !spec->params.empty()) {
        ParamsDialog dialog(job, spec->params, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (const auto &[name, value] : dialog.overrides())
            args << QStringLiteral("-p") << name << value;
    }
    emit message(tr("Starting %1...").arg(job));
    runCommand(args, tr("Live job %1 started").arg(job));
}

void PipelinesPanel::killJob(qint64 id, const QString &name)
{
    emit message(tr("Stopping %1...").arg(name));
    runCommand({QStringLiteral("kill"), QString::number(id)}, tr("Live job %1 killed").arg(name));
}

} // namespace wfs
