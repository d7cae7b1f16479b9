#pragma once

#include "model/db/Sqlite.h"

#include <QString>
#include <memory>

namespace wfs {

// A workspace folder: workspace.db (the graph), store/ (version content), logs/ (task logs).
// Opening never writes to a file it does not recognise as a workspace of this or an older
// schema: a damaged, foreign or newer file is refused with a message naming it. workspace.db
// and store/ carry the same store id: a database that does not know the store beside it (an
// empty or missing file next to stored content, or another workspace's) is refused, so that
// nothing (gc above all) ever acts on a store through a database that does not describe it.
class Workspace
{
public:
    // ReadOnly opens an existing, current workspace without writing anything (reading keeps
    // working on a full disk); a new or older workspace is opened for writing all the same.
    enum class Access { ReadWrite, ReadOnly };

    explicit Workspace(const QString &dir, Access access = Access::ReadWrite);
    ~Workspace();

    // $WFS_WORKSPACE, else <AppDataLocation>/default.
    static QString defaultDir();

    const QString &dir() const { return m_dir; }
    QString dbPath() const;
    QString storeDir() const;
    QString logsDir() const;
    db::Database &db() { return *m_db; }
    bool readOnly() const { return m_db->readOnly(); }

    // Throws unless workspace.db and store/store-id name the same store (checked again by gc).
    void checkStoreIdentity();

private:
    bool openReadOnly();
    void verifyExisting();
    void configure();
    void ensureStoreId();
    QString storeIdFile() const;
    QString databaseStoreId();

    QString m_dir;
    std::unique_ptr<db::Database> m_db;
};

// True when `storeDir` holds stored objects or a store id: a store that some database describes.
bool storeHoldsContent(const QString &storeDir);

} // namespace wfs
