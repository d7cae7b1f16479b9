#pragma once

#include "model/pipelines/BatchPlan.h"

#include <QCborMap>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace wfs::pipelines {

class BakeStore;

// What `wfs bake --dry-run` and the window's Show Plan tell before anything runs: each planned
// task with its needs, its matrix values and whether the cache would answer for it. Reads the
// cache, writes nothing, starts nothing.
struct PreviewTask
{
    enum class Cache {
        Cached,     // an entry for exactly this definition is there: it would not run
        Runs,       // no entry (or an expired one): it would run
        Off,        // its cache strategy is none
        AfterNeeds, // a need runs first, so what it reads is not known yet
        Unknown,    // decided when it starts (its project inputs are versioned then), or not evaluable now
    };
    QString id;
    QStringList needs;
    QCborMap matrix; // without ORDINAL
    QString call;       // the action call (instance) it belongs to, as PlannedTask::call: the DAG groups by it
    Cache cache = Cache::Unknown;
    QString note; // why, for Unknown
};

// `store` may be null (no workspace): nothing is cached then.
std::vector<PreviewTask> previewBake(const FlowDocument &doc, const QJsonObject &params, const BatchPlan &plan,
                                     BakeStore *store);

// "cached", "runs", "no cache", "after its needs" or "decided when it starts".
QString cacheText(PreviewTask::Cache cache);

} // namespace wfs::pipelines
