#include "model/remote/RemoteRegistry.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};
} // namespace

void RemoteRegistry::add(RemoteSpec spec)
{
    spec.validate();
    db::Database &db = m_workspace.db();
    db::Transaction tx(db);
    {
        db::Statement exists(db, "SELECT 1 FROM remotes WHERE name = ?");
        exists.bind(1, spec.name);
        if (exists.step())
            throw Error::usage(Text::tr("There is already a remote named %1 (wfs remote remove %1 first)").arg(spec.name));
    }
    bool first = false;
    {
        db::Statement any(db, "SELECT 1 FROM remotes LIMIT 1");
        first = !any.step();
    }
    db::Statement insert(db, "INSERT INTO remotes(name, url, endpoint_url, region, is_default, created) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, spec.name).bind(2, spec.url).bind(3, spec.endpointUrl).bind(4, spec.region);
    insert.bind(5, first ? 1 : 0).bind(6, QDateTime::currentMSecsSinceEpoch());
    insert.exec();
    tx.commit();
}

std::vector<RemoteSpec> RemoteRegistry::list()
{
    db::Statement st(m_workspace.db(), "SELECT name, url, endpoint_url, region, is_default FROM remotes ORDER BY created, name");
    std::vector<RemoteSpec> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0});
    return out;
}

void RemoteRegistry::remove(const QString &name)
{
    db::Database &db = m_workspace.db();
    db::Transaction tx(db);
    db::Statement del(db, "DELETE FROM remotes WHERE name = ?");
    del.bind(1, name);
    del.exec();
    if (db.changes() == 0)
        unknown(name);
    db.exec("UPDATE remotes SET is_default = 1 WHERE NOT EXISTS (SELECT 1 FROM remotes WHERE is_default = 1) "
            "AND name = (SELECT name FROM remotes ORDER BY created, name LIMIT 1)");
    tx.commit();
}

RemoteSpec RemoteRegistry::find(const QString &name)
{
    for (const RemoteSpec &spec : list())
        if (name.isEmpty() ? spec.isDefault : spec.name == name)
            return spec;
    unknown(name);
}

void RemoteRegistry::unknown(const QString &name)
{
    QStringList names;
    for (const RemoteSpec &spec : list())
        names << spec.name;
    if (names.isEmpty())
        throw Error::usage(Text::tr("This workspace has no remote yet: wfs remote add NAME s3://BUCKET/PREFIX"));
    if (name.isEmpty())
        throw Error::usage(Text::tr("No default remote; known remotes: %1").arg(names.join(QLatin1String(", "))));
    throw Error::usage(Text::tr("No remote named %1; known remotes: %2").arg(name, names.join(QLatin1String(", "))));
}

} // namespace wfs::remote
