#include "app/gui/MainWindow.h"

#include "model/core/Error.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/LayoutCache.h"
#include "model/workspace/Workspace.h"
#include "widgets/CardEditor.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"
#include "widgets/LogPanel.h"
#include "widgets/Minimap.h"
#include "widgets/SavedView.h"
#include "widgets/ScopeTree.h"
#include "widgets/RemoteMenu.h"
#include "widgets/RemotePicker.h"
#include "widgets/VersionsPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <utility>

namespace wfs {

namespace {
QString scopeKey(const QString &dir)
{
    return QStringLiteral("scopes/") + QString::fromLatin1(dir.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_view(new GraphView(this))
{
    setWindowTitle(tr("Workflow Studio"));
    createCentralTabs();
    setAcceptDrops(false); // the view takes drops
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);

    createDocks();
    createActions();
    connect(m_view, &GraphView::pathsDropped, this, &MainWindow::addDroppedPaths);
    connect(m_view, &GraphView::cardContextMenu, this, &MainWindow::showCardContextMenu);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize screen = this->screen() ? this->screen()->availableGeometry().size() : QSize(1400, 900);
        resize(std::max(1024, int(screen.width() * 0.9)), std::max(700, int(screen.height() * 0.9)));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_central->setCurrentIndex(settings.value(QStringLiteral("window/centralTab"), 0).toInt());
}

MainWindow::~MainWindow()
{
    if (m_opener.joinable())
        m_opener.join();
    closeWorkspace();
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        addDockWidget(area, d);
        return d;
    };
    m_scopeDock = dock(tr("Scopes"), QStringLiteral("scopesDock"), Qt::LeftDockWidgetArea);
    m_cardDock = dock(tr("Card"), QStringLiteral("cardDock"), Qt::RightDockWidgetArea);
    m_minimapDock = dock(tr("Overview"), QStringLiteral("minimapDock"), Qt::RightDockWidgetArea);
    m_logDock = dock(tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    m_versionsDock = dock(tr("Versions"), QStringLiteral("versionsDock"), Qt::BottomDockWidgetArea);
    m_minimap = new Minimap(m_view, m_minimapDock);
    m_minimapDock->setWidget(m_minimap);
    m_log = new LogPanel(m_logDock);
    m_log->setPlaceholderText(logPlaceholder());
    m_logDock->setWidget(m_log);
    tabifyDockWidget(m_versionsDock, m_logDock);
    m_versionsDock->raise();
    resizeDocks({m_versionsDock}, {220}, Qt::Vertical);
    resizeDocks({m_scopeDock, m_cardDock}, {220, 260}, Qt::Horizontal);
}

QString MainWindow::logPlaceholder() const
{
    return tr("Double-click a task card to show its log here (tasks run with 'wfs run' keep one).");
}

void MainWindow::closeWorkspace()
{
    rememberScope();
    rememberView();
    detachPipelines();
    m_undo.clear();
    m_view->setScene(nullptr);
    delete m_scopeTree;
    m_scopeTree = nullptr;
    delete m_editor;
    m_editor = nullptr;
    delete m_versions;
    m_versions = nullptr;
    m_scene.reset();
    m_model.reset();
    m_layoutCache.reset();
    m_workspace.reset();
}

bool MainWindow::openWorkspace(const QString &dir)
{
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = std::make_unique<Workspace>(dir);
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
        QMessageBox::warning(this, tr("Cannot open the workspace"), e.message());
        return false;
    }
    adoptWorkspace(std::move(workspace));
    return true;
}

// Opening runs SQL (and may wait on another process's lock, or migrate an older schema): on a
// thread of its own, while the window is already shown and answers.
void MainWindow::openWorkspaceLater(const QString &dir)
{
    if (m_opener.joinable())
        m_opener.join();
    statusBar()->showMessage(tr("Opening %1...").arg(dir));
    m_opener = std::thread([self = QPointer<MainWindow>(this), dir] {
        auto opened = std::make_shared<std::unique_ptr<Workspace>>();
        QString problem;
        try {
            *opened = std::make_unique<Workspace>(dir);
        } catch (const Error &e) {
            problem = e.message();
        }
        QMetaObject::invokeMethod(qApp, [self, opened, problem]() mutable {
            if (!self)
                return;
            if (!*opened) {
                self->statusBar()->showMessage(problem);
                // Not exec(): the window keeps answering while the message is shown.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the workspace"), problem,
                                            QMessageBox::Ok, self);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit self->workspaceFailed(problem);
                return;
            }
            self->statusBar()->clearMessage();
            self->adoptWorkspace(std::move(*opened));
            emit self->workspaceOpened();
        }, Qt::QueuedConnection);
    });
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    m_model = std::make_unique<WorkflowModel>(*m_workspace);
    // Asked of the reader before the graph, so a reopened graph finds its layout cached.
    m_layoutCache = std::make_unique<LayoutCache>(m_model->reader(), m_model->writer());

    QSettings settings;
    try {
        const QString saved = settings.value(scopeKey(m_workspace->dir())).toString();
        m_model->setScope(saved.isEmpty() ? Scope{} : Scope::parse(saved));
    } catch (const Error &) {
        m_model->setScope({});
    }
    // A remembered project or task that is gone leaves the whole workspace shown.
    connect(m_model.get(), &WorkflowModel::loaded, this, [this] {
        const Scope scope = m_model->scope();
        if (scope.type != Scope::Type::Workspace && !m_model->anyNode(scope.id))
            m_model->setScope({});
    });

    m_scene = std::make_unique<GraphScene>(*m_model, m_layoutCache.get());
    m_view->setScene(m_scene.get());
    m_fitOnNextLayout = true;
    m_savedView = SavedView::load(m_workspace->dir());
    connect(m_scene.get(), &GraphScene::layoutStarted, this, &MainWindow::onLayoutStarted);
    connect(m_scene.get(), &GraphScene::layoutApplied, this, &MainWindow::onLayoutApplied);
    connect(m_scene.get(), &GraphScene::layoutProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_scene.get(), &GraphScene::layoutFailed, this, [this](const QString &message) {
        m_progress->hide();
        statusBar()->showMessage(tr("Layout failed: %1").arg(message));
    });
    connect(m_scene.get(), &GraphScene::cardActivated, this, &MainWindow::activateCard);
    connect(m_model.get(), &WorkflowModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_model.get(), &WorkflowModel::scopeChanged, this, [this] {
        m_fitOnNextLayout = true;
        rememberScope();
    });
    for (auto signal : {&WorkflowModel::nodeAdded, &WorkflowModel::nodeRemoved})
        connect(m_model.get(), signal, this, &MainWindow::updateCounts);
    connect(m_model.get(), &WorkflowModel::edgesChanged, this, &MainWindow::updateCounts);

    m_editor = new CardEditor(*m_model, m_undo, m_cardDock);
    m_cardDock->setWidget(m_editor);
    m_versions = new VersionsPanel(*m_model, m_versionsDock);
    m_versionsDock->setWidget(m_versions);
    connect(m_versions, &VersionsPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // The Remote column follows the remote Push and Pull use; a push changes it.
    connect(m_remoteMenu->picker(), &RemotePicker::remoteChosen, m_versions, &VersionsPanel::setRemote);
    connect(m_remoteMenu, &RemoteMenu::pushed, m_versions, [this] { m_versions->setRemote(m_remoteMenu->picker()->shown()); });
    connect(m_scene.get(), &QGraphicsScene::selectionChanged, this, &MainWindow::followSelection);
    connect(m_model.get(), &WorkflowModel::scopeChanged, this, &MainWindow::followSelection);
    m_scopeTree = new ScopeTree(*m_model, m_scopeDock);
    m_scopeDock->setWidget(m_scopeTree);
    attachPipelines();

    QStringList recent = settings.value(QStringLiteral("workspace/recent")).toStringList();
    recent.removeAll(m_workspace->dir());
    recent.prepend(m_workspace->dir());
    settings.setValue(QStringLiteral("workspace/recent"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("workspace/last"), m_workspace->dir());
    rebuildRecentMenu();

    setWindowTitle(tr("%1 - Workflow Studio").arg(m_workspace->dir()));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->dir()));
    updateCounts();
    m_remoteMenu->workspaceOpened();
}

// The editor edits the selected card; the versions panel follows the selected project (or the
// project of a selected version), else the project the scope is about, else stays as it was.
void MainWindow::followSelection()
{
    if (!m_scene || !m_model)
        return;
    const NodeId selected = m_scene->selectedNode();
    m_editor->setNode(selected);
    const Node *n = m_model->node(selected);
    if (n && n->kind == NodeKind::Project)
        m_versions->setProject(n->id);
    else if (n && n->kind == NodeKind::ProjectVersion)
        m_versions->setProject(n->projectId);
    else if (m_model->scope().type == Scope::Type::Project)
        m_versions->setProject(m_model->scope().id);
}

void MainWindow::rememberScope()
{
    if (m_workspace && m_model)
        QSettings().setValue(scopeKey(m_workspace->dir()), m_model->scope().toString());
}

// Only a view the user has seen placed is worth coming back to (not one still waiting to fit).
void MainWindow::rememberView()
{
    if (m_workspace && m_model && m_scene && !m_fitOnNextLayout && !m_scene->cards().empty())
        SavedView::save(m_workspace->dir(), m_model->scope().toString(), *m_view);
}

void MainWindow::updateCounts()
{
    if (!m_model) {
        m_countLabel->clear();
        return;
    }
    const auto &g = m_model->graph();
    m_countLabel->setText(tr("%n card(s)", nullptr, int(g.nodes.size())) + QStringLiteral(", ")
                          + tr("%n edge(s)", nullptr, int(g.edges.size())));
}

void MainWindow::onLayoutStarted(int cards)
{
    // Big graphs take seconds: say so, and keep the window responsive meanwhile.
    if (cards > 500) {
        m_progress->setRange(0, 0);
        m_progress->show();
        statusBar()->showMessage(tr("Laying out %n card(s)...", nullptr, cards));
    }
    if (m_fitOnNextLayout || !m_scene)
        return;
    // Keep what the user looks at in place: the selected card, else the one nearest the centre.
    m_anchor = m_scene->selectedNode();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    if (!m_anchor) {
        double best = 0;
        for (const auto &[id, item] : m_scene->cards()) {
            if (!item->isVisible())
                continue;
            const double d = QLineF(item->sceneBoundingRect().center(), centre).length();
            if (!m_anchor || d < best) {
                best = d;
                m_anchor = id;
            }
        }
    }
    if (CardItem *c = m_scene->card(m_anchor))
        m_anchorInView = m_view->mapFromScene(c->pos());
}

void MainWindow::onLayoutApplied()
{
    if (const NodeId pending = m_selectAfterLayout; pending && m_scene && m_scene->card(pending)
                                                     && m_scene->card(pending)->isVisible()) {
        m_selectAfterLayout = 0;
        m_scene->selectNode(pending);
        m_view->centreOn(pending);
        m_fitOnNextLayout = false;
        m_progress->hide();
        return;
    }
    if (m_progress->isVisible())
        statusBar()->clearMessage();
    m_progress->hide();
    if (m_fitOnNextLayout) {
        // A layout from the cache can arrive before the window has its size: fitting then
        // would open on an arbitrary part of the graph. showEvent() fits instead.
        if (!m_view->isVisible())
            return;
        m_fitOnNextLayout = false;
        // Where this workspace was left, if it shows the same scope; else all of it.
        const std::optional<SavedView> saved = std::exchange(m_savedView, std::nullopt);
        if (!saved || saved->scope != m_model->scope().toString() || !saved->applyTo(*m_view))
            m_view->fitGraph(); // whole: level of detail keeps a big graph's structure readable
        return;
    }
    // Only a layout announced by layoutStarted moves cards; incremental placements move none.
    CardItem *c = m_scene ? m_scene->card(std::exchange(m_anchor, 0)) : nullptr;
    if (!c)
        return;
    const QPoint now = m_view->mapFromScene(c->pos());
    const QPointF shift = QPointF(now) - m_anchorInView;
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + qRound(shift.x()));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + qRound(shift.y()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once the docks have taken their room.
    if (m_fitOnNextLayout && m_scene && !m_scene->isLayoutPending() && !m_scene->cards().empty())
        QTimer::singleShot(0, this, &MainWindow::onLayoutApplied);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberScope();
    rememberView();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The docks the Pipelines tab hid are part of the saved layout.
    for (QDockWidget *d : std::as_const(m_graphDocksShown))
        d->show();
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace wfs
