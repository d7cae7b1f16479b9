#pragma once

// Small helpers shared by the store's tests: whole-file reads and writes, and bit flips.

#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace storetest {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Flips one bit of the file at `offset` (from the end when negative), in place.
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() == 0)
        return false;
    const qint64 at = offset < 0 ? f.size() + offset : offset;
    char c = 0;
    if (!f.seek(at) || !f.getChar(&c) || !f.seek(at))
        return false;
    return f.putChar(char(c ^ 0x10));
}

} // namespace storetest

#define EXPECT_ERROR(expression, fragment)                                                               \
    do {                                                                                                 \
        try {                                                                                            \
            expression;                                                                                  \
            QFAIL(qPrintable(QStringLiteral("expected an error containing: ") + QString(fragment)));     \
        } catch (const wfs::Error &e) {                                                                  \
            QVERIFY2(e.message().contains(fragment), qPrintable(QStringLiteral("got: ") + e.message())); \
        }                                                                                                \
    } while (false)
