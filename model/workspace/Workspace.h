#pragma once

#include "db/Sqlite.h"

#include <QString>
#include <memory>

namespace wfs {

// A workspace folder: workspace.db (the graph), store/ (version content), logs/ (task logs).
// Opening never writes to a file it does not recognise as a workspace of this or an older
// schema: a damaged, foreign or newer file is refused with a message naming it.
class Workspace
{
public:
    explicit Workspace(const QString &dir);
    ~Workspace();

    // $WFS_WORKSPACE, else <AppDataLocation>/default.
    static QString defaultDir();

    const QString &dir() const { return m_dir; }
    QString dbPath() const;
    QString storeDir() const;
    QString logsDir() const;
    db::Database &db() { return *m_db; }

private:
    void verifyExisting();
    void configure();

    QString m_dir;
    std::unique_ptr<db::Database> m_db;
};

} // namespace wfs
