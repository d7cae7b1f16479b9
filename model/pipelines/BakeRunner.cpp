#include "model/core/Text.h"
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/BakeRunnerSlot.h"
#include "model/pipelines/PlatformContexts.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/FlowParser.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace wfs::pipelines {

namespace {
constexpr int cancelPollMs = 150;

QString needResult(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Succeeded:
    case TaskStatus::Cached:
        return QStringLiteral("succeeded");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    case TaskStatus::Running:
    case TaskStatus::Pending:
        break;
    }
    return QStringLiteral("running");
}

} // namespace

BakeRunner::BakeRunner(GraphStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_recorder(std::make_unique<Recorder>(store)), m_bakes(store.workspace()),
      m_poll(new QTimer(this))
{
    m_poll->setInterval(cancelPollMs);
    connect(m_poll, &QTimer::timeout, this, &BakeRunner::pollCancelRequests);
}

BakeRunner::~BakeRunner() = default;

qint64 BakeRunner::startNew(const FlowDocument &doc, const QJsonObject &params)
{
    m_doc = doc;
    m_params = params;
    m_flow = BatchPlan::flowContext(doc, params, projectRoot(doc));
    m_plan = BatchPlan::build(doc, params);
    m_bake = m_bakes.createBake(doc.id, m_flow.value(QStringLiteral("title")).toString(), doc.file, params, doc.source);
    m_lock = std::make_unique<RunnerLock>(m_bakes.runnerLockPath(m_bake));
    prepare({});
    return m_bake;
}

int BakeRunner::startRestart(qint64 bake, bool fromFailed)
{
    const std::optional<Bake> b = m_bakes.bake(bake);
    if (!b)
        throw Error::usage(Text::tr("there is no bake %1 in this workspace (see wfs bakes)").arg(bake));
    m_lock = std::make_unique<RunnerLock>(m_bakes.runnerLockPath(bake));
    m_bake = bake;
    m_doc = FlowParser::parse(b->source, b->file);
    m_params = b->params;
    m_flow = BatchPlan::flowContext(m_doc, m_params, projectRoot(m_doc));
    m_plan = BatchPlan::build(m_doc, m_params);

    std::vector<BakeTaskRow> previous = m_bakes.tasks(bake, b->last.number);
    // The newest attempt's runner is gone (we hold its lock): whatever it left running stops now.
    for (BakeTaskRow &row : previous) {
        if (row.status != TaskStatus::Running)
            continue;
        if (row.pgid > 0)
            ProcessRunner::terminateGroup(row.pgid, row.identity, 2000);
        // The old attempt keeps its history, with no task running for ever.
        m_bakes.finishTask(bake, b->last.number, row.id, TaskStatus::Cancelled, std::nullopt, row.outputs,
                           Text::tr("interrupted: its runner was gone"));
    }
    // A task runs again when it did not succeed, or when something it needs runs again: what
    // it did (an always() task's report, say) was based on the result it will no longer have.
    QHash<QString, TaskStatus> previousStatus;
    for (const BakeTaskRow &row : previous)
        previousStatus.insert(row.id, row.status);
    QSet<QString> rerun;
    for (const PlannedTask &p : m_plan.tasks()) { // every task comes after what it needs
        const TaskStatus status = previousStatus.value(p.id, TaskStatus::Pending);
        bool again = !fromFailed || (status != TaskStatus::Succeeded && status != TaskStatus::Cached);
        for (const PlannedNeed &n : p.needs)
            again = again || rerun.contains(n.task);
        if (again)
            rerun.insert(p.id);
    }
    std::vector<BakeTaskRow> kept;
    for (BakeTaskRow &row : previous) {
        if (rerun.contains(row.id)) {
            // Runs again on the same card.
            row.status = TaskStatus::Pending;
            row.outputs = {};
            row.startedMs = row.finishedMs = 0;
            row.exitCode.reset();
            row.message.clear();
            row.logPath.clear();
        }
        kept.push_back(row);
    }
    prepare(kept);
    return m_attempt;
}

void BakeRunner::prepare(const std::vector<BakeTaskRow> &kept)
{
    QHash<QString, const BakeTaskRow *> keptById;
    for (const BakeTaskRow &row : kept)
        keptById.insert(row.id, &row);

    m_maxParallel = m_doc.defaults.maxParallel.present
        ? evaluateCount(m_doc.defaults.maxParallel, QStringLiteral("defaults.max_parallel"),
                        QCborMap{{QStringLiteral("params"), QCborMap::fromJsonObject(m_params)},
                                 {QStringLiteral("flow"), QCborMap::fromJsonObject(m_flow)}})
        : std::max(1, QThread::idealThreadCount());
    const QString group = QStringLiteral("bake %1 · %2").arg(m_bake).arg(m_flow.value(QStringLiteral("title")).toString());
    std::vector<BakeTaskRow> rows;
    {
        db::Transaction tx(m_store.workspace().db());
        for (const PlannedTask &p : m_plan.tasks()) {
            auto slot = std::make_unique<Slot>();
            slot->plan = &p;
            slot->spec = &m_doc.tasks[std::size_t(p.specIndex)];
            slot->title = p.id;
            if (slot->spec->title.present) {
                try {
                    slot->title = expr::evaluateValueText(slot->spec->title.text,
                                                          QCborMap{{QStringLiteral("params"), QCborMap::fromJsonObject(m_params)},
                                                                   {QStringLiteral("flow"), QCborMap::fromJsonObject(m_flow)},
                                                                   {QStringLiteral("matrix"), p.matrix}});
                } catch (const Error &) {
                    slot->title = slot->spec->title.text; // shown as written; the task reports the error
                }
            }
            const QCborMap strategyContexts{{QStringLiteral("params"), QCborMap::fromJsonObject(m_params)},
                                            {QStringLiteral("flow"), QCborMap::fromJsonObject(m_flow)},
                                            {QStringLiteral("matrix"), p.matrix}};
            const Scalar &failFast = slot->spec->failFast.present ? slot->spec->failFast : m_doc.defaults.failFast;
            if (failFast.present)
                slot->failFast = evaluateFlag(failFast, QStringLiteral("fail_fast"), strategyContexts);
            if (slot->spec->maxParallel.present)
                slot->specParallel = evaluateCount(slot->spec->maxParallel, QStringLiteral("strategy.max_parallel"),
                                                   strategyContexts);
            BakeTaskRow row;
            row.id = p.id;
            row.seq = int(rows.size());
            row.title = slot->title;
            for (const PlannedNeed &n : p.needs)
                row.needs << n.task;
            if (const BakeTaskRow *old = keptById.value(p.id)) {
                row.status = old->status;
                row.outputs = old->outputs;
                row.startedMs = old->startedMs;
                row.finishedMs = old->finishedMs;
                row.exitCode = old->exitCode;
                row.logPath = old->logPath;
                row.message = old->message;
                row.nodeId = old->nodeId;
                slot->status = old->status;
                slot->outputs = old->outputs;
                slot->kept = isFinal(old->status);
                if (old->nodeId && m_store.node(old->nodeId)) {
                    slot->card = old->nodeId;
                    if (!slot->kept)
                        m_recorder->restartTask(slot->card, TaskStatus::Pending);
                }
            }
            if (!slot->card) {
                // An action's tasks (and its call) form a group of their own inside the bake's.
                const QString &call = slot->plan->call;
                const QString cardGroup = call.isEmpty() || slot->spec->runsFirst ? group : group + QStringLiteral(" · ") + call;
                slot->card = m_recorder->startTask({slot->title, m_doc.id, cardGroup, std::nullopt, TaskStatus::Pending});
                row.nodeId = slot->card;
            }
            m_byId.insert(p.id, slot.get());
            m_slots.push_back(std::move(slot));
            rows.push_back(std::move(row));
        }
        // Needs are the tasks' inputs in the graph, as `wfs input task` records them.
        for (const auto &slot : m_slots) {
            std::vector<Relation> needs;
            for (const PlannedNeed &n : slot->plan->needs) {
                Relation r;
                r.kind = NodeKind::Task;
                r.target = QString::number(m_byId.value(n.task)->card);
                needs.push_back(r);
            }
            m_recorder->recordAll(slot->card, needs);
        }
        m_attempt = m_bakes.createAttempt(m_bake, rows, QCoreApplication::applicationPid());
        tx.commit();
    }

    m_poll->start();
    QTimer::singleShot(0, this, &BakeRunner::schedule);
}

bool BakeRunner::ready(const Slot &slot) const
{
    for (const PlannedNeed &n : slot.plan->needs) {
        const Slot *need = m_byId.value(n.task);
        const bool started = need->status != TaskStatus::Pending;
        if (n.when == Need::When::Running ? !started : !isFinal(need->status))
            return false;
    }
    return true;
}

QJsonObject BakeRunner::needsContext(const Slot &slot) const
{
    QJsonObject needs;
    for (const PlannedNeed &n : slot.plan->needs) {
        if (n.wait)
            continue; // only an order: what the call around the task waits for
        const Slot *need = m_byId.value(n.task);
        needs.insert(n.name.isEmpty() ? n.task : n.name,
                     QJsonObject{{QStringLiteral("result"), needResult(need->status)},
                                 {QStringLiteral("outputs"), need->outputs}});
    }
    return needs;
}

QJsonObject BakeRunner::waitsContext(const Slot &slot, const QString &around) const
{
    QJsonObject needs;
    for (const QString &id : slot.plan->callNeeds) {
        const Slot *need = m_byId.value(id);
        needs.insert(!around.isEmpty() && id.startsWith(around + u'.') ? id.mid(around.size() + 1) : id,
                     QJsonObject{{QStringLiteral("result"), needResult(need->status)},
                                 {QStringLiteral("outputs"), need->outputs}});
    }
    return needs;
}

QCborMap BakeRunner::baseContexts(const Slot &slot) const
{
    QJsonObject flow = m_flow;
    if (!slot.spec->actionPath.isEmpty())
        flow.insert(QStringLiteral("action_path"), slot.spec->actionPath);
    QCborMap contexts{{QStringLiteral("flow"), QCborMap::fromJsonObject(flow)},
                      {QStringLiteral("project"), QCborMap::fromJsonObject(BatchPlan::projectContext(m_doc, m_flow))},
                      {QStringLiteral("params"), QCborMap::fromJsonObject(m_params)},
                      {QStringLiteral("matrix"), slot.plan->matrix},
                      {QStringLiteral("needs"), QCborMap::fromJsonObject(needsContext(slot))}};
    contexts = withPlatformContexts(m_doc, contexts);
    if (!slot.spec->actionCall.isEmpty())
        contexts.insert(QStringLiteral("inputs"), callInputs(slot, contexts));
    if (slot.spec->postOf >= 0)
        contexts.insert(QStringLiteral("state"), QCborMap::fromJsonObject(m_byId.value(slot.plan->call)->state));
    return contexts;
}

void BakeRunner::schedule()
{
    m_scheduleQueued = false;
    if (m_done)
        return;
    bool anyOpen = false;
    for (const auto &slotPtr : m_slots) {
        Slot &slot = *slotPtr;
        if (slot.status == TaskStatus::Running)
            anyOpen = true;
        if (slot.status != TaskStatus::Pending)
            continue;
        anyOpen = true;
        if (m_running >= m_maxParallel)
            break;
        if (!ready(slot))
            continue;
        if (slot.specParallel > 0) {
            int sameSpec = 0;
            for (const auto &other : m_slots)
                sameSpec += other->spec == slot.spec && other->status == TaskStatus::Running;
            if (sameSpec >= slot.specParallel)
                continue;
        }
        if (!callsHaveRoom(slot))
            continue;
        begin(slot);
    }
    if (!anyOpen)
        finishAttempt();
}

void BakeRunner::end(Slot &slot, TaskStatus status, std::optional<int> exitCode, const QString &message)
{
    slot.status = status;
    try {
        db::Transaction tx(m_store.workspace().db());
        m_recorder->finishTask(slot.card, status, exitCode);
        m_bakes.finishTask(m_bake, m_attempt, slot.plan->id, status, exitCode, slot.outputs, message);
        if (status == TaskStatus::Succeeded && slot.cacheable)
            m_bakes.storeCache(slot.flowCacheId, slot.plan->id, slot.cacheKey, slot.outputs);
        tx.commit();
    } catch (const Error &e) {
        qWarning("%s", qPrintable(e.message()));
    }
    emit taskChanged(slot.plan->id, status, message);
    if (status == TaskStatus::Failed && slot.failFast && !m_stopping)
        stopAll(Text::tr("cancelled because %1 failed (fail_fast)").arg(slot.plan->id));
    if (!m_scheduleQueued) {
        m_scheduleQueued = true;
        QTimer::singleShot(0, this, &BakeRunner::schedule);
    }
}

void BakeRunner::stopAll(const QString &why)
{
    m_stopping = true;
    m_stopReason = why;
    for (const auto &slot : m_slots) {
        if (slot->status == TaskStatus::Running && slot->runner)
            slot->runner->cancel();
    }
}

void BakeRunner::cancel()
{
    // A second cancel does not wait for the always() tasks either.
    m_forceStop = m_userCancelled;
    m_userCancelled = true;
    stopAll(Text::tr("the bake was cancelled"));
    if (!m_scheduleQueued) {
        m_scheduleQueued = true;
        QTimer::singleShot(0, this, &BakeRunner::schedule);
    }
}

void BakeRunner::pollCancelRequests()
{
    try {
        if (!m_userCancelled) {
            if (const auto a = m_bakes.attempt(m_bake, m_attempt); a && a->cancelRequested)
                cancel();
        }
        // Only the requested rows: reading every task's row each time made the poll O(tasks).
        for (const QString &id : m_bakes.cancelRequested(m_bake, m_attempt)) {
            Slot *slot = m_byId.value(id);
            if (!slot)
                continue;
            if (slot->status == TaskStatus::Running && slot->runner)
                slot->runner->cancel();
            else if (slot->status == TaskStatus::Pending)
                end(*slot, TaskStatus::Cancelled, std::nullopt, Text::tr("cancelled before it started"));
        }
    } catch (const Error &e) {
        qWarning("%s", qPrintable(e.message()));
    }
}

void BakeRunner::finishAttempt()
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    bool failed = false;
    bool cancelled = false;
    for (const auto &slot : m_slots) {
        failed = failed || slot->status == TaskStatus::Failed;
        cancelled = cancelled || slot->status == TaskStatus::Cancelled;
    }
    m_status = m_userCancelled ? BakeStatus::Cancelled
        : failed               ? BakeStatus::Failed
        : cancelled            ? BakeStatus::Cancelled
                               : BakeStatus::Succeeded;
    try {
        m_bakes.setAttemptStatus(m_bake, m_attempt, m_status);
    } catch (const Error &e) {
        qWarning("%s", qPrintable(e.message()));
    }
    m_lock.reset();
    emit finished(m_status);
}

BakeStatus BakeRunner::waitForFinished()
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &BakeRunner::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_status;
}

} // namespace wfs::pipelines
