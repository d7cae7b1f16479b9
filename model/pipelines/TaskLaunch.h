#pragma once

#include "model/pipelines/FlowDocument.h"
#include "model/recording/Recorder.h"
#include "model/runner/ProcessRunner.h"

#include <QCborMap>
#include <QJsonObject>
#include <vector>

namespace wfs::pipelines {

// A task or live job with every expression evaluated: what to run, where, with what, and what
// it reads and writes. Throws expr::ExprError / Error naming the attribute that failed.
struct TaskLaunch
{
    RunSpec run;             // program, arguments, environment, working directory (log path unset)
    QString commandText;     // the evaluated bash/cmd/python text, for logs and the cache key
    QJsonObject env;         // the flow's and the task's own variables, evaluated
    std::vector<Relation> inputs;
    std::vector<Relation> outputs;

    // A stable digest of everything that decides what the task does (command, env, workdir,
    // inputs with their versions, or sizes and times for inputs other than projects, outputs,
    // what its needs produced): the cache key.
    QString definitionKey(const QJsonObject &needs) const;
};

// An attribute's text with its expressions evaluated; an error names the attribute and its mark.
QString evaluateAttributeText(const Scalar &scalar, const QString &attribute, const QCborMap &contexts);

// A YAML flag or number that may be written as an expression: `true`, `${{ params.ff }}`, "4".
// Throws an Error naming the attribute and its mark when the value is not of that type.
bool evaluateFlag(const Scalar &scalar, const QString &attribute, const QCborMap &contexts);
int evaluateCount(const Scalar &scalar, const QString &attribute, const QCborMap &contexts);
// A duration above zero in seconds: a number, or text like "1d6h15m45s".
double evaluateSeconds(const Scalar &scalar, const QString &attribute, const QCborMap &contexts);

// How a task uses the cache: "default" (reads and writes it), "none"; and how old an entry
// it may reuse is, in seconds (Apolo's default: two weeks).
struct CacheUse
{
    QString strategy;
    double lifeSpan = 0;
};
CacheUse cacheUse(const FlowDocument &doc, const TaskSpec &spec, const QCborMap &contexts);

// The folder a flow's relative paths start from: the parent of .apolo/ or .neuro/ when the
// file is in one, else the file's own folder.
QString projectRoot(const FlowDocument &doc);

// The env context: the system environment as an object.
QJsonObject envContext(const QProcessEnvironment &system);
// Whether an expression in `texts` may read the env context. A context is only read by naming
// it, so without "env" in the texts an empty env context gives the same results (and the same
// list of known contexts in errors) as the whole environment, which costs more to copy than
// the rest of a task's start.
bool namesEnv(const QStringList &texts);

// `contexts` must hold flow, params, matrix, strategy, needs (as they apply); the env context is
// built here (system environment, then defaults.env, then the task's env).
TaskLaunch evaluateLaunch(const FlowDocument &doc, const CommandSpec &command, const ScalarMap &ownEnv,
                          const Scalar &ownWorkdir, const std::vector<Scalar> &inputs,
                          const std::vector<Scalar> &outputs, QCborMap contexts);

} // namespace wfs::pipelines
