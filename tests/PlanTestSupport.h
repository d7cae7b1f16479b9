#pragma once

// What the planning suites (tst_flowfidelity, tst_apoloflows) share: a plan as one comparable
// value, and a flow's refusal as one.

#include "model/pipelines/BatchPlan.h"
#include "tests/TableTestSupport.h"

#include <QFileInfo>

#include <QStringList>

namespace plantest {

using namespace Qt::StringLiterals;

// "id<needs,...>" per planned task, in plan order; a need on a running task reads "id(running)".
inline QStringList planOf(const wfs::pipelines::FlowDocument &doc,
                          const std::vector<std::pair<QString, QString>> &params = {})
{
    using namespace wfs::pipelines;
    const QJsonObject values = BatchPlan::params(doc, params);
    BatchPlan::requireParams(doc.params, values);
    QStringList out;
    const BatchPlan plan = BatchPlan::build(doc, values);
    for (const PlannedTask &t : plan.tasks()) {
        QStringList needs;
        for (const PlannedNeed &n : t.needs)
            needs << n.task + (n.when == Need::When::Running ? u"(running)"_s : QString());
        out << (needs.isEmpty() ? t.id : t.id + u'<' + needs.join(u',') + u'>');
    }
    return out;
}

// How planning the flow `load()` gives is refused: "LINE:COLUMN: KEY: problem", after the
// file's name and ':' when `withFile`; "accepted" when it is not.
template<typename Load>
QString refusal(const Load &load, bool withFile)
{
    try {
        planOf(load());
    } catch (const wfs::pipelines::FlowError &e) {
        const QString at = u"%1:%2: %3: %4"_s.arg(e.mark().line).arg(e.mark().column).arg(e.key(), e.problem());
        return withFile ? QFileInfo(e.mark().file).fileName() + u':' + at : at;
    }
    return u"accepted"_s;
}

} // namespace plantest
