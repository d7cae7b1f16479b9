#include "widgets/SavedView.h"

#include "widgets/GraphScene.h"

#include <QGraphicsView>
#include <QSettings>
#include <QVariantList>

#include <cmath>

namespace wfs {

namespace {
QString key(const QString &workspaceDir)
{
    return QStringLiteral("views/") + QString::fromLatin1(workspaceDir.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// The zoom range GraphView allows; a settings file edited by hand must not make the view unusable.
constexpr double minZoom = 0.02;
constexpr double maxZoom = 8;
} // namespace

std::optional<SavedView> SavedView::load(const QString &workspaceDir)
{
    const QVariantList values = QSettings().value(key(workspaceDir)).toList();
    if (values.size() != 4)
        return std::nullopt;
    SavedView v{values.at(0).toString(), values.at(1).toDouble(), {values.at(2).toDouble(), values.at(3).toDouble()}};
    if (!std::isfinite(v.zoom) || v.zoom < minZoom || v.zoom > maxZoom || !std::isfinite(v.centre.x())
        || !std::isfinite(v.centre.y()))
        return std::nullopt;
    return v;
}

void SavedView::save(const QString &workspaceDir, const QString &scope, const QGraphicsView &view)
{
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    QSettings().setValue(key(workspaceDir), QVariantList{scope, view.transform().m11(), centre.x(), centre.y()});
}

bool SavedView::applyTo(QGraphicsView &view) const
{
    if (!view.scene())
        return false;
    const auto *graph = qobject_cast<const GraphScene *>(view.scene());
    const QRectF items = graph ? graph->graphBounds() : view.scene()->itemsBoundingRect();
    if (!items.adjusted(-200, -200, 200, 200).contains(centre))
        return false; // the graph changed so much that the saved place shows nothing
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(centre);
    return true;
}

} // namespace wfs
