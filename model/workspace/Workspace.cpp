#include "workspace/Workspace.h"

#include "core/Error.h"
#include "workspace/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wfs {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Workspace)
};
} // namespace

Workspace::Workspace(const QString &dir) : m_dir(QDir(dir).absolutePath())
{
    const QFileInfo info(m_dir);
    if (info.exists() && !info.isDir())
        throw Error(Text::tr("%1 is not a folder, so it cannot be a workspace").arg(m_dir));
    if (!QDir().mkpath(m_dir))
        throw Error(Text::tr("Cannot create the workspace folder %1").arg(m_dir));

    const QFileInfo dbInfo(dbPath());
    const bool existing = dbInfo.exists() && dbInfo.size() > 0;
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
