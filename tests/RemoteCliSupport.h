#pragma once

// What the suites that drive the real `wfs` against a remote share: the s3rver credentials in
// the child's environment, and a workspace with the remote "team" of a case.
#include "tests/CliTestSupport.h"
#include "tests/RemoteTestSupport.h"

namespace remotetest {

using namespace Qt::StringLiterals;

inline QProcessEnvironment awsEnv()
{
    QProcessEnvironment env;
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"S3RVER"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"S3RVER"_s);
    env.insert(u"AWS_PROFILE"_s, QString());
    return wfstest::cleanEnv(env);
}

inline CliResult runWfs(const QString &ws, const QStringList &args, const QProcessEnvironment &env = awsEnv())
{
    return CliHarness(ws).run(args, env);
}

// `wfs remote add team URL` in `ws` for the remote `store` of backend `kind`.
inline bool addTeamRemote(const Remotes &remotes, const QString &ws, const QString &kind, const wfs::remote::RemoteStore &store)
{
    QStringList add{u"remote"_s, u"add"_s, u"team"_s, store.spec().url};
    if (kind == u"s3")
        add << u"--endpoint-url"_s << remotes.server().endpoint();
    const CliResult r = runWfs(ws, add);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(wfstest::describe(r)));
    return r.exitCode == 0;
}

// `count` fresh workspaces sharing the remote "team" at `name` of backend `kind`, and that remote.
inline std::pair<QStringList, std::unique_ptr<wfs::remote::RemoteStore>> team(const Remotes &remotes, const QString &name,
                                                                              const QString &kind, int count)
{
    auto store = remotes.open(kind, name);
    QStringList workspaces;
    for (int i = 0; i < count; ++i) {
        workspaces << remotes.path(u"ws-%1-%2"_s.arg(name).arg(i));
        addTeamRemote(remotes, workspaces.back(), kind, *store);
    }
    return {workspaces, std::move(store)};
}

} // namespace remotetest
