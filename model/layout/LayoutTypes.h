#pragma once

#include "model/graph/NodeKind.h"

#include <QByteArray>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

namespace wfs {

// What to lay out: card sizes are measured by Qt, in scene units (= points, 1/72 inch).
struct LayoutNode
{
    NodeId id = 0;
    double width = 0;
    double height = 0;
    QString cluster; // group name; cards of one group are drawn inside one titled box
};

struct LayoutEdge
{
    NodeId from = 0;
    NodeId to = 0;
};

struct LayoutRequest
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;

    // Identifies the request's content (sizes, edges, groups, layout settings), for caching.
    QByteArray key() const;
};

struct NodePlacement
{
    NodeId id = 0;
    QRectF rect; // scene coordinates, y down
};

struct EdgeRoute
{
    NodeId from = 0;
    NodeId to = 0;
    std::vector<QPointF> curve;     // cubic bezier: start, then 3 points per segment
    std::optional<QPointF> arrowTip; // where the arrowhead points, beyond the curve's end
};

struct ClusterBox
{
    QString name;
    QRectF rect;
};

// A plain value handed from the layout thread to the GUI: nothing of Graphviz in it.
struct LayoutResult
{
    std::vector<NodePlacement> nodes;
    std::vector<EdgeRoute> edges;
    std::vector<ClusterBox> clusters;
    QRectF bounds;

    // Moves everything by `offset`.
    void translate(QPointF offset);
    QByteArray serialize() const;
    static std::optional<LayoutResult> deserialize(const QByteArray &data);
};

} // namespace wfs

Q_DECLARE_METATYPE(wfs::LayoutRequest)
Q_DECLARE_METATYPE(wfs::LayoutResult)
