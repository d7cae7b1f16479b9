#pragma once

// What the pipeline suites (tst_bake, tst_livejobs) share: a project folder with workflow files
// beside a fresh workspace, the real `wfs` run in that project (in the foreground or in the
// background), and checks on the processes the tasks leave behind.
#include "tests/CliTestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/types.h>
#include <unistd.h>

namespace wfstest {

inline QString yaml(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// The whole number a script wrote into `path`, or 0 while it is not there yet.
inline qint64 pidIn(const QString &path)
{
    bool ok = false;
    const qint64 pid = fileBytes(path).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

// The fields of /proc/PID/stat after the command name: state, ppid, pgrp, ...; empty when gone.
inline QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = fileBytes(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

// Gone, or a zombie nobody reaps: an orphan's new parent (PID 1 in a container) may not wait
// for it, and a zombie runs nothing.
inline bool processGone(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0)
        return errno == ESRCH;
    const QList<QByteArray> fields = statFields(pid);
    return fields.isEmpty() || fields.front() == "Z";
}

inline bool processAlive(qint64 pid)
{
    return pid > 0 && !processGone(pid);
}

inline qint64 parentOf(qint64 pid)
{
    return statFields(pid).value(1).toLongLong();
}

inline qint64 msFromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

inline QJsonValue jsonOf(const CliResult &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

// A project folder (workflow files in .apolo/ or anywhere) and a fresh workspace beside it.
class Sandbox
{
public:
    Sandbox() : m_project(m_tmp.filePath(u"project"_s)), m_workspace(m_tmp.filePath(u"ws"_s))
    {
        QDir().mkpath(m_project);
    }

    bool isValid() const { return m_tmp.isValid(); }
    const QString &project() const { return m_project; }
    const QString &workspace() const { return m_workspace; }
    QString path(const QString &relative) const { return m_project + u'/' + relative; }

    bool write(const QString &relative, const QString &text) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        const QByteArray bytes = text.toUtf8();
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    QString read(const QString &relative) const { return QString::fromUtf8(fileBytes(path(relative))); }
    QStringList lines(const QString &relative) const { return read(relative).split(u'\n', Qt::SkipEmptyParts); }
    bool exists(const QString &relative) const { return QFileInfo::exists(path(relative)); }
    qint64 pid(const QString &relative) const { return pidIn(path(relative)); }

    // `wfs --workspace WS ARGS...` in the project folder.
    CliResult wfs(const QStringList &args, const QProcessEnvironment &extra = {}) const
    {
        QProcess p;
        prepare(p, args, extra);
        CliResult r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString();
            return r;
        }
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The same in the background; the process is killed when the pointer goes.
    std::unique_ptr<QProcess, void (*)(QProcess *)> start(const QStringList &args) const
    {
        std::unique_ptr<QProcess, void (*)(QProcess *)> p(new QProcess, [](QProcess *proc) {
            if (proc->state() != QProcess::NotRunning) {
                proc->kill();
                proc->waitForFinished(5000);
            }
            delete proc;
        });
        prepare(*p, args, {});
        p->waitForStarted(10000);
        return p;
    }

    QJsonValue json(const QStringList &args) const { return jsonOf(wfs(args)); }

    Graph graph() const
    {
        return Graph::of(wfs({u"graph"_s, u"--json"_s}));
    }

private:
    void prepare(QProcess &p, const QStringList &args, const QProcessEnvironment &extra) const
    {
        p.setProcessEnvironment(cleanEnv(extra));
        p.setWorkingDirectory(m_project);
        p.start(CliHarness::wfsPath(), QStringList{u"--workspace"_s, m_workspace} + args);
    }

    QTemporaryDir m_tmp;
    QString m_project;
    QString m_workspace;
};

// Points the wfs children at a data home of their own (a default workspace never lands in the
// real home); the reason the suite cannot run, or empty.
inline QString isolateSuite(const QTemporaryDir &dataHome)
{
    if (!dataHome.isValid())
        return u"no temporary folder"_s;
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    if (!qEnvironmentVariableIsSet("WFS_BIN") || !QFileInfo(CliHarness::wfsPath()).isExecutable())
        return u"run through CTest: WFS_BIN must name the folder of the built wfs"_s;
    return {};
}

// The first line a background `wfs` printed (a bake's id), waiting up to `ms` for it.
inline QString firstLine(QProcess &p, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!p.canReadLine() && clock.elapsed() < ms && p.state() != QProcess::NotRunning)
        p.waitForReadyRead(100);
    return p.canReadLine() ? QString::fromUtf8(p.readLine()).trimmed() : QString();
}

// Polls `condition` every 20 ms for up to `ms`; true once it holds.
template<typename Condition>
bool waitFor(Condition condition, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace wfstest
