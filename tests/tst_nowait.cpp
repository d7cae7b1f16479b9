// Issue 11, "The GUI never waits on SQLite": another process holds workspace.db's write lock
// for ten seconds while the window is driven; every gesture is handled at once, and the edits
// made meanwhile land once the lock is released.

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/db/Sqlite.h"
#include "tests/GraphFixture.h"
#include "widgets/CardEditor.h"
#include "widgets/GraphView.h"
#include "widgets/pipelines/PipelinesController.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <ctime>

using namespace wfs;

namespace {

// The issue asks for each event to be handled within 100 ms. That is checked three ways, so that
// a loaded test machine cannot make it flaky and a wait on the lock cannot hide:
//  - not one SQL statement runs on the GUI thread while the lock is held (the Sqlite layer counts);
//  - the GUI thread's own CPU time per gesture stays under 100 ms (the work it does);
//  - the wall time per gesture stays under 500 ms (a wait on the lock would last seconds, yet a
//    loaded machine may deschedule the thread for a while).
constexpr qint64 kEventCpuMs = 100;
constexpr qint64 kEventMs = 500;
// How long the other process holds the lock.
constexpr int kHoldMs = 10000;

// Another process holding the write lock: the sqlite3 shell inside BEGIN IMMEDIATE.
class LockHolder
{
public:
    explicit LockHolder(const QString &db) : m_db(db) {}
    ~LockHolder()
    {
        if (m_shell.state() != QProcess::NotRunning) {
            m_shell.kill();
            m_shell.waitForFinished(5000);
        }
    }

    void take()
    {
        m_shell.start(QStringLiteral("sqlite3"), {m_db});
        QVERIFY(m_shell.waitForStarted(10000));
        // The shell waits out a probe that meets it (without .timeout its BEGIN would fail).
        m_shell.write(".timeout 10000\nBEGIN IMMEDIATE;\n");
        QTRY_VERIFY_WITH_TIMEOUT(isLocked(), 10000);
    }

    void release()
    {
        m_shell.write("COMMIT;\n.quit\n");
        m_shell.closeWriteChannel();
        QVERIFY(m_shell.waitForFinished(10000));
    }

    // Another BEGIN IMMEDIATE fails while the lock is held.
    bool isLocked() const
    {
        QProcess probe;
        probe.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral("BEGIN IMMEDIATE; ROLLBACK;")});
        return probe.waitForFinished(10000) && probe.exitCode() != 0;
    }

private:
    QString m_db;
    QProcess m_shell;
};

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Handling
{
    qint64 wallMs = 0;
    double cpuMs = 0;
};

// Sends a gesture and returns how long the window took to handle it and what it posted.
template <typename Gesture>
Handling handling(Gesture gesture)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuMs();
    gesture();
    QCoreApplication::processEvents();
    return {timer.elapsed(), threadCpuMs() - cpu0};
}

} // namespace

class TestNoWait : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void windowIsDrivenWhileAnotherProcessHoldsTheLock()
    {
        GraphFixture fx;
        CHECK(buildWorkspace(fx));
        MainWindow window;
        QVERIFY(window.openWorkspace(fx.wsDir));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WAIT_FOR_LAYOUT(*window.scene(), *window.model());

        LockHolder holder(fx.wsDir + QStringLiteral("/workspace.db"));
        CHECK(holder.take());
        QElapsedTimer held;
        held.start();

        // The longest gap between ticks of a timer on the GUI thread: whatever ran in between
        // (a queued reply, a write, a refresh) held the thread that long.
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        tick.start();

        const quint64 statementsBefore = db::statementsOnMainThread();
        // The fixture built the workspace on this thread: the counter is live, not stuck at zero.
        QVERIFY(statementsBefore > 0);
        QStringList slow;
        std::pair<qint64, QString> slowest{0, QString()};
        double mostCpu = 0;
        auto expectQuick = [&](const QString &what, Handling h) {
            if (h.wallMs > kEventMs || h.cpuMs > kEventCpuMs)
                slow << QStringLiteral("%1: %2 ms (%3 ms of CPU)").arg(what).arg(h.wallMs).arg(h.cpuMs, 0, 'f', 1);
            slowest = std::max(slowest, std::make_pair(h.wallMs, what));
            mostCpu = std::max(mostCpu, h.cpuMs);
        };

        // Select a card by clicking it.
        GraphView *view = window.view();
        const QPoint onTrain = view->mapFromScene(window.scene()->card(fx.train)->sceneBoundingRect().center());
        expectQuick(QStringLiteral("click a card"),
                    handling([&] { QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onTrain); }));
        QCOMPARE(window.scene()->selectedNode(), fx.train);
        QCOMPARE(window.cardEditor()->node(), fx.train);

        // Edit its title, keystroke by keystroke (each one is a card-settings write).
        QLineEdit *title = window.cardEditor()->titleEdit();
        title->setFocus();
        expectQuick(QStringLiteral("select the title"), handling([&] { title->selectAll(); }));
        for (const QChar c : QStringLiteral("Locked run")) {
            expectQuick(QStringLiteral("type '%1'").arg(c), handling([&] { QTest::keyClick(title, c.toLatin1()); }));
        }
        expectQuick(QStringLiteral("press Return"), handling([&] { QTest::keyClick(title, Qt::Key_Return); }));
        QCOMPARE(window.model()->node(fx.train)->displayTitle(), QStringLiteral("Locked run"));

        // Switch tabs: the Pipelines tab, back to the graph, the docks' tabs.
        expectQuick(QStringLiteral("open the Pipelines tab"), handling([&] { window.showPipelines(); }));
        QCOMPARE(window.centralTabs()->currentWidget(), window.pipelinesPanel());
        expectQuick(QStringLiteral("refresh the Pipelines tab"), handling([&] { window.pipelinesPanel()->controller()->refresh(); }));
        expectQuick(QStringLiteral("back to the graph"), handling([&] { window.centralTabs()->setCurrentIndex(0); }));

        // Select another card, then wait out the rest of the hold with the window live.
        const QPoint onProject = view->mapFromScene(window.scene()->card(fx.project)->sceneBoundingRect().center());
        expectQuick(QStringLiteral("click another card"),
                    handling([&] { QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onProject); }));
        QCOMPARE(window.cardEditor()->node(), fx.project);
        QVERIFY2(holder.isLocked(), "the lock was released before the gestures ended");
        while (held.elapsed() < kHoldMs)
            QTest::qWait(50);
        QVERIFY(holder.isLocked());
        qInfo("slowest gesture while locked: %s, %lld ms; most CPU time of one gesture: %.1f ms; "
              "longest gap between GUI timer ticks: %lld ms",
              qPrintable(slowest.second), slowest.first, mostCpu, longestGap);
        QVERIFY2(slow.isEmpty(), qPrintable(slow.join(QStringLiteral("; "))));
        QCOMPARE(db::statementsOnMainThread() - statementsBefore, quint64(0));
        // A generous bound for everything else the thread ran: a wait on the lock would be seconds.
        QVERIFY2(longestGap < 2 * kEventMs, qPrintable(QStringLiteral("the GUI thread was held %1 ms").arg(longestGap)));

        // Released: the edit lands in the workspace, as another program reads it.
        CHECK(holder.release());
        auto storedTitle = [&] {
            Workspace ws(fx.wsDir);
            GraphStore store(ws);
            const std::optional<Node> n = store.node(fx.train);
            return n ? n->displayTitle() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(storedTitle(), QStringLiteral("Locked run"), 30000);
        QCOMPARE(window.model()->node(fx.train)->displayTitle(), QStringLiteral("Locked run"));
    }
};

QTEST_MAIN(TestNoWait)
#include "tst_nowait.moc"
