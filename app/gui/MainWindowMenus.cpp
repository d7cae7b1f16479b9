// The main window's menus, toolbar and shortcuts.
#include "app/gui/MainWindow.h"

#include "model/core/Error.h"
#include "model/core/Translations.h"
#include "model/graph/WorkflowModel.h"
#include "model/workspace/Workspace.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"
#include "widgets/IconFont.h"
#include "widgets/LogPanel.h"
#include "widgets/RemoteMenu.h"
#include "widgets/SceneExporter.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace wfs {

// The toolbar's Undo and Redo keep their width: the menu's "Undo Edit title" grows with the
// command's name, which moved everything after it; here the name is in the tooltip.
QAction *MainWindow::toolbarCopy(QAction *menuAction, const QString &icon, const QString &text)
{
    auto *copy = new QAction(iconfont::icon(icon, QColor(0x455a64)), text, m_toolBar);
    connect(copy, &QAction::triggered, menuAction, &QAction::trigger);
    auto follow = [copy, menuAction] {
        copy->setEnabled(menuAction->isEnabled());
        copy->setToolTip(menuAction->text().remove(u'&'));
    };
    connect(menuAction, &QAction::changed, copy, follow);
    follow();
    return copy;
}

void MainWindow::createActions()
{
    const QColor iconColour(0x455a64);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = m_openWorkspace = file->addAction(iconfont::icon(QStringLiteral("folder-outline"), iconColour), tr("&Open Workspace..."),
                                    this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Pipeline..."), this, [this] {
        showPipelines();
        if (m_pipelines)
            m_pipelines->chooseFlow();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *png = file->addAction(tr("Export as &PNG..."), this, [this] { exportImage(false); });
    png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export as &SVG..."), this, [this] { exportImage(true); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // Qt's own "Undo %1" template, translated by qtbase. Owned by the menu: made again with it.
    QAction *undo = m_undo.createUndoAction(edit);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo.createRedoAction(edit);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Card..."), this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    createPipelinesMenu(view);
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { currentGraphView()->zoomBy(1.25); });
    // Ctrl+= is Ctrl++ without Shift on most keyboards.
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { currentGraphView()->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit Graph"), this, [this] { currentGraphView()->fitGraph(); });
    fit->setShortcut(QKeySequence(Qt::Key_F));
    view->addAction(tr("Actual &Size"), this, [this] { currentGraphView()->setTransform(QTransform()); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("&Re-layout Graph"), this, [this] {
            if (m_scene)
                m_scene->relayoutAll(true);
        })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(tr("Show &Whole Workspace"), this, [this] {
        if (m_model)
            m_model->setScope({});
    });
    view->addSeparator();
    for (QDockWidget *dock : {m_scopeDock, m_cardDock, m_minimapDock, m_logDock, m_versionsDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    createLanguageMenu(view);

    // Made once: it owns the running push or pull, which a language switch must not cut off.
    if (!m_remoteMenu) {
        m_remoteMenu = new RemoteMenu(this, [this] { return m_workspace ? m_workspace->dir() : QString(); });
        connect(m_remoteMenu, &RemoteMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        connect(m_remoteMenu, &RemoteMenu::pulled, this, [this] {
            if (m_model)
                m_model->reload();
        });
    }
    m_remoteMenu->setObjectName(QStringLiteral("remoteMenu"));
    menuBar()->addMenu(m_remoteMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Workflow Studio"), this, [this] {
        QMessageBox::about(this, tr("About Workflow Studio"),
                           tr("Workflow Studio %1\nShows how data and models came to be.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = m_toolBar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(toolbarCopy(undo, QStringLiteral("undo"), tr("Undo")));
    bar->addAction(toolbarCopy(redo, QStringLiteral("redo"), tr("Redo")));
    bar->addAction(fit);
    bar->addSeparator();
    bar->addAction(m_remoteMenu->pushAction());
    bar->addAction(m_remoteMenu->pullAction());
    bar->addSeparator();
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("findCard"));
    m_find->setPlaceholderText(tr("Find a card (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    bar->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!findCard(m_find->text()))
            statusBar()->showMessage(tr("No card's title contains \"%1\"").arg(m_find->text()), 5000);
    });
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openWorkspace(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System Default")}, {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [code = code] { switchLanguage(code); });
    }
}

void MainWindow::switchLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    // Every widget gets QEvent::LanguageChange and retranslates itself; the window rebuilds its
    // menus and toolbar (see changeEvent).
    installTranslations(uiLocale(code));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_toolBar)
        retranslate();
    QMainWindow::changeEvent(event);
}

// Menus and the toolbar are made again rather than renamed one by one: the same code that built
// them in English builds them in German, so no text is forgotten.
void MainWindow::retranslate()
{
    const QString find = m_find->text();
    menuBar()->clear();
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        delete menu;
    removeToolBar(m_toolBar);
    delete m_toolBar;
    m_toolBar = nullptr;
    createActions();
    m_find->setText(find);
    const std::pair<QDockWidget *, QString> docks[] = {{m_scopeDock, tr("Scopes")}, {m_cardDock, tr("Card")},
                                                       {m_minimapDock, tr("Overview")}, {m_logDock, tr("Log")},
                                                       {m_versionsDock, tr("Versions")}};
    for (const auto &[dock, title] : docks)
        dock->setWindowTitle(title);
    m_log->setPlaceholderText(logPlaceholder());
    m_central->setTabText(0, tr("Graph"));
    m_central->setTabText(1, tr("Pipelines"));
    if (auto *placeholder = qobject_cast<QLabel *>(m_central->widget(1)))
        placeholder->setText(tr("Open a workspace to run pipelines in it."));
    if (m_workspace) {
        setWindowTitle(tr("%1 - Workflow Studio").arg(m_workspace->dir()));
        m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->dir()));
        updateCounts();
    } else {
        setWindowTitle(tr("Workflow Studio"));
    }
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? m_workspace->dir() : QString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

bool MainWindow::findCard(const QString &text)
{
    if (!m_scene)
        return false;
    const std::vector<NodeId> found = m_scene->findByTitle(text);
    if (found.empty())
        return false;
    if (text != m_lastFind)
        m_findIndex = -1;
    m_lastFind = text;
    m_findIndex = (m_findIndex + 1) % qsizetype(found.size());
    const NodeId id = found[std::size_t(m_findIndex)];
    m_scene->selectNode(id);
    m_view->centreOn(id);
    statusBar()->showMessage(tr("Card %1 of %2").arg(m_findIndex + 1).arg(found.size()), 3000);
    return true;
}

void MainWindow::exportImage(bool svg)
{
    if (!m_scene)
        return;
    QSettings settings;
    const QString dirKey = QStringLiteral("export/dir");
    // First in the workspace's folder, then wherever the last export went.
    const QString start = settings.value(dirKey, m_workspace ? m_workspace->dir() : QDir::homePath()).toString();
    const QString suggested = start + (svg ? QStringLiteral("/workflow.svg") : QStringLiteral("/workflow.png"));
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export as SVG") : tr("Export as PNG"), suggested,
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    double scale = 1;
    if (!svg) {
        bool ok = false;
        scale = QInputDialog::getDouble(this, tr("Export as PNG"), tr("Scale (1 = 100 %):"),
                                        settings.value(QStringLiteral("export/scale"), 2.0).toDouble(), 0.1, 8, 1, &ok);
        if (!ok)
            return;
        settings.setValue(QStringLiteral("export/scale"), scale);
    }
    settings.setValue(dirKey, QFileInfo(path).absolutePath());
    try {
        if (svg)
            exporter::exportSvg(*m_scene, path, windowTitle());
        else
            exporter::exportPng(*m_scene, path, scale);
        statusBar()->showMessage(tr("Exported %1").arg(path), 8000);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

} // namespace wfs
