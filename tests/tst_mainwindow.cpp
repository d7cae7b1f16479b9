#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "model/core/Translations.h"
#include "widgets/CardEditor.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"
#include "widgets/VersionsPanel.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace wfs;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QStringList labelTexts(const QMainWindow &w)
    {
        QStringList texts;
        for (const QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void opensAWorkspaceWithMenusAndStatus()
    {
        QTemporaryDir tmp;
        {
            Workspace ws(tmp.path());
            GraphStore store(ws);
            Recorder rec(store);
            const NodeId t = rec.startTask({QStringLiteral("train"), {}, {}, {}});
            Relation out;
            out.direction = Direction::Output;
            out.target = tmp.filePath(QStringLiteral("w.pt"));
            rec.record(t, out);
        }
        MainWindow w;
        QVERIFY(w.openWorkspace(tmp.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(tmp.path()));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Remote"), QStringLiteral("&Help")}));
        auto status = [&] { return labelTexts(w).join(u'|'); };
        QVERIFY2(status().contains(tmp.path()), qPrintable(status()));
        // The counts follow once the workspace reader has read the graph.
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("2 card")) && status().contains(QStringLiteral("1 edge")),
                                  qPrintable(status()), 10000);
        QVERIFY(w.view()->scene());
        // The graph's counts are not shown over the Pipelines tab.
        auto shown = [&] {
            QStringList texts;
            for (const QLabel *l : w.statusBar()->findChildren<QLabel *>()) {
                if (l->isVisible())
                    texts << l->text();
            }
            return texts.join(u'|');
        };
        w.showPipelines();
        QVERIFY2(!shown().contains(QStringLiteral("2 card")), qPrintable(shown()));
        w.centralTabs()->setCurrentIndex(0);
        QVERIFY2(shown().contains(QStringLiteral("2 card")), qPrintable(shown()));
        QCOMPARE(QSettings().value(QStringLiteral("workspace/last")).toString(), QDir(tmp.path()).absolutePath());
    }

    // View > Language retranslates the open window at once: menus, docks, tabs, panels, Qt's own
    // texts (Undo), and back.
    void languageSwitchesAtOnce()
    {
        QTemporaryDir tmp;
        MainWindow w;
        QVERIFY(w.openWorkspace(tmp.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto menus = [&] {
            QStringList texts;
            for (QAction *a : w.menuBar()->actions())
                texts << a->text();
            return texts;
        };
        auto choose = [&](const QString &language) {
            const QList<QAction *> all = w.menuBar()->findChildren<QAction *>();
            const auto it = std::find_if(all.begin(), all.end(), [&](QAction *a) { return a->text() == language; });
            QVERIFY2(it != all.end(), qPrintable(language));
            (*it)->trigger();
        };
        auto dockTitles = [&] {
            QStringList titles;
            for (const QDockWidget *d : w.findChildren<QDockWidget *>())
                titles << d->windowTitle();
            titles.sort();
            return titles;
        };
        auto buttonTexts = [&](QWidget *panel) {
            QStringList texts;
            for (const QPushButton *b : panel->findChildren<QPushButton *>())
                texts << b->text();
            return texts;
        };
        QVERIFY(dockTitles().contains(QStringLiteral("Card")));

        choose(QStringLiteral("Deutsch"));
        // Qt posts QEvent::LanguageChange to the window: the switch happens once events are handled.
        QTRY_COMPARE(menus(), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                           QStringLiteral("&Remote"), QStringLiteral("&Hilfe")}));
        QVERIFY2(dockTitles().contains(QStringLiteral("Karte")), qPrintable(dockTitles().join(u'|')));
        QCOMPARE(w.centralTabs()->tabText(1), QStringLiteral("Pipelines"));
        QVERIFY2(buttonTexts(w.versionsPanel()).contains(QStringLiteral("&Version erstellen...")),
                 qPrintable(buttonTexts(w.versionsPanel()).join(u'|')));
        QVERIFY(w.cardEditor()->findChild<QLabel *>() != nullptr);
        QStringList labels;
        for (const QLabel *l : w.cardEditor()->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("&Titel:")), qPrintable(labels.join(u'|')));
        QCOMPARE(w.pipelinesPanel()->runAction()->text(), QStringLiteral("Ausführen"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        // The Edit menu's Undo comes from Qt's own translation (qtbase_de).
        const QList<QAction *> edit = w.menuBar()->actions().at(1)->menu()->actions();
        QVERIFY2(edit.front()->text().remove(u'&').startsWith(QStringLiteral("R\u00fcckg\u00e4ngig")), qPrintable(edit.front()->text()));

        choose(QStringLiteral("English"));
        QTRY_COMPARE(menus(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Remote"), QStringLiteral("&Help")}));
        QVERIFY(dockTitles().contains(QStringLiteral("Card")));
        QCOMPARE(w.pipelinesPanel()->runAction()->text(), QStringLiteral("Run"));
        QSettings().remove(QStringLiteral("ui/language"));
    }

    // A workspace opens where it was left (zoom and centre), and fitted when there is no saved
    // view for its scope.
    void reopensAtTheSavedView()
    {
        QTemporaryDir tmp;
        {
            Workspace ws(tmp.path());
            GraphStore store(ws);
            Recorder rec(store);
            // Thirty runs: more than fits the window at a readable zoom, which must not stop the fit.
            for (int i = 0; i < 30; ++i) {
                const NodeId t = rec.startTask({QStringLiteral("train %1").arg(i), {}, {}, {}});
                Relation out;
                out.direction = Direction::Output;
                out.target = tmp.filePath(QStringLiteral("w%1.pt").arg(i));
                rec.record(t, out);
            }
        }
        auto placed = [](MainWindow &w) {
            return w.scene() && !w.scene()->cards().empty() && !w.scene()->isLayoutPending() && w.isViewPlaced();
        };
        QPointF centre;
        {
            MainWindow w;
            QVERIFY(w.openWorkspace(tmp.path()));
            w.resize(900, 600);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY_WITH_TIMEOUT(placed(w), 20000);
            // Fitted at first: every card is in sight.
            const QRectF cards = w.scene()->itemsBoundingRect();
            const QRectF seen = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
            for (const auto &[id, card] : w.scene()->cards())
                QVERIFY2(seen.contains(card->sceneBoundingRect()), qPrintable(QString::number(id)));
            w.view()->setTransform(QTransform::fromScale(1.7, 1.7));
            w.view()->centerOn(cards.center()); // reachable at this zoom in any window size
            centre = w.view()->mapToScene(w.view()->viewport()->rect().center());
        } // closing the workspace remembers where it was
        MainWindow again;
        QVERIFY(again.openWorkspace(tmp.path()));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE_WITH_TIMEOUT(again.view()->transform().m11(), 1.7, 20000);
        // Centred where it was, as far as this window's size lets the view scroll there.
        const QPointF shown = again.view()->mapToScene(again.view()->viewport()->rect().center());
        QVERIFY2(QLineF(shown, centre).length() < again.view()->viewport()->width() / 1.7,
                 qPrintable(QStringLiteral("%1,%2").arg(shown.x()).arg(shown.y())));
    }

    // At start the workspace opens on a thread of its own: the call returns at once, the window
    // answers meanwhile, and a workspace that cannot be opened is named in a dialog.
    void opensTheWorkspaceOffTheGuiThread()
    {
        QTemporaryDir tmp;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::workspaceOpened);
        w.openWorkspaceLater(tmp.path());
        QVERIFY(!w.workspace()); // not yet: it is being opened
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QVERIFY(w.workspace());
        QCOMPARE(w.workspace()->dir(), QDir(tmp.path()).absolutePath());

        QTemporaryDir damaged;
        QFile db(damaged.filePath(QStringLiteral("workspace.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(4096, 'x'));
        db.close();
        QSignalSpy failed(&w, &MainWindow::workspaceFailed);
        w.openWorkspaceLater(damaged.path());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QMessageBox *box = w.findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(damaged.path()), qPrintable(box->text()));
        QCOMPARE(w.workspace()->dir(), QDir(tmp.path()).absolutePath()); // the open one stays
        box->close();
    }

    void aDamagedWorkspaceKeepsTheCurrentOne()
    {
        QTemporaryDir good;
        QTemporaryDir bad;
        QFile f(bad.filePath(QStringLiteral("workspace.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();

        MainWindow w;
        QVERIFY(w.openWorkspace(good.path()));
        QString dialogText;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dialogText = box->text();
                box->accept();
            }
        });
        QVERIFY(!w.openWorkspace(bad.path()));
        QVERIFY2(dialogText.contains(bad.filePath(QStringLiteral("workspace.db"))), qPrintable(dialogText));
        QCOMPARE(w.workspace()->dir(), QDir(good.path()).absolutePath());
        QCOMPARE(QByteArray(4096, 'z'), [&] { QFile r(f.fileName()); r.open(QIODevice::ReadOnly); return r.readAll(); }());
    }

    void remembersGeometry()
    {
        QTemporaryDir tmp;
        {
            MainWindow w;
            w.openWorkspace(tmp.path());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1200, 900);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1200, 900));
    }

    void zoomShortcutsScaleTheView()
    {
        QTemporaryDir tmp;
        MainWindow w;
        w.openWorkspace(tmp.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const double before = w.view()->zoom();
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QVERIFY(w.view()->zoom() > before * 1.2);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QVERIFY(w.view()->zoom() < before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
