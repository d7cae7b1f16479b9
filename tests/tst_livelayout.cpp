// What a live update leaves behind in the window (issue 15): the minimap redraws only what
// changes its picture, and a graph reopened after live updates shows the cards where they were
// placed instead of laying the graph out again.

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/db/Sqlite.h"
#include "tests/WindowTestSupport.h"
#include "widgets/GraphView.h"
#include "widgets/Minimap.h"

#include <QSettings>
#include <map>

using namespace wfs;

namespace {

std::map<NodeId, QPointF> positions(const GraphScene &scene)
{
    std::map<NodeId, QPointF> out;
    for (const auto &[id, item] : scene.cards())
        out[id] = item->pos();
    return out;
}

qint64 shownEntries(const QString &wsDir)
{
    Workspace ws(wsDir, Workspace::Access::ReadOnly);
    db::Statement st(ws.db(), "SELECT count(*) FROM layout_cache WHERE key LIKE 'shown:%'");
    return st.step() ? st.int64(0) : -1;
}

// Where the layout kept as "what was on screen" puts card `id`.
QPointF shownPosition(const QString &wsDir, NodeId id)
{
    Workspace ws(wsDir, Workspace::Access::ReadOnly);
    db::Statement st(ws.db(), "SELECT data FROM layout_cache WHERE key LIKE 'shown:%'");
    if (!st.step())
        return {};
    const std::optional<LayoutResult> r = LayoutResult::deserialize(st.blob(0));
    for (const NodePlacement &p : r ? r->nodes : std::vector<NodePlacement>{}) {
        if (p.id == id)
            return p.rect.topLeft();
    }
    return {};
}

} // namespace

class TestLiveLayout : public graphtest::WindowTestCase
{
    Q_OBJECT

    // Records a file written by the fixture's training task, as `wfs output` in another process.
    NodeId recordOutput(const QString &name)
    {
        const QString path = QDir(m_fx->path(QStringLiteral("runs"))).absoluteFilePath(name);
        const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("output"), QStringLiteral("file"), path,
                                                         QStringLiteral("--task"), QString::number(m_fx->train)});
        if (r.exitCode != 0)
            qWarning("wfs output failed: %s", qPrintable(r.err));
        Workspace ws(m_fx->wsDir);
        return GraphStore(ws).findNode(NodeKind::File, path).value_or(0);
    }

private slots:
    void initTestCase() { startSuite(); }

    void init() { openFixture(); }

    void cleanup() { closeFixture(); }

    void minimapRendersOnlyWhenThePictureChanges()
    {
        auto *minimap = m_window->findChild<Minimap *>();
        QVERIFY(minimap);
        QTRY_VERIFY_WITH_TIMEOUT(minimap->renders() > 0, 5000);
        QTest::qWait(800); // whatever the first layout started has been drawn
        const int settled = minimap->renders();

        // Selecting, hovering and the running clock change no colour and no place.
        GraphScene &scene = *m_window->scene();
        scene.selectNode(m_fx->evaluate);
        scene.card(m_fx->train)->update();
        QTest::mouseMove(m_window->view()->viewport(), m_window->view()->mapFromScene(scene.card(m_fx->report)->pos()));
        QTest::qWait(800);
        QCOMPARE(minimap->renders(), settled);

        // A card recorded by another process does.
        const NodeId added = recordOutput(QStringLiteral("live.csv"));
        QVERIFY(added);
        QTRY_VERIFY_WITH_TIMEOUT(scene.card(added) && scene.card(added)->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(minimap->renders() > settled, 5000);
    }

    void reopenAfterLiveUpdatesShowsTheCardsWhereTheyWere()
    {
        QCOMPARE(shownEntries(m_fx->wsDir), 0);
        const NodeId added = recordOutput(QStringLiteral("live.csv"));
        QVERIFY(added);
        GraphScene *scene = m_window->scene();
        QTRY_VERIFY_WITH_TIMEOUT(scene->card(added) && scene->card(added)->isVisible() && !scene->isLayoutPending(), 5000);
        const std::map<NodeId, QPointF> before = positions(*scene);
        QCOMPARE(before.size(), std::size_t(8));
        QTRY_COMPARE_WITH_TIMEOUT(shownEntries(m_fx->wsDir), 1, 10000);

        m_window.reset();
        QVERIFY(openWindow());
        WAIT_FOR_LAYOUT(*m_window->scene(), *m_window->model());
        QCOMPARE(positions(*m_window->scene()), before);

        // A re-layout on request still asks Graphviz, and what it shows is kept for the next time.
        m_window->scene()->relayoutAll(false);
        WAIT_FOR_LAYOUT(*m_window->scene(), *m_window->model());
        const std::map<NodeId, QPointF> fresh = positions(*m_window->scene());
        QVERIFY(fresh != before);
        QTRY_COMPARE_WITH_TIMEOUT(shownPosition(m_fx->wsDir, added), fresh.at(added), 10000);
        m_window.reset();
        QVERIFY(openWindow());
        WAIT_FOR_LAYOUT(*m_window->scene(), *m_window->model());
        QTRY_COMPARE_WITH_TIMEOUT(positions(*m_window->scene()), fresh, 5000);
    }
};

QTEST_MAIN(TestLiveLayout)
#include "tst_livelayout.moc"
