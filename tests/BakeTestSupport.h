#pragma once

// What the `wfs bake` suites (tst_bake, tst_bakestate, tst_bakeerrors, ...) share: flows written from
// lines, reading `wfs inspect --json`, tasks that record their pids and times.

#include "tests/PipelineTestSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wfstest;

namespace baketest {

// A task line that stamps when it starts and ends (nanoseconds) in marks/NAME.start|end.
inline QString stamped(const QString &name, const QString &seconds)
{
    return u"    bash: mkdir -p marks; date +%s%N > marks/%1.start; sleep %2; date +%s%N > marks/%1.end"_s.arg(
        name, seconds);
}

// The bake id a `wfs bake` or `wfs restart` printed on its first line, or 0.
inline qint64 bakeId(const CliResult &r)
{
    return r.out.section(u'\n', 0, 0).toLongLong();
}

inline QJsonObject inspect(const Sandbox &box, qint64 bake, int attempt = 0)
{
    QStringList args{u"inspect"_s, QString::number(bake), u"--json"_s};
    if (attempt > 0)
        args << u"--attempt"_s << QString::number(attempt);
    return box.json(args).toObject();
}

inline QHash<QString, QJsonObject> tasksById(const QJsonObject &inspected)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : inspected.value(u"tasks").toArray())
        byId.insert(v.toObject().value(u"id").toString(), v.toObject());
    return byId;
}

// "id=status" for every task, in plan order: one value to compare.
inline QStringList statuses(const QJsonObject &inspected)
{
    QStringList out;
    for (const QJsonValue &v : inspected.value(u"tasks").toArray())
        out << v.toObject().value(u"id").toString() + u'=' + v.toObject().value(u"status").toString();
    return out;
}

inline qint64 nanos(const Sandbox &box, const QString &file)
{
    return box.read(file).trimmed().toLongLong();
}

// The task lines of `wfs bake` output ("HH:MM:SS TASK STATUS[: message]") without the time.
inline QStringList changes(const CliResult &r)
{
    static const QRegularExpression line(u"^\\d\\d:\\d\\d:\\d\\d (.*)$"_s);
    QStringList out;
    for (const QString &l : r.out.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

inline const QString noCache = u"  cache: {strategy: none}"_s;

// A task that runs until it is stopped; once its grandchild runs (pid in ID.gc) bash writes its
// own pid to ID.pid. `extra` lines go between the id and the command.
inline QStringList longTask(const QString &id, const QStringList &extra = {})
{
    return QStringList{u"  - id: "_s + id} + extra
        + QStringList{u"    bash: |"_s, u"      sleep 60 &"_s, u"      echo $! > %1.gc"_s.arg(id),
                      u"      echo $$ > %1.tmp && mv %1.tmp %1.pid"_s.arg(id), u"      wait"_s};
}

// What every `wfs bake` suite starts with: the wfs children it runs get a data home of their
// own (QTest runs the inherited initTestCase before the suite's tests).
class BakeSuite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        const QString problem = isolateSuite(m_xdg);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

} // namespace baketest

#define CHECK_BAKES_EMPTY(box)                                                                                     \
    do {                                                                                                           \
        const CliResult listed = (box).wfs({u"bakes"_s, u"--json"_s});                                             \
        CHECK_EXIT(listed, 0);                                                                                     \
        QCOMPARE(jsonOf(listed), QJsonValue(QJsonArray()));                                                        \
    } while (false)

