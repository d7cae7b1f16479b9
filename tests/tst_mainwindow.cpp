#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Recorder.h"
#include "model/workspace/Workspace.h"
#include "widgets/GraphView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
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
