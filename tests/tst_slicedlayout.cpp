#include "model/layout/GraphvizLayout.h"
#include "model/layout/Slices.h"
#include "tests/LayoutTestSupport.h"
#include "tests/TestSupport.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <map>
#include <set>

using namespace wfs;
using namespace wfs::layouttest;

namespace {

// A recorded workflow as bench_layout makes them, small: each task reads 1-3 data cards, most of
// them recent outputs (so that everything is one connected piece), some recorded fresh after the
// task (a higher id than the task it feeds), and writes 1-2; runs of 8 tasks are sometimes a group.
LayoutRequest workflow(int tasks)
{
    QRandomGenerator rng(7);
    LayoutRequest r;
    NodeId next = 1;
    std::vector<NodeId> data;
    auto newData = [&] {
        r.nodes.push_back({next, 240, 60, {}});
        data.push_back(next);
        return next++;
    };
    newData();
    QString group;
    for (int t = 0; t < tasks; ++t) {
        if (t % 8 == 0)
            group = rng.bounded(10) < 4 ? QStringLiteral("Group %1").arg(t / 8) : QString();
        const NodeId task = next++;
        r.nodes.push_back({task, 240, 80, group});
        std::set<NodeId> inputs;
        for (int i = 0, count = 1 + int(rng.bounded(3)); i < count; ++i) {
            const bool recent = rng.bounded(100) < 70;
            inputs.insert(recent ? data[data.size() - 1 - rng.bounded(quint32(std::min<std::size_t>(30, data.size())))]
                                 : newData());
        }
        for (NodeId in : inputs)
            r.edges.push_back({in, task});
        for (int o = 0, count = 1 + int(rng.bounded(2)); o < count; ++o)
            r.edges.push_back({task, newData()});
    }
    return r;
}

} // namespace

class TestSlicedLayout : public QObject
{
    Q_OBJECT

private slots:
    void recordingOrderPutsInputsFirst()
    {
        // Task 2 reads card 3, recorded after it; card 5 stands alone; 4 -> 6 -> 4 is a cycle, which
        // waits until nothing else is left and then goes on from its first recorded card.
        const LayoutRequest r = makeRequest({{1, 10, 10, {}}, {2, 10, 10, {}}, {3, 10, 10, {}}, {4, 10, 10, {}},
                                             {5, 10, 10, {}}, {6, 10, 10, {}}},
                                            {{1, 2}, {3, 2}, {2, 4}, {4, 6}, {6, 4}});
        std::vector<NodeId> ids;
        for (std::size_t i : layout::recordingOrder(r))
            ids.push_back(r.nodes[i].id);
        QCOMPARE(ids, (std::vector<NodeId>{1, 3, 2, 5, 4, 6}));
    }

    void smallPieceGoesToGraphvizWhole()
    {
        const LayoutRequest r = workflow(40);
        GraphvizLayout gv;
        int calls = 0;
        const LayoutResult result = layout::layOutInSlices(r, r.nodes.size(), [&](const LayoutRequest &part) {
            ++calls;
            return gv.layout(part);
        });
        QCOMPARE(calls, 1);
        CHECK(checkLayout(r, result));
        QCOMPARE(rectsById(result), rectsById(gv.layout(r)));
    }

    void bigPieceIsLaidOutInSlicesSideBySide()
    {
        const LayoutRequest r = workflow(300);
        QVERIFY(r.nodes.size() > 800);
        GraphvizLayout gv;
        std::vector<std::set<NodeId>> parts;
        std::map<QString, int> groupParts;
        const LayoutResult result = layout::layOutInSlices(r, 200, [&](const LayoutRequest &part) {
            parts.emplace_back();
            std::set<QString> groups;
            for (const LayoutNode &n : part.nodes) {
                parts.back().insert(n.id);
                if (!n.cluster.isEmpty())
                    groups.insert(n.cluster);
            }
            for (const QString &g : groups)
                ++groupParts[g];
            return gv.layout(part);
        });
        // Every card once, no card on another, every edge from its source's boundary to its
        // target's, left to right; each group's box holds its cards and no other, boxes apart.
        CHECK(checkLayout(r, result));
        QCOMPARE(parts.size(), (r.nodes.size() + 199) / 200);
        for (const std::set<NodeId> &p : parts)
            QVERIFY2(p.size() <= 200 + 50, qPrintable(QString::number(p.size())));
        QVERIFY(!groupParts.empty());
        for (const auto &[group, count] : groupParts)
            QVERIFY2(count == 1, qPrintable(group + QStringLiteral(" is in %1 slices").arg(count)));
        // The slices stand side by side: all of a slice's cards left of all of the next one's.
        const auto rects = rectsById(result);
        for (std::size_t s = 0; s + 1 < parts.size(); ++s) {
            double right = 0, left = 1e300;
            for (NodeId id : parts[s])
                right = std::max(right, rects.at(id).right());
            for (NodeId id : parts[s + 1])
                left = std::min(left, rects.at(id).left());
            QVERIFY2(right < left, qPrintable(QStringLiteral("slices %1 and %2 overlap").arg(s).arg(s + 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSlicedLayout)
#include "tst_slicedlayout.moc"
