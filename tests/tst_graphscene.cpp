#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/graph/IconCatalog.h"
#include "tests/WindowTestSupport.h"
#include "widgets/CardEditor.h"
#include "widgets/CardStyle.h"
#include "widgets/ClusterItem.h"
#include "widgets/EdgeItem.h"
#include "widgets/GraphView.h"
#include "widgets/ScopeTree.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolBar>
#include <QUndoStack>
#include <map>

using namespace wfs;

class TestGraphScene : public graphtest::WindowTestCase
{
    Q_OBJECT

    CardSettings settingsOf(NodeId id) { return model().node(id) ? model().node(id)->settings : CardSettings{}; }

    // After a push: the model holds `after`; undo gives `before`, redo `after` again, and the
    // workspace (read by the real CLI) holds each in turn once the writer has written it.
    void checkUndoRedo(NodeId id, const CardSettings &before, const CardSettings &after)
    {
        QUndoStack &undo = m_window->undoStack();
        QCOMPARE(settingsOf(id), after);
        QTRY_COMPARE_WITH_TIMEOUT(cliSettings(m_fx->wsDir, id), after.toJson(), 10000);
        undo.undo();
        QCOMPARE(settingsOf(id), before);
        QTRY_COMPARE_WITH_TIMEOUT(cliSettings(m_fx->wsDir, id), before.toJson(), 10000);
        QCOMPARE(m_window->cardEditor()->titleEdit()->text(), before.title.value_or(QString()));
        undo.redo();
        QCOMPARE(settingsOf(id), after);
        QTRY_COMPARE_WITH_TIMEOUT(cliSettings(m_fx->wsDir, id), after.toJson(), 10000);
        QCOMPARE(m_window->cardEditor()->titleEdit()->text(), after.title.value_or(QString()));
    }

private slots:
    void initTestCase() { startSuite(); }

    void init()
    {
        CHECK(openFixture());
        // And the opening fit done: a test that zooms must not have it undone afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isViewPlaced(), 20000);
    }

    void cleanup() { closeFixture(); }

    void everyNodeIsACardAndEveryEdgeIsDrawn()
    {
        QCOMPARE(graphIds(model()), m_fx->all());
        QCOMPARE(cardIds(scene()), m_fx->all());
        std::map<NodeId, QRectF> rects;
        for (const auto &[id, item] : scene().cards()) {
            QVERIFY(item->isVisible());
            QCOMPARE(item->id(), id);
            QCOMPARE(qgraphicsitem_cast<CardItem *>(static_cast<QGraphicsItem *>(item)), item);
            rects[id] = cardRect(item);
        }
        for (auto a = rects.begin(); a != rects.end(); ++a) {
            for (auto b = std::next(a); b != rects.end(); ++b)
                QVERIFY2(!a->second.intersects(b->second), qPrintable(QStringLiteral("cards %1 and %2 overlap").arg(a->first).arg(b->first)));
        }

        std::multiset<std::pair<NodeId, NodeId>> drawn;
        std::multiset<std::pair<NodeId, NodeId>> recorded;
        for (const Edge &e : model().graph().edges)
            recorded.insert({e.from, e.to});
        for (EdgeItem *e : scene().edgeItems()) {
            drawn.insert({e->from(), e->to()});
            QVERIFY(!e->isStructural());
            // The drawn edge leaves its source card and its arrow touches its target card.
            const QPointF start = e->path().elementAt(0);
            const QRectF from = rects.at(e->from()).adjusted(-2, -2, 2, 2);
            const QRectF to = rects.at(e->to()).adjusted(-2, -2, 2, 2);
            QVERIFY2(from.contains(start) && !rects.at(e->from()).adjusted(2, 2, -2, -2).contains(start),
                     qPrintable(QStringLiteral("edge %1->%2 does not start on its card").arg(e->from()).arg(e->to())));
            QVERIFY2(to.contains(e->arrowTip()) && !rects.at(e->to()).adjusted(2, 2, -2, -2).contains(e->arrowTip()),
                     qPrintable(QStringLiteral("edge %1->%2 does not end on its card").arg(e->from()).arg(e->to())));
        }
        QCOMPARE(drawn, recorded);
        QCOMPARE(recorded.size(), std::size_t(6));

        QList<ClusterItem *> clusters;
        for (QGraphicsItem *item : scene().items()) {
            if (auto *c = qgraphicsitem_cast<ClusterItem *>(item))
                clusters << c;
        }
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters.front()->title(), QStringLiteral("Experiment"));
        const QRectF box = clusters.front()->sceneBoundingRect();
        QVERIFY(box.contains(rects.at(m_fx->train)));
        for (NodeId other : {m_fx->project, m_fx->evaluate, m_fx->metrics})
            QVERIFY2(!box.intersects(rects.at(other)), qPrintable(QString::number(other)));
        // Data flows left to right.
        QVERIFY(rects.at(m_fx->project).center().x() < rects.at(m_fx->train).center().x());
        QVERIFY(rects.at(m_fx->weights).center().x() < rects.at(m_fx->evaluate).center().x());
    }

    void titleTypingIsOneUndoStep()
    {
        CardEditor *editor = m_window->cardEditor();
        QUndoStack &undo = m_window->undoStack();
        scene().selectNode(m_fx->train);
        QCOMPARE(editor->node(), m_fx->train);
        const CardSettings before = settingsOf(m_fx->train);
        QVERIFY(before.isEmpty());
        QToolBar *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        const int barWidth = bar->sizeHint().width();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("YOLO v8 run"));
        QCOMPARE(undo.count(), 1);
        // The toolbar's Undo names the command in its tooltip; its text and the bar stay put.
        QAction *undoButton = nullptr;
        for (QAction *a : bar->actions())
            undoButton = a->text() == QStringLiteral("Undo") ? a : undoButton;
        QVERIFY(undoButton && undoButton->isEnabled());
        QVERIFY2(undoButton->toolTip().contains(QStringLiteral("Edit title")), qPrintable(undoButton->toolTip()));
        QCOMPARE(bar->sizeHint().width(), barWidth);
        CardSettings after;
        after.title = QStringLiteral("YOLO v8 run");
        CHECK(checkUndoRedo(m_fx->train, before, after));
        QCOMPARE(model().node(m_fx->train)->displayTitle(), QStringLiteral("YOLO v8 run"));

        // A new gesture after Return: the description is a step of its own.
        QTest::keyClick(editor->titleEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->descriptionEdit(), QStringLiteral("3 images, 50 epochs"));
        QCOMPARE(undo.count(), 2);
        CardSettings described = after;
        described.description = QStringLiteral("3 images, 50 epochs");
        CHECK(checkUndoRedo(m_fx->train, after, described));

        // Erasing the title goes back to the card's own title, also one step.
        QTest::keyClick(editor->descriptionEdit(), Qt::Key_Return);
        for (int i = 0; i < 11; ++i)
            QTest::keyClick(editor->titleEdit(), Qt::Key_Backspace);
        QCOMPARE(undo.count(), 3);
        CardSettings untitled = described;
        untitled.title.reset();
        CHECK(checkUndoRedo(m_fx->train, described, untitled));
        QCOMPARE(model().node(m_fx->train)->displayTitle(), QStringLiteral("Train YOLO"));
    }

    void iconAndColoursAreUndoable()
    {
        CardEditor *editor = m_window->cardEditor();
        QUndoStack &undo = m_window->undoStack();
        scene().selectNode(m_fx->weights);
        QVERIFY(icons::contains(QStringLiteral("flask")));
        editor->applyIcon(QStringLiteral("flask"));
        QCOMPARE(undo.count(), 1);
        CardSettings icon;
        icon.icon = CardIcon{QStringLiteral("flask"), QStringLiteral("#8e24aa"), QStringLiteral("#f3e5f5")};
        CHECK(checkUndoRedo(m_fx->weights, {}, icon));

        editor->applyIconColors(QColor(0xff0000), QColor(0x00ff00));
        QCOMPARE(undo.count(), 2);
        CardSettings coloured;
        coloured.icon = CardIcon{QStringLiteral("flask"), QStringLiteral("#ff0000"), QStringLiteral("#00ff00")};
        CHECK(checkUndoRedo(m_fx->weights, icon, coloured));

        // Project cards take no icon: nothing is pushed and the editor says why.
        scene().selectNode(m_fx->project);
        editor->applyIcon(QStringLiteral("flask"));
        QCOMPARE(undo.count(), 2);
        QVERIFY(settingsOf(m_fx->project).isEmpty());
        QVERIFY2(editor->problemText().contains(QStringLiteral("preview")), qPrintable(editor->problemText()));

        // Nothing selected: nothing of the last card stays in the panel (no title, no colours).
        scene().selectNode(m_fx->weights);
        scene().clearSelection();
        QCOMPARE(editor->node(), NodeId(0));
        QVERIFY(editor->titleEdit()->text().isEmpty() && editor->titleEdit()->placeholderText().isEmpty());
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            const QString text = b->text(); // no colour code, no icon glyph (beyond U+FFFF)
            QVERIFY2(!text.startsWith(u'#') && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); }),
                     qPrintable(text));
        }
    }

    void linkNeedsUrlAndTitle()
    {
        CardEditor *editor = m_window->cardEditor();
        QUndoStack &undo = m_window->undoStack();
        scene().selectNode(m_fx->report);
        QTest::keyClicks(editor->urlEdit(), QStringLiteral("https://example.com/runs/1"));
        // A url without its title is not a link yet.
        QCOMPARE(undo.count(), 0);
        QVERIFY2(editor->problemText().contains(QStringLiteral("title")), qPrintable(editor->problemText()));
        QVERIFY(settingsOf(m_fx->report).isEmpty());
        QTest::keyClicks(editor->urlTitleEdit(), QStringLiteral("Run 1"));
        QCOMPARE(undo.count(), 1);
        QVERIFY(editor->problemText().isEmpty());
        CardSettings linked;
        linked.link = CardLink{QStringLiteral("https://example.com/runs/1"), QStringLiteral("Run 1")};
        CHECK(checkUndoRedo(m_fx->report, {}, linked));

        // An ftp address is refused while typed: nothing pushed, the saved link stays.
        QTest::keyClick(editor->urlTitleEdit(), Qt::Key_Return);
        editor->urlEdit()->selectAll();
        QTest::keyClicks(editor->urlEdit(), QStringLiteral("ftp://example.com/x"));
        QCOMPARE(undo.count(), 1);
        QVERIFY2(editor->problemText().contains(QStringLiteral("ftp://example.com/x")), qPrintable(editor->problemText()));
        QCOMPARE(settingsOf(m_fx->report), linked);
        QTRY_COMPARE_WITH_TIMEOUT(cliSettings(m_fx->wsDir, m_fx->report), linked.toJson(), 10000);

        // Reset clears everything in one step and undoes back to the link.
        m_window->view()->setFocus();
        scene().selectNode(m_fx->train);
        scene().selectNode(m_fx->report);
        QVERIFY(editor->problemText().isEmpty());
        QCOMPARE(editor->urlEdit()->text(), QStringLiteral("https://example.com/runs/1"));
        editor->resetCard();
        QCOMPARE(undo.count(), 2);
        CHECK(checkUndoRedo(m_fx->report, linked, {}));
        QCOMPARE(editor->urlEdit()->text(), QString());
    }

    void scopesChooseTheCards()
    {
        const std::set<NodeId> projectScope{m_fx->project, m_fx->train, m_fx->weights, m_fx->report, m_fx->session};
        model().setScope({Scope::Type::Project, m_fx->project});
        WAIT_FOR_LAYOUT(scene(), model());
        QCOMPARE(graphIds(model()), projectScope);
        QCOMPARE(cardIds(scene()), projectScope);

        const std::set<NodeId> taskScope{m_fx->evaluate, m_fx->weights, m_fx->metrics};
        model().setScope({Scope::Type::Task, m_fx->evaluate});
        WAIT_FOR_LAYOUT(scene(), model());
        QCOMPARE(graphIds(model()), taskScope);
        QCOMPARE(cardIds(scene()), taskScope);
        QCOMPARE(scene().edgeItems().size(), 2);

        model().setScope({});
        WAIT_FOR_LAYOUT(scene(), model());
        QCOMPARE(cardIds(scene()), m_fx->all());
        QCOMPARE(scene().edgeItems().size(), 6);
    }

    void scopeTreeListsProjectsAndTasks()
    {
        ScopeTree *tree = m_window->scopeTree();
        QVERIFY(tree);
        QTreeWidgetItem *project = tree->itemFor({Scope::Type::Project, m_fx->project});
        QTreeWidgetItem *train = tree->itemFor({Scope::Type::Task, m_fx->train});
        QTreeWidgetItem *evaluate = tree->itemFor({Scope::Type::Task, m_fx->evaluate});
        QVERIFY(project && train && evaluate && tree->itemFor({}));
        QCOMPARE(project->text(0), QStringLiteral("street-scenes"));
        QCOMPARE(train->text(0), QStringLiteral("Train YOLO"));
        QCOMPARE(train->parent()->text(0), QStringLiteral("Experiment"));
        QCOMPARE(evaluate->text(0), QStringLiteral("Evaluate"));
        QVERIFY(!tree->itemFor({Scope::Type::Project, m_fx->weights}));
        QVERIFY(!tree->itemFor({Scope::Type::Task, m_fx->report}));

        tree->setCurrentItem(evaluate);
        QCOMPARE(model().scope(), (Scope{Scope::Type::Task, m_fx->evaluate}));
        WAIT_FOR_LAYOUT(scene(), model());
        QCOMPARE(cardIds(scene()), (std::set<NodeId>{m_fx->evaluate, m_fx->weights, m_fx->metrics}));
        tree->setCurrentItem(tree->itemFor({Scope::Type::Project, m_fx->project}));
        QCOMPARE(model().scope(), (Scope{Scope::Type::Project, m_fx->project}));
        // Choosing a scope elsewhere moves the tree's selection with it.
        model().setScope({});
        QCOMPARE(tree->currentItem(), tree->itemFor({}));
        // A task recorded by another program appears in the tree.
        const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("task"), QStringLiteral("start"), QStringLiteral("Export ONNX")});
        QCOMPARE(r.exitCode, 0);
        const NodeId added = r.out.trimmed().toLongLong();
        QVERIFY2(added > 0, qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(tree->itemFor({Scope::Type::Task, added}), 5000);
        QCOMPARE(tree->itemFor({Scope::Type::Task, added})->text(0), QStringLiteral("Export ONNX"));
    }

    void anotherProgramsOutputAppearsLive()
    {
        GraphView *view = m_window->view();
        view->zoomBy(1.3);
        const QTransform zoom = view->transform();
        scene().selectNode(m_fx->train);
        std::map<NodeId, QRectF> before;
        for (const auto &[id, item] : scene().cards())
            before[id] = cardRect(item);
        const QString csv = QDir(m_fx->path(QStringLiteral("runs"))).absoluteFilePath(QStringLiteral("results.csv"));
        const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("output"), QStringLiteral("file"), csv,
                                                         QStringLiteral("--task"), QString::number(m_fx->train)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto added = [&]() -> const CardItem * {
            for (const Node &n : model().graph().nodes) {
                if (n.path == csv)
                    return scene().card(n.id);
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(added() && added()->isVisible() && !scene().isLayoutPending(), 3000);
        QCOMPARE(cardIds(scene()).size(), std::size_t(8));
        QCOMPARE(scene().edgeItems().size(), 7);
        QCOMPARE(view->transform(), zoom);
        QCOMPARE(scene().selectedNode(), m_fx->train);
        QVERIFY(scene().card(m_fx->train)->isSelected());
        // Placed beside its task, and nothing the user was looking at moved.
        for (const auto &[id, rect] : before)
            QCOMPARE(cardRect(scene().card(id)), rect);
        const QRectF placed = cardRect(added());
        for (const auto &[id, rect] : before)
            QVERIFY2(!placed.intersects(rect), qPrintable(QStringLiteral("the new card overlaps card %1").arg(id)));
        QVERIFY(placed.left() > before[m_fx->train].right());
        QVERIFY(placed.left() - before[m_fx->train].right() < 100);
        // Its edge starts at the task and ends at the new card.
        const QList<EdgeItem *> edges = scene().edgeItems();
        const auto edge = std::find_if(edges.begin(), edges.end(), [&](EdgeItem *e) { return e->to() == added()->id(); });
        QVERIFY(edge != edges.end());
        QCOMPARE((*edge)->from(), m_fx->train);
        QVERIFY(std::abs((*edge)->path().pointAtPercent(0).x() - before[m_fx->train].right()) < 1);
        QVERIFY(std::abs((*edge)->arrowTip().x() - placed.left()) < 1);
    }

    void relayoutOnRequestMovesCardsSmoothlyAroundTheSelection()
    {
        // Three cards recorded while the graph is open are placed incrementally, then tidied up.
        for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("b.csv"), QStringLiteral("c.csv")}) {
            const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("output"), QStringLiteral("file"),
                                                             m_fx->path(name), QStringLiteral("--task"),
                                                             QString::number(m_fx->evaluate)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QTRY_VERIFY_WITH_TIMEOUT(cardIds(scene()).size() == 10 && laidOut(scene(), model()), 5000);
        scene().selectNode(m_fx->weights);
        const QPointF anchor = scene().card(m_fx->weights)->pos();
        QSignalSpy applied(&scene(), &GraphScene::layoutApplied);
        scene().relayoutAll(true);
        QVERIFY(scene().isLayoutPending());
        QTRY_VERIFY_WITH_TIMEOUT(!scene().isLayoutPending(), 20000);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(scene().card(m_fx->weights)->pos(), anchor);
        QVERIFY(!scene().isFullLayoutWanted());
        std::vector<QRectF> rects;
        for (const auto &[id, item] : scene().cards())
            rects.push_back(cardRect(item));
        for (std::size_t a = 0; a < rects.size(); ++a) {
            for (std::size_t b = a + 1; b < rects.size(); ++b)
                QVERIFY(!rects[a].intersects(rects[b]));
        }
        for (EdgeItem *e : scene().edgeItems()) {
            QVERIFY(e->isVisible());
            const QRectF to = cardRect(scene().card(e->to()));
            QVERIFY2(to.adjusted(-2, -2, 2, 2).contains(e->arrowTip()), qPrintable(QStringLiteral("edge to %1").arg(e->to())));
        }
        QCOMPARE(scene().edgeItems().size(), 9);
    }

    void farOutCardsAreColouredBlocksAndTheCardUnderTheMouseIsNamed()
    {
        GraphView *view = m_window->view();
        const QColor background = view->grab().toImage().pixelColor(0, 0);
        // Drawn as items, then as the overview image big graphs use: the same blocks.
        for (std::size_t overviewFrom : {std::size_t(1000000), std::size_t(1)}) {
            view->setOverviewMinimumCards(overviewFrom);
            // The view may still be settling (a queued fit, scroll bars coming or going): zoom and
            // centre until the four cards are in sight, then take the picture.
            auto inSight = [&] {
                view->setTransform(QTransform::fromScale(0.2, 0.2));
                view->centerOn(scene().card(m_fx->train)->sceneBoundingRect().center());
                for (NodeId id : {m_fx->project, m_fx->train, m_fx->weights, m_fx->report}) {
                    if (!view->viewport()->rect().contains(view->mapFromScene(scene().card(id)->sceneBoundingRect().center())))
                        return false;
                }
                return true;
            };
            QTRY_VERIFY_WITH_TIMEOUT(inSight(), 10000);
            const QImage shot = view->viewport()->grab().toImage();
            for (NodeId id : {m_fx->project, m_fx->train, m_fx->weights, m_fx->report}) {
                const CardItem *c = scene().card(id);
                const QPoint at = view->mapFromScene(c->sceneBoundingRect().center());
                QVERIFY2(c->layout().block != background && c->layout().block != QColor(Qt::white), qPrintable(QString::number(id)));
                QCOMPARE(shot.pixelColor(at), c->layout().block);
            }
            // The edges show as lines darker than the background between the blocks.
            for (EdgeItem *e : scene().edgeItems()) {
                if (e->from() != m_fx->train || e->to() != m_fx->weights)
                    continue;
                const QPoint mid = view->mapFromScene((e->path().pointAtPercent(0) + e->arrowTip()) / 2);
                int darkest = 255;
                for (int dy = -2; dy <= 2; ++dy) {
                    for (int dx = -2; dx <= 2; ++dx)
                        darkest = std::min(darkest, shot.pixelColor(mid + QPoint(dx, dy)).red());
                }
                QVERIFY2(darkest < background.red() - 8, qPrintable(QStringLiteral("edge at %1,%2: %3").arg(mid.x()).arg(mid.y()).arg(darkest)));
            }
        }
        QCOMPARE(scene().card(m_fx->train)->layout().block, cardstyle::statusColor(TaskStatus::Succeeded));

        // The title of the card under the mouse appears above it, far out only.
        view->setOverviewMinimumCards(1000000);
        const QRect card = view->mapFromScene(scene().card(m_fx->weights)->sceneBoundingRect()).boundingRect();
        // Text-dark pixels (the title's) just above the card, where there were none before.
        auto darkAbove = [&] {
            const QImage shot = view->viewport()->grab().toImage();
            int dark = 0;
            for (int y = card.top() - 26; y < card.top(); ++y) {
                for (int x = card.left(); x < card.right(); ++x)
                    dark += shot.pixelColor(x, y).red() < 0x40 && shot.pixelColor(x, y).green() < 0x50;
            }
            return dark;
        };
        QCOMPARE(darkAbove(), 0);
        QTest::mouseMove(view->viewport(), card.center());
        QTRY_COMPARE(view->hoveredCard(), m_fx->weights);
        QVERIFY(darkAbove() > 20);
        QTest::mouseMove(view->viewport(), QPoint(2, 2));
        QTRY_COMPARE(view->hoveredCard(), NodeId(0));
        view->setTransform(QTransform());
        view->centerOn(scene().card(m_fx->weights));
        QTest::mouseMove(view->viewport(), view->mapFromScene(scene().card(m_fx->weights)->sceneBoundingRect().center()));
        QCOMPARE(view->hoveredCard(), NodeId(0)); // readable anyway: no label
    }

    void arrowKeysFollowEdges()
    {
        GraphView *view = m_window->view();
        view->setFocus();
        scene().selectNode(m_fx->project);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(scene().selectedNode(), m_fx->train); // the project's only successor
        QTest::keyClick(view, Qt::Key_Right);
        const std::set<NodeId> outputs{m_fx->weights, m_fx->report, m_fx->session};
        QVERIFY2(outputs.count(scene().selectedNode()), qPrintable(QString::number(scene().selectedNode())));
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(scene().selectedNode(), m_fx->train);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(scene().selectedNode(), m_fx->project);
        // Nothing left of the project: the selection stays.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(scene().selectedNode(), m_fx->project);
        QCOMPARE(m_window->cardEditor()->node(), m_fx->project);
    }

    void findSelectsMatchingCards()
    {
        QVERIFY(m_window->findCard(QStringLiteral("yolo")));
        const NodeId found = scene().selectedNode();
        QVERIFY(found);
        QVERIFY(model().node(found)->displayTitle().contains(QStringLiteral("yolo"), Qt::CaseInsensitive));
        QCOMPARE(found, m_fx->train);
        QVERIFY(m_window->findCard(QStringLiteral(".json")));
        QCOMPARE(scene().selectedNode(), m_fx->metrics);
        QVERIFY(!m_window->findCard(QStringLiteral("no such card")));
        QCOMPARE(scene().selectedNode(), m_fx->metrics);
        // Repeating a search steps through every match.
        std::set<NodeId> visited;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_window->findCard(QStringLiteral("E")));
            visited.insert(scene().selectedNode());
        }
        const std::vector<NodeId> matches = scene().findByTitle(QStringLiteral("E"));
        QVERIFY(matches.size() >= 3);
        QCOMPARE(visited.size(), std::size_t(3));
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
