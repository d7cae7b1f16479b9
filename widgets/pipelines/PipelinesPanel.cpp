#include "widgets/pipelines/PipelinesPanel.h"

#include "model/core/Error.h"
#include "model/graph/WorkflowModel.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowParser.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceReader.h"
#include "widgets/GraphView.h"
#include "widgets/LogPanel.h"
#include "widgets/pipelines/BakeTree.h"
#include "widgets/pipelines/FlowSourceView.h"
#include "widgets/pipelines/LiveJobsList.h"
#include "widgets/pipelines/PipelineDagScene.h"

#include <QAction>
#include <QEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wfs {

using namespace pipelines;

namespace {
// The flow last opened is remembered per workspace: another workspace's flow would only confuse.
QString lastFileKey(const QString &workspaceDir)
{
    return QStringLiteral("pipelines/files/") + QString::fromLatin1(workspaceDir.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

std::vector<DagTask> planTasks(const FlowDocument &doc)
{
    std::vector<DagTask> tasks;
    if (doc.kind == FlowDocument::Kind::Live) {
        for (const JobSpec &job : doc.jobs)
            tasks.push_back({job.id, job.title.text, {}, TaskStatus::Pending, 0, 0, {}});
        return tasks;
    }
    const BatchPlan plan = BatchPlan::build(doc, BatchPlan::params(doc, {}));
    for (const PlannedTask &t : plan.tasks()) {
        DagTask d;
        d.id = t.id;
        d.title = doc.tasks[std::size_t(t.specIndex)].title.text;
        for (const PlannedNeed &n : t.needs)
            d.needs << n.task;
        tasks.push_back(d);
    }
    return tasks;
}

std::vector<DagTask> attemptTasks(const std::vector<BakeTaskRow> &rows)
{
    std::vector<DagTask> tasks;
    for (const BakeTaskRow &r : rows)
        tasks.push_back({r.id, r.title, r.needs, r.status, r.startedMs, r.finishedMs, r.message});
    return tasks;
}
} // namespace

PipelinesPanel::PipelinesPanel(WorkflowModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("pipelinesPanel"));
    m_heartbeat.setInterval(2000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PipelinesPanel::refresh);
    m_tree = new BakeTree(this);
    m_jobs = new LiveJobsList(this);
    m_scene = new PipelineDagScene(this);
    m_view = new GraphView(this);
    m_view->setObjectName(QStringLiteral("pipelineDag"));
    m_view->setAcceptDrops(false);
    m_view->setScene(m_scene);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText); // names a file and a flow's title
    m_heading->setObjectName(QStringLiteral("pipelineHeading"));
    m_heading->setContentsMargins(8, 4, 8, 4);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source = new FlowSourceView(this);
    m_source->editor()->setPlaceholderText(tr("No workflow file is open: Open YAML (Ctrl+O) shows its text here."));
    m_log = new LogPanel(this);
    m_log->setPlaceholderText(tr("Select a task of a bake in the DAG to follow its log here."));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pipelineTabs"));
    m_tabs->addTab(m_source, tr("Source"));
    m_tabs->addTab(m_log, tr("Task Log"));
    m_toolBar = new QToolBar(tr("Pipelines"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    createActions();

    auto *dagBox = new QWidget(this);
    auto *dagLayout = new QVBoxLayout(dagBox);
    dagLayout->setContentsMargins(0, 0, 0, 0);
    dagLayout->setSpacing(0);
    dagLayout->addWidget(m_heading);
    dagLayout->addWidget(m_view, 1);

    m_left = new QSplitter(Qt::Vertical, this);
    m_left->addWidget(m_tree);
    m_left->addWidget(m_jobs);
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 1);
    m_centre = new QSplitter(Qt::Vertical, this);
    m_centre->addWidget(dagBox);
    m_centre->addWidget(m_tabs);
    m_centre->setStretchFactor(0, 3);
    m_centre->setStretchFactor(1, 2);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->addWidget(m_left);
    m_outer->addWidget(m_centre);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({320, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_outer, 1);
    restoreState();
    for (QSplitter *s : {m_outer, m_left, m_centre})
        connect(s, &QSplitter::splitterMoved, this, &PipelinesPanel::saveState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PipelinesPanel::saveState);

    connect(&m_model.reader(), &WorkspaceReader::changed, this, &PipelinesPanel::refresh);
    connect(m_tree, &BakeTree::attemptSelected, this, [this](qint64 bake, int attempt) { showBake(bake, attempt); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        onTaskSelected();
        if (m_bake && !m_scene->selectedTask().isEmpty())
            m_tabs->setCurrentWidget(m_log); // picking a task of a bake is asking for its log
    });
    // The DAG is refitted when its room changes (splitters, window, the docks the tab hides).
    m_view->viewport()->installEventFilter(this);
    connect(m_scene, &PipelineDagScene::taskActivated, this, [this](const QString &task) {
        showTaskLog(task);
        m_tabs->setCurrentWidget(m_log);
    });
    connect(m_scene, &PipelineDagScene::layoutApplied, this, [this] {
        if (std::exchange(m_fitOnLayout, false))
            m_view->fitGraph(0.5);
    });
    connect(m_scene, &PipelineDagScene::layoutFailed, this,
            [this](const QString &text) { emit message(tr("The DAG could not be laid out: %1").arg(text)); });
    connect(m_jobs, &LiveJobsList::startRequested, this, &PipelinesPanel::startJob);
    connect(m_jobs, &LiveJobsList::killRequested, this, &PipelinesPanel::killJob);
    connect(m_jobs, &LiveJobsList::logRequested, this, [this](const QString &title, const QString &path) {
        m_log->showLog(title, path);
        m_tabs->setCurrentWidget(m_log);
    });

    updateTitle();
    refresh();
    // Reopened once the window listens, so that a problem in it reaches the status bar too.
    const QString last = QSettings().value(lastFileKey(m_model.workspace().dir())).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        QTimer::singleShot(0, this, [this, last] {
            if (m_file.isEmpty())
                reopenFlow(last);
        });
}

PipelinesPanel::~PipelinesPanel() = default;

bool PipelinesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_scene->isLayoutPending()
        && !m_scene->taskItems().isEmpty())
        m_view->fitGraph(0.5);
    return QWidget::eventFilter(watched, event);
}

void PipelinesPanel::saveState()
{
    QSettings s;
    s.setValue(QStringLiteral("pipelines/outer"), m_outer->saveState());
    s.setValue(QStringLiteral("pipelines/left"), m_left->saveState());
    s.setValue(QStringLiteral("pipelines/centre"), m_centre->saveState());
    s.setValue(QStringLiteral("pipelines/tab"), m_tabs->currentIndex());
}

void PipelinesPanel::restoreState()
{
    QSettings s;
    m_outer->restoreState(s.value(QStringLiteral("pipelines/outer")).toByteArray());
    m_left->restoreState(s.value(QStringLiteral("pipelines/left")).toByteArray());
    m_centre->restoreState(s.value(QStringLiteral("pipelines/centre")).toByteArray());
    m_tabs->setCurrentIndex(s.value(QStringLiteral("pipelines/tab"), 0).toInt());
}

void PipelinesPanel::chooseFlow()
{
    QSettings s;
    QString start = m_file.isEmpty() ? s.value(QStringLiteral("pipelines/dir"), QDir::currentPath()).toString()
                                     : QFileInfo(m_file).absolutePath();
    // Flows live in hidden folders, which file dialogs do not list: open the dialog inside one.
    for (const QString &hidden : {QStringLiteral(".apolo"), QStringLiteral(".neuro")}) {
        if (QFileInfo(start + u'/' + hidden).isDir()) {
            start += u'/' + hidden;
            break;
        }
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Pipeline"), start,
                                                      tr("Workflow files (*.yml *.yaml);;All files (*)"));
    if (file.isEmpty())
        return;
    s.setValue(QStringLiteral("pipelines/dir"), QFileInfo(file).absolutePath());
    openFlow(file);
}

bool PipelinesPanel::openFlow(const QString &file)
{
    m_file = QFileInfo(file).absoluteFilePath();
    m_fileText.clear();
    m_sourceBake = 0;
    m_doc.reset();
    m_flowError.clear();
    m_source->clearError();
    QSettings().setValue(lastFileKey(m_model.workspace().dir()), m_file);
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_source->setSource({});
        setFlowError(tr("%1 cannot be read: %2").arg(m_file, f.errorString()), 0, 0);
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    m_fileText = text;
    m_source->setSource(text);
    std::vector<DagTask> tasks;
    try {
        FlowDocument doc = FlowParser::parse(text, m_file);
        tasks = planTasks(doc);
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
    m_fitOnLayout = true;
    showPlan();
    refreshLiveJobs();
    return true;
}

// A file the window reopens by itself could stop it on every start; a mark kept while it is
// being opened tells the next start not to try it again unasked.
void PipelinesPanel::reopenFlow(const QString &file)
{
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

void PipelinesPanel::reloadFlow()
{
    if (m_file.isEmpty()) {
        chooseFlow();
        return;
    }
    const qint64 bake = m_bake;
    const int attempt = m_followNewest ? 0 : m_attempt;
    if (openFlow(m_file) && bake)
        showBake(bake, attempt);
}

void PipelinesPanel::setFlowError(const QString &text, int line, int column)
{
    m_flowError = text;
    m_flowErrorLine = line;
    m_flowErrorColumn = column;
    m_source->setError(line, column, text);
    m_tabs->setCurrentWidget(m_source);
    m_bake = 0;
    m_attempt = 0;
    m_tree->selectAttempt(0, 0);
    m_scene->clearTasks();
    emit message(tr("%1 has a problem: %2").arg(QFileInfo(m_file).fileName(), text), 15000);
    updateTitle();
    updateActions();
    refreshLiveJobs();
}

void PipelinesPanel::showPlan()
{
    m_bake = 0;
    m_attempt = 0;
    m_rows.clear();
    showSourceOf(0);
    m_tree->selectAttempt(0, 0);
    std::vector<DagTask> tasks;
    if (m_doc) {
        try {
            tasks = planTasks(*m_doc);
        } catch (const Error &e) {
            emit message(e.message());
        }
    }
    m_scene->setTasks(tasks);
    updateTitle();
    updateActions();
}

void PipelinesPanel::showBake(qint64 bake, int attempt)
{
    if (bake != m_bake)
        m_fitOnLayout = true;
    m_bake = bake;
    m_followNewest = attempt == 0;
    m_attempt = attempt;
    m_tree->selectAttempt(bake, attempt);
    showSourceOf(bake);
    refresh();
}

void PipelinesPanel::showSourceOf(qint64 bake)
{
    if (bake == m_sourceBake)
        return;
    m_sourceBake = bake;
    m_source->clearError();
    if (bake) {
        // The definition the bake ran with (and a restart runs again), not the file as it is now;
        // shown once read (apply() asks again).
        if (m_state.shownBake && m_state.shownBake->id == bake)
            m_source->setSource(m_state.shownBake->source);
        else
            m_sourceBake = -1;
        return;
    }
    m_source->setSource(m_fileText);
    if (!m_flowError.isEmpty())
        m_source->setError(m_flowErrorLine, m_flowErrorColumn, m_flowError);
}

void PipelinesPanel::refresh()
{
    if (m_gate.request())
        startRead();
}

void PipelinesPanel::startRead()
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

void PipelinesPanel::apply(PipelinesState state)
{
    m_state = std::move(state);
    refreshBakes();
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
                m_scene->setTasks(attemptTasks(m_rows));
            }
            showSourceOf(m_bake);
        }
    } else if (m_bake) {
        m_gate.again();
    }
    refreshLiveJobs();
    onTaskSelected();
    updateTitle();
    updateActions();
    if (m_gate.finish())
        startRead();
    else
        emit refreshed();
}

void PipelinesPanel::refreshBakes()
{
    std::vector<BakeTree::Entry> entries;
    bool running = m_pending.has_value();
    for (const Bake &b : m_state.bakes) {
        entries.push_back({b, m_state.attemptsOf(b.id)});
        running = running || b.last.status == BakeStatus::Running || b.last.status == BakeStatus::Pending;
    }
    m_tree->setBakes(entries);
    if (running && !m_heartbeat.isActive())
        m_heartbeat.start();
    else if (!running)
        m_heartbeat.stop();
}

void PipelinesPanel::refreshLiveJobs()
{
    const FlowDocument *live = m_doc && m_doc->kind == FlowDocument::Kind::Live ? &*m_doc : nullptr;
    m_jobs->setJobs(live, m_state.jobs);
}

void PipelinesPanel::onTaskSelected()
{
    const QString task = m_scene->selectedTask();
    if (!task.isEmpty())
        showTaskLog(task);
    updateActions();
}

void PipelinesPanel::showTaskLog(const QString &taskId)
{
    for (const BakeTaskRow &r : m_rows) {
        if (r.id != taskId)
            continue;
        const QString title = tr("%1 (bake %2, attempt %3)").arg(taskId).arg(m_bake).arg(m_attempt);
        // Only a new task or a new path restarts the tail; a refresh must not re-read the log.
        const QString key = title + u'\n' + r.logPath;
        if (key != m_logKey) {
            m_logKey = key;
            m_log->showLog(r.logPath.isEmpty() ? tr("%1: not started yet").arg(title) : title, r.logPath);
        }
        return;
    }
}

void PipelinesPanel::updateTitle()
{
    QString text;
    const QString file = m_file.isEmpty() ? QString() : QFileInfo(m_file).fileName();
    if (m_bake) {
        const auto a = shownAttemptState();
        std::optional<Bake> b;
        if (m_state.shownBake && m_state.shownBake->id == m_bake)
            b = m_state.shownBake;
        const QString name = b ? (b->title.isEmpty() ? b->flowId : b->title) : QString();
        text = tr("Bake #%1 %2 (%3), attempt %4: %5")
                   .arg(m_bake)
                   .arg(name, b ? QFileInfo(b->file).fileName() : QString())
                   .arg(m_attempt)
                   .arg(a ? BakeTree::statusLabel(a->status) : QString());
    } else if (!m_flowError.isEmpty()) {
        text = tr("%1: cannot show its tasks, see the problem below").arg(file);
    } else if (m_doc) {
        text = m_doc->kind == FlowDocument::Kind::Live ? tr("%1: the jobs of a live workflow").arg(file)
                                                       : tr("%1: the plan (not run yet); Run (F5) bakes it").arg(file);
    } else {
        text = tr("Open a workflow file (Ctrl+O) to see its tasks, or pick a bake on the left");
    }
    m_heading->setText(text);
}

} // namespace wfs
