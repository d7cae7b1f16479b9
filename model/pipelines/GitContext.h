#pragma once

#include <QJsonObject>
#include <QString>

namespace wfs::pipelines {

// The `git` context as Apolo gives it: `sha` and `branch` of the commit checked out in the
// flow's project folder and `tags`, the tags pointing at it. Read with the git program (two runs:
// rev-parse and tag), once per folder for the life of the process (Apolo too reads it once per
// run), and only for a flow that reads it (FlowDocument::readsGit).
struct GitInfo
{
    QJsonObject context; // sha, branch, tags; empty when `problem` is set
    QString problem;     // why there is none: not a git repository, git missing, ...
};

// Thread-safe; `folder` is an absolute path.
GitInfo gitInfo(const QString &folder);

} // namespace wfs::pipelines
