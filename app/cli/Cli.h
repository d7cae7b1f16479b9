#pragma once

#include "app/cli/Args.h"
#include "model/graph/CardSettings.h"
#include "model/graph/NodeKind.h"

#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace wfs {
struct Progress;
struct Relation;
class Workspace;
class GraphStore;
class Recorder;
}

namespace wfs::cli {

class Cli;

struct Command
{
    QString name;        // "task start", "input", ...
    QString usage;       // after "wfs "
    QString summary;     // one line for `wfs --help`
    QString description; // paragraphs for `wfs COMMAND --help`
    std::vector<OptionSpec> options;
    std::function<int(Cli &, const Args &)> run;
};

// What every command shares: the workspace (opened on first use), the recorder, the streams.
class Cli
{
public:
    explicit Cli(const Args &global);
    ~Cli();

    Workspace &workspace();
    // Said by commands that only read, before they open the workspace: it is then opened
    // without writing anything, so that they work on a full disk or a read-only copy.
    void onlyReads() { m_readOnly = true; }
    GraphStore &store();
    Recorder &recorder();

    QTextStream &out() { return m_out; }

    // --task, else $WFS_TASK_ID, else a usage error.
    NodeId taskFrom(const Args &args, const QString &positional = {});

    // The relation card's settings (prefix "") or the task card's (prefix "task-") from
    // flags, laid over those from --meta; nullopt when neither gives any.
    // A labeling job's --title and --url are its own (ownTitleAndUrl), not customisations.
    static std::optional<CardSettings> settingsFromFlags(const Args &args, const QString &prefix,
                                                         const std::optional<CardSettings> &base,
                                                         bool ownTitleAndUrl = false);
    static CardMeta metaFrom(const Args &args);

    // For a project relation without a chosen version: snapshots the folder (a new version only
    // when it changed) and points the relation at that version (seed 000: tasks version their data).
    void versionProjectInput(Relation &relation);

private:
    QString m_workspaceDir;
    bool m_readOnly = false;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GraphStore> m_store;
    std::unique_ptr<Recorder> m_recorder;
    QTextStream m_out;
};

// Progress of long commands on a terminal ("\rStage 42%" on stderr), nothing when stderr is not
// one; endProgress() clears the line.
Progress terminalProgress();
void endProgress();

// Option groups shared by several commands.
std::vector<OptionSpec> cardOptions(const QString &prefix, const QString &whose);
std::vector<OptionSpec> operator+(std::vector<OptionSpec> a, const std::vector<OptionSpec> &b);

// The command tables, one function a file.
std::vector<Command> taskCommands();
std::vector<Command> recordCommands();
std::vector<Command> runCommands();
std::vector<Command> graphCommands();
std::vector<Command> exportCommands();
std::vector<Command> versionCommands();
std::vector<Command> bakeCommands();
std::vector<Command> inspectCommands();
std::vector<Command> liveCommands();
std::vector<Command> evalCommands();
Command evalCompareCommand();
std::vector<Command> remoteCommands();
// Commands that `wfs --help` does not list: what wfs starts itself.
std::vector<Command> hiddenCommands();

} // namespace wfs::cli
