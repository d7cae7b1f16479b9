#include "model/layout/LayoutTypes.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>
#include <xxhash.h>

namespace wfs {

namespace {
// Bump when the layout settings or the result format change: old cache entries then miss.
constexpr quint32 formatVersion = 6;
} // namespace

QByteArray LayoutRequest::key() const
{
    std::vector<LayoutNode> n = nodes;
    std::sort(n.begin(), n.end(), [](const LayoutNode &a, const LayoutNode &b) { return a.id < b.id; });
    std::vector<LayoutEdge> e = edges;
    std::sort(e.begin(), e.end(), [](const LayoutEdge &a, const LayoutEdge &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s << formatVersion << quint64(n.size());
    for (const LayoutNode &x : n)
        s << x.id << x.width << x.height << x.cluster;
    s << quint64(e.size());
    for (const LayoutEdge &x : e)
        s << x.from << x.to;
    const XXH128_hash_t h = XXH3_128bits(bytes.constData(), std::size_t(bytes.size()));
    QByteArray key;
    QDataStream k(&key, QIODevice::WriteOnly);
    k << quint64(h.high64) << quint64(h.low64);
    return key.toHex();
}

void LayoutResult::translate(QPointF offset)
{
    for (NodePlacement &n : nodes)
        n.rect.translate(offset);
    for (EdgeRoute &e : edges) {
        for (QPointF &p : e.curve)
            p += offset;
        if (e.arrowTip)
            *e.arrowTip += offset;
    }
    for (ClusterBox &c : clusters)
        c.rect.translate(offset);
    bounds.translate(offset);
}

QByteArray LayoutResult::serialize() const
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s << formatVersion << bounds << quint64(nodes.size());
    for (const NodePlacement &n : nodes)
        s << n.id << n.rect;
    s << quint64(edges.size());
    for (const EdgeRoute &e : edges) {
        s << e.from << e.to << quint64(e.curve.size());
        for (const QPointF &p : e.curve)
            s << p;
        s << e.arrowTip.has_value() << e.arrowTip.value_or(QPointF());
    }
    s << quint64(clusters.size());
    for (const ClusterBox &c : clusters)
        s << c.name << c.rect;
    return bytes;
}

std::optional<LayoutResult> LayoutResult::deserialize(const QByteArray &data)
{
    QDataStream s(data);
    quint32 version = 0;
    s >> version;
    if (version != formatVersion)
        return std::nullopt;
    LayoutResult r;
    quint64 count = 0;
    s >> r.bounds >> count;
    // Sizes are checked against what the data can hold, so a damaged entry cannot over-allocate.
    if (count > quint64(data.size()))
        return std::nullopt;
    r.nodes.resize(count);
    for (NodePlacement &n : r.nodes)
        s >> n.id >> n.rect;
    s >> count;
    if (count > quint64(data.size()))
        return std::nullopt;
    r.edges.resize(count);
    for (EdgeRoute &e : r.edges) {
        quint64 points = 0;
        s >> e.from >> e.to >> points;
        if (points > quint64(data.size()))
            return std::nullopt;
        e.curve.resize(points);
        for (QPointF &p : e.curve)
            s >> p;
        bool hasTip = false;
        QPointF tip;
        s >> hasTip >> tip;
        if (hasTip)
            e.arrowTip = tip;
    }
    s >> count;
    if (count > quint64(data.size()))
        return std::nullopt;
    r.clusters.resize(count);
    for (ClusterBox &c : r.clusters)
        s >> c.name >> c.rect;
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    return r;
}

} // namespace wfs
