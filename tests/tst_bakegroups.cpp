// A finished bake's task cards as one card (issue 15): real bakes run by `wfs bake`, the real
// model, scene and view on their workspace, clicks through the view.

#include "model/graph/BakeGroups.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/workspace/Workspace.h"
#include "tests/BakeTestSupport.h"
#include "tests/GraphFixture.h"
#include "widgets/ClusterItem.h"
#include "widgets/EdgeItem.h"
#include "widgets/GraphView.h"
#include "widgets/GroupCardItem.h"

#include <map>

using namespace baketest;
using namespace wfs;

namespace {

// Six tasks ending three ways: 3 succeeded, 1 failed, 2 skipped.
QString sixTaskFlow()
{
    return yaml({u"kind: batch"_s, u"title: Six"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                 u"  - id: bad"_s, u"    bash: exit 3"_s, u"  - id: good"_s, u"    needs: []"_s, u"    bash: echo ok"_s,
                 u"  - id: dep"_s, u"    needs: [bad]"_s, u"    bash: echo dep"_s, u"  - id: anyway"_s,
                 u"    needs: [bad]"_s, u"    enable: ${{ always() }}"_s, u"    bash: echo anyway"_s,
                 u"  - id: onfail"_s, u"    needs: [bad]"_s, u"    enable: ${{ failure() }}"_s,
                 u"    bash: echo onfail"_s, u"  - id: notfailed"_s, u"    needs: [good]"_s,
                 u"    enable: ${{ failure() }}"_s, u"    bash: echo notfailed"_s});
}

// The window's graph on a workspace, without the rest of the window.
struct Open
{
    Workspace workspace;
    WorkflowModel model;
    GraphScene scene;
    GraphView view;

    explicit Open(const QString &dir) : workspace(dir), model(workspace), scene(model, nullptr)
    {
        view.setScene(&scene);
        view.resize(1200, 900);
        view.show();
    }
};

std::vector<GroupCardItem *> groupCards(const GraphScene &scene)
{
    std::vector<GroupCardItem *> out;
    for (const auto &[id, item] : scene.cards()) {
        if (auto *g = dynamic_cast<GroupCardItem *>(item))
            out.push_back(g);
    }
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->group().unit < b->group().unit; });
    return out;
}

int itemsOfType(const GraphScene &scene, int type)
{
    int n = 0;
    for (QGraphicsItem *item : scene.items())
        n += item->type() == type;
    return n;
}

// (status, tasks) of a bake as `wfs inspect` reports them, in the bar's order.
std::vector<std::pair<TaskStatus, int>> inspectedCounts(const Sandbox &box, qint64 bake)
{
    std::map<TaskStatus, int> counts;
    for (const QString &s : statuses(inspect(box, bake)))
        ++counts[*statusFromName(s.section(u'=', 1))];
    std::vector<std::pair<TaskStatus, int>> out;
    for (TaskStatus s : {TaskStatus::Failed, TaskStatus::Cancelled, TaskStatus::Skipped, TaskStatus::Succeeded,
                         TaskStatus::Cached, TaskStatus::Running, TaskStatus::Pending}) {
        if (counts[s] > 0)
            out.emplace_back(s, counts[s]);
    }
    return out;
}

bool settled(Open &o)
{
    return laidOut(o.scene, o.model);
}

void clickAt(GraphView &view, const QPointF &scenePos)
{
    view.centerOn(scenePos);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scenePos));
}

} // namespace

class TestBakeGroups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        const QString problem = isolateSuite(m_xdg);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bakeUnitsComeFromTheBakesGroupNames()
    {
        QCOMPARE(bakeUnit(u"bake 12 · Train"_s), u"bake 12"_s);
        QCOMPARE(bakeUnit(u"bake 12 · Train · call_1"_s), u"bake 12"_s);
        QCOMPARE(bakeUnit(u"bake 3 · "_s), u"bake 3"_s);
        QCOMPARE(bakeUnit(u"Experiment"_s), QString());
        QCOMPARE(bakeUnit(u"bake x · Train"_s), QString());
        QCOMPARE(bakeUnit(u"my bake 3 · Train"_s), QString());
    }

    void tenFinishedBakesAddTenCards()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/six.yml"_s, sixTaskFlow()));
        for (int i = 1; i <= 10; ++i)
            CHECK_EXIT(box.wfs({u"bake"_s, u"six"_s}), 1);

        Open o(box.workspace());
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        int bakeTasks = 0;
        for (const Node &n : o.model.graph().nodes)
            bakeTasks += n.task && !bakeUnit(n.task->group).isEmpty();
        QCOMPARE(bakeTasks, 60);
        QCOMPARE(int(o.scene.cards().size()), int(o.model.graph().nodes.size()) - 60 + 10);
        QCOMPARE(itemsOfType(o.scene, CardItem::Type), int(o.scene.cards().size()));
        QCOMPARE(itemsOfType(o.scene, ClusterItem::Type), 0); // no group is open

        const std::vector<GroupCardItem *> groups = groupCards(o.scene);
        QCOMPARE(groups.size(), std::size_t(10));
        for (GroupCardItem *g : groups) {
            QVERIFY(g->isVisible());
            const qint64 bake = g->group().unit.mid(5).toLongLong();
            QCOMPARE(g->id(), -bake);
            QVERIFY2(g->group().title.startsWith(u"bake %1 · Six"_s.arg(bake)), qPrintable(g->group().title));
            QCOMPARE(g->group().tasks.size(), std::size_t(6));
            // What the card summarises is what the bake store says of each task.
            QCOMPARE(g->segments(), inspectedCounts(box, bake));
            for (NodeId task : g->group().tasks)
                QCOMPARE(o.scene.shownAs(task), g->id());
        }
        // Every drawn edge joins two cards on the scene.
        for (EdgeItem *e : o.scene.edgeItems())
            QVERIFY(o.scene.card(e->from()) && o.scene.card(e->to()));
    }

    void aClickExpandsAndTheTitleBarCollapsesAgain()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/six.yml"_s, sixTaskFlow()));
        for (int i = 1; i <= 2; ++i)
            CHECK_EXIT(box.wfs({u"bake"_s, u"six"_s}), 1);
        std::size_t collapsedCards = 0;
        {
            Open o(box.workspace());
            QVERIFY(QTest::qWaitForWindowExposed(&o.view));
            QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
            collapsedCards = o.scene.cards().size();
            QCOMPARE(groupCards(o.scene).size(), std::size_t(2));
            const std::vector<NodeId> tasks = groupCards(o.scene).front()->group().tasks;

            clickAt(o.view, o.scene.card(-1)->sceneBoundingRect().center());
            QTRY_VERIFY_WITH_TIMEOUT(!o.scene.card(-1) && settled(o), 20000);
            QCOMPARE(o.scene.cards().size(), collapsedCards - 1 + 6);
            QCOMPARE(itemsOfType(o.scene, CardItem::Type), int(collapsedCards - 1 + 6));
            QVERIFY(o.scene.card(-2)); // the other bake stays one card
            // Laid out as a group: every task inside the one box that collapses bake 1.
            QList<ClusterItem *> boxes;
            for (QGraphicsItem *item : o.scene.items()) {
                if (auto *c = qgraphicsitem_cast<ClusterItem *>(item))
                    boxes << c;
            }
            QCOMPARE(boxes.size(), 1);
            QCOMPARE(boxes.front()->collapseUnit(), u"bake 1"_s);
            for (NodeId task : tasks) {
                CardItem *c = o.scene.card(task);
                QVERIFY(c && c->isVisible());
                QVERIFY(boxes.front()->sceneBoundingRect().contains(c->sceneBoundingRect()));
            }
        }
        {
            // Remembered by the workspace.
            Open o(box.workspace());
            QVERIFY(QTest::qWaitForWindowExposed(&o.view));
            QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
            QVERIFY(!o.scene.card(-1));
            QCOMPARE(o.scene.cards().size(), collapsedCards - 1 + 6);
            ClusterItem *box1 = nullptr;
            for (QGraphicsItem *item : o.scene.items()) {
                if (auto *c = qgraphicsitem_cast<ClusterItem *>(item))
                    box1 = c;
            }
            QVERIFY(box1);
            clickAt(o.view, box1->titleBar().center());
            QTRY_VERIFY_WITH_TIMEOUT(o.scene.card(-1) && settled(o), 20000);
            QCOMPARE(o.scene.cards().size(), collapsedCards);
            QCOMPARE(itemsOfType(o.scene, ClusterItem::Type), 0);
        }
        Open o(box.workspace());
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        QCOMPARE(o.scene.cards().size(), collapsedCards);
        QVERIFY(o.scene.card(-1) && o.scene.card(-2));
    }

    void aRunningBakeStaysExpandedAndCollapsesWhenItEnds()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        NodeId running = 0, done = 0, other = 0;
        {
            Workspace ws(dir);
            GraphStore store(ws);
            other = store.insertTask(u"Prepare"_s, u"prep.py"_s, u"Experiment"_s, TaskStatus::Succeeded);
            done = store.insertTask(u"first"_s, u"a.sh"_s, u"bake 7 · Live"_s, TaskStatus::Running);
            store.finishTask(done, TaskStatus::Succeeded, 0);
            running = store.insertTask(u"second"_s, u"b.sh"_s, u"bake 7 · Live"_s, TaskStatus::Running);
            store.addEdge(other, done);
            store.addEdge(done, running);
        }
        Open o(dir);
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        QVERIFY(o.scene.card(done) && o.scene.card(running) && !o.scene.card(-7));
        // Collapsing a running bake is remembered, but it stays open while it runs.
        o.model.setGroupExpanded(u"bake 7"_s, false);
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        QVERIFY(o.scene.card(done) && o.scene.card(running) && !o.scene.card(-7));
        const QPointF otherAt = o.scene.card(other)->pos();

        {
            Workspace ws(dir); // another process ends the task
            GraphStore(ws).finishTask(running, TaskStatus::Failed, 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(o.scene.card(-7) && settled(o), 20000);
        QVERIFY(!o.scene.card(done) && !o.scene.card(running));
        auto *group = dynamic_cast<GroupCardItem *>(o.scene.card(-7));
        QVERIFY(group && group->isVisible());
        const std::vector<std::pair<TaskStatus, int>> expected{{TaskStatus::Failed, 1}, {TaskStatus::Succeeded, 1}};
        QCOMPARE(group->segments(), expected);
        QCOMPARE(o.scene.card(other)->pos(), otherAt); // placed next to what is there: nothing moved
        QCOMPARE(o.scene.successors(other), std::vector<NodeId>{-7});
        QCOMPARE(o.scene.predecessors(-7), std::vector<NodeId>{other});
        QCOMPARE(o.scene.findByTitle(u"second"_s), std::vector<NodeId>{-7});
    }

    // The user opened the bake's box before it ended: when it ends it stays open, and its box
    // offers to collapse at once (it used to wait for the next layout).
    void anExpandedBakeThatEndsOffersToCollapse()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        NodeId running = 0;
        {
            Workspace ws(dir);
            GraphStore store(ws);
            const NodeId first = store.insertTask(u"first"_s, u"a.sh"_s, u"bake 7 · Live"_s, TaskStatus::Running);
            store.finishTask(first, TaskStatus::Succeeded, 0);
            running = store.insertTask(u"second"_s, u"b.sh"_s, u"bake 7 · Live"_s, TaskStatus::Running);
            store.addEdge(first, running);
        }
        Open o(dir);
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        o.model.setGroupExpanded(u"bake 7"_s, true);
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(settled(o), 20000);
        const auto box = [&]() -> ClusterItem * {
            for (QGraphicsItem *item : o.scene.items()) {
                if (auto *c = qgraphicsitem_cast<ClusterItem *>(item))
                    return c;
            }
            return nullptr;
        };
        QVERIFY(box());
        QCOMPARE(box()->collapseUnit(), QString()); // running: nothing to collapse yet
        const QPointF at = o.scene.card(running)->pos();

        {
            Workspace ws(dir); // another process ends the task
            GraphStore(ws).finishTask(running, TaskStatus::Succeeded, 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(box() ? box()->collapseUnit() : u"no box"_s, u"bake 7"_s, 20000);
        QVERIFY(o.scene.card(running) && !o.scene.card(-7));
        QCOMPARE(o.scene.card(running)->pos(), at);
    }
};

QTEST_MAIN(TestBakeGroups)
#include "tst_bakegroups.moc"
