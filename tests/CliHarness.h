#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real `wfs` program (from $WFS_BIN) as a child process against a workspace.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliHarness
{
public:
    explicit CliHarness(const QString &workspaceDir);

    // `wfs --workspace DIR ARGS...`; extra environment entries are added to the child's.
    CliResult run(const QStringList &args, const QProcessEnvironment &extraEnv = {}) const;
    // The same without --workspace, so that $WFS_WORKSPACE or the default applies.
    CliResult runBare(const QStringList &args, const QProcessEnvironment &env) const;

    static QString wfsPath();
    const QString &workspace() const { return m_workspace; }

private:
    QString m_workspace;
};
