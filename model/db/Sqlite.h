#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace wfs::db {

class Database;

// A prepared statement with bound parameters; never built from strings of user data.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value); // empty string binds NULL

    // Steps once: true while a row is available, false when done.
    bool step();
    // Steps to completion for statements that return no rows.
    void exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
public:
    // ReadOnly never writes (not even WAL recovery or the -shm index when they cannot be created):
    // reading keeps working on a full disk. Immutable is ReadOnly for a file whose WAL is empty.
    enum class Mode { ReadWriteCreate, ReadWriteExisting, ReadOnly, Immutable };

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);
    // For the few statements SQLite runs without its busy handler (changing the journal mode):
    // retries while the database is locked, up to `timeoutMs`.
    void execWaitingForLock(const char *sql, int timeoutMs);
    qint64 lastInsertId() const;
    int changes() const;
    const QString &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    sqlite3 *handle() const { return m_db; }

    // Throws wfs::Error naming the database file when rc is not a success code.
    void check(int rc, const char *what) const;

private:
    friend class Statement;
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

// BEGIN IMMEDIATE so that writers queue on busy_timeout instead of failing on upgrade;
// rolls back unless commit() was called. Nested inside another transaction it does nothing,
// so that one outer transaction can batch many recordings.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_owner;
    bool m_done = false;
};

// How many statements have run on the application's main (GUI) thread so far. The window must never
// run SQL there (a lock held by another process would freeze it); tests read this to prove it.
quint64 statementsOnMainThread();

} // namespace wfs::db
