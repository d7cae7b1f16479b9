#pragma once

// What the tests that run the real `wfs` share: reading its graph JSON and its output.
#include "tests/CliHarness.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <utility>

// `result` is evaluated once: it may be the call that runs wfs.
#define CHECK_EXIT(result, code)                                                                             \
    do {                                                                                                     \
        const CliResult &checked_ = (result);                                                                \
        QVERIFY2(checked_.exitCode == (code), qPrintable(describe(checked_)));                               \
    } while (false)

#define CHECK_OK(result) CHECK_EXIT(result, 0)
// `wfs graph --json` read into `var`; stops the test when it cannot be read.
#define GRAPH(var, wfs, ...)                                                                                 \
    const Graph var = (wfs).graph(__VA_ARGS__);                                                              \
    QVERIFY2(var.ok, qPrintable(var.error))

namespace wfstest {

using namespace Qt::StringLiterals;
using EdgeSet = QSet<std::pair<qint64, qint64>>;

// The environment for a child `wfs`: no task or workspace inherited, the built wfs first on PATH.
inline QProcessEnvironment cleanEnv(const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"WFS_TASK_ID"_s);
    env.remove(u"WFS_WORKSPACE"_s);
    const QString bin = qEnvironmentVariable("WFS_BIN");
    if (!bin.isEmpty())
        env.insert(u"PATH"_s, bin + u':' + env.value(u"PATH"_s));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

inline QString describe(const CliResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// Exactly one line on stderr, starting "wfs: ".
inline bool oneErrorLine(const CliResult &r)
{
    return r.err.startsWith(u"wfs: "_s) && r.err.endsWith(u'\n') && r.err.count(u'\n') == 1;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

// `wfs graph --json` as the tests read it.
struct Graph
{
    bool ok = false;
    QString error;
    QJsonArray nodes;
    QJsonArray edges;

    // The graph `wfs graph --json` printed, or its failure as the error.
    static Graph of(const CliResult &r)
    {
        if (r.exitCode != 0) {
            Graph g;
            g.error = describe(r);
            return g;
        }
        return parse(r.out.toUtf8());
    }

    static Graph parse(const QByteArray &json)
    {
        Graph g;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            g.error = u"not one JSON object: "_s + QString::fromUtf8(json);
            return g;
        }
        g.nodes = doc.object().value(u"nodes").toArray();
        g.edges = doc.object().value(u"edges").toArray();
        g.ok = true;
        return g;
    }
    QJsonObject node(qint64 id) const
    {
        for (const QJsonValue &v : nodes) {
            if (v.toObject().value(u"id").toInteger() == id)
                return v.toObject();
        }
        return {};
    }
    bool has(qint64 id) const { return !node(id).isEmpty(); }
    QSet<qint64> ids() const
    {
        QSet<qint64> s;
        for (const QJsonValue &v : nodes)
            s.insert(v.toObject().value(u"id").toInteger());
        return s;
    }
    EdgeSet edgeSet() const
    {
        EdgeSet s;
        for (const QJsonValue &v : edges)
            s.insert({v.toObject().value(u"from").toInteger(), v.toObject().value(u"to").toInteger()});
        return s;
    }
    QList<QJsonObject> ofKind(const QString &kind) const
    {
        QList<QJsonObject> list;
        for (const QJsonValue &v : nodes) {
            if (v.toObject().value(u"kind").toString() == kind)
                list << v.toObject();
        }
        return list;
    }
    // The id of the card of `kind` with `path`, or -1.
    qint64 idOf(const QString &kind, const QString &path) const
    {
        for (const QJsonObject &n : ofKind(kind)) {
            if (n.value(u"path").toString() == path)
                return n.value(u"id").toInteger();
        }
        return -1;
    }
};

} // namespace wfstest
