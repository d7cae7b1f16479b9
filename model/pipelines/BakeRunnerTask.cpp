// One task of a bake: deciding whether it runs, taking it from the cache, starting it and
// recording how it ended. The scheduling around it is in BakeRunner.cpp.
#include "model/core/Text.h"
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/BakeRunnerSlot.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/pipelines/Expr.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace wfs::pipelines {

void BakeRunner::begin(Slot &slot)
{
    const TaskSpec &spec = *slot.spec;
    QCborMap contexts;
    try {
        contexts = baseContexts(slot); // an action's args may read its needs' outputs now
    } catch (const Error &e) {
        end(slot, TaskStatus::Failed, std::nullopt, e.message());
        return;
    }
    contexts.insert(QStringLiteral("strategy"), QCborMap{{QStringLiteral("fail_fast"), slot.failFast},
                                                        {QStringLiteral("max_parallel"), slot.specParallel}});
    // A call's own enable is decided before its action's tasks (callEnabled()); once they are
    // done, the call succeeds when they did.
    const Scalar &ownEnable = spec.isCall ? Scalar() : spec.enable;
    const QString enable = ownEnable.present ? ownEnable.text : QStringLiteral("${{ success() }}");
    // After a cancel or a fail_fast stop only the tasks that ask for it (always(), failure())
    // are still considered; a second cancel stops those too.
    const bool asksToRunAfterStop = enable.contains(QStringLiteral("always(")) || enable.contains(QStringLiteral("failure("));
    if (m_stopping && (m_forceStop || !asksToRunAfterStop)) {
        // After a fail_fast stop, tasks whose needs did not succeed are skipped, as without a
        // stop; the others could have run and are cancelled. A user's cancel cancels them all.
        bool needsSucceeded = true;
        for (const PlannedNeed &n : slot.plan->needs) {
            const TaskStatus s = m_byId.value(n.task)->status;
            needsSucceeded = needsSucceeded && (s == TaskStatus::Succeeded || s == TaskStatus::Cached);
        }
        if (needsSucceeded || m_userCancelled)
            end(slot, TaskStatus::Cancelled, std::nullopt, m_stopReason);
        else
            end(slot, TaskStatus::Skipped, std::nullopt, Text::tr("a task it needs did not succeed"));
        return;
    }
    std::optional<TaskLaunch> launched; // a default TaskLaunch copies the system environment
    try {
        Slot *call = spec.isCall ? &slot : slot.plan->scope.isEmpty() ? nullptr : m_byId.value(slot.plan->scope);
        if (call && !callEnabled(*call)) {
            end(slot, TaskStatus::Skipped, std::nullopt, call->gateWhy);
            return;
        }
        if (!isEnabled(ownEnable, contexts)) {
            end(slot, TaskStatus::Skipped, std::nullopt,
                ownEnable.present ? Text::tr("enable is false: %1").arg(ownEnable.text)
                                  : Text::tr("a task it needs did not succeed"));
            return;
        }
        if (spec.isCall) {
            // An action call runs nothing: its outputs are the action's, from its tasks' outputs.
            QJsonObject outputs;
            for (const auto &[name, value] : spec.callOutputs)
                outputs.insert(name, evaluateAttributeText(value, QStringLiteral("outputs.") + name, contexts));
            slot.outputs = outputs;
            end(slot, TaskStatus::Succeeded, std::nullopt, Text::tr("the action's tasks are done"));
            return;
        }
        launched = evaluateLaunch(m_doc, spec.command, spec.env, spec.workdir, spec.inputs, spec.outputs, contexts);
        // A title that reads what the task's needs produced can only be known now.
        if (spec.title.present && expr::contextsUsed(spec.title.text).contains(QStringLiteral("needs"))) {
            const QString title = evaluateAttributeText(spec.title, QStringLiteral("title"), contexts);
            if (title != slot.title) {
                slot.title = title;
                db::Transaction tx(m_store.workspace().db());
                m_store.setTitleAndUrl(slot.card, title, QString());
                m_bakes.setTaskTitle(m_bake, m_attempt, slot.plan->id, title);
                tx.commit();
            }
        }
        // Input projects are versioned first: the task reads that version, and a changed folder
        // is a changed definition for the cache.
        Versions versions(m_store);
        for (Relation &in : launched->inputs)
            versions.pinInput(in);

        const CacheUse cache = cacheUse(m_doc, spec, contexts);
        const QString &strategy = cache.strategy;
        const double lifeSpan = cache.lifeSpan;
        const Scalar &runLimit = spec.lifeSpan.present ? spec.lifeSpan : m_doc.defaults.lifeSpan;
        slot.lifeSpanMs = runLimit.present ? qint64(evaluateSeconds(runLimit, QStringLiteral("life_span"), contexts) * 1000) : 0;
        slot.cacheable = strategy == u"default";
        if (slot.cacheable) {
            QJsonObject needOutputs;
            for (const PlannedNeed &n : slot.plan->needs)
                needOutputs.insert(n.task, m_byId.value(n.task)->outputs);
            slot.flowCacheId = m_doc.id;
            slot.cacheKey = launched->definitionKey(needOutputs);
            // Reusing a run means reusing what it wrote: a declared output that is gone is a miss.
            const bool outputsThere = std::all_of(launched->outputs.begin(), launched->outputs.end(), [](const Relation &r) {
                return !kindHasPath(r.kind) || QFileInfo::exists(r.target);
            });
            const auto hit = outputsThere ? m_bakes.cached(slot.flowCacheId, slot.plan->id, slot.cacheKey, lifeSpan)
                                          : std::nullopt;
            if (hit) {
                slot.outputs = *hit;
                {
                    db::Transaction tx(m_store.workspace().db());
                    m_recorder->recordAll(slot.card, launched->inputs);
                    m_recorder->recordAll(slot.card, launched->outputs);
                    tx.commit();
                }
                slot.cacheable = false; // the entry stays as it was stored
                end(slot, TaskStatus::Cached, std::nullopt, Text::tr("outputs reused from the cache"));
                return;
            }
        }
    } catch (const Error &e) {
        end(slot, TaskStatus::Failed, std::nullopt, e.message());
        return;
    }
    launch(slot, *launched);
}

void BakeRunner::launch(Slot &slot, const TaskLaunch &launched)
{
    RunSpec run = launched.run;
    run.logPath = m_bakes.attemptDir(m_bake, m_attempt) + u'/' + slot.plan->id + QStringLiteral(".log");
    run.environment.insert(QStringLiteral("WFS_TASK_ID"), QString::number(slot.card));
    run.environment.insert(QStringLiteral("WFS_WORKSPACE"), m_store.workspace().dir());
    run.environment.insert(QStringLiteral("WFS_BAKE_ID"), QString::number(m_bake));
    run.environment.insert(QStringLiteral("WFS_BAKE_TASK"), slot.plan->id);
    run.endGroupWithProgram = true;
    slot.outputRelations = launched.outputs;
    slot.collector = OutputCollector();
    try {
        db::Transaction tx(m_store.workspace().db());
        m_recorder->restartTask(slot.card, TaskStatus::Running);
        if (!launched.inputs.empty()) // else it would only look the card up again (a costly query)
            m_recorder->recordAll(slot.card, launched.inputs);
        m_store.setTaskLog(slot.card, run.logPath);
        tx.commit();
        slot.runner = std::make_unique<ProcessRunner>();
        ProcessRunner *runner = slot.runner.get();
        connect(runner, &ProcessRunner::output, this, [&slot](const QByteArray &chunk) { slot.collector.feed(chunk); });
        connect(runner, &ProcessRunner::finished, this, [this, &slot] { onTaskFinished(slot); });
        runner->start(run);
        slot.timedOut = false;
        if (slot.lifeSpanMs > 0) {
            // The runner owns the timer: it goes when the task ends first.
            QTimer::singleShot(std::chrono::milliseconds(slot.lifeSpanMs), runner, [runner, &slot] {
                slot.timedOut = true;
                runner->cancel();
            });
        }
        slot.status = TaskStatus::Running;
        ++m_running;
        m_bakes.startTask(m_bake, m_attempt, slot.plan->id, runner->processId(), runner->identity(), run.logPath);
    } catch (const Error &e) {
        if (slot.status == TaskStatus::Running) {
            // Started, but its state could not be written: stop it rather than run untracked.
            slot.runner->cancel(0);
            return;
        }
        slot.runner.reset();
        end(slot, TaskStatus::Failed, std::nullopt, e.message());
        return;
    }
    emit taskChanged(slot.plan->id, TaskStatus::Running, QString());
}

void BakeRunner::onTaskFinished(Slot &slot)
{
    --m_running;
    ProcessRunner *runner = slot.runner.release();
    runner->deleteLater();
    slot.collector.finish();
    slot.outputs = slot.collector.outputs();
    slot.state = slot.collector.state();
    const int code = runner->exitCode();
    TaskStatus status = code == 0 ? TaskStatus::Succeeded : TaskStatus::Failed;
    QString message;
    switch (runner->outcome()) {
    case ProcessRunner::Outcome::Cancelled:
        status = TaskStatus::Cancelled;
        message = m_stopping ? m_stopReason : Text::tr("cancelled");
        if (slot.timedOut) {
            status = TaskStatus::Failed;
            message = Text::tr("stopped after its life_span of %1 s").arg(double(slot.lifeSpanMs) / 1000.0);
        }
        break;
    case ProcessRunner::Outcome::FailedToStart:
        message = Text::tr("could not start: %1").arg(runner->errorString());
        break;
    case ProcessRunner::Outcome::Crashed:
    case ProcessRunner::Outcome::Exited:
        if (code != 0)
            message = Text::tr("exited with code %1").arg(code);
        break;
    }
    if (status == TaskStatus::Succeeded && !slot.outputRelations.empty()) {
        try {
            m_recorder->recordAll(slot.card, slot.outputRelations);
        } catch (const Error &e) {
            status = TaskStatus::Failed;
            message = Text::tr("outputs not recorded: %1").arg(e.message());
        }
    }
    end(slot, status, code, message);
}

} // namespace wfs::pipelines
