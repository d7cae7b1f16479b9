#pragma once

#include "model/pipelines/FlowDocument.h"
#include "model/workspace/ReadGate.h"
#include "model/workspace/WorkspaceReader.h"
#include "widgets/pipelines/PipelinesState.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>
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
class WorkflowModel;

// The Pipelines view: open an Apolo Flow workflow file and see its tasks as a DAG (or its
// problem at its line), run it, follow its bakes live, read a task's log as it grows, cancel,
// restart from failed, browse past bakes; start and kill live jobs. Everything that runs is a
// `wfs` child process; what the view shows comes from the workspace database, so bakes started
// elsewhere show up the same way.
class PipelinesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinesPanel(WorkflowModel &model, QWidget *parent = nullptr);
    ~PipelinesPanel() override;

    // Reads and parses `file`; shows its plan, or its problem. False when it has a problem.
    bool openFlow(const QString &file);
    void reloadFlow();
    // Starts a bake of the open flow with these param values (the Run action asks for them).
    bool run(const std::vector<std::pair<QString, QString>> &params = {});
    void cancelTask();
    void cancelBake();
    void restartFromFailed();
    // Shows attempt `attempt` of `bake` (0: its newest, following new attempts as they come).
    void showBake(qint64 bake, int attempt = 0);
    void showPlan();
    // Asks the workspace reader for bakes, the shown attempt's tasks and live jobs again;
    // refreshed() follows once they are shown.
    void refresh();
    // What was read last.
    const PipelinesState &state() const { return m_state; }

    const QString &flowFile() const { return m_file; }
    const std::optional<pipelines::FlowDocument> &flow() const { return m_doc; }
    qint64 shownBake() const { return m_bake; }
    int shownAttempt() const { return m_attempt; }

    PipelineDagScene *dagScene() const { return m_scene; }
    GraphView *dagView() const { return m_view; }
    FlowSourceView *sourceView() const { return m_source; }
    LogPanel *logPanel() const { return m_log; }
    BakeTree *bakeTree() const { return m_tree; }
    LiveJobsList *liveJobs() const { return m_jobs; }
    QTabWidget *bottomTabs() const { return m_tabs; }
    QAction *openAction() const { return m_open; }
    QAction *runAction() const { return m_run; }
    QAction *cancelTaskAction() const { return m_cancelTask; }
    QAction *cancelBakeAction() const { return m_cancelBake; }
    QAction *restartAction() const { return m_restart; }

public slots:
    void chooseFlow();
    void runWithParams();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // For the status bar.
    void message(const QString &text, int timeoutMs = 10000);
    void refreshed();

private:
    // PipelinesPanel.cpp
    void createActions();
    // openFlow() for the file reopened at start; not tried again after it stopped the window.
    void reopenFlow(const QString &file);
    // The Source tab shows the stored definition of `bake`, or with 0 the open file (and its problem).
    void showSourceOf(qint64 bake);
    void saveState();
    void restoreState();
    void setFlowError(const QString &message, int line, int column);
    void updateActions();
    void updateTitle();
    void onTaskSelected();
    void showTaskLog(const QString &taskId);
    void startRead();
    void apply(PipelinesState state);
    void refreshBakes();
    void refreshLiveJobs();

    // PipelinesActions.cpp
    void checkPendingStart();
    void startDetached(const QStringList &args, const QString &what);
    void runCommand(const QStringList &args, const QString &doneText);
    void startJob(const QString &job, bool multi);
    void killJob(qint64 id, const QString &name);
    std::optional<pipelines::BakeAttempt> shownAttemptState();

    WorkflowModel &m_model;
    PipelinesState m_state;
    ReadGate m_gate;
    // While a bake runs, for what no commit announces: a runner that died and left it interrupted.
    QTimer m_heartbeat;

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

    QString m_file;
    std::optional<pipelines::FlowDocument> m_doc;
    QString m_flowError;
    int m_flowErrorLine = 0;
    int m_flowErrorColumn = 0;
    QString m_fileText;   // the open file's text, shown again when the plan is
    qint64 m_sourceBake = 0; // the bake whose stored definition the Source tab shows, 0: the open file
    qint64 m_bake = 0;   // 0: the open flow's plan is shown
    int m_attempt = 0;
    bool m_followNewest = false; // m_attempt is the bake's newest and moves on with new attempts
    std::vector<pipelines::BakeTaskRow> m_rows;
    bool m_fitOnLayout = true;
    QString m_logKey; // the task whose log is shown, and its path

    // A bake or restart started from here, until its attempt shows up in the database.
    struct PendingStart
    {
        qint64 pid = 0;
        qint64 afterBake = 0; // bakes above this id are new
        qint64 bake = 0;      // a restart: its bake
        int afterAttempt = 0;
        QString output; // its stdout and stderr
        qint64 startedMs = 0;
        bool gone = false; // its process was seen ended: one more read decides
    };
    std::optional<PendingStart> m_pending;
};

} // namespace wfs
