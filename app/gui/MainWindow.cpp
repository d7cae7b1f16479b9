#include "MainWindow.h"

#include "GraphView.h"
#include "core/Error.h"
#include "graph/GraphStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace wfs {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_view(new GraphView(this)), m_scene(new QGraphicsScene(this))
{
    setWindowTitle(tr("Workflow Studio"));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    m_workspaceLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace..."), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Workflow Studio"), this, &MainWindow::showAbout);
}

bool MainWindow::openWorkspace(const QString &dir)
{
    try {
        auto workspace = std::make_unique<Workspace>(dir);
        auto store = std::make_unique<GraphStore>(*workspace);
        m_store = std::move(store);
        m_workspace = std::move(workspace);
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
        QMessageBox::warning(this, tr("Cannot open the workspace"), e.message());
        return false;
    }
    QSettings().setValue(QStringLiteral("workspace/last"), m_workspace->dir());
    setWindowTitle(tr("%1 - Workflow Studio").arg(m_workspace->dir()));
    updateStatus();
    return true;
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? m_workspace->dir() : QString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_workspaceLabel->setText(tr("No workspace"));
        m_countLabel->clear();
        return;
    }
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->dir()));
    try {
        m_countLabel->setText(tr("%n card(s)", nullptr, int(m_store->nodeCount())) + QStringLiteral(", ")
                              + tr("%n edge(s)", nullptr, int(m_store->edgeCount())));
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Workflow Studio"),
                       tr("Workflow Studio %1\nShows how data and models came to be.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace wfs
