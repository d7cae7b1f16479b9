#pragma once

#include "model/core/Error.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace wfs::pipelines {

// Where something was written: 1-based line and column in `file`.
struct Mark
{
    QString file;
    int line = 0;
    int column = 0;
    QString toString() const; // "FILE:LINE:COLUMN"
};

// A scalar as written in the YAML, possibly holding `${{ }}` expressions, not yet evaluated.
// `present` is false when the key was absent (text is then empty).
struct Scalar
{
    QString text;
    Mark mark;
    bool present = false;
};

// An ordered map of scalars (env), in the order written.
using ScalarMap = std::vector<std::pair<QString, Scalar>>;

struct Param
{
    QString name;
    QJsonValue defaultValue; // null for `~`
    QString descr;
    Mark mark;
};

struct CacheSpec
{
    Scalar strategy; // "none", "default", "inherit" (tasks only)
    Scalar lifeSpan; // seconds as a number, or "1d6h15m45s"
};

struct Need
{
    enum class When { Completed, Running };
    QString task; // may hold ${{ matrix.* }}
    When when = When::Completed;
    Mark mark;
};

struct MatrixSpec
{
    // Each key and its list of values, in the order written (values are single values: strings,
    // integers, floats, booleans, null; a value written as an expression is evaluated when
    // loaded, as Apolo allows none of its contexts there).
    std::vector<std::pair<QString, std::vector<QCborValue>>> axes;
    // Axes whose whole list is one expression (`n: ${{ range(int(params.n)) }}`), evaluated
    // against the params when the flow is planned; their entry in `axes` is empty until then.
    std::vector<std::pair<QString, Scalar>> computed;
    std::vector<QCborMap> include; // full combinations added after exclude
    std::vector<QCborMap> exclude; // partial combinations removed
    Mark mark;
    bool empty() const { return axes.empty() && include.empty(); }
};

// What a batch task or a live job runs: exactly one of bash/cmd/python is present.
struct CommandSpec
{
    Scalar bash;
    Scalar cmd;
    Scalar python;
};

// A platform-only key (image, preset, volumes, http_port, ...) that local runs ignore.
struct IgnoredKey
{
    QString key; // as written, with its path: "tasks[2].image"
    Mark mark;
};

struct TaskSpec
{
    Scalar id;    // absent: "task-N" (N = `number`); may use ${{ matrix.* }}
    int number = 0; // 1-based position in the `tasks` list it was written in (the flow's or its action's)
    Scalar title;
    std::optional<std::vector<Need>> needs; // nullopt: the previous task (all its matrix instances)
    Scalar enable;                          // absent: ${{ success() }}
    MatrixSpec matrix;
    Scalar failFast;    // strategy.fail_fast
    Scalar maxParallel; // strategy.max_parallel
    CommandSpec command;
    ScalarMap env;
    Scalar workdir;
    CacheSpec cache;
    Scalar lifeSpan; // how long it may run before it is stopped (absent: defaults.life_span, else no limit)
    // Lineage extension: "KIND:PATH" as `wfs run --in/--out` take them.
    std::vector<Scalar> inputs;
    std::vector<Scalar> outputs;
    Mark mark;

    // Batch actions (`action: ws:NAME`): a call is replaced by the action's tasks, followed by
    // the call itself, which runs nothing and gives the action's outputs. The plan names each
    // task "CALL.TASK" after the call's instance (a call may have a matrix); `id` and `needs` of
    // the action's tasks are kept as written in the action.
    QString actionCall;                                  // the call's id as written (or task-N), on the action's tasks and the call
    int callSpec = -1;                                   // the action's tasks: the call's index in FlowDocument::tasks
    QString actionPath;                                  // the folder of the action's file: flow.action_path
    bool isCall = false;                                 // the call itself
    ScalarMap actionInputs;                              // the action's inputs: the call's args or defaults
    std::vector<std::pair<QString, Scalar>> callOutputs; // the call: each output's value
    std::optional<std::vector<Need>> callNeeds;          // the action's tasks: the call's needs
    int callPredecessor = -1;                            // without them: the task written before the call
    // An action's tasks: the `cache` of each call and each action around them, outermost first.
    // As in neuro-flow (setup_cache), each level's strategy (unless absent or inherit) and
    // life_span replace what the level above gave; the task's own cache comes last.
    std::vector<CacheSpec> cacheChain;
    // Whether the task's expressions may read the flow's params, env, tags, volumes and project:
    // not in a batch action's tasks (neuro-flow gives them flow, git, images, inputs, strategy,
    // matrix and needs), unless a module (called with `module:`) holds them.
    bool flowContexts = true;
    bool runsFirst = false; // a call of a `kind: local` action: every other task waits for it
    // A call of a `kind: stateful` action runs the action's `main` (its outputs are the call's,
    // its `::save-state` lines the state); its `post` is a task "post-CALL" after every other
    // task (the posts in reverse order of their calls), reading the call's state.
    bool stateful = false;
    int postOf = -1; // a post task: its call's index in FlowDocument::tasks
};

struct JobSpec
{
    QString id;
    Scalar title;
    CommandSpec command;
    ScalarMap env;
    Scalar workdir;
    bool multi = false;
    Scalar lifeSpan; // as for tasks
    std::vector<Param> params; // a live job's own params (`${{ params.x }}`), -p NAME VALUE on run-job
    std::vector<Scalar> inputs;
    std::vector<Scalar> outputs;
    Mark mark;
    // A job that calls a live action (`action: ws:NAME`) is the action's job: the call's args
    // (or the inputs' defaults) give its inputs context, evaluated with its params.
    bool isCall = false;
    ScalarMap actionInputs;
    QString actionPath; // the folder of the action's file: flow.action_path
    // Why the job cannot run here (it calls a GitHub action, which needs the network), as the
    // error its run gives: Apolo fetches a job's action when the job runs, so the flow's other
    // jobs run (real live flows all have a gh: remote_debug or jupyter job).
    struct Unavailable
    {
        Mark mark;
        QString key;
        QString what;
    };
    std::optional<Unavailable> unavailable;
};

// One entry of a flow's (or the project's) `volumes:` or `images:` section: its scalar
// attributes as written (remote, mount, read_only, local; ref, context, dockerfile, ...).
struct PlatformItem
{
    QString id;
    ScalarMap fields;
    Mark mark;
};

struct Defaults
{
    ScalarMap env;
    Scalar workdir;
    Scalar maxParallel;
    Scalar failFast;
    CacheSpec cache;
    Scalar lifeSpan;
    // defaults.tags: each entry a tag, or one expression giving a list of them (Apolo tags the
    // platform's jobs with them; locally they only feed the `tags` context).
    std::vector<Scalar> tags;
};

// A workflow file after YAML loading and mixin merging, before any expression is evaluated.
struct FlowDocument
{
    enum class Kind { Batch, Live };
    Kind kind = Kind::Batch;
    QString file;   // absolute path
    QString source; // the file's text as read
    QString id;     // `id`, else the file name without extension, '-' replaced by '_'
    // From the project file (.apolo/project.yml): its id (empty: the project folder's name),
    // owner, project_name and role, as the `project` context gives them.
    QString projectId;
    QString projectOwner;
    QString projectName;
    QString projectRole;
    Scalar title;
    std::vector<Param> params;
    Defaults defaults;
    std::vector<TaskSpec> tasks; // batch
    std::vector<TaskSpec> posts; // while loading: the post tasks of stateful actions, in call order
    std::vector<JobSpec> jobs;   // live, in the order written
    std::vector<IgnoredKey> ignored;
    std::vector<PlatformItem> volumes; // for the volumes context; nothing is mounted
    std::vector<PlatformItem> images;  // for the images context; nothing is built
    // Whether an expression reads the git context: only then is git run (see readsContext()).
    bool readsGit = false;

    const JobSpec *job(const QString &id) const;
};

// A problem in a workflow file: message() reads "FILE:LINE:COLUMN: KEY: what is wrong", and the
// position is kept for the GUI to point at.
class FlowError : public Error
{
public:
    FlowError(const Mark &mark, const QString &key, const QString &what);
    const Mark &mark() const { return m_mark; }
    const QString &key() const { return m_key; }
    const QString &problem() const { return m_what; }

private:
    Mark m_mark;
    QString m_key;
    QString m_what;
};

// "1d6h15m45s" or a number of seconds; nullopt when `text` is neither.
std::optional<double> parseDuration(const QString &text);

} // namespace wfs::pipelines
