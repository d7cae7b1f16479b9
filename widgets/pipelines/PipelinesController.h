#pragma once

#include "model/pipelines/FlowDocument.h"
#include "model/workspace/ReadGate.h"
#include "widgets/pipelines/DagTask.h"
#include "widgets/pipelines/PipelinesState.h"

#include <QObject>
#include <QTimer>
#include <optional>
#include <utility>
#include <vector>

namespace wfs {

class PipelineStarts;
class WorkflowModel;

// What the Pipelines view shows and does, without a widget: the open workflow file (its plan or
// its problem), the bake and attempt shown, what was last read of the workspace (on the
// reader's thread), and the `wfs` processes started from the view. PipelinesPanel displays it.
class PipelinesController : public QObject
{
    Q_OBJECT
public:
    explicit PipelinesController(WorkflowModel &model, QObject *parent = nullptr);
    ~PipelinesController() override;

    // Reads and parses `file`; shows its plan, or its problem. False when it has a problem.
    bool openFlow(const QString &file);
    // The flow last opened in this workspace, unless it stopped the window last time.
    void reopenLastFlow();
    // False when no file is open.
    bool reloadFlow();
    // Starts a bake of the open flow with these param values.
    bool run(const std::vector<std::pair<QString, QString>> &params = {});
    void restartFromFailed();
    void cancelTask(const QString &task);
    void cancelBake();
    // `extraArgs`: the instance suffix and params the user gave.
    void startJob(const QString &job, const QStringList &extraArgs);
    void killJob(qint64 id, const QString &name);
    // Shows attempt `attempt` of `bake` (0: its newest, following new attempts as they come).
    void showBake(qint64 bake, int attempt = 0);
    void showPlan();
    // Asks the workspace reader for bakes, the shown attempt's tasks and live jobs again;
    // refreshed() follows once they are shown.
    void refresh();

    const PipelinesState &state() const { return m_state; }
    const QString &flowFile() const { return m_file; }
    const std::optional<pipelines::FlowDocument> &flow() const { return m_doc; }
    const pipelines::FlowDocument *liveFlow() const;
    qint64 shownBake() const { return m_bake; }
    int shownAttempt() const { return m_attempt; }
    // One line over the DAG: what it shows.
    QString heading() const;

    // The Source tab: the open file's text, or the stored definition of the bake shown.
    const QString &sourceText() const { return m_sourceText; }
    // The open file's problem, when the Source tab shows it.
    QString sourceError(int *line, int *column) const;

    struct TaskLog
    {
        QString title;
        QString path; // empty: not started yet
    };
    std::optional<TaskLog> taskLog(const QString &taskId) const;

    bool canRun() const;
    bool canReload() const { return !m_file.isEmpty(); }
    bool canCancelBake() const;
    bool canCancelTask(const QString &task) const;
    bool canRestart() const;

signals:
    void tasksChanged(const std::vector<wfs::DagTask> &tasks);
    // The next layout of the DAG is fitted in the view (a new plan or another bake).
    void fitRequested();
    // The bake and attempt shown, for the list of bakes (0, 0: the plan).
    void shownChanged(qint64 bake, int attempt);
    void sourceChanged();
    // The open file has a problem: the Source tab says where.
    void problemFound();
    void bakesChanged();
    // Heading, enabled actions, live jobs and the task log may have changed.
    void changed();
    void message(const QString &text, int timeoutMs = 10000);
    void refreshed();

private:
    void setFlowError(const QString &text, int line, int column);
    void showSourceOf(qint64 bake);
    void startRead();
    void apply(PipelinesState state);
    void checkPendingStart();
    std::optional<pipelines::BakeAttempt> shownAttemptState() const;
    std::optional<pipelines::BakeAttempt> newestAttempt() const;

    WorkflowModel &m_model;
    PipelineStarts *m_starts = nullptr;
    PipelinesState m_state;
    ReadGate m_gate;
    // While a bake runs, for what no commit announces: a runner that died and left it interrupted.
    QTimer m_heartbeat;

    QString m_file;
    std::optional<pipelines::FlowDocument> m_doc;
    QString m_flowError;
    int m_flowErrorLine = 0;
    int m_flowErrorColumn = 0;
    QString m_fileText;      // the open file's text, shown again when the plan is
    QString m_sourceText;    // what the Source tab shows
    qint64 m_sourceBake = 0; // the bake whose stored definition the Source tab shows, 0: the open file
    qint64 m_bake = 0;       // 0: the open flow's plan is shown
    int m_attempt = 0;
    bool m_followNewest = false; // m_attempt is the bake's newest and moves on with new attempts
    std::vector<pipelines::BakeTaskRow> m_rows;
};

} // namespace wfs
