// The Pipelines view against real processes: the real wfs runs every bake, the view learns
// everything from the workspace database, Graphviz lays out the DAG on the layout thread.
#include "app/gui/MainWindow.h"
#include "tests/CliHarness.h"
#include "tests/CliTestSupport.h"
#include "widgets/EdgeItem.h"
#include "widgets/LogPanel.h"
#include "widgets/pipelines/BakeTree.h"
#include "widgets/pipelines/FlowSourceView.h"
#include "widgets/pipelines/LiveJobsList.h"
#include "widgets/pipelines/ParamsDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include "model/core/AppIdentity.h"
#include "model/graph/WorkflowModel.h"
#include "model/pipelines/FlowParser.h"
#include "model/workspace/Workspace.h"
#include "widgets/pipelines/PipelineDagScene.h"
#include "widgets/pipelines/PipelinesController.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QtTest>

using namespace wfs;
using namespace wfs::pipelines;
using namespace Qt::StringLiterals;

class TestPipelinesView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<WorkflowModel> m_model;
    std::unique_ptr<PipelinesPanel> m_panel;

    QString wsDir() const { return m_dir->path() + u"/ws"_s; }

    QString writeFlow(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir->path() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((lines.join(u'\n') + u'\n').toUtf8());
        return path;
    }

    PipelineDagScene &scene() { return *m_panel->dagScene(); }

    TaskStatus statusOf(const QString &task)
    {
        TaskBoxItem *item = scene().item(task);
        return item ? item->status() : TaskStatus::Pending;
    }
    bool allAre(TaskStatus status)
    {
        const QList<TaskBoxItem *> items = scene().taskItems();
        return !items.isEmpty() && std::all_of(items.begin(), items.end(), [status](TaskBoxItem *i) { return i->status() == status; });
    }
    QString treeStatus(qint64 bake, int attempt = 0)
    {
        QTreeWidgetItem *item = m_panel->bakeTree()->attemptItem(bake, attempt);
        return item ? item->text(1) : QString();
    }

    QString diamond()
    {
        return writeFlow(u"diamond.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: prepare"_s, u"    bash: echo prepare"_s,
                                            u"  - id: left"_s, u"    needs: [prepare]"_s, u"    bash: echo left"_s,
                                            u"  - id: right"_s, u"    needs: [prepare]"_s, u"    bash: echo right"_s,
                                            u"  - id: report"_s, u"    needs: [left, right]"_s, u"    bash: echo report"_s});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        const QString bin = qEnvironmentVariable("WFS_BIN");
        if (!bin.isEmpty())
            qputenv("PATH", (bin + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ws = std::make_unique<Workspace>(wsDir());
        m_model = std::make_unique<WorkflowModel>(*m_ws);
        m_panel = std::make_unique<PipelinesPanel>(*m_model);
        m_panel->resize(1200, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        // Bakes started detached outlive the panel: stop what a failed test left running.
        CliHarness cli(wsDir());
        if (m_ws) {
            BakeStore store(*m_ws);
            for (const Bake &b : store.bakes()) {
                if (b.last.status == BakeStatus::Running)
                    cli.run({u"cancel"_s, QString::number(b.id)});
            }
        }
        m_panel.reset();
        m_model.reset();
        m_ws.reset();
        m_dir.reset();
    }

    void syntaxErrorIsShownAtItsLine()
    {
        const QString file = writeFlow(u"broken.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: echo a"_s,
                                                         u"  - id: b"_s, u"    needs: [a"_s, u"    bash: echo b"_s});
        QVERIFY(!m_panel->controller()->openFlow(file));
        FlowSourceView *source = m_panel->sourceView();
        int line = 0;
        try {
            FlowParser::parseFile(file);
        } catch (const FlowError &e) {
            line = e.mark().line;
        }
        QVERIFY(line >= 6); // the unclosed [ is on line 6; YAML notices on the line after
        QCOMPARE(source->errorLine(), line);
        QCOMPARE(source->highlightedLines(), QList<int>{line});
        QCOMPARE(source->editor()->textCursor().blockNumber() + 1, line);
        QVERIFY2(source->errorText().startsWith(u"Line %1,"_s.arg(line)), qPrintable(source->errorText()));
        QVERIFY(source->errorText().contains(u"YAML"_s));
        QCOMPARE(m_panel->bottomTabs()->currentWidget(), source);
        QVERIFY(scene().taskItems().isEmpty());
        QVERIFY(!m_panel->runAction()->isEnabled());

        // A mistake the parser finds after YAML: an unknown key, pointed at exactly.
        const QString typo = writeFlow(u"typo.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bsh: echo a"_s});
        QVERIFY(!m_panel->controller()->openFlow(typo));
        QCOMPARE(source->highlightedLines(), QList<int>{4});
        QVERIFY2(source->errorText().contains(u"bsh"_s) && source->errorText().contains(u"bash"_s), qPrintable(source->errorText()));

        // Fixed and reloaded: the error goes, the tasks come.
        writeFlow(u"typo.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: echo a"_s});
        m_panel->controller()->reloadFlow();
        QCOMPARE(source->errorLine(), 0);
        QVERIFY(source->highlightedLines().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(scene().taskItems().size(), 1, 20000);
        QVERIFY(m_panel->runAction()->isEnabled());
    }

    // Issue 10 item 6: the window reopens the last flow at start; one that cannot be loaded is
    // shown as an error (it crashed the window on every start), and one that stopped the window
    // while it was being opened is not tried again unasked.
    void aFlowThatFailedToLoadIsReopenedAsAnError()
    {
        const QString bomb = writeFlow(u"bomb.yml"_s, {u"kind: batch"_s, u"tasks: &t [ {id: a, needs: *t, bash: 'true'} ]"_s});
        QVERIFY(!m_panel->controller()->openFlow(bomb));
        QVERIFY2(m_panel->sourceView()->errorText().contains(u"contains it"_s), qPrintable(m_panel->sourceView()->errorText()));

        m_panel = std::make_unique<PipelinesPanel>(*m_model);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->controller()->flowFile(), QFileInfo(bomb).absoluteFilePath(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->sourceView()->errorText().contains(u"contains it"_s), 10000);
        QVERIFY(!m_panel->controller()->flow());
        QVERIFY(!m_panel->runAction()->isEnabled());
        QVERIFY(!QSettings().contains(u"pipelines/opening"_s));

        QSettings().setValue(u"pipelines/opening"_s, QFileInfo(bomb).absoluteFilePath());
        m_panel = std::make_unique<PipelinesPanel>(*m_model);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->sourceView()->errorText().contains(u"was not reopened"_s), 10000);
        QVERIFY(!QSettings().contains(u"pipelines/opening"_s));
        QVERIFY(!m_panel->controller()->flow());
    }

    void diamondIsLaidOutLeftToRight()
    {
        QVERIFY(m_panel->controller()->openFlow(diamond()));
        QTRY_VERIFY_WITH_TIMEOUT(!scene().isLayoutPending() && scene().taskItems().size() == 4, 20000);
        QCOMPARE(scene().edgeItems().size(), 4);
        QSet<std::pair<QString, QString>> edges;
        for (EdgeItem *e : scene().edgeItems())
            edges.insert({scene().taskItems().at(int(e->from() - 1))->taskId(), scene().taskItems().at(int(e->to() - 1))->taskId()});
        const QSet<std::pair<QString, QString>> expected{
            {u"prepare"_s, u"left"_s}, {u"prepare"_s, u"right"_s}, {u"left"_s, u"report"_s}, {u"right"_s, u"report"_s}};
        QCOMPARE(edges, expected);
        auto rect = [this](const QString &id) { return scene().item(id)->sceneBoundingRect(); };
        for (const QString &id : {u"prepare"_s, u"left"_s, u"right"_s, u"report"_s})
            QVERIFY(scene().item(id)->isVisible());
        QVERIFY(rect(u"prepare"_s).right() < rect(u"left"_s).left());
        QVERIFY(rect(u"left"_s).right() < rect(u"report"_s).left());
        QCOMPARE(rect(u"left"_s).left(), rect(u"right"_s).left());
        QVERIFY(!rect(u"left"_s).intersects(rect(u"right"_s)));
        // Each edge starts at its source box's right side and ends at its target's left side.
        for (EdgeItem *e : scene().edgeItems()) {
            const QRectF from = scene().taskItems().at(int(e->from() - 1))->sceneBoundingRect();
            const QRectF to = scene().taskItems().at(int(e->to() - 1))->sceneBoundingRect();
            QVERIFY(qAbs(e->path().pointAtPercent(0).x() - from.right()) < 6);
            QVERIFY(qAbs(e->arrowTip().x() - to.left()) < 6);
        }
        QVERIFY(allAre(TaskStatus::Pending));
    }

    void runFromThePanelTurnsTasksGreenLive()
    {
        QVERIFY(m_panel->controller()->openFlow(diamond()));
        QVERIFY(m_panel->runAction()->isEnabled());
        QVERIFY(m_panel->controller()->run());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->controller()->shownBake() != 0, 20000);
        const qint64 bake = m_panel->controller()->shownBake();
        QTRY_VERIFY_WITH_TIMEOUT(allAre(TaskStatus::Succeeded), 30000);
        QCOMPARE(scene().taskItems().size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(treeStatus(bake), BakeTree::statusLabel(BakeStatus::Succeeded), 10000);
        QCOMPARE(treeStatus(bake, 1), BakeTree::statusLabel(BakeStatus::Succeeded));
        QCOMPARE(m_panel->bakeTree()->currentItem(), m_panel->bakeTree()->bakeItem(bake));
        // The CLI agrees with what the window shows.
        const CliResult r = CliHarness(wsDir()).run({u"inspect"_s, QString::number(bake)});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"succeeded"_s), qPrintable(wfstest::describe(r)));
    }

    void aBakeStartedByTheCliIsFollowed()
    {
        const QString file = writeFlow(u"slow.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: first"_s, u"    bash: sleep 1.5"_s,
                                                       u"  - id: second"_s, u"    bash: sleep 0.5"_s});
        QProcess cli;
        cli.setProcessEnvironment(wfstest::cleanEnv());
        cli.start(CliHarness::wfsPath(), {u"--workspace"_s, wsDir(), u"bake"_s, file});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), 20000);
        const qint64 bake = cli.readLine().trimmed().toLongLong();
        QVERIFY(bake > 0);
        // No user action: the tree learns of the bake while it runs, then of its end.
        QTRY_COMPARE_WITH_TIMEOUT(treeStatus(bake), BakeTree::statusLabel(BakeStatus::Running), 5000);
        m_panel->bakeTree()->setCurrentItem(m_panel->bakeTree()->bakeItem(bake)); // the user looks at it
        QCOMPARE(m_panel->controller()->shownBake(), bake);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"first"_s), TaskStatus::Running, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(allAre(TaskStatus::Succeeded), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(treeStatus(bake), BakeTree::statusLabel(BakeStatus::Succeeded), 5000);
        if (cli.state() != QProcess::NotRunning)
            QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void cancelARunningTask()
    {
        const QString file = writeFlow(u"sleepy.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: nap"_s, u"    bash: sleep 30"_s,
                                                         u"  - id: after"_s, u"    bash: echo after"_s});
        QVERIFY(m_panel->controller()->openFlow(file));
        QVERIFY(m_panel->controller()->run());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->controller()->shownBake() != 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"nap"_s), TaskStatus::Running, 20000);
        QVERIFY(m_panel->cancelBakeAction()->isEnabled());
        QVERIFY(!m_panel->cancelTaskAction()->isEnabled()); // no task selected yet
        scene().selectTask(u"nap"_s);
        QVERIFY(m_panel->cancelTaskAction()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        m_panel->cancelTaskAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"nap"_s), TaskStatus::Cancelled, 15000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->cancelBakeAction()->isEnabled(), 10000);
        QVERIFY(!m_panel->cancelTaskAction()->isEnabled());
    }

    void restartFromFailedAddsAnAttempt()
    {
        const QString marker = m_dir->path() + u"/fixed"_s;
        const QString file = writeFlow(u"flaky.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: ok"_s, u"    bash: echo ok"_s,
                                                        u"  - id: flaky"_s, u"    bash: test -f "_s + marker});
        QVERIFY(m_panel->controller()->openFlow(file));
        QVERIFY(!m_panel->restartAction()->isEnabled());
        QVERIFY(m_panel->controller()->run());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->controller()->shownBake() != 0, 20000);
        const qint64 bake = m_panel->controller()->shownBake();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"flaky"_s), TaskStatus::Failed, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->restartAction()->isEnabled(), 10000);
        QCOMPARE(m_panel->controller()->shownAttempt(), 1);

        QFile(marker).open(QIODevice::WriteOnly);
        m_panel->restartAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->bakeTree()->attemptItem(bake, 2) != m_panel->bakeTree()->bakeItem(bake)
                                     && m_panel->bakeTree()->attemptItem(bake, 2), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->controller()->shownAttempt(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"flaky"_s), TaskStatus::Succeeded, 20000);
        QCOMPARE(statusOf(u"ok"_s), TaskStatus::Succeeded); // kept from attempt 1
        QTRY_COMPARE_WITH_TIMEOUT(treeStatus(bake, 2), BakeTree::statusLabel(BakeStatus::Succeeded), 10000);
        QCOMPARE(treeStatus(bake, 1), BakeTree::statusLabel(BakeStatus::Failed));
        QTreeWidgetItem *top = m_panel->bakeTree()->bakeItem(bake);
        QCOMPARE(top->childCount(), 2);
        QCOMPARE(top->child(0)->text(0), u"Attempt 2"_s); // newest first

        // Attempt 1 is still there to look at.
        m_panel->bakeTree()->setCurrentItem(m_panel->bakeTree()->attemptItem(bake, 1));
        QCOMPARE(m_panel->controller()->shownAttempt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"flaky"_s), TaskStatus::Failed, 10000);

        // Source shows what the bake ran (and a restart runs again), not the file edited since.
        writeFlow(u"flaky.yml"_s, {u"kind: batch"_s, u"tasks:"_s, u"  - id: edited"_s, u"    bash: echo edited"_s});
        QVERIFY(m_panel->sourceView()->editor()->toPlainText().contains(u"test -f"_s));
        QVERIFY(m_panel->controller()->openFlow(file));
        QVERIFY(m_panel->sourceView()->editor()->toPlainText().contains(u"echo edited"_s));
        m_panel->controller()->showBake(bake, 1);
        QVERIFY(m_panel->sourceView()->editor()->toPlainText().contains(u"test -f"_s));
        m_panel->controller()->showPlan();
        QVERIFY(m_panel->sourceView()->editor()->toPlainText().contains(u"echo edited"_s));
    }

    void theLogPaneFollowsARunningTask()
    {
        const QString file = writeFlow(u"chatty.yml"_s,
                                       {u"kind: batch"_s, u"tasks:"_s, u"  - id: talk"_s,
                                        u"    bash: for i in 1 2 3 4 5 6 7 8; do echo line-$i; sleep 0.4; done"_s});
        QVERIFY(m_panel->controller()->openFlow(file));
        QVERIFY(m_panel->controller()->run());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->controller()->shownBake() != 0 && scene().item(u"talk"_s), 20000);
        scene().selectTask(u"talk"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->logPanel()->text().contains(u"line-1"_s), 10000);
        // Shown while the task still writes: not the whole log at its end.
        QCOMPARE(statusOf(u"talk"_s), TaskStatus::Running);
        QVERIFY(!m_panel->logPanel()->text().contains(u"line-8"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->logPanel()->text().contains(u"line-8"_s), 15000);
        QCOMPARE(m_panel->logPanel()->text().count(u"line-1\n"_s), 1); // appended, not re-read
    }

    void paramsDialogOffersDefaultsAndDescriptions()
    {
        const QString file = writeFlow(u"params.yml"_s,
                                       {u"kind: batch"_s, u"params:"_s, u"  epochs:"_s, u"    default: 3"_s,
                                        u"    descr: Training epochs"_s, u"  name: demo"_s, u"tasks:"_s,
                                        u"  - bash: echo ${{ params.name }} ${{ params.epochs }}"_s});
        QVERIFY(m_panel->controller()->openFlow(file));
        ParamsDialog dialog(u"params.yml"_s, m_panel->controller()->flow()->params);
        QCOMPARE(dialog.field(u"epochs"_s)->text(), u"3"_s);
        // Shown as written (user text is never markup).
        QCOMPARE(QTextDocumentFragment::fromHtml(dialog.field(u"epochs"_s)->toolTip()).toPlainText(), u"Training epochs"_s);
        QCOMPARE(dialog.field(u"name"_s)->text(), u"demo"_s);
        QVERIFY(dialog.overrides().empty());
        dialog.field(u"epochs"_s)->setText(u"7"_s);
        const auto overrides = dialog.overrides();
        QCOMPARE(overrides.size(), std::size_t(1));
        QCOMPARE(overrides.front(), std::make_pair(u"epochs"_s, u"7"_s));

        // The values reach the bake.
        QVERIFY(m_panel->controller()->run(overrides));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->controller()->shownBake() != 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(allAre(TaskStatus::Succeeded), 20000);
        scene().selectTask(scene().taskItems().front()->taskId());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->logPanel()->text().contains(u"demo 7"_s), 10000);
    }

    void paramWithoutDefaultMustBeGiven()
    {
        const QString file = writeFlow(u"required.yml"_s, {u"kind: batch"_s, u"params:"_s, u"  target: ~"_s, u"tasks:"_s,
                                                            u"  - bash: echo ${{ params.target }}"_s});
        QVERIFY(m_panel->controller()->openFlow(file));
        ParamsDialog dialog(u"required.yml"_s, m_panel->controller()->flow()->params);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog.isVisible()); // refused: target is empty
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.field(u"target"_s)->setText(u"prod"_s);
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.overrides().front(), std::make_pair(u"target"_s, u"prod"_s));
    }

    void liveJobsStartAndKill()
    {
        const QString file = writeFlow(u"live.yml"_s, {u"kind: live"_s, u"jobs:"_s, u"  serve:"_s, u"    bash: sleep 60"_s});
        QVERIFY(m_panel->controller()->openFlow(file));
        QTreeWidget *list = m_panel->liveJobs()->tree();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(m_panel->liveJobs()->selectJob(u"serve"_s));
        QVERIFY(m_panel->liveJobs()->startButton()->isEnabled());
        QVERIFY(!m_panel->liveJobs()->killButton()->isEnabled());
        m_panel->liveJobs()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(1), u"running"_s, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->liveJobs()->killButton()->isEnabled(), 5000);
        QVERIFY(!m_panel->liveJobs()->startButton()->isEnabled());
        m_panel->liveJobs()->killButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(1), u"cancelled"_s, 20000);
        QVERIFY(m_panel->liveJobs()->startButton()->isEnabled());
    }

    void theWindowHasAPipelinesTab()
    {
        m_panel.reset();
        MainWindow window;
        QVERIFY(window.openWorkspace(wsDir()));
        QVERIFY(window.pipelinesPanel());
        QCOMPARE(window.centralTabs()->count(), 2);
        window.showPipelines();
        QCOMPARE(window.centralTabs()->currentWidget(), window.pipelinesPanel());
    }
};

QTEST_MAIN(TestPipelinesView)
#include "tst_pipelinesview.moc"
