#pragma once

#include "model/graph/Graph.h"

#include <QJsonObject>
#include <functional>
#include <vector>

namespace wfs {
class GraphStore;
class Workspace;
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

// One row to send: a card ("n:UID") or a relation ("e:FROM>TO"), with a digest of what it holds
// now, so a push sends only rows that changed since the last one.
struct Row
{
    QString item;
    QByteArray digest;
    bool edge = false;
    QJsonObject json;     // filled only for rows `wanted` picked
    QString logPath;      // a finished task's log, to send with it
};

// The lineage recorded in this workspace (pulled cards stay with their own workspace).
// `wanted(item, digest)` picks the rows whose JSON is built.
std::vector<Row> localRows(GraphStore &graph, const QString &workspaceId,
                           const std::function<bool(const QString &, const QByteArray &)> &wanted);

// The batch's key: lineage/WORKSPACE/MS-SHA256.json.
QString batchKey(const QString &workspaceId, qint64 createdMs, const QByteArray &bytes);

} // namespace lineage
} // namespace wfs::remote

#include "model/graph/GraphStore.h"
#include "model/versions/Pack.h"

namespace wfs::remote::lineage {

// A card as a batch carries it, checked.
struct Card
{
    ImportedNode node;                  // node.origin is the card's uid
    std::optional<ContentId> log;       // a finished task's log, on the remote as content
    qint64 logBytes = 0;
    QString versionProject;             // for a version: its project's uid
    std::optional<ImportedVersion> version;
};

struct Batch
{
    QString workspace;
    std::vector<Card> cards;
    std::vector<std::pair<QString, QString>> relations; // uids
};

// Reads a batch pushed by LineagePush. Throws wfs::Error naming `remote`, `key` and the entry when it is
// not one: bounded sizes, well-formed uids, known kinds and statuses, valid card settings, and
// every card from the workspace that the key names (a batch speaks only for its own cards).
Batch parseBatch(const QByteArray &bytes, const QString &key, const QString &remote);

// "WORKSPACE/ID": true when `uid` is well formed.
bool validUid(const QString &uid);

} // namespace wfs::remote::lineage
