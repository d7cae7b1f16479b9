#pragma once

// Small helpers shared by the store's tests: whole-file reads and writes, and bit flips.

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/versions/LocalObjectStore.h"
#include "model/versions/Pack.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

namespace storetest {

// What the store suites share: a temporary root holding the project folder "cats" and the
// workspace "ws", which the test opens again (as a new program would) and closes.
class StoreTestCase : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_project;
    std::unique_ptr<wfs::Workspace> m_ws;
    std::unique_ptr<wfs::GraphStore> m_graph;
    std::unique_ptr<wfs::Versions> m_versions;
    wfs::NodeId m_id = 0;

    QString wsDir() const { return m_root + QStringLiteral("/ws"); }
    QString storeDir() const { return wsDir() + QStringLiteral("/store"); }

    // A fresh root for the next test (the project folder is the test's to fill).
    void makeRoot()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->path();
        m_project = m_root + QStringLiteral("/cats");
    }

    void removeRoot()
    {
        close();
        m_dir.reset();
    }

    void open()
    {
        close();
        m_ws = std::make_unique<wfs::Workspace>(wsDir());
        m_graph = std::make_unique<wfs::GraphStore>(*m_ws);
        m_versions = std::make_unique<wfs::Versions>(*m_graph);
        m_id = m_versions->resolveProject(m_project);
    }

    void close()
    {
        m_versions.reset();
        m_graph.reset();
        m_ws.reset();
    }
};

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

// An object as the store holds it, loose or in a pack: where, present, damaged by one bit at
// `at` (from the object's start), removed as by hand (a pack rewritten without it).
inline std::optional<wfs::LocalObjectStore::Place> placeOf(const QString &storeDir, const wfs::Hash &hash)
{
    return wfs::LocalObjectStore(storeDir).locate(hash);
}

inline bool isStored(const QString &storeDir, const wfs::Hash &hash)
{
    return placeOf(storeDir, hash).has_value();
}

inline bool damageObject(const QString &storeDir, const wfs::Hash &hash, qint64 at)
{
    const auto place = placeOf(storeDir, hash);
    return place && at < place->size && flipByte(QString::fromStdString(place->file), place->offset + at);
}

inline bool removeObject(const QString &storeDir, const wfs::Hash &hash)
{
    const auto place = placeOf(storeDir, hash);
    if (!place)
        return false;
    const QString file = QString::fromStdString(place->file);
    if (!file.endsWith(QStringLiteral(".pack")))
        return QFile::remove(file);
    const QByteArray pack = readFile(file);
    const wfs::PackIndex index = wfs::PackIndex::parse(wfs::PackIndex::tailOf(pack, file), quint64(pack.size()), file);
    wfs::LocalObjectStore store(storeDir);
    wfs::PackWriter writer;
    for (const wfs::PackEntry &e : index.entries()) {
        const auto served = store.locate(e.id); // what the store set aside stays out, as gc would leave it
        if (e.id != hash && served && served->file == place->file)
            writer.add(e.id, pack.mid(qsizetype(e.offset), qsizetype(e.size)));
    }
    if (writer.count() > 0) {
        const QByteArray rewritten = writer.finish();
        const QString name = QString::fromLatin1(rewritten.mid(rewritten.size() - 40, 32).toHex());
        if (!writeFile(QFileInfo(file).absolutePath() + QLatin1Char('/') + name + QStringLiteral(".pack"), rewritten))
            return false;
    }
    return QFile::remove(file);
}

inline int objectCount(const QString &storeDir)
{
    int n = 0;
    wfs::LocalObjectStore(storeDir).list([&](const wfs::Hash &, qint64) { ++n; });
    return n;
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
