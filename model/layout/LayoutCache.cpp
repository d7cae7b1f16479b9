#include "layout/LayoutCache.h"

#include "core/Error.h"
#include "db/Sqlite.h"
#include "workspace/Workspace.h"

#include <QDateTime>

namespace wfs {

LayoutCache::LayoutCache(Workspace *workspace, int keepInWorkspace)
    : m_workspace(workspace), m_keep(keepInWorkspace)
{}

std::optional<LayoutResult> LayoutCache::find(const QByteArray &key)
{
    if (const auto it = m_memory.constFind(key); it != m_memory.cend())
        return *it;
    if (!m_workspace)
        return std::nullopt;
    try {
        db::Statement st(m_workspace->db(), "SELECT data FROM layout_cache WHERE key = ?");
        st.bind(1, key);
        if (!st.step())
            return std::nullopt;
        std::optional<LayoutResult> r = LayoutResult::deserialize(st.blob(0));
        if (r)
            m_memory.insert(key, *r);
        return r;
    } catch (const Error &e) {
        qWarning("Layout cache not read: %s", qPrintable(e.message()));
        return std::nullopt; // a cache that cannot be read only costs a layout
    }
}

void LayoutCache::store(const std::vector<std::pair<QByteArray, LayoutResult>> &entries)
{
    for (const auto &[key, result] : entries)
        m_memory.insert(key, result);
    if (!m_workspace || entries.empty())
        return;
    try {
        db::Database &db = m_workspace->db();
        db::Transaction tx(db);
        db::Statement put(db, "INSERT OR REPLACE INTO layout_cache(key, data, used) VALUES(?, ?, ?)");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[key, result] : entries) {
            put.bind(1, key).bindBlob(2, result.serialize()).bind(3, now).exec();
        }
        db::Statement trim(db, "DELETE FROM layout_cache WHERE key IN (SELECT key FROM layout_cache "
                               "ORDER BY used DESC LIMIT -1 OFFSET ?)");
        trim.bind(1, m_keep).exec();
        tx.commit();
    } catch (const Error &e) {
        // Not saving a layout loses nothing but time on the next start.
        qWarning("Layout cache not saved: %s", qPrintable(e.message()));
    }
}

} // namespace wfs
