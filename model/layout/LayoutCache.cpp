#include "model/layout/LayoutCache.h"

#include "model/core/Error.h"
#include "model/db/Sqlite.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceReader.h"
#include "model/workspace/WorkspaceWriter.h"

#include <QDateTime>

namespace wfs {

namespace {

using Entries = std::vector<std::pair<QByteArray, LayoutResult>>;

void write(Workspace &ws, const Entries &entries, int keep)
{
    try {
        db::Database &db = ws.db();
        db::Transaction tx(db);
        db::Statement put(db, "INSERT OR REPLACE INTO layout_cache(key, data, used) VALUES(?, ?, ?)");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[key, result] : entries) {
            put.bind(1, key).bindBlob(2, result.serialize()).bind(3, now).exec();
        }
        db::Statement trim(db, "DELETE FROM layout_cache WHERE key IN (SELECT key FROM layout_cache "
                               "ORDER BY used DESC LIMIT -1 OFFSET ?)");
        trim.bind(1, keep).exec();
        tx.commit();
    } catch (const Error &e) {
        // Not saving a layout loses nothing but time on the next start.
        qWarning("Layout cache not saved: %s", qPrintable(e.message()));
    }
}

QHash<QByteArray, LayoutResult> readAll(Workspace &ws, int keep)
{
    QHash<QByteArray, LayoutResult> entries;
    try {
        db::Statement st(ws.db(), "SELECT key, data FROM layout_cache ORDER BY used DESC LIMIT ?");
        st.bind(1, keep);
        while (st.step()) {
            if (std::optional<LayoutResult> r = LayoutResult::deserialize(st.blob(1)))
                entries.insert(st.blob(0), std::move(*r));
        }
    } catch (const Error &e) {
        qWarning("Layout cache not read: %s", qPrintable(e.message()));
    }
    return entries;
}

} // namespace

LayoutCache::LayoutCache(Workspace *workspace, int keepInWorkspace) : m_workspace(workspace), m_keep(keepInWorkspace) {}

LayoutCache::LayoutCache(WorkspaceReader &reader, WorkspaceWriter &writer, int keepInWorkspace)
    : m_writer(&writer), m_keep(keepInWorkspace)
{
    // The entries may arrive after the cache is gone (the window closed the workspace).
    std::weak_ptr<QHash<QByteArray, LayoutResult>> memory = m_memory;
    reader.run(
        &reader, [keep = m_keep](Workspace &ws) { return readAll(ws, keep); },
        [memory](const QHash<QByteArray, LayoutResult> &entries) {
            const auto target = memory.lock();
            for (auto it = entries.cbegin(); target && it != entries.cend(); ++it) {
                if (!target->contains(it.key()))
                    target->insert(it.key(), it.value());
            }
        });
}

std::optional<LayoutResult> LayoutCache::find(const QByteArray &key)
{
    if (const auto it = m_memory->constFind(key); it != m_memory->cend())
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
            m_memory->insert(key, *r);
        return r;
    } catch (const Error &e) {
        qWarning("Layout cache not read: %s", qPrintable(e.message()));
        return std::nullopt; // a cache that cannot be read only costs a layout
    }
}

void LayoutCache::store(const Entries &entries)
{
    for (const auto &[key, result] : entries)
        m_memory->insert(key, result);
    if (entries.empty())
        return;
    if (m_workspace)
        write(*m_workspace, entries, m_keep);
    else if (m_writer)
        m_writer->post(nullptr, [entries, keep = m_keep](Workspace &ws) -> WorkspaceThread::Continuation {
            write(ws, entries, keep);
            return {};
        });
}

} // namespace wfs
