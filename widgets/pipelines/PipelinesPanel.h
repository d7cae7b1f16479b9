#pragma once

#include <QWidget>
#include <utility>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace wfs {

class BakeTree;
class FlowSourceView;
class GraphView;
class LiveJobsList;
class LogPanel;
class PipelineDagScene;
class PipelinesController;
class WorkflowModel;

// The Pipelines view: open an Apolo Flow workflow file and see its tasks as a DAG (or its
// problem at its line), run it, follow its bakes live, read a task's log as it grows, cancel,
// restart from failed, browse past bakes; start and kill live jobs. It displays what its
// PipelinesController holds and hands it the user's gestures; dialogs are asked here.
class PipelinesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinesPanel(WorkflowModel &model, QWidget *parent = nullptr);
    ~PipelinesPanel() override;

    PipelinesController *controller() const { return m_controller; }
    PipelineDagScene *dagScene() const { return m_scene; }
    GraphView *dagView() const { return m_view; }
    FlowSourceView *sourceView() const { return m_source; }
    LogPanel *logPanel() const { return m_log; }
    BakeTree *bakeTree() const { return m_tree; }
    LiveJobsList *liveJobs() const { return m_jobs; }
    QTabWidget *bottomTabs() const { return m_tabs; }
    QLabel *heading() const { return m_heading; }
    QAction *openAction() const { return m_open; }
    QAction *runAction() const { return m_run; }
    QAction *cancelTaskAction() const { return m_cancelTask; }
    QAction *cancelBakeAction() const { return m_cancelBake; }
    QAction *restartAction() const { return m_restart; }

public slots:
    void chooseFlow();
    // Asks for param values when the flow has params, then starts a bake.
    void runWithParams();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void widenListOnce();
    void createActions();
    void retranslate();
    void connectController();
    void saveState();
    void restoreState();
    void showSource();
    void showBakes();
    void update();
    void onTaskSelected();
    void showTaskLog(const QString &task);
    void startJob(const QString &job, bool multi);

    PipelinesController *m_controller = nullptr;

    QToolBar *m_toolBar = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_left = nullptr;
    QSplitter *m_centre = nullptr;
    BakeTree *m_tree = nullptr;
    LiveJobsList *m_jobs = nullptr;
    PipelineDagScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    FlowSourceView *m_source = nullptr;
    LogPanel *m_log = nullptr;

    QAction *m_open = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_run = nullptr;
    QAction *m_cancelTask = nullptr;
    QAction *m_cancelBake = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_plan = nullptr;

    bool m_fitOnLayout = true;
    QString m_logKey; // the task whose log is shown, and its path
    bool m_listWidened = false; // the bake list was sized to its names once
};

} // namespace wfs
