// The window's two central tabs, the workflow graph and the Pipelines view, and what switches
// between them.
#include "app/gui/MainWindow.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/GraphView.h"
#include "widgets/pipelines/PipelinesController.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace wfs {

void MainWindow::createCentralTabs()
{
    m_central = new QTabWidget(this);
    m_central->setObjectName(QStringLiteral("centralTabs"));
    m_central->setDocumentMode(true);
    m_central->addTab(m_view, tr("Graph"));
    auto *placeholder = new QLabel(tr("Open a workspace to run pipelines in it."), m_central);
    placeholder->setAlignment(Qt::AlignCenter);
    m_central->addTab(placeholder, tr("Pipelines"));
    setCentralWidget(m_central);
    connect(m_central, &QTabWidget::currentChanged, this, &MainWindow::onCentralTabChanged);
}

void MainWindow::createPipelinesMenu(QMenu *view)
{
    QAction *graph = view->addAction(tr("&Graph"), this, [this] { m_central->setCurrentIndex(0); });
    graph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *pipelines = view->addAction(tr("&Pipelines"), this, &MainWindow::showPipelines);
    pipelines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
}

void MainWindow::showPipelines()
{
    m_central->setCurrentIndex(1);
}

void MainWindow::attachPipelines()
{
    const int current = m_central->currentIndex();
    QWidget *old = m_central->widget(1);
    m_pipelines = new PipelinesPanel(*m_model, m_central);
    connect(m_pipelines->controller(), &PipelinesController::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    const QSignalBlocker blocker(m_central);
    m_central->removeTab(1);
    m_central->insertTab(1, m_pipelines, tr("Pipelines"));
    m_central->setCurrentIndex(current);
    delete old;
    onCentralTabChanged(current);
}

void MainWindow::detachPipelines()
{
    if (!m_pipelines)
        return;
    const int current = m_central->currentIndex();
    auto *placeholder = new QLabel(tr("Open a workspace to run pipelines in it."), m_central);
    placeholder->setAlignment(Qt::AlignCenter);
    const QSignalBlocker blocker(m_central);
    m_central->removeTab(1);
    m_central->insertTab(1, placeholder, tr("Pipelines"));
    m_central->setCurrentIndex(current);
    delete m_pipelines;
    m_pipelines = nullptr;
}

GraphView *MainWindow::currentGraphView() const
{
    return m_central->currentIndex() == 1 && m_pipelines ? m_pipelines->dagView() : m_view;
}

void MainWindow::onCentralTabChanged(int index)
{
    QSettings().setValue(QStringLiteral("window/centralTab"), index);
    // The docks are about the graph: the Pipelines view gets their room, and they come back
    // as they were with the graph.
    const QList<QDockWidget *> docks{m_scopeDock, m_cardDock, m_minimapDock, m_logDock, m_versionsDock};
    if (index == 1 && m_graphDocksShown.isEmpty()) {
        for (QDockWidget *d : docks) {
            if (d->isVisibleTo(this)) {
                m_graphDocksShown << d;
                d->hide();
            }
        }
    } else if (index == 0) {
        for (QDockWidget *d : std::as_const(m_graphDocksShown))
            d->show();
        m_graphDocksShown.clear();
    }
    // The graph's card and edge counts say nothing about pipelines.
    m_countLabel->setVisible(index == 0);
    // Ctrl+O opens a workflow file while the Pipelines view is shown, a workspace otherwise.
    if (m_openWorkspace)
        m_openWorkspace->setShortcut(index == 1 && m_pipelines ? QKeySequence() : QKeySequence(QKeySequence::Open));
}

} // namespace wfs
