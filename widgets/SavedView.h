#pragma once

#include <QPointF>
#include <QString>
#include <optional>

class QGraphicsView;

namespace wfs {

// Where the graph view was when a workspace was last closed: its scope, zoom and the scene
// point at the centre. The window opens there again, or fitted when the scope differs (or when
// nothing was saved). Kept in QSettings per workspace folder.
struct SavedView
{
    QString scope;
    double zoom = 1;
    QPointF centre;

    static std::optional<SavedView> load(const QString &workspaceDir);
    static void save(const QString &workspaceDir, const QString &scope, const QGraphicsView &view);
    // Zooms and centres `view`; false (nothing changed) when the saved values are unusable.
    bool applyTo(QGraphicsView &view) const;
};

} // namespace wfs
