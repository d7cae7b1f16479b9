#include "model/pipelines/GitContext.h"

#include "model/core/Text.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QProcess>

namespace wfs::pipelines {

namespace {

constexpr int kTimeoutMs = 20000; // git answers these from local files; a hung one must not hang the bake

// The trimmed output of `git -C folder ARGS`; sets `problem` when git fails.
QString runGit(const QString &folder, const QStringList &args, QString &problem)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), folder} + args);
    if (!git.waitForStarted()) {
        problem = Text::tr("the git program could not be started (%1)").arg(git.errorString());
        return {};
    }
    if (!git.waitForFinished(kTimeoutMs)) {
        git.kill();
        git.waitForFinished();
        problem = Text::tr("git %1 did not answer within %2 seconds").arg(args.join(u' ')).arg(kTimeoutMs / 1000);
        return {};
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const QString said = QString::fromUtf8(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        problem = Text::tr("%1 is not in a git repository with a commit (git: %2)").arg(folder, said);
        return {};
    }
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

GitInfo read(const QString &folder)
{
    GitInfo info;
    // One rev-parse gives both: the sha, then (after --abbrev-ref) the branch.
    const QStringList heads = runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD"), QStringLiteral("--abbrev-ref"),
                                              QStringLiteral("HEAD")},
                                     info.problem)
                                  .split(u'\n');
    if (!info.problem.isEmpty())
        return info;
    const QString sha = heads.value(0).trimmed();
    const QString branch = heads.value(1).trimmed();
    const QString tags = runGit(folder, {QStringLiteral("tag"), QStringLiteral("--points-at"), QStringLiteral("HEAD")},
                                info.problem);
    if (!info.problem.isEmpty())
        return info;
    // Apolo splits git's output as it is, giving [''] for no tag; an empty list says the same
    // without a tag no one wrote.
    QJsonArray tagList;
    for (const QString &tag : tags.split(u'\n', Qt::SkipEmptyParts))
        tagList.append(tag.trimmed());
    info.context = QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("branch"), branch},
                               {QStringLiteral("tags"), tagList}};
    return info;
}

} // namespace

GitInfo gitInfo(const QString &folder)
{
    static QMutex mutex;
    static QHash<QString, GitInfo> known;
    const QMutexLocker lock(&mutex);
    auto it = known.constFind(folder);
    if (it == known.constEnd())
        it = known.insert(folder, read(folder));
    return *it;
}

} // namespace wfs::pipelines
