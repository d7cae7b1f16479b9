#include "model/db/Sqlite.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <sqlite3.h>

namespace wfs::db {

namespace {
std::atomic<quint64> g_mainThreadStatements{0};

void countIfMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        g_mainThreadStatements.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

quint64 statementsOnMainThread()
{
    return g_mainThreadStatements.load(std::memory_order_relaxed);
}

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    m_readOnly = mode == Mode::ReadOnly || mode == Mode::Immutable;
    int flags = (m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    QByteArray name = path.toUtf8();
    if (mode == Mode::Immutable)
        name = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                    : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("wfs", "Cannot open %1: %2").arg(path, detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::check(int rc, const char *what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    const int primary = rc & 0xff;
    QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        detail = QCoreApplication::translate("wfs", "the file is damaged or is not a database (%1)").arg(detail);
    else if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && sqlite3_system_errno(m_db) == ENOSPC))
        detail = QCoreApplication::translate("wfs", "the disk is full (%1)").arg(detail);
    else if (primary == SQLITE_BUSY)
        detail = QCoreApplication::translate("wfs", "the workspace stayed locked by another process (%1)").arg(detail);
    throw Error(QCoreApplication::translate("wfs", "%1: %2 failed: %3")
                    .arg(m_path, QString::fromUtf8(what), detail));
}

void Database::exec(const char *sql)
{
    countIfMainThread();
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    check(rc, sql);
}

void Database::execWaitingForLock(const char *sql, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    countIfMainThread();
    for (int pause = 1;; pause = std::min(pause * 2, 50)) {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() > timeoutMs) {
            check(rc, sql);
            return;
        }
        QThread::msleep(pause);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    m_db.check(sqlite3_prepare_v2(db.m_db, sql, -1, &m_stmt, nullptr), sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    m_db.check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_db.check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    m_db.check(sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()),
                                 SQLITE_TRANSIENT),
               "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    m_db.check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT),
               "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_db.check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    countIfMainThread();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.check(rc, sqlite3_sql(m_stmt));
    return false;
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db), m_owner(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_owner)
        m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_owner && !m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    if (m_owner)
        m_db.exec("COMMIT");
    m_done = true;
}

} // namespace wfs::db
