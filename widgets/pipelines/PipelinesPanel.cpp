#include "widgets/pipelines/PipelinesPanel.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/GraphView.h"
#include "widgets/IconFont.h"
#include "widgets/LogPanel.h"
#include "widgets/pipelines/BakeTree.h"
#include "widgets/pipelines/FlowSourceView.h"
#include "widgets/pipelines/LiveJobsList.h"
#include "widgets/pipelines/ParamsDialog.h"
#include "widgets/pipelines/PipelineDagScene.h"
#include "widgets/pipelines/PipelinesController.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wfs {

using namespace pipelines;

PipelinesPanel::PipelinesPanel(WorkflowModel &model, QWidget *parent)
    : QWidget(parent), m_controller(new PipelinesController(model, this))
{
    setObjectName(QStringLiteral("pipelinesPanel"));
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
    m_log = new LogPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pipelineTabs"));
    m_tabs->addTab(m_source, QString());
    m_tabs->addTab(m_log, QString());
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    createActions();
    retranslate();

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
    // Once the user has placed the list's divider, it stays where they put it.
    connect(m_outer, &QSplitter::splitterMoved, this, [] { QSettings().setValue(QStringLiteral("pipelines/listPlaced"), true); });
    // The DAG is refitted when its room changes (splitters, window, the docks the tab hides).
    m_view->viewport()->installEventFilter(this);
    connectController();

    update();
    m_controller->refresh();
    // Reopened once the window listens, so that a problem in it reaches the status bar too.
    QTimer::singleShot(0, m_controller, &PipelinesController::reopenLastFlow);
}

PipelinesPanel::~PipelinesPanel() = default;

void PipelinesPanel::connectController()
{
    PipelinesController *c = m_controller;
    connect(c, &PipelinesController::tasksChanged, m_scene, &PipelineDagScene::setTasks);
    connect(c, &PipelinesController::fitRequested, this, [this] { m_fitOnLayout = true; });
    connect(c, &PipelinesController::shownChanged, m_tree, &BakeTree::selectAttempt);
    connect(c, &PipelinesController::sourceChanged, this, &PipelinesPanel::showSource);
    connect(c, &PipelinesController::problemFound, this, [this] { m_tabs->setCurrentWidget(m_source); });
    connect(c, &PipelinesController::bakesChanged, this, &PipelinesPanel::showBakes);
    connect(c, &PipelinesController::changed, this, &PipelinesPanel::update);

    connect(m_tree, &BakeTree::attemptSelected, c, [c](qint64 bake, int attempt) { c->showBake(bake, attempt); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        onTaskSelected();
        if (m_controller->shownBake() && !m_scene->selectedTask().isEmpty())
            m_tabs->setCurrentWidget(m_log); // picking a task of a bake is asking for its log
    });
    connect(m_scene, &PipelineDagScene::taskActivated, this, [this](const QString &task) {
        showTaskLog(task);
        m_tabs->setCurrentWidget(m_log);
    });
    connect(m_scene, &PipelineDagScene::layoutApplied, this, [this] {
        if (std::exchange(m_fitOnLayout, false))
            m_view->fitGraph(0.5);
    });
    connect(m_scene, &PipelineDagScene::layoutFailed, c,
            [c](const QString &text) { emit c->message(tr("The DAG could not be laid out: %1").arg(text)); });
    connect(m_jobs, &LiveJobsList::startRequested, this, &PipelinesPanel::startJob);
    connect(m_jobs, &LiveJobsList::killRequested, c, &PipelinesController::killJob);
    connect(m_jobs, &LiveJobsList::logRequested, this, [this](const QString &title, const QString &path) {
        m_log->showLog(title, path);
        m_tabs->setCurrentWidget(m_log);
    });
}

void PipelinesPanel::createActions()
{
    const QColor colour(0x455a64);
    auto action = [this, colour](const char *name, const QString &icon, const QKeySequence &key, auto slot) {
        auto *a = new QAction(iconfont::icon(icon, colour), QString(), this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // its shortcut works while the panel is shown
        m_toolBar->addAction(a);
        return a;
    };
    PipelinesController *c = m_controller;
    m_open = action("openFlow", QStringLiteral("folder-outline"), QKeySequence::Open, &PipelinesPanel::chooseFlow);
    m_reload = action("reloadFlow", QStringLiteral("refresh"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (!m_controller->reloadFlow())
            chooseFlow();
    });
    m_toolBar->addSeparator();
    m_run = action("runFlow", QStringLiteral("play"), QKeySequence(Qt::Key_F5), &PipelinesPanel::runWithParams);
    m_cancelTask = action("cancelTask", QStringLiteral("close-circle-outline"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                          [this] { m_controller->cancelTask(m_scene->selectedTask()); });
    m_cancelBake = action("cancelBake", QStringLiteral("stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                          [c] { c->cancelBake(); });
    m_restart = action("restartFromFailed", QStringLiteral("replay"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                       [c] { c->restartFromFailed(); });
    m_toolBar->addSeparator();
    // Zoom and fit keys are the window's (View menu): they act on the DAG while it is shown.
    m_fit = new QAction(iconfont::icon(QStringLiteral("fullscreen"), colour), QString(), this);
    connect(m_fit, &QAction::triggered, this, [this] { m_view->fitGraph(0.5); });
    m_toolBar->addAction(m_fit);
    m_plan = new QAction(this);
    m_plan->setObjectName(QStringLiteral("showPlan"));
    connect(m_plan, &QAction::triggered, c, &PipelinesController::showPlan);
    m_toolBar->addAction(m_plan);
}

void PipelinesPanel::retranslate()
{
    m_source->editor()->setPlaceholderText(tr("No workflow file is open: Open YAML (Ctrl+O) shows its text here."));
    m_log->setPlaceholderText(tr("Select a task of a bake in the DAG to follow its log here."));
    m_tabs->setTabText(m_tabs->indexOf(m_source), tr("Source"));
    m_tabs->setTabText(m_tabs->indexOf(m_log), tr("Task Log"));
    m_toolBar->setWindowTitle(tr("Pipelines"));
    const std::pair<QAction *, QString> texts[] = {
        {m_open, tr("Open YAML...")},          {m_reload, tr("Reload")},          {m_run, tr("Run")},
        {m_cancelTask, tr("Cancel Task")},     {m_cancelBake, tr("Cancel Bake")}, {m_restart, tr("Restart from Failed")},
    };
    for (const auto &[a, text] : texts) {
        a->setText(text);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the DAG in the view"));
    m_plan->setText(tr("Show Plan"));
    m_plan->setToolTip(tr("Show the open file's tasks instead of a bake"));
    m_heading->setText(m_controller->heading());
}

void PipelinesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

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
    const QString file = m_controller->flowFile();
    QString start = file.isEmpty() ? s.value(QStringLiteral("pipelines/dir"), QDir::currentPath()).toString()
                                   : QFileInfo(file).absolutePath();
    // Flows live in hidden folders, which file dialogs do not list: open the dialog inside one.
    for (const QString &hidden : {QStringLiteral(".apolo"), QStringLiteral(".neuro")}) {
        if (QFileInfo(start + u'/' + hidden).isDir()) {
            start += u'/' + hidden;
            break;
        }
    }
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open Pipeline"), start,
                                                        tr("Workflow files (*.yml *.yaml);;All files (*)"));
    if (chosen.isEmpty())
        return;
    s.setValue(QStringLiteral("pipelines/dir"), QFileInfo(chosen).absolutePath());
    m_controller->openFlow(chosen);
}

void PipelinesPanel::runWithParams()
{
    const auto &doc = m_controller->flow();
    if (doc && doc->kind == FlowDocument::Kind::Batch && !doc->params.empty()) {
        ParamsDialog dialog(QFileInfo(m_controller->flowFile()).fileName(), doc->params, this);
        if (dialog.exec() == QDialog::Accepted)
            m_controller->run(dialog.overrides());
        return;
    }
    m_controller->run(); // says what is missing when there is no batch flow
}

void PipelinesPanel::startJob(const QString &job, bool multi)
{
    const FlowDocument *live = m_controller->liveFlow();
    if (!live)
        return;
    QStringList args;
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
    if (const JobSpec *spec = live->job(job); spec && !spec->params.empty()) {
        ParamsDialog dialog(job, spec->params, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (const auto &[name, value] : dialog.overrides())
            args << QStringLiteral("-p") << name << value;
    }
    m_controller->startJob(job, args);
}

void PipelinesPanel::showSource()
{
    m_source->clearError();
    m_source->setSource(m_controller->sourceText());
    int line = 0;
    int column = 0;
    if (const QString error = m_controller->sourceError(&line, &column); !error.isEmpty())
        m_source->setError(line, column, error);
}

void PipelinesPanel::showBakes()
{
    const PipelinesState &state = m_controller->state();
    std::vector<BakeTree::Entry> entries;
    for (const Bake &b : state.bakes)
        entries.push_back({b, state.attemptsOf(b.id)});
    m_tree->setBakes(entries);
    widenListOnce();
}

// Until the user has placed the divider, the bake list is as wide as its names (up to 40%).
void PipelinesPanel::widenListOnce()
{
    if (m_listWidened || !isVisible() || m_tree->topLevelItemCount() == 0
        || QSettings().value(QStringLiteral("pipelines/listPlaced")).toBool())
        return;
    m_listWidened = true;
    const int wanted = m_tree->contentWidth();
    const int total = m_outer->width();
    const int left = std::max(m_outer->sizes().value(0), std::min(wanted, total * 2 / 5));
    m_outer->setSizes({left, std::max(total - left, 1)});
}

void PipelinesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    widenListOnce();
}

void PipelinesPanel::update()
{
    m_heading->setText(m_controller->heading());
    m_run->setEnabled(m_controller->canRun());
    m_reload->setEnabled(m_controller->canReload());
    m_cancelBake->setEnabled(m_controller->canCancelBake());
    m_cancelTask->setEnabled(m_controller->canCancelTask(m_scene->selectedTask()));
    m_restart->setEnabled(m_controller->canRestart());
    m_jobs->setJobs(m_controller->liveFlow(), m_controller->state().jobs);
    onTaskSelected();
}

void PipelinesPanel::onTaskSelected()
{
    const QString task = m_scene->selectedTask();
    m_cancelTask->setEnabled(m_controller->canCancelTask(task));
    if (!task.isEmpty())
        showTaskLog(task);
}

void PipelinesPanel::showTaskLog(const QString &task)
{
    // Only a new task or a new path restarts the tail; a refresh must not re-read the log.
    if (const auto log = m_controller->taskLog(task)) {
        const QString key = log->title + u'\n' + log->path;
        if (key != m_logKey) {
            m_logKey = key;
            m_log->showLog(log->title, log->path);
        }
    }
}

} // namespace wfs
