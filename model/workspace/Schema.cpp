#include "model/workspace/Schema.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace wfs::schema {

namespace {

// Migration N takes a file from user_version N-1 to N. Never edit a shipped one: append.
constexpr std::array migrations{
    // 1: the workflow graph.
    R"sql(
    CREATE TABLE nodes(
        id       INTEGER PRIMARY KEY,
        kind     TEXT NOT NULL CHECK (kind IN ('project','project_version','dataset','file',
                     'model_weight','folder','task','job','app_session')),
        key      TEXT NOT NULL,
        title    TEXT NOT NULL DEFAULT '',
        path     TEXT,
        url      TEXT,
        settings TEXT NOT NULL DEFAULT '{}',
        created  INTEGER NOT NULL,
        UNIQUE (kind, key));
    CREATE TABLE edges(
        id      INTEGER PRIMARY KEY,
        src     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        dst     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        created INTEGER NOT NULL,
        UNIQUE (src, dst));
    CREATE INDEX edges_by_dst ON edges(dst);
    CREATE TABLE tasks(
        node_id  INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        status   TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','cancelled')),
        app      TEXT,
        grp      TEXT,
        started  INTEGER,
        finished INTEGER);
    )sql",
    // 2: run results (exit code, kept log) and project versions.
    R"sql(
    ALTER TABLE tasks ADD COLUMN exit_code INTEGER;
    ALTER TABLE tasks ADD COLUMN log_path TEXT;
    CREATE TABLE versions(
        node_id     INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        project_id  INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        number      INTEGER NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created     INTEGER NOT NULL,
        files       INTEGER NOT NULL DEFAULT 0,
        bytes       INTEGER NOT NULL DEFAULT 0,
        UNIQUE (project_id, number));
    )sql",
    // 3: laid-out pieces of the graph, so that reopening an unchanged graph is instant.
    R"sql(
    CREATE TABLE layout_cache(
        key  TEXT PRIMARY KEY,
        data BLOB NOT NULL,
        used INTEGER NOT NULL);
    CREATE INDEX layout_cache_by_use ON layout_cache(used);
    )sql",
    // 4: a version's content: its manifest object in the store and the root hash it describes.
    R"sql(
    ALTER TABLE versions ADD COLUMN manifest TEXT NOT NULL DEFAULT '';
    ALTER TABLE versions ADD COLUMN root TEXT NOT NULL DEFAULT '';
    )sql",
    // 5: card ids are never reused (a deleted version's id must not come back naming other
    // content): the table is rebuilt with AUTOINCREMENT, rows and ids unchanged.
    R"sql(
    CREATE TABLE nodes_new(
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        kind     TEXT NOT NULL CHECK (kind IN ('project','project_version','dataset','file',
                     'model_weight','folder','task','job','app_session')),
        key      TEXT NOT NULL,
        title    TEXT NOT NULL DEFAULT '',
        path     TEXT,
        url      TEXT,
        settings TEXT NOT NULL DEFAULT '{}',
        created  INTEGER NOT NULL,
        UNIQUE (kind, key));
    INSERT INTO nodes_new SELECT id, kind, key, title, path, url, settings, created FROM nodes;
    DROP TABLE nodes;
    ALTER TABLE nodes_new RENAME TO nodes;
    )sql",
    // 6: pipelines. Bake tasks are task cards before they run and after they are skipped or
    // taken from the cache, so task statuses widen (the table is rebuilt for its CHECK); bakes,
    // their attempts and task states, the task cache and live jobs get tables of their own.
    R"sql(
    CREATE TABLE tasks_new(
        node_id   INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        status    TEXT NOT NULL CHECK (status IN ('pending','running','succeeded','failed','cancelled',
                      'skipped','cached')),
        app       TEXT,
        grp       TEXT,
        started   INTEGER,
        finished  INTEGER,
        exit_code INTEGER,
        log_path  TEXT);
    INSERT INTO tasks_new SELECT node_id, status, app, grp, started, finished, exit_code, log_path FROM tasks;
    DROP TABLE tasks;
    ALTER TABLE tasks_new RENAME TO tasks;
    CREATE TABLE bakes(
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        flow_id TEXT NOT NULL,
        title   TEXT NOT NULL DEFAULT '',
        file    TEXT NOT NULL,
        params  TEXT NOT NULL DEFAULT '{}',
        source  TEXT NOT NULL,
        created INTEGER NOT NULL);
    CREATE TABLE bake_attempts(
        bake_id    INTEGER NOT NULL REFERENCES bakes(id) ON DELETE CASCADE,
        number     INTEGER NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('pending','running','succeeded','failed','cancelled')),
        started    INTEGER NOT NULL,
        finished   INTEGER,
        runner_pid INTEGER,
        cancel     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (bake_id, number));
    CREATE TABLE bake_tasks(
        bake_id   INTEGER NOT NULL,
        attempt   INTEGER NOT NULL,
        task_id   TEXT NOT NULL,
        seq       INTEGER NOT NULL,
        title     TEXT NOT NULL DEFAULT '',
        needs     TEXT NOT NULL DEFAULT '[]',
        status    TEXT NOT NULL CHECK (status IN ('pending','running','succeeded','failed','cancelled',
                      'skipped','cached')),
        started   INTEGER,
        finished  INTEGER,
        exit_code INTEGER,
        outputs   TEXT NOT NULL DEFAULT '{}',
        log_path  TEXT,
        pgid      INTEGER,
        node_id   INTEGER REFERENCES nodes(id) ON DELETE SET NULL,
        message   TEXT NOT NULL DEFAULT '',
        cancel    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (bake_id, attempt, task_id),
        FOREIGN KEY (bake_id, attempt) REFERENCES bake_attempts(bake_id, number) ON DELETE CASCADE);
    CREATE TABLE bake_cache(
        flow_id TEXT NOT NULL,
        task_id TEXT NOT NULL,
        key     TEXT NOT NULL,
        outputs TEXT NOT NULL,
        created INTEGER NOT NULL,
        PRIMARY KEY (flow_id, task_id, key));
    CREATE TABLE live_jobs(
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        flow_id   TEXT NOT NULL,
        job       TEXT NOT NULL,
        suffix    TEXT NOT NULL DEFAULT '',
        file      TEXT NOT NULL,
        command   TEXT NOT NULL DEFAULT '',
        status    TEXT NOT NULL CHECK (status IN ('pending','running','succeeded','failed','cancelled')),
        started   INTEGER NOT NULL,
        finished  INTEGER,
        exit_code INTEGER,
        pid       INTEGER,
        log_path  TEXT,
        node_id   INTEGER REFERENCES nodes(id) ON DELETE SET NULL,
        cancel    INTEGER NOT NULL DEFAULT 0);
    )sql",
    // 7: facts about the workspace itself, such as the id it shares with its store.
    R"sql(
    CREATE TABLE workspace_meta(
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL);
    )sql",
    // 8: what proves that a saved process group id still names the process we started (its
    // start time and the boot it belongs to), so that a reused id is never signalled.
    R"sql(
    ALTER TABLE bake_tasks ADD COLUMN identity TEXT;
    ALTER TABLE live_jobs ADD COLUMN identity TEXT;
    )sql",
    // 9: remotes (issue 12): where push and pull go. No credentials are stored here.
    R"sql(
    CREATE TABLE remotes(
        name         TEXT PRIMARY KEY,
        url          TEXT NOT NULL,
        endpoint_url TEXT NOT NULL DEFAULT '',
        region       TEXT NOT NULL DEFAULT '',
        is_default   INTEGER NOT NULL DEFAULT 0,
        created      INTEGER NOT NULL);
    )sql",
    // 10: who ran a task (user and host), and what a workspace shares with its remotes (issue 12).
    // A card pulled from a remote keeps its origin ("WORKSPACE/ID" where it was recorded), so a
    // second pull finds it again and nothing collides with this workspace's own rows. A pulled
    // version names its record on the remote; its content is fetched when it is restored.
    // remote_sent holds a digest of each row a push sent, remote_pulled the batches a pull read.
    R"sql(
    ALTER TABLE tasks ADD COLUMN run_user TEXT;
    ALTER TABLE tasks ADD COLUMN run_host TEXT;
    ALTER TABLE nodes ADD COLUMN origin TEXT;
    CREATE UNIQUE INDEX nodes_by_origin ON nodes(origin) WHERE origin IS NOT NULL;
    CREATE TABLE remote_versions(
        node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        remote  TEXT NOT NULL,
        record  TEXT NOT NULL);
    CREATE TABLE remote_sent(
        remote TEXT NOT NULL,
        item   TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (remote, item)) WITHOUT ROWID;
    CREATE TABLE remote_pulled(
        remote TEXT NOT NULL,
        key    TEXT NOT NULL,
        PRIMARY KEY (remote, key)) WITHOUT ROWID;
    )sql",
    // 11: what a team shares beyond cards (issue 12). A card's customisation carries when it was
    // made and by which workspace (NULL: this one), so that every machine keeps the same last
    // writer; the trigger stamps every edit that does not set the stamp itself (a pull does),
    // later than the stamp it replaces, so an edit wins over what its author saw even when
    // the author's clock is behind.
    // Bakes record who ran them, and a pulled bake keeps its origin ("WORKSPACE/ID").
    R"sql(
    ALTER TABLE nodes ADD COLUMN settings_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE nodes ADD COLUMN settings_by TEXT;
    UPDATE nodes SET settings_by = substr(origin, 1, instr(origin, '/') - 1) WHERE origin IS NOT NULL;
    CREATE TRIGGER nodes_settings_stamp AFTER UPDATE OF settings ON nodes
        WHEN NEW.settings IS NOT OLD.settings AND NEW.settings_ms IS OLD.settings_ms
             AND NEW.settings_by IS OLD.settings_by
    BEGIN
        UPDATE nodes SET settings_ms = MAX(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER),
                                           OLD.settings_ms + 1),
                         settings_by = NULL WHERE id = NEW.id;
    END;
    ALTER TABLE bakes ADD COLUMN run_user TEXT;
    ALTER TABLE bakes ADD COLUMN run_host TEXT;
    ALTER TABLE bakes ADD COLUMN origin TEXT;
    CREATE UNIQUE INDEX bakes_by_origin ON bakes(origin) WHERE origin IS NOT NULL;
    )sql",
    // 12: which groups of cards the user expanded or collapsed (issue 15): a finished bake's
    // tasks are one card until expanded. `unit` names the group ("bake 12").
    R"sql(
    CREATE TABLE group_view(
        unit     TEXT PRIMARY KEY,
        expanded INTEGER NOT NULL) WITHOUT ROWID;
    )sql",
};

int userVersion(db::Database &db)
{
    db::Statement st(db, "PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : 0;
}

} // namespace

int currentVersion()
{
    return int(migrations.size());
}

void migrate(db::Database &db, int target)
{
    if (target < 0)
        target = currentVersion();
    // Rebuilding a table others refer to needs foreign keys off, and that only takes effect
    // outside a transaction; each migration checks the keys itself before it commits.
    struct ForeignKeysOff
    {
        db::Database &db;
        explicit ForeignKeysOff(db::Database &d) : db(d) { db.exec("PRAGMA foreign_keys = OFF"); }
        ~ForeignKeysOff()
        {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (const Error &e) {
                qWarning("Foreign keys not switched back on: %s", qPrintable(e.message()));
            }
        }
    } keysOff(db);
    for (;;) {
        db::Transaction tx(db);
        // Read inside the write lock: another process may have migrated meanwhile.
        const int version = userVersion(db);
        if (version >= target)
            return;
        db.exec(migrations[std::size_t(version)]);
        {
            db::Statement check(db, "PRAGMA foreign_key_check");
            if (check.step())
                throw Error(QCoreApplication::translate("wfs::Schema", "%1: migrating to schema %2 would break references; "
                                                                       "the workspace was left as it was")
                                .arg(db.path())
                                .arg(version + 1));
        }
        const std::string bump = "PRAGMA user_version = " + std::to_string(version + 1);
        db.exec(bump.c_str());
        if (version == 0) {
            const std::string id = "PRAGMA application_id = " + std::to_string(applicationId);
            db.exec(id.c_str());
        }
        tx.commit();
    }
}

} // namespace wfs::schema
