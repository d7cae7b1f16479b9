#include "widgets/pipelines/PipelinesController.h"

#include "model/core/Error.h"
#include "model/graph/WorkflowModel.h"
#include "model/pipelines/FlowParser.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceReader.h"
#include "widgets/pipelines/BakeTree.h"
#include "widgets/pipelines/PipelineStarts.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace wfs {

using namespace pipelines;

namespace {
// The flow last opened is remembered per workspace: another workspace's flow would only confuse.
QString lastFileKey(const QString &workspaceDir)
{
    return QStringLiteral("pipelines/files/") + QString::fromLatin1(workspaceDir.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

bool isActive(BakeStatus s)
{
    return s == BakeStatus::Running || s == BakeStatus::Pending;
}
} // namespace

PipelinesController::PipelinesController(WorkflowModel &model, QObject *parent)
    : QObject(parent), m_model(model),
      m_starts(new PipelineStarts(model.workspace().dir(), model.workspace().logsDir(), this))
{
    m_heartbeat.setInterval(2000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PipelinesController::refresh);
    connect(&m_model.reader(), &WorkspaceReader::changed, this, &PipelinesController::refresh);
    connect(m_starts, &PipelineStarts::message, this, &PipelinesController::message);
    connect(m_starts, &PipelineStarts::commandEnded, this, &PipelinesController::refresh);
}

PipelinesController::~PipelinesController() = default;

bool PipelinesController::openFlow(const QString &file)
{
    m_file = QFileInfo(file).absoluteFilePath();
    m_fileText.clear();
    m_sourceBake = 0;
    m_doc.reset();
    m_flowError.clear();
    QSettings().setValue(lastFileKey(m_model.workspace().dir()), m_file);
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_sourceText.clear();
        setFlowError(tr("%1 cannot be read: %2").arg(m_file, f.errorString()), 0, 0);
        return false;
    }
    m_fileText = QString::fromUtf8(f.readAll());
    m_sourceText = m_fileText;
    std::vector<DagTask> tasks;
    try {
        FlowDocument doc = FlowParser::parse(m_fileText, m_file);
        tasks = dagTasksOfPlan(doc);
        m_doc = std::move(doc);
    } catch (const FlowError &e) {
        const QString what = e.key().isEmpty() ? e.problem() : e.key() + QStringLiteral(": ") + e.problem();
        setFlowError(tr("Line %1, column %2: %3").arg(e.mark().line).arg(e.mark().column).arg(what), e.mark().line,
                     e.mark().column);
        return false;
    } catch (const Error &e) {
        setFlowError(e.message(), 0, 0);
        return false;
    }
    emit message(tr("Opened %1: %n task(s)", nullptr, int(tasks.size())).arg(QFileInfo(m_file).fileName()), 5000);
    emit fitRequested();
    showPlan();
    emit sourceChanged();
    return true;
}

// A file the window reopens by itself could stop it on every start; a mark kept while it is
// being opened tells the next start not to try it again unasked.
void PipelinesController::reopenLastFlow()
{
    const QString file = QSettings().value(lastFileKey(m_model.workspace().dir())).toString();
    if (!m_file.isEmpty() || file.isEmpty() || !QFileInfo(file).isFile())
        return;
    const QString openingKey = QStringLiteral("pipelines/opening");
    QSettings s;
    if (s.value(openingKey).toString() == file) {
        s.remove(openingKey);
        m_file = QFileInfo(file).absoluteFilePath();
        setFlowError(tr("%1 was not reopened: the window stopped while opening it last time. Open it again "
                        "with File > Open Pipeline...").arg(m_file), 0, 0);
        return;
    }
    s.setValue(openingKey, file);
    s.sync();
    openFlow(file);
    s.remove(openingKey);
}

bool PipelinesController::reloadFlow()
{
    if (m_file.isEmpty())
        return false;
    const qint64 bake = m_bake;
    const int attempt = m_followNewest ? 0 : m_attempt;
    if (openFlow(m_file) && bake)
        showBake(bake, attempt);
    return true;
}

void PipelinesController::setFlowError(const QString &text, int line, int column)
{
    m_flowError = text;
    m_flowErrorLine = line;
    m_flowErrorColumn = column;
    m_bake = 0;
    m_attempt = 0;
    emit sourceChanged();
    emit problemFound();
    emit shownChanged(0, 0);
    emit tasksChanged({});
    emit message(tr("%1 has a problem: %2").arg(QFileInfo(m_file).fileName(), text), 15000);
    emit changed();
}

QString PipelinesController::sourceError(int *line, int *column) const
{
    if (m_sourceBake != 0 || m_flowError.isEmpty())
        return {};
    *line = m_flowErrorLine;
    *column = m_flowErrorColumn;
    return m_flowError;
}

void PipelinesController::showPlan()
{
    m_bake = 0;
    m_attempt = 0;
    m_rows.clear();
    showSourceOf(0);
    emit shownChanged(0, 0);
    std::vector<DagTask> tasks;
    if (m_doc) {
        try {
            tasks = dagTasksOfPlan(*m_doc);
        } catch (const Error &e) {
            emit message(e.message());
        }
    }
    emit tasksChanged(tasks);
    emit changed();
}

void PipelinesController::showBake(qint64 bake, int attempt)
{
    if (bake != m_bake)
        emit fitRequested();
    m_bake = bake;
    m_followNewest = attempt == 0;
    m_attempt = attempt;
    emit shownChanged(bake, attempt);
    showSourceOf(bake);
    refresh();
}

void PipelinesController::showSourceOf(qint64 bake)
{
    if (bake == m_sourceBake)
        return;
    m_sourceBake = bake;
    if (bake) {
        // The definition the bake ran with (and a restart runs again), not the file as it is now;
        // shown once read (apply() asks again).
        if (m_state.shownBake && m_state.shownBake->id == bake) {
            m_sourceText = m_state.shownBake->source;
            emit sourceChanged();
        } else {
            m_sourceBake = -1;
        }
        return;
    }
    m_sourceText = m_fileText;
    emit sourceChanged();
}

void PipelinesController::refresh()
{
    if (m_gate.request())
        startRead();
}

void PipelinesController::startRead()
{
    const qint64 bake = m_bake;
    const int attempt = m_followNewest ? 0 : m_attempt;
    m_model.reader().run(
        this, [bake, attempt](Workspace &ws) { return PipelinesState::read(ws, bake, attempt); },
        [this](const PipelinesState &state) { apply(state); },
        [this](const QString &text) {
            emit message(text);
            if (m_gate.finish())
                startRead();
        });
}

void PipelinesController::apply(PipelinesState state)
{
    m_state = std::move(state);
    bool running = m_starts->isPending();
    for (const Bake &b : m_state.bakes)
        running = running || isActive(b.last.status);
    if (running && !m_heartbeat.isActive())
        m_heartbeat.start();
    else if (!running)
        m_heartbeat.stop();
    emit bakesChanged();
    checkPendingStart();
    // A read for another bake than the one now shown only updates the lists; its own follows.
    if (m_bake && m_state.bake == m_bake) {
        if (m_state.attemptsOf(m_bake).empty()) { // deleted meanwhile
            showPlan();
        } else {
            if (m_followNewest || m_attempt == 0)
                m_attempt = m_state.attempt;
            if (m_state.attempt == m_attempt) {
                m_rows = m_state.rows;
                emit tasksChanged(dagTasksOfAttempt(m_rows));
            }
            showSourceOf(m_bake);
        }
    } else if (m_bake) {
        m_gate.again();
    }
    emit changed();
    if (m_gate.finish())
        startRead();
    else
        emit refreshed();
}

void PipelinesController::checkPendingStart()
{
    qint64 bake = 0;
    switch (m_starts->check(m_state, &bake)) {
    case PipelineStarts::Check::Found:
        showBake(bake, 0);
        break;
    case PipelineStarts::Check::ReadAgain:
        m_gate.again();
        break;
    case PipelineStarts::Check::Failed:
    case PipelineStarts::Check::Waiting:
        break;
    }
}

const FlowDocument *PipelinesController::liveFlow() const
{
    return m_doc && m_doc->kind == FlowDocument::Kind::Live ? &*m_doc : nullptr;
}

std::optional<PipelinesController::TaskLog> PipelinesController::taskLog(const QString &taskId) const
{
    for (const BakeTaskRow &r : m_rows) {
        if (r.id != taskId)
            continue;
        const QString title = tr("%1 (bake %2, attempt %3)").arg(taskId).arg(m_bake).arg(m_attempt);
        return TaskLog{r.logPath.isEmpty() ? tr("%1: not started yet").arg(title) : title, r.logPath};
    }
    return std::nullopt;
}

QString PipelinesController::heading() const
{
    const QString file = m_file.isEmpty() ? QString() : QFileInfo(m_file).fileName();
    if (m_bake) {
        const auto a = shownAttemptState();
        std::optional<Bake> b;
        if (m_state.shownBake && m_state.shownBake->id == m_bake)
            b = m_state.shownBake;
        const QString name = b ? (b->title.isEmpty() ? b->flowId : b->title) : QString();
        return tr("Bake #%1 %2 (%3), attempt %4: %5")
            .arg(m_bake)
            .arg(name, b ? QFileInfo(b->file).fileName() : QString())
            .arg(m_attempt)
            .arg(a ? BakeTree::statusLabel(a->status) : QString());
    }
    if (!m_flowError.isEmpty())
        return tr("%1: cannot show its tasks, see the problem below").arg(file);
    if (m_doc)
        return m_doc->kind == FlowDocument::Kind::Live ? tr("%1: the jobs of a live workflow").arg(file)
                                                       : tr("%1: the plan (not run yet); Run (F5) bakes it").arg(file);
    return tr("Open a workflow file (Ctrl+O) to see its tasks, or pick a bake on the left");
}

std::optional<BakeAttempt> PipelinesController::shownAttemptState() const
{
    if (!m_bake)
        return std::nullopt;
    return m_state.attemptOf(m_bake, m_attempt);
}

std::optional<BakeAttempt> PipelinesController::newestAttempt() const
{
    if (!m_bake || m_state.attemptsOf(m_bake).empty())
        return std::nullopt;
    return m_state.attemptsOf(m_bake).back();
}

bool PipelinesController::canRun() const
{
    return m_doc && m_doc->kind == FlowDocument::Kind::Batch && !m_starts->isPending();
}

bool PipelinesController::canCancelBake() const
{
    const auto shown = shownAttemptState();
    const auto newest = newestAttempt();
    return shown && isActive(shown->status) && newest && newest->number == shown->number;
}

bool PipelinesController::canCancelTask(const QString &task) const
{
    bool open = false;
    for (const BakeTaskRow &r : m_rows)
        open = open || (r.id == task && !isFinal(r.status));
    return open && canCancelBake();
}

bool PipelinesController::canRestart() const
{
    const auto newest = newestAttempt();
    return newest && !isActive(newest->status) && newest->status != BakeStatus::Succeeded && !m_starts->isPending();
}

bool PipelinesController::run(const std::vector<std::pair<QString, QString>> &params)
{
    if (!m_doc || m_doc->kind != FlowDocument::Kind::Batch) {
        emit message(tr("Open a batch workflow file first"));
        return false;
    }
    // As last read: a bake started elsewhere meanwhile is told apart by its runner's pid.
    const bool started = m_starts->startBake(m_file, params, m_state.bakes.empty() ? 0 : m_state.bakes.front().id);
    emit changed();
    return started;
}

void PipelinesController::restartFromFailed()
{
    if (!m_bake)
        return;
    const std::vector<BakeAttempt> &attempts = m_state.attemptsOf(m_bake);
    m_starts->restart(m_bake, attempts.empty() ? 0 : attempts.back().number);
    emit changed();
}

void PipelinesController::cancelTask(const QString &task)
{
    if (!m_bake || task.isEmpty()) {
        emit message(tr("Select a running task of the shown bake first"));
        return;
    }
    emit message(tr("Cancelling %1...").arg(task));
    m_starts->runCommand({QStringLiteral("cancel"), QString::number(m_bake), task},
                         tr("Task %1 of bake #%2 cancelled").arg(task).arg(m_bake));
}

void PipelinesController::cancelBake()
{
    if (!m_bake)
        return;
    emit message(tr("Cancelling bake #%1...").arg(m_bake));
    m_starts->runCommand({QStringLiteral("cancel"), QString::number(m_bake)}, tr("Bake #%1 cancelled").arg(m_bake));
}

void PipelinesController::startJob(const QString &job, const QStringList &extraArgs)
{
    if (!liveFlow())
        return;
    emit message(tr("Starting %1...").arg(job));
    m_starts->runCommand(QStringList{QStringLiteral("run-job"), job, QStringLiteral("--flow"), m_file} + extraArgs,
                         tr("Live job %1 started").arg(job));
}

void PipelinesController::killJob(qint64 id, const QString &name)
{
    emit message(tr("Stopping %1...").arg(name));
    m_starts->runCommand({QStringLiteral("kill"), QString::number(id)}, tr("Live job %1 killed").arg(name));
}

} // namespace wfs
