#include "tests/CliHarness.h"

#include <QProcess>
#include <QtTest>

CliHarness::CliHarness(const QString &workspaceDir) : m_workspace(workspaceDir) {}

QString CliHarness::wfsPath()
{
    const QString bin = qEnvironmentVariable("WFS_BIN");
    return bin.isEmpty() ? QStringLiteral("wfs") : bin + QStringLiteral("/wfs");
}

CliResult CliHarness::runBare(const QStringList &args, const QProcessEnvironment &env) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(wfsPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult CliHarness::run(const QStringList &args, const QProcessEnvironment &extraEnv) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WFS_TASK_ID"));
    env.remove(QStringLiteral("WFS_WORKSPACE"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    return runBare(QStringList{QStringLiteral("--workspace"), m_workspace} + args, env);
}
