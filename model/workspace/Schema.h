#pragma once

namespace wfs::db {
class Database;
}

namespace wfs::schema {

// 'WFS1': marks a SQLite file as a Workflow Studio workspace.
constexpr int applicationId = 0x57465331;

// The schema version this build writes; PRAGMA user_version holds the file's.
int currentVersion();

// Applies the migrations after the file's user_version up to `target` (default: current),
// each in its own transaction. Tests use `target` to build an older workspace.
void migrate(db::Database &db, int target = -1);

} // namespace wfs::schema
