#include "model/workspace/Workspace.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/workspace/Schema.h"

#include "model/versions/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <sys/statvfs.h>

namespace wfs {

namespace {
QString readStoreId(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.read(100).trimmed());
}

bool diskFull(const QString &dir)
{
    struct statvfs st;
    return ::statvfs(QFile::encodeName(dir).constData(), &st) == 0 && st.f_bavail == 0;
}

} // namespace

bool storeHoldsContent(const QString &storeDir)
{
    if (QFileInfo::exists(storeDir + QStringLiteral("/store-id")))
        return true;
    // Any stored object, loose or packed (temporary files of a dead create are not content).
    QDirIterator it(storeDir + QStringLiteral("/objects"), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    return it.hasNext() || !QDir(storeDir + QStringLiteral("/packs")).entryList({QStringLiteral("*.pack")}, QDir::Files).isEmpty();
}

Workspace::Workspace(const QString &dir, Access access) : m_dir(QDir(dir).absolutePath())
{
    const QFileInfo info(m_dir);
    if (info.exists() && !info.isDir())
        throw Error(Text::tr("%1 is not a folder, so it cannot be a workspace").arg(m_dir));

    const QFileInfo dbInfo(dbPath());
    const bool existing = dbInfo.exists() && dbInfo.size() > 0;
    if (!existing && storeHoldsContent(storeDir()))
        throw Error(Text::tr("%1 is %2, but the store beside it holds content: this is not a new workspace, and "
                             "starting one here could lose that content. Put back a copy of %1, or move %3 away "
                             "to start a new workspace here. Nothing was changed")
                        .arg(dbPath(), dbInfo.exists() ? Text::tr("empty") : Text::tr("missing"), storeDir()));
    if (access == Access::ReadOnly && existing && openReadOnly())
        return;

    if (!QDir().mkpath(m_dir))
        throw Error(Text::tr("Cannot create the workspace folder %1").arg(m_dir));
    m_db = std::make_unique<db::Database>(dbPath(), existing ? db::Database::Mode::ReadWriteExisting
                                                             : db::Database::Mode::ReadWriteCreate);
    m_db->exec("PRAGMA busy_timeout = 15000");
    if (existing)
        verifyExisting();
    configure();

    for (const QString &sub : {storeDir(), logsDir()}) {
        if (!QDir().mkpath(sub))
            throw Error(Text::tr("Cannot create %1").arg(sub));
    }
    ensureStoreId();
}

// A current workspace is read without a single write: a connection that only reads (and, on
// closing, tidies SQLite's -wal/-shm files as it always does). When SQLite cannot even create its
// shared-memory index (a full disk), a read-only connection, and at last a database whose
// write-ahead log is empty read as an immutable file: nothing is pending in the log, so that is
// exactly its content.
bool Workspace::openReadOnly()
{
    auto open = [&](db::Database::Mode mode) {
        try {
            m_db = std::make_unique<db::Database>(dbPath(), mode);
            m_db->exec("PRAGMA busy_timeout = 15000");
            db::Statement probe(*m_db, "SELECT count(*) FROM sqlite_master");
            probe.step();
            return true;
        } catch (const Error &) {
            m_db.reset();
            return false;
        }
    };
    const QFileInfo wal(dbPath() + QStringLiteral("-wal"));
    const bool walEmpty = !wal.exists() || wal.size() == 0;
    if (!open(db::Database::Mode::ReadWriteExisting)
        && !(diskFull(m_dir) && (open(db::Database::Mode::ReadOnly) || (walEmpty && open(db::Database::Mode::Immutable)))))
        m_db = std::make_unique<db::Database>(dbPath(), db::Database::Mode::ReadWriteExisting); // verifyExisting says why
    verifyExisting(); // a damaged, foreign or newer file is refused here, whatever the mode
    db::Statement v(*m_db, "PRAGMA user_version");
    if (!v.step() || int(v.int64(0)) != schema::currentVersion()) {
        m_db.reset();
        return false; // migrating needs a writable connection
    }
    m_db->exec("PRAGMA foreign_keys = ON");
    const QString known = databaseStoreId();
    const QString onDisk = readStoreId(storeIdFile());
    if (!known.isEmpty() && !onDisk.isEmpty() && known != onDisk)
        checkStoreIdentity(); // throws, naming both
    return true;
}

Workspace::~Workspace() = default;

QString Workspace::defaultDir()
{
    const QString fromEnv = qEnvironmentVariable("WFS_WORKSPACE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/default");
}

QString Workspace::dbPath() const
{
    return m_dir + QStringLiteral("/workspace.db");
}

QString Workspace::storeDir() const
{
    return m_dir + QStringLiteral("/store");
}

QString Workspace::storeIdFile() const
{
    return storeDir() + QStringLiteral("/store-id");
}

QString Workspace::databaseStoreId()
{
    db::Statement st(*m_db, "SELECT value FROM workspace_meta WHERE key = 'store_id'");
    return st.step() ? st.text(0) : QString();
}

// Written into the database first, then beside the store: a crash in between leaves a
// database that knows an id its store does not carry yet, which the next open completes.
void Workspace::ensureStoreId()
{
    const QString known = databaseStoreId();
    const QString onDisk = readStoreId(storeIdFile());
    if (!known.isEmpty() && known == onDisk)
        return;
    if (known.isEmpty() && !onDisk.isEmpty())
        checkStoreIdentity(); // throws: this database has never known this store
    if (!known.isEmpty() && !onDisk.isEmpty())
        checkStoreIdentity(); // throws: they name different stores
    QString id = known;
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        db::Transaction tx(*m_db);
        db::Statement st(*m_db, "INSERT OR IGNORE INTO workspace_meta(key, value) VALUES('store_id', ?)");
        st.bind(1, id).exec();
        tx.commit();
        id = databaseStoreId(); // another process may have set it first
    }
    const QByteArray bytes = id.toLatin1() + '\n';
    fileio::writeAtomic(storeIdFile().toStdString(), bytes.constData(), std::size_t(bytes.size()));
}

void Workspace::checkStoreIdentity()
{
    const QString known = databaseStoreId();
    const QString onDisk = readStoreId(storeIdFile());
    if (known.isEmpty() && onDisk.isEmpty())
        throw Error(Text::tr("%1 and %2 carry no store id yet; open the workspace for writing once").arg(dbPath(), storeDir()));
    if (known.isEmpty())
        throw Error(Text::tr("%1 does not know the store beside it (%2 is store %3): it is not this store's "
                             "database. Nothing was changed")
                        .arg(dbPath(), storeDir(), onDisk));
    if (onDisk.isEmpty() && storeHoldsContent(storeDir()))
        throw Error(Text::tr("%1 carries no store id, but %2 knows store %3; nothing was changed")
                        .arg(storeDir(), dbPath(), known));
    if (!onDisk.isEmpty() && known != onDisk)
        throw Error(Text::tr("%1 belongs to store %2, but the store beside it (%3) is store %4: they are not one "
                             "workspace. Nothing was changed")
                        .arg(dbPath(), known, storeDir(), onDisk));
}

QString Workspace::logsDir() const
{
    return m_dir + QStringLiteral("/logs");
}

// Only reads: any write (even switching to WAL) could damage a file we do not understand.
void Workspace::verifyExisting()
{
    int appId = 0;
    int version = 0;
    qint64 objects = 0;
    try {
        db::Statement a(*m_db, "PRAGMA application_id");
        appId = a.step() ? int(a.int64(0)) : 0;
        db::Statement v(*m_db, "PRAGMA user_version");
        version = v.step() ? int(v.int64(0)) : 0;
        db::Statement n(*m_db, "SELECT count(*) FROM sqlite_master");
        objects = n.step() ? n.int64(0) : 0;
    } catch (const Error &e) {
        throw Error(Text::tr("%1 is not a readable Workflow Studio workspace: %2")
                        .arg(dbPath(), e.message()));
    }
    if (appId != schema::applicationId && (appId != 0 || objects > 0))
        throw Error(Text::tr("%1 is a SQLite database of another program, not a Workflow Studio "
                       "workspace; it was left untouched")
                        .arg(dbPath()));
    if (version > schema::currentVersion())
        throw Error(Text::tr("%1 was written by a newer Workflow Studio (schema %2, this build reads up "
                       "to %3); update Workflow Studio to open it. The file was left untouched")
                        .arg(dbPath())
                        .arg(version)
                        .arg(schema::currentVersion()));
}

void Workspace::configure()
{
    // Switching the journal mode rewrites the header; do it only when it is not WAL yet.
    bool wal = false;
    {
        db::Statement mode(*m_db, "PRAGMA journal_mode");
        wal = mode.step()
              && mode.text(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0;
    }
    if (!wal)
        m_db->execWaitingForLock("PRAGMA journal_mode = WAL", 15000);
    m_db->exec("PRAGMA synchronous = NORMAL");
    m_db->exec("PRAGMA foreign_keys = ON");
    schema::migrate(*m_db);
}

} // namespace wfs
