#include "model/layout/GraphvizLayout.h"

#include "model/core/Error.h"
#include "model/core/PlainText.h"
#include "model/layout/Coordinates.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>
#include <cstdlib>
#include <graphviz/gvc.h>

namespace wfs {

namespace {

// cgraph takes char* for names it never modifies.
char *cstr(const char *s)
{
    return const_cast<char *>(s);
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 4);
}

// Cluster titles are plain text: escape what Graphviz would expand (\N, \G, \l, ...).
QByteArray plainLabel(const QString &text)
{
    QByteArray bytes = visibleText(text).toUtf8();
    bytes.replace('\\', "\\\\");
    return bytes;
}

void setGraphAttr(Agraph_t *g, const char *name, const QByteArray &value)
{
    agsafeset(g, cstr(name), cstr(value.constData()), cstr(""));
}

} // namespace

GraphvizLayout::GraphvizLayout() : m_gvc(gvContext())
{
    int count = 0;
    char **plugins = gvPluginList(m_gvc, "layout", &count, nullptr);
    bool haveDot = false;
    for (int i = 0; i < count; ++i) {
        if (QByteArray(plugins[i]).split(':').front() == "dot")
            haveDot = true;
        std::free(plugins[i]);
    }
    std::free(plugins);
    if (!haveDot) {
        gvFreeContext(m_gvc);
        m_gvc = nullptr;
        throw Error(QCoreApplication::translate(
            "wfs::GraphvizLayout",
            "Graphviz has no 'dot' layout plugin: install the Debian package libgvc6 (graphviz) and "
            "run 'dot -c' as root to register its plugins"));
    }
}

GraphvizLayout::~GraphvizLayout()
{
    if (m_gvc)
        gvFreeContext(m_gvc);
}

LayoutResult GraphvizLayout::layout(const LayoutRequest &request)
{
    LayoutResult result;
    if (request.nodes.empty())
        return result;

    Agraph_t *g = agopen(cstr("workflow"), Agdirected, nullptr);
    const std::size_t n = request.nodes.size();
    setGraphAttr(g, "rankdir", "LR");
    setGraphAttr(g, "nodesep", "0.3");
    setGraphAttr(g, "ranksep", "0.75");
    setGraphAttr(g, "splines", "spline");
    // newrank and bounded network simplex keep big workflows interactive (bench/layout).
    setGraphAttr(g, "newrank", "true");
    // Placing nodes (network simplex) is what grows fastest; bounding it keeps crossings
    // minimised as usual (bounding mincross too gave ten thousand times more crossings).
    if (n > 400) {
        setGraphAttr(g, "nslimit", n > 2000 ? "0.1" : "1");
        setGraphAttr(g, "nslimit1", n > 2000 ? "0.1" : "1");
    }
    Agsym_t *shape = agattr(g, AGNODE, cstr("shape"), cstr("box"));
    Agsym_t *fixed = agattr(g, AGNODE, cstr("fixedsize"), cstr("true"));
    Agsym_t *label = agattr(g, AGNODE, cstr("label"), cstr(""));
    Agsym_t *width = agattr(g, AGNODE, cstr("width"), cstr("1"));
    Agsym_t *height = agattr(g, AGNODE, cstr("height"), cstr("1"));
    agattr(g, AGRAPH, cstr("fontsize"), cstr("12"));
    agattr(g, AGRAPH, cstr("labeljust"), cstr("l"));
    Q_UNUSED(shape);
    Q_UNUSED(fixed);
    Q_UNUSED(label);

    QHash<QString, Agraph_t *> clusters;
    QHash<NodeId, Agnode_t *> nodes;
    nodes.reserve(qsizetype(n));
    for (const LayoutNode &ln : request.nodes) {
        Agraph_t *parent = g;
        if (!ln.cluster.isEmpty()) {
            Agraph_t *&c = clusters[ln.cluster];
            if (!c) {
                const QByteArray name = "cluster_" + QByteArray::number(clusters.size());
                c = agsubg(g, cstr(name.constData()), 1);
                const QByteArray text = plainLabel(ln.cluster);
                agsafeset(c, cstr("label"), cstr(text.constData()), cstr(""));
                agsafeset(c, cstr("margin"), cstr("14"), cstr(""));
            }
            parent = c;
        }
        const QByteArray name = "n" + QByteArray::number(ln.id);
        Agnode_t *node = agnode(parent, cstr(name.constData()), 1);
        // Graphviz keeps fixed sizes in whole points: round up, so the space it reserves holds the card.
        agxset(node, width, cstr(num(std::ceil(ln.width) / 72.0).constData()));
        agxset(node, height, cstr(num(std::ceil(ln.height) / 72.0).constData()));
        nodes.insert(ln.id, node);
    }
    for (const LayoutEdge &le : request.edges) {
        Agnode_t *tail = nodes.value(le.from);
        Agnode_t *head = nodes.value(le.to);
        if (tail && head && tail != head)
            agedge(g, tail, head, nullptr, 1);
    }

    if (gvLayout(m_gvc, g, "dot") != 0) {
        agclose(g);
        throw Error(QCoreApplication::translate("wfs::GraphvizLayout", "Graphviz could not lay out the graph"));
    }

    const boxf bb = GD_bb(g);
    const layout::Coordinates coords(bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y);
    result.bounds = coords.bounds();
    result.nodes.reserve(n);
    for (const LayoutNode &ln : request.nodes) {
        Agnode_t *node = nodes.value(ln.id);
        const pointf c = ND_coord(node);
        // Graphviz rounds fixed sizes to whole points; the card keeps the size Qt measured.
        result.nodes.push_back({ln.id, coords.nodeRect(c.x, c.y, ln.width / 72.0, ln.height / 72.0)});
    }
    for (Agnode_t *node = agfstnode(g); node; node = agnxtnode(g, node)) {
        for (Agedge_t *e = agfstout(g, node); e; e = agnxtout(g, e)) {
            const splines *spl = ED_spl(e);
            if (!spl || spl->size == 0)
                continue;
            EdgeRoute route;
            route.from = QByteArray(agnameof(agtail(e))).mid(1).toLongLong();
            route.to = QByteArray(agnameof(aghead(e))).mid(1).toLongLong();
            // dot gives one bezier per edge here (no concentrate); join defensively.
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int i = (b == 0 ? 0 : 1); i < bz.size; ++i)
                    route.curve.push_back(coords.point(bz.list[i].x, bz.list[i].y));
                if (bz.eflag)
                    route.arrowTip = coords.point(bz.ep.x, bz.ep.y);
            }
            result.edges.push_back(std::move(route));
        }
    }
    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        const boxf cb = GD_bb(it.value());
        result.clusters.push_back({it.key(), coords.box(cb.LL.x, cb.LL.y, cb.UR.x, cb.UR.y)});
    }
    gvFreeLayout(m_gvc, g);
    agclose(g);
    return result;
}

} // namespace wfs
