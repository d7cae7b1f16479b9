#include "model/db/Sqlite.h"
#include "model/layout/Components.h"
#include "model/layout/Coordinates.h"
#include "model/layout/GraphvizLayout.h"
#include "model/layout/IncrementalLayout.h"
#include "model/layout/LayoutCache.h"
#include "model/layout/LayoutService.h"
#include "model/workspace/Workspace.h"
#include "tests/LayoutTestSupport.h"
#include "tests/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace wfs;
using namespace wfs::layouttest;

namespace {

void compareResults(const LayoutResult &a, const LayoutResult &b)
{
    QCOMPARE(a.bounds, b.bounds);
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        QCOMPARE(a.nodes[i].id, b.nodes[i].id);
        QCOMPARE(a.nodes[i].rect, b.nodes[i].rect);
    }
    QCOMPARE(a.edges.size(), b.edges.size());
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        QCOMPARE(a.edges[i].from, b.edges[i].from);
        QCOMPARE(a.edges[i].to, b.edges[i].to);
        QCOMPARE(a.edges[i].curve, b.edges[i].curve);
        QCOMPARE(a.edges[i].arrowTip, b.edges[i].arrowTip);
    }
    QCOMPARE(a.clusters.size(), b.clusters.size());
    for (std::size_t i = 0; i < a.clusters.size(); ++i) {
        QCOMPARE(a.clusters[i].name, b.clusters[i].name);
        QCOMPARE(a.clusters[i].rect, b.clusters[i].rect);
    }
}

// Places `wanted` over `before` incrementally: a valid layout in which every card of `before` is
// exactly where it was.
void placeKeepingEveryCard(const LayoutResult &before, const LayoutRequest &wanted, LayoutResult *after)
{
    *after = layout::placeIncrementally(before, wanted);
    checkLayout(wanted, *after);
    if (QTest::currentTestFailed())
        return;
    const auto now = rectsById(*after);
    for (const auto &[id, rect] : rectsById(before))
        QCOMPARE(now.at(id), rect);
}

// Cards are measured by Qt: whole points today (CardLayout rounds heights up), fractions allowed.
const LayoutRequest chain = makeRequest({{1, 240, 87, {}}, {2, 120, 40, {}}, {3, 240, 61, {}}}, {{1, 2}, {2, 3}});
const LayoutRequest diamond = makeRequest({{10, 240, 70, {}}, {11, 240, 70, {}}, {12, 200, 50, {}}, {13, 240, 90, {}}},
                                          {{10, 11}, {10, 12}, {11, 13}, {12, 13}});
// Two tasks of group "Experiment" between data cards, a third task outside, and a card alone.
const LayoutRequest grouped = makeRequest({{1, 240, 80, {}},
                                           {2, 240, 90, QStringLiteral("Experiment")},
                                           {3, 240, 90, QStringLiteral("Experiment")},
                                           {4, 240, 60, {}},
                                           {5, 240, 60, {}},
                                           {6, 240, 90, {}}},
                                          {{1, 2}, {2, 4}, {1, 3}, {3, 5}, {5, 6}});
const LayoutRequest twoPieces = makeRequest({{1, 240, 80, {}}, {2, 240, 80, {}}, {3, 100, 40, {}}, {4, 150, 60, {}}, {5, 150, 60, {}}},
                                            {{1, 2}, {3, 4}, {4, 5}});

} // namespace

// Graphviz is not thread-safe: the tests that call GraphvizLayout directly (on this thread)
// come before the LayoutService tests, whose worker thread owns its own instance.
class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void coordinatesFlipYAndScaleInches()
    {
        // GD_bb from (10, 20) to (310.5, 220.25): the scene's origin is the box's top-left.
        const layout::Coordinates c(10, 20, 310.5, 220.25);
        QCOMPARE(c.bounds(), QRectF(0, 0, 300.5, 200.25));
        QCOMPARE(c.point(10, 20), QPointF(0, 200.25));
        QCOMPARE(c.point(310.5, 220.25), QPointF(300.5, 0));
        QCOMPARE(c.point(110.375, 120.125), QPointF(100.375, 100.125));
        // A node of 1.5 x 0.5 inches centred at (160.25, 120.125): 108 x 36 points.
        const QRectF node = c.nodeRect(160.25, 120.125, 1.5, 0.5);
        QCOMPARE(node, QRectF(96.25, 82.125, 108, 36));
        // Fractions survive: no rounding to whole points.
        const QRectF odd = c.nodeRect(11.25, 21.75, 1.0 / 72 * 3, 1.0 / 144);
        QVERIFY(std::abs(odd.width() - 3.0) < 1e-12);
        QVERIFY(std::abs(odd.height() - 0.5) < 1e-12);
        QVERIFY(std::abs(odd.center().x() - 1.25) < 1e-12);
        QVERIFY(std::abs(odd.center().y() - 198.5) < 1e-12);
        // A box by its lower-left and upper-right corners (y up) comes out top-left first.
        const QRectF box = c.box(20, 30, 60, 90);
        QCOMPARE(box, QRectF(10, 130.25, 40, 60));
        QCOMPARE(box.topLeft(), c.point(20, 90));
        QCOMPARE(box.bottomRight(), c.point(60, 30));
        // A box that is GD_bb itself is the bounds.
        QCOMPARE(c.box(10, 20, 310.5, 220.25), c.bounds());
    }

    void chainRunsLeftToRight()
    {
        GraphvizLayout gv;
        const LayoutResult r = gv.layout(chain);
        CHECK(checkLayout(chain, r));
        const auto rects = rectsById(r);
        // Ranks: each card sits in its own column, in order.
        QVERIFY(rects.at(1).right() < rects.at(2).left());
        QVERIFY(rects.at(2).right() < rects.at(3).left());
        QCOMPARE(r.bounds.topLeft(), QPointF(0, 0));
    }

    void fractionalCardSizesAreKept()
    {
        // The request's sizes are the sizes Qt draws; the placed rects must be the same size,
        // or edges end short of (or inside) their cards.
        const LayoutRequest req = makeRequest({{1, 240.5, 86.25, {}}, {2, 120.4, 40.75, {}}}, {{1, 2}});
        GraphvizLayout gv;
        CHECK(checkLayout(req, gv.layout(req)));
    }

    void diamondHasThreeRanks()
    {
        GraphvizLayout gv;
        const LayoutResult r = gv.layout(diamond);
        CHECK(checkLayout(diamond, r));
        const auto rects = rectsById(r);
        // The two middle cards share a rank: same column, one above the other.
        QVERIFY(std::abs(rects.at(11).center().x() - rects.at(12).center().x()) < 1);
        QVERIFY(rects.at(11).bottom() <= rects.at(12).top() || rects.at(12).bottom() <= rects.at(11).top());
        QVERIFY(rects.at(10).right() < std::min(rects.at(11).left(), rects.at(12).left()));
        QVERIFY(std::max(rects.at(11).right(), rects.at(12).right()) < rects.at(13).left());
    }

    void clusterBoxHoldsItsGroup()
    {
        GraphvizLayout gv;
        const LayoutResult r = gv.layout(grouped);
        CHECK(checkLayout(grouped, r));
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters.front().name, QStringLiteral("Experiment"));
        QVERIFY(r.clusters.front().rect.width() > 240);
    }

    void clusterTitleIsPlainText()
    {
        // A backslash escape in a group name must not be expanded by Graphviz (\N is the node name).
        const LayoutRequest req = makeRequest({{1, 100, 40, QStringLiteral("a\\Nb")}, {2, 100, 40, {}}}, {{1, 2}});
        GraphvizLayout gv;
        const LayoutResult r = gv.layout(req);
        CHECK(checkLayout(req, r));
        QCOMPARE(r.clusters.front().name, QStringLiteral("a\\Nb"));
    }

    void separateComponentsDoNotOverlap()
    {
        GraphvizLayout gv;
        const LayoutResult r = gv.layout(twoPieces);
        CHECK(checkLayout(twoPieces, r));
    }

    void emptyRequestGivesEmptyResult()
    {
        GraphvizLayout gv;
        const LayoutResult r = gv.layout({});
        QVERIFY(r.nodes.empty());
        QVERIFY(r.edges.empty());
        QVERIFY(r.bounds.isNull());
    }

    void newCardsGoBesideTheirNeighboursAndNothingMoves()
    {
        GraphvizLayout gv;
        const LayoutResult before = gv.layout(grouped);
        // A new output of task 3, a new task reading 4 and 5, a reader of card 1 in the group,
        // a card feeding card 1, and a card alone.
        LayoutRequest wanted = grouped;
        wanted.nodes.push_back({7, 240, 60, {}});
        wanted.nodes.push_back({8, 240, 90, {}});
        wanted.nodes.push_back({9, 240, 90, QStringLiteral("Experiment")});
        wanted.nodes.push_back({10, 200, 50, {}});
        wanted.nodes.push_back({11, 180, 40, {}});
        wanted.edges.push_back({3, 7});
        wanted.edges.push_back({4, 8});
        wanted.edges.push_back({5, 8});
        wanted.edges.push_back({1, 9});
        wanted.edges.push_back({10, 1});
        LayoutResult after;
        CHECK(placeKeepingEveryCard(before, wanted, &after));
        const auto old = rectsById(before);
        const auto now = rectsById(after);
        for (const EdgeRoute &e : before.edges) {
            const auto kept = std::find_if(after.edges.begin(), after.edges.end(),
                                           [&](const EdgeRoute &a) { return a.from == e.from && a.to == e.to; });
            QVERIFY(kept != after.edges.end());
            QCOMPARE(kept->curve, e.curve);
        }
        // Beside: one rank (dot's 54 points) right of what they read, left of what they feed.
        QCOMPARE(now.at(7).left(), old.at(3).right() + 54);
        QCOMPARE(now.at(8).left(), std::max(old.at(4).right(), old.at(5).right()) + 54);
        QCOMPARE(now.at(10).right(), old.at(1).left() - 54);
        QVERIFY(std::abs(now.at(10).center().y() - old.at(1).center().y()) < 200);
        // The alone card goes under everything that was there.
        QVERIFY(now.at(11).top() >= before.bounds.bottom());
        QVERIFY(contains(after.bounds, before.bounds));
    }

    void incrementalDropsWhatIsGoneAndPlacesGrownCardsAfresh()
    {
        GraphvizLayout gv;
        const LayoutResult before = gv.layout(diamond);
        const auto old = rectsById(before);
        // Card 12 is gone; card 11 grows wider than its rank, into card 13's place: it moves.
        LayoutRequest wanted = makeRequest({{10, 240, 70, {}}, {11, 600, 70, {}}, {13, 240, 90, {}}}, {{10, 11}, {11, 13}});
        LayoutResult after = layout::placeIncrementally(before, wanted);
        CHECK(checkLayout(wanted, after));
        auto now = rectsById(after);
        QCOMPARE(now.at(10), old.at(10));
        QCOMPARE(now.at(13), old.at(13));
        QCOMPARE(now.at(11).size(), QSizeF(600, 70));
        QVERIFY(QRectF(old.at(11).topLeft(), QSizeF(600, 70)).intersects(old.at(13)));
        QCOMPARE(after.edges.size(), std::size_t(2));

        // A card that grows into free space keeps its corner; its edges are routed again.
        wanted = makeRequest({{10, 240, 70, {}}, {11, 240, 70, {}}, {12, 200, 50, {}}, {13, 240, 90, {}}},
                             {{10, 11}, {10, 12}, {11, 13}, {12, 13}});
        wanted.nodes[3].width = 300; // 13 is the last rank: nothing to its right
        after = layout::placeIncrementally(before, wanted);
        CHECK(checkLayout(wanted, after));
        now = rectsById(after);
        QCOMPARE(now.at(13).topLeft(), old.at(13).topLeft());
        QCOMPARE(now.at(13).width(), 300.0);
    }

    void manyNewCardsNeverOverlap()
    {
        GraphvizLayout gv;
        const LayoutResult before = gv.layout(chain);
        // Forty outputs of card 2 and a reader of each of the first ten: a crowded column.
        LayoutRequest wanted = chain;
        for (NodeId id = 100; id < 140; ++id) {
            wanted.nodes.push_back({id, 240, 60 + double(id % 3) * 10, {}});
            wanted.edges.push_back({2, id});
        }
        for (NodeId id = 200; id < 210; ++id) {
            wanted.nodes.push_back({id, 240, 60, {}});
            wanted.edges.push_back({id - 100, id});
        }
        LayoutResult after;
        CHECK(placeKeepingEveryCard(before, wanted, &after));
    }

    void splitComponentsKeepsGroupsTogether()
    {
        // 1-2 connected; 3 and 7 share a group but no edge; 4 alone; 5->6 connected.
        const LayoutRequest req = makeRequest({{1, 10, 10, {}}, {2, 10, 10, {}}, {3, 10, 10, QStringLiteral("g")}, {4, 10, 10, {}},
                                               {5, 10, 10, {}}, {6, 10, 10, {}}, {7, 10, 10, QStringLiteral("g")}},
                                              {{1, 2}, {5, 6}, {6, 99}});
        const std::vector<LayoutRequest> pieces = layout::splitComponents(req);
        std::set<std::set<NodeId>> got;
        std::size_t edges = 0;
        for (const LayoutRequest &p : pieces) {
            got.insert(nodeIds(p));
            edges += p.edges.size();
            for (const LayoutEdge &e : p.edges)
                QVERIFY(nodeIds(p).count(e.from) && nodeIds(p).count(e.to));
        }
        const std::set<std::set<NodeId>> expected{{1, 2}, {3, 7}, {4}, {5, 6}};
        QCOMPARE(got, expected);
        QCOMPARE(pieces.size(), std::size_t(4));
        QCOMPARE(edges, std::size_t(2)); // the edge to unknown card 99 is dropped
        // A piece carries its nodes' sizes and group unchanged.
        for (const LayoutRequest &p : pieces) {
            for (const LayoutNode &n : p.nodes)
                QCOMPARE(n.cluster, (n.id == 3 || n.id == 7) ? QStringLiteral("g") : QString());
        }
    }

    void packPlacesPiecesApart()
    {
        std::vector<LayoutResult> pieces;
        const QSizeF sizes[] = {{300, 100}, {50, 400}, {120, 120}, {500, 30}, {10, 10}, {200, 260}};
        NodeId id = 1;
        for (const QSizeF &s : sizes) {
            LayoutResult r;
            // Pieces come with arbitrary origins; each is one node filling its bounds, one self-route.
            r.bounds = QRectF(QPointF(37 * id, -11 * id), s);
            r.nodes.push_back({id, r.bounds});
            r.edges.push_back({id, id, {r.bounds.topLeft(), r.bounds.center(), r.bounds.center(), r.bounds.bottomRight()}, r.bounds.bottomRight()});
            r.clusters.push_back({QString::number(id), r.bounds});
            pieces.push_back(r);
            ++id;
        }
        const double gap = 48;
        const LayoutResult out = layout::pack(pieces, gap);
        QCOMPARE(out.nodes.size(), pieces.size());
        QCOMPARE(out.edges.size(), pieces.size());
        QCOMPARE(out.clusters.size(), pieces.size());
        QCOMPARE(out.bounds.topLeft(), QPointF(0, 0));
        for (std::size_t i = 0; i < out.nodes.size(); ++i) {
            const NodePlacement &n = out.nodes[i];
            const QSizeF original = sizes[n.id - 1];
            QCOMPARE(n.rect.size(), original);
            QVERIFY(contains(out.bounds, n.rect));
            // Everything of a piece moved by the same offset.
            const auto edge = std::find_if(out.edges.begin(), out.edges.end(), [&](const EdgeRoute &e) { return e.from == n.id; });
            QCOMPARE(edge->curve.front(), n.rect.topLeft());
            QCOMPARE(*edge->arrowTip, n.rect.bottomRight());
            const auto box = std::find_if(out.clusters.begin(), out.clusters.end(), [&](const ClusterBox &c) { return c.name == QString::number(n.id); });
            QCOMPARE(box->rect, n.rect);
            for (std::size_t j = i + 1; j < out.nodes.size(); ++j) {
                const QRectF other = out.nodes[j].rect;
                QVERIFY2(!n.rect.adjusted(-gap / 2 + 0.01, -gap / 2 + 0.01, gap / 2 - 0.01, gap / 2 - 0.01)
                              .intersects(other.adjusted(-gap / 2 + 0.01, -gap / 2 + 0.01, gap / 2 - 0.01, gap / 2 - 0.01)),
                         qPrintable(QStringLiteral("pieces %1 and %2 closer than the gap").arg(n.id).arg(out.nodes[j].id)));
            }
        }
        // A single piece is moved to the origin and otherwise unchanged.
        const LayoutResult one = layout::pack({pieces[2]});
        QCOMPARE(one.bounds, QRectF(QPointF(0, 0), sizes[2]));
        QCOMPARE(one.nodes.front().rect, one.bounds);
    }

    void serializeRoundTrips()
    {
        GraphvizLayout gv;
        LayoutResult r = gv.layout(grouped);
        r.edges.push_back({7, 8, {QPointF(0.1, 0.2), QPointF(1.0 / 3, 2.0 / 3), QPointF(5, 6), QPointF(7.25, 8.5)}, std::nullopt});
        QVERIFY(std::any_of(r.edges.begin(), r.edges.end(), [](const EdgeRoute &e) { return e.arrowTip.has_value(); }));
        const QByteArray bytes = r.serialize();
        const std::optional<LayoutResult> back = LayoutResult::deserialize(bytes);
        QVERIFY(back);
        CHECK(compareResults(*back, r));
        QCOMPARE(back->serialize(), bytes);

        const std::optional<LayoutResult> empty = LayoutResult::deserialize(LayoutResult{}.serialize());
        QVERIFY(empty);
        QVERIFY(empty->nodes.empty() && empty->edges.empty() && empty->clusters.empty());
    }

    void deserializeRejectsDamage()
    {
        GraphvizLayout gv;
        const QByteArray bytes = gv.layout(grouped).serialize();
        QVERIFY(!LayoutResult::deserialize({}));
        QVERIFY(!LayoutResult::deserialize("not a layout"));
        // Every truncation is a miss.
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QVERIFY2(!LayoutResult::deserialize(bytes.left(n)), qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(n).arg(bytes.size())));
        // Another format version is a miss.
        QByteArray otherVersion = bytes;
        otherVersion[3] = char(otherVersion[3] + 1);
        QVERIFY(!LayoutResult::deserialize(otherVersion));
        // Huge counts must not allocate: version, bounds, then 2^62 nodes.
        QByteArray huge;
        {
            QDataStream s(&huge, QIODevice::WriteOnly);
            s << quint32(3) << QRectF(0, 0, 1, 1) << (quint64(1) << 62);
        }
        huge += QByteArray(64, '\xff');
        QVERIFY(!LayoutResult::deserialize(huge));
        // Any single damaged byte: a result or a miss, never a crash.
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray damaged = bytes;
            damaged[i] = char(~damaged[i]);
            (void)LayoutResult::deserialize(damaged);
        }
    }

    void serviceDeliversOnlyTheLatestRequest()
    {
        LayoutService service;
        QSignalSpy ready(&service, &LayoutService::ready);
        QSignalSpy failed(&service, &LayoutService::failed);
        const quint64 first = service.request(grouped);
        const quint64 second = service.request(chain);
        QVERIFY(second != first);
        QVERIFY(service.isBusy());
        QCOMPARE(ready.count(), 0); // always queued, never from inside request()
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(ready.at(0).at(0).toULongLong(), second);
        const LayoutResult result = ready.at(0).at(1).value<LayoutResult>();
        QCOMPARE(nodeIds(result), nodeIds(chain));
        CHECK(checkLayout(chain, result));
        QVERIFY(!service.isBusy());
        // A third request's answer comes after anything the worker still had of the first.
        const quint64 third = service.request(diamond);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 30000);
        QCOMPARE(ready.at(1).at(0).toULongLong(), third);
        QCOMPARE(nodeIds(ready.at(1).at(1).value<LayoutResult>()), nodeIds(diamond));
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 2);
        QCOMPARE(failed.count(), 0);
    }

    void serviceAnswersRepeatsFromTheCache()
    {
        LayoutCache cache;
        LayoutService service;
        service.setCache(&cache);
        QSignalSpy ready(&service, &LayoutService::ready);
        QSignalSpy progress(&service, &LayoutService::progress);
        service.request(twoPieces);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), 0); // two pieces, both for the worker
        QCOMPARE(progress.at(0).at(2).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        const LayoutResult first = ready.at(0).at(1).value<LayoutResult>();
        CHECK(checkLayout(twoPieces, first));

        progress.clear();
        const quint64 again = service.request(twoPieces);
        // Both pieces were found before anything went to the worker.
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), 2);
        QCOMPARE(progress.at(0).at(2).toInt(), 2);
        QCOMPARE(ready.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 30000);
        QCOMPARE(ready.at(1).at(0).toULongLong(), again);
        CHECK(compareResults(ready.at(1).at(1).value<LayoutResult>(), first));
        QCOMPARE(progress.count(), 1);

        // Only the changed piece goes to the worker when one piece changes.
        LayoutRequest changed = twoPieces;
        changed.nodes.push_back({6, 90, 30, {}});
        changed.edges.push_back({5, 6});
        progress.clear();
        service.request(changed);
        QCOMPARE(progress.at(0).at(1).toInt(), 1);
        QCOMPARE(progress.at(0).at(2).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 30000);
        CHECK(checkLayout(changed, ready.at(2).at(1).value<LayoutResult>()));
    }

    void workspaceCacheSurvivesReopening()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        LayoutResult original;
        {
            Workspace ws(dir);
            LayoutCache cache(&ws);
            LayoutService service;
            service.setCache(&cache);
            QSignalSpy ready(&service, &LayoutService::ready);
            service.request(diamond);
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
            original = ready.at(0).at(1).value<LayoutResult>();
        }
        Workspace ws(dir);
        LayoutCache fresh(&ws);
        const std::optional<LayoutResult> found = fresh.find(diamond.key());
        QVERIFY(found);
        // A single piece is packed to the origin unchanged: the stored piece is the result.
        CHECK(compareResults(*found, original));
        QVERIFY(!fresh.find(chain.key()));

        // A new service on the reopened workspace needs no Graphviz for it.
        LayoutService service;
        service.setCache(&fresh);
        QSignalSpy progress(&service, &LayoutService::progress);
        QSignalSpy ready(&service, &LayoutService::ready);
        service.request(diamond);
        QCOMPARE(progress.at(0).at(1).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        CHECK(compareResults(ready.at(0).at(1).value<LayoutResult>(), original));

        // A damaged entry is a miss, not an error.
        db::Statement put(ws.db(), "INSERT INTO layout_cache(key, data, used) VALUES(?, ?, 0)");
        put.bind(1, chain.key()).bindBlob(2, QByteArray("\x00\x00\x00\x03garbage", 11)).exec();
        LayoutCache third(&ws);
        QVERIFY(!third.find(chain.key()));
        QVERIFY(third.find(diamond.key()));
    }

    void keyFollowsContentNotOrder()
    {
        LayoutRequest shuffled = diamond;
        std::reverse(shuffled.nodes.begin(), shuffled.nodes.end());
        std::reverse(shuffled.edges.begin(), shuffled.edges.end());
        QCOMPARE(shuffled.key(), diamond.key());
        LayoutRequest resized = diamond;
        resized.nodes[0].height += 1;
        QVERIFY(resized.key() != diamond.key());
        LayoutRequest regrouped = diamond;
        regrouped.nodes[1].cluster = QStringLiteral("g");
        QVERIFY(regrouped.key() != diamond.key());
        LayoutRequest rewired = diamond;
        rewired.edges[0] = {10, 13};
        QVERIFY(rewired.key() != diamond.key());
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
