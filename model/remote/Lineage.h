#pragma once

#include "model/graph/Graph.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

namespace wfs {
class GraphStore;
class Workspace;
namespace db {
class Database;
class Statement;
}
}

namespace wfs::remote {

// Lineage shared through a remote: cards (tasks with their status, who ran them and their log;
// data cards; versions) and relations, in immutable batches under lineage/WORKSPACE/, each named
// by its time and the SHA-256 of its bytes (lineage/WORKSPACE/MS-SHA256.json). A card is named
// everywhere by its uid, "WORKSPACE/ID" where it was recorded, so cards from several workspaces
// never collide, and a later batch of the same workspace brings a card up to date.
namespace lineage {

constexpr const char *prefix = "lineage/";

// This workspace's name in shared lineage: created on first use, kept in the database.
QString workspaceId(Workspace &workspace);

// One row to send, with a digest of what it holds now, so a push sends only rows that changed
// since the last one: a card ("n:ID"), a relation ("e:FROM>TO"), a bake with its attempts and
// task states ("b:ID"), or this workspace's customisation of a pulled card ("c:ID").
struct Row
{
    enum class Kind { Card, Relation, Bake, Customisation };
    QString item;
    QByteArray digest;
    Kind kind = Kind::Card;
    QJsonObject json;     // filled only for rows `wanted` picked
    QString logPath;      // a finished task's log, to send with it
    // A bake's finished task logs: (attempt index, task index) in json, and the log's path.
    std::vector<std::pair<std::pair<qsizetype, qsizetype>, QString>> taskLogs;
};
using Wanted = std::function<bool(const QString &, const QByteArray &)>;

// The lineage recorded in this workspace (pulled cards stay with their own workspace), and its
// customisations of pulled cards, for `remote`. `wanted(item, digest)` picks the rows whose JSON is built.
std::vector<Row> localRows(GraphStore &graph, const QString &workspaceId, const QString &remote, const Wanted &wanted);
// The bakes run in this workspace (LineageBakes.cpp).
void appendBakeRows(GraphStore &graph, const QString &workspaceId, const Wanted &wanted, std::vector<Row> &rows);

// The digest of a row's signature; only change matters, so a short one.
QByteArray digestOf(const QByteArray &signature);

// The batch's key: lineage/WORKSPACE/MS-SHA256.json.
QString batchKey(const QString &workspaceId, qint64 createdMs, const QByteArray &bytes);

} // namespace lineage
} // namespace wfs::remote

#include "model/graph/GraphStore.h"
#include "model/pipelines/BakeStore.h"
#include "model/versions/Pack.h"

namespace wfs::remote::lineage {

// A card's customisation and its stamp: the last writer by (time, workspace uid) wins.
struct Settings
{
    CardSettings settings;
    qint64 ms = 0;
    QString by; // the workspace that made it
};

// A card as a batch carries it, checked.
struct Card
{
    ImportedNode node;                  // node.origin is the card's uid
    Settings settings;
    std::optional<ContentId> log;       // a finished task's log, on the remote as content
    qint64 logBytes = 0;
    QString versionProject;             // for a version: its project's uid
    std::optional<ImportedVersion> version;
};

// A workspace's edit of a card pulled from another one.
struct Customisation
{
    QString uid;
    Settings settings;
};

// A bake, its attempts and their task states, as the workspace that ran it pushed them.
struct BakeTask
{
    pipelines::BakeTaskRow row;
    QString card; // the task card's uid
    std::optional<ContentId> log;
};
struct BakeAttempt
{
    pipelines::BakeAttempt attempt;
    std::vector<BakeTask> tasks;
};
struct Bake
{
    pipelines::Bake bake; // bake.origin is its uid
    std::vector<BakeAttempt> attempts;
};

struct Batch
{
    QString workspace;
    std::vector<Card> cards;
    std::vector<std::pair<QString, QString>> relations; // uids
    std::vector<Customisation> customisations;
    std::vector<Bake> bakes;
};

// Writes pulled bakes (LineageBakes.cpp): a bake pulled before is replaced whole. `local` maps a
// card's uid to its id here; a task log is taken from logDir/ID.log if it is there.
using LocalId = std::function<std::optional<NodeId>(const QString &)>;
int importBakes(db::Database &db, const std::vector<Bake> &bakes, const LocalId &local, const QString &logDir);
// Applies customisations, each when it is newer by (ms, by) than the card's own; `self` is this
// workspace's uid, the author of the card's stamp when it names none. One prepared statement for
// the tens of thousands of cards of a pull.
class SettingsImport
{
public:
    SettingsImport(db::Database &db, const QString &self);
    ~SettingsImport();
    bool apply(NodeId node, const Settings &settings);

private:
    db::Database &m_db;
    std::unique_ptr<db::Statement> m_update;
    QString m_self;
};

// Reads a batch pushed by LineagePush. Throws wfs::Error naming `remote`, `key` and the entry when it is
// not one: bounded sizes, well-formed uids, known kinds and statuses, valid card settings, and
// every card from the workspace that the key names (a batch speaks only for its own cards).
Batch parseBatch(const QByteArray &bytes, const QString &key, const QString &remote);

// "WORKSPACE/ID": true when `uid` is well formed.
bool validUid(const QString &uid);

} // namespace wfs::remote::lineage
