#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace wfs::wfsprocess {

// The `wfs` program: beside this one when installed, in ../cli in the build tree
// (../app/cli for the tests), else on PATH. Empty when none is found.
QString program();

struct Result
{
    int exitCode = -1;
    QString out;
    QString err; // stderr, or why the program could not start
};

// Starts `wfs --workspace WORKSPACE ARGS...` detached: it outlives the window. Its stdout and
// stderr go to `outputFile`. Returns its pid, or 0 with `*error` set.
qint64 startDetached(const QString &workspace, const QStringList &args, const QString &outputFile, QString *error);

// Runs `wfs --workspace WORKSPACE ARGS...` without blocking; `done` is called on `context`'s
// thread when it ends (not at all if `context` is destroyed first).
void run(QObject *context, const QString &workspace, const QStringList &args, std::function<void(const Result &)> done);

// The last line of `text` that is not empty, without a leading "wfs: ".
QString lastLine(const QString &text);

} // namespace wfs::wfsprocess
