// Action calls in a running bake: the inputs an action's tasks read, and whether a call runs.
// A call's args and enable are written around the call: they read the inputs of the call
// around it (if any) and name the call's needs by their ids there.
#include "model/pipelines/BakeRunner.h"
#include "model/pipelines/BakeRunnerSlot.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/pipelines/Expr.h"
#include "model/pipelines/TaskLaunch.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace wfs::pipelines {

QCborMap BakeRunner::callInputs(const Slot &slot, const QCborMap &contexts) const
{
    QCborMap inputs = slot.plan->inputs;
    QCborMap callContexts = contexts;
    const Slot *call = m_byId.value(slot.plan->call);
    const QString around = call ? call->plan->scope : QString();
    if (!around.isEmpty())
        callContexts.insert(QStringLiteral("inputs"), callInputs(*m_byId.value(around), contexts));
    callContexts.insert(QStringLiteral("needs"), QCborMap::fromJsonObject(waitsContext(slot, around)));
    // Args that read what the call's needs produced (the planner left them out).
    for (const auto &[name, value] : slot.spec->actionInputs) {
        if (!inputs.contains(name))
            inputs.insert(name, evaluateAttributeText(value, QStringLiteral("args.") + name, callContexts));
    }
    return inputs;
}

bool BakeRunner::isEnabled(const Scalar &enable, QCborMap contexts) const
{
    const QString text = enable.present ? enable.text : QStringLiteral("${{ success() }}");
    contexts.insert(QStringLiteral("env"), namesEnv({text})
                                               ? QCborMap::fromJsonObject(envContext(QProcessEnvironment::systemEnvironment()))
                                               : QCborMap());
    if (!expr::hasExpressions(text)) // `enable: false` written as a plain value means what it says
        return evaluateFlag(enable, QStringLiteral("enable"), contexts);
    try {
        return expr::evaluateValueBool(text, contexts);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: enable: %2").arg(enable.mark.toString(), e.message()));
    }
}

// As in Apolo, a call's enable is decided before its action runs, from the call's needs (the
// call around it first): a call that does not run skips its action's tasks.
bool BakeRunner::callEnabled(Slot &call)
{
    if (call.gate)
        return *call.gate;
    const QString &around = call.plan->scope;
    Slot *outer = around.isEmpty() ? nullptr : m_byId.value(around);
    bool enabled = !outer || callEnabled(*outer);
    if (!enabled) {
        call.gateWhy = outer->gateWhy;
    } else {
        QCborMap contexts = baseContexts(call);
        contexts.insert(QStringLiteral("needs"), QCborMap::fromJsonObject(waitsContext(call, around)));
        if (outer)
            contexts.insert(QStringLiteral("inputs"), callInputs(*outer, contexts));
        else
            contexts.remove(QStringLiteral("inputs"));
        enabled = isEnabled(call.spec->enable, contexts);
        if (!enabled)
            call.gateWhy = call.spec->enable.present
                ? Text::tr("the call %1 does not run: enable is false: %2").arg(call.plan->id, call.spec->enable.text)
                : Text::tr("a task it needs did not succeed");
    }
    call.gate = enabled;
    return enabled;
}

// A call's strategy.max_parallel bounds how many of its action's tasks run at once (each call
// around the task counts, as neuro-flow counts the unfinished tasks under each prefix).
bool BakeRunner::callsHaveRoom(const Slot &slot) const
{
    for (QString scope = slot.plan->scope; !scope.isEmpty();) {
        const Slot *call = m_byId.value(scope);
        if (call->specParallel > 0) {
            int running = 0;
            for (const auto &other : m_slots)
                running += other->status == TaskStatus::Running && other->plan->id.startsWith(scope + u'.');
            if (running >= call->specParallel)
                return false;
        }
        scope = call->plan->scope;
    }
    return true;
}

} // namespace wfs::pipelines
