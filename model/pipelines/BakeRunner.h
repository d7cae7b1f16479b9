#pragma once

#include "model/pipelines/BakeStore.h"
#include "model/pipelines/BatchPlan.h"
#include "model/pipelines/FlowDocument.h"
#include "model/pipelines/RunnerLock.h"
#include "model/pipelines/TaskLaunch.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace wfs {
class GraphStore;
class Recorder;
class ProcessRunner;
}

namespace wfs::pipelines {

// Runs one attempt of a bake in this process: tasks in parallel up to max_parallel as their
// needs allow, each through the one ProcessRunner, its state in the BakeStore and its card in
// the workflow graph (a group named after the bake). Cancel requests written to the store by
// other processes (`wfs cancel`, the GUI) are picked up while it runs.
class BakeRunner : public QObject
{
    Q_OBJECT
public:
    explicit BakeRunner(GraphStore &store, QObject *parent = nullptr);
    ~BakeRunner() override;

    // A new bake of `doc`. Plans first: an invalid flow throws and records nothing.
    qint64 startNew(const FlowDocument &doc, const QJsonObject &params);
    // A new attempt of `bake` with the definition it was baked with; `fromFailed` keeps the
    // tasks that succeeded (or came from the cache) in the newest attempt.
    int startRestart(qint64 bake, bool fromFailed);

    // Runs the event loop until every task has ended; returns the attempt's status.
    BakeStatus waitForFinished();
    // Stops the bake: running tasks are cancelled, pending ones too unless they use always();
    // a second call cancels those as well.
    void cancel();

    qint64 bakeId() const { return m_bake; }
    int attempt() const { return m_attempt; }
    const BatchPlan &plan() const { return m_plan; }
    const FlowDocument &document() const { return m_doc; }

signals:
    void taskChanged(const QString &task, wfs::TaskStatus status, const QString &message);
    void finished(wfs::pipelines::BakeStatus status);

private:
    struct Slot;

    void prepare(const std::vector<BakeTaskRow> &kept);
    void schedule();
    bool ready(const Slot &slot) const;
    QJsonObject needsContext(const Slot &slot) const;
    QCborMap baseContexts(const Slot &slot) const;
    QCborMap callInputs(const Slot &slot, const QCborMap &contexts) const;
    QJsonObject waitsContext(const Slot &slot, const QString &around) const;
    bool isEnabled(const Scalar &enable, QCborMap contexts) const;
    bool callEnabled(Slot &call);
    bool callsHaveRoom(const Slot &slot) const;
    void begin(Slot &slot);
    void launch(Slot &slot, const TaskLaunch &launch);
    void onTaskFinished(Slot &slot);
    void end(Slot &slot, TaskStatus status, std::optional<int> exitCode, const QString &message);
    void pollCancelRequests();
    void stopAll(const QString &why);
    void finishAttempt();

    GraphStore &m_store;
    std::unique_ptr<Recorder> m_recorder;
    BakeStore m_bakes;
    FlowDocument m_doc;
    BatchPlan m_plan;
    QJsonObject m_params;
    QJsonObject m_flow;
    qint64 m_bake = 0;
    int m_attempt = 0;
    std::unique_ptr<RunnerLock> m_lock;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QHash<QString, Slot *> m_byId;
    int m_maxParallel = 1;
    int m_running = 0;
    bool m_stopping = false;
    bool m_userCancelled = false;
    bool m_forceStop = false;
    bool m_done = false;
    bool m_scheduleQueued = false;
    QString m_stopReason;
    BakeStatus m_status = BakeStatus::Running;
    QTimer *m_poll = nullptr;
};

} // namespace wfs::pipelines
