#pragma once

#include "model/graph/NodeKind.h"

#include <QMainWindow>
#include <QUndoStack>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace wfs {

class CardEditor;
class GraphScene;
class GraphView;
class LayoutCache;
class LogPanel;
class Minimap;
class PipelinesPanel;
class RemoteMenu;
class ScopeTree;
class VersionsPanel;
class Workspace;
class WorkflowModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `dir` as the current workspace; on failure keeps the current one and says why.
    bool openWorkspace(const QString &dir);

    Workspace *workspace() const { return m_workspace.get(); }
    WorkflowModel *model() const { return m_model.get(); }
    GraphScene *scene() const { return m_scene.get(); }
    GraphView *view() const { return m_view; }
    CardEditor *cardEditor() const { return m_editor; }
    LogPanel *logPanel() const { return m_log; }
    ScopeTree *scopeTree() const { return m_scopeTree; }
    VersionsPanel *versionsPanel() const { return m_versions; }
    PipelinesPanel *pipelinesPanel() const { return m_pipelines; }
    RemoteMenu *remoteMenu() const { return m_remoteMenu; }
    QTabWidget *centralTabs() const { return m_central; }
    // Brings the Pipelines tab to the front.
    void showPipelines();
    QUndoStack &undoStack() { return m_undo; }

    // What double-clicking a card does: open its folder or file, its link, or its task's log.
    void activateCard(NodeId id);
    // Finds the next card whose title contains `text` and centres it; false when none does.
    bool findCard(const QString &text);
    void showCardContextMenu(NodeId id, const QPoint &globalPos);
    void addDroppedPaths(const QStringList &paths, int rejected);
    void exportImage(bool svg);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // MainWindowMenus.cpp
    void createActions();
    void rebuildRecentMenu();
    void createLanguageMenu(QMenu *view);
    QAction *toolbarCopy(QAction *menuAction, const QString &icon, const QString &text);
    void chooseWorkspace();

    // MainWindowPipelines.cpp
    void createCentralTabs();
    void createPipelinesMenu(QMenu *view);
    void attachPipelines();
    void detachPipelines();
    void onCentralTabChanged(int index);
    // The graph view or the pipeline DAG's, whichever tab is shown (for zoom and fit).
    GraphView *currentGraphView() const;

    void createDocks();
    void closeWorkspace();
    void updateCounts();
    void onLayoutStarted(int cards);
    void onLayoutApplied();
    void rememberScope();
    void openLink(const QString &url);
    void followSelection();
    void droppedPathsAdded(const QStringList &messages, NodeId last);

    GraphView *m_view = nullptr;
    QTabWidget *m_central = nullptr;
    PipelinesPanel *m_pipelines = nullptr;
    QAction *m_openWorkspace = nullptr;
    QList<QDockWidget *> m_graphDocksShown; // hidden while the Pipelines tab is shown
    Minimap *m_minimap = nullptr;
    ScopeTree *m_scopeTree = nullptr;
    CardEditor *m_editor = nullptr;
    LogPanel *m_log = nullptr;
    VersionsPanel *m_versions = nullptr;
    QDockWidget *m_versionsDock = nullptr;
    QDockWidget *m_scopeDock = nullptr;
    QDockWidget *m_cardDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_minimapDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    RemoteMenu *m_remoteMenu = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QUndoStack m_undo;

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkflowModel> m_model;
    std::unique_ptr<LayoutCache> m_layoutCache;
    std::unique_ptr<GraphScene> m_scene;

    bool m_fitOnNextLayout = true;
    NodeId m_anchor = 0;
    NodeId m_selectAfterLayout = 0; // a dropped card, selected once the layout has placed it
    QPointF m_anchorInView;
    QString m_lastFind;
    qsizetype m_findIndex = -1;
};

} // namespace wfs
