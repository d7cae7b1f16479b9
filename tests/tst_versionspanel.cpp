#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/versions/Versions.h"
#include "tests/GraphFixture.h"
#include "tests/StoreTestSupport.h"
#include "widgets/EdgeItem.h"
#include "widgets/GraphView.h"
#include "widgets/VersionsPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <map>

using namespace wfs;

namespace {

// Answers the modal dialogs a gesture opens, in order, from inside their own event loops.
// Each step looks at the active modal widget and returns true once it has answered it.
// A dialog no step expects is closed after a while (and reported), so a test fails instead of hanging.
class ModalScript
{
public:
    using Step = std::function<bool(QWidget *modal)>;

    explicit ModalScript(std::vector<Step> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
        m_idle.start();
    }

    bool finished() const { return m_next == m_steps.size(); }
    const QString &unexpected() const { return m_unexpected; }

private:
    void tick()
    {
        if (finished()) {
            m_timer.stop();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || qobject_cast<QProgressDialog *>(modal))
            return;
        if (m_steps[m_next](modal)) {
            ++m_next;
            m_idle.restart();
        } else if (m_idle.elapsed() > 8000) {
            m_unexpected += QString::fromLatin1(modal->metaObject()->className()) + QStringLiteral(" \"") + modal->windowTitle()
                            + QStringLiteral("\" ");
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                m_unexpected += box->text();
            modal->close();
            m_idle.restart();
        }
    }

    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    QTimer m_timer;
    QElapsedTimer m_idle;
    QString m_unexpected;
};

// Fills the Create Version dialog and presses OK.
ModalScript::Step fillVersionDialog(const QString &title, const QString &description, std::function<void()> beforeOk = {})
{
    return [=](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        if (!dialog || qobject_cast<QMessageBox *>(modal) || dialog->findChild<QTreeWidget *>())
            return false;
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        auto *box = dialog->findChild<QDialogButtonBox *>();
        if (edits.size() != 2 || !box || !box->button(QDialogButtonBox::Ok))
            return false;
        QTest::keyClicks(edits[0], title);
        QTest::keyClicks(edits[1], description);
        if (beforeOk)
            beforeOk();
        box->button(QDialogButtonBox::Ok)->click();
        return true;
    };
}

// Answers a message box whose text contains `contains` with `button`; keeps the text it read.
ModalScript::Step answerBox(QMessageBox::StandardButton button, const QString &contains, QString *text = nullptr)
{
    return [=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->text().contains(contains) || !box->button(button))
            return false;
        if (text)
            *text = box->text();
        box->button(button)->click();
        return true;
    };
}

// What a diff dialog showed: its title and, per group heading, the paths listed under it.
struct DiffShown
{
    QString title;
    QString heading;
    std::map<QString, QStringList> groups;
    std::map<QString, QString> sizes; // path -> its size column
};

ModalScript::Step readDiff(DiffShown *out)
{
    return [=](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        auto *tree = dialog ? dialog->findChild<QTreeWidget *>(QStringLiteral("diffTree")) : nullptr;
        if (!tree)
            return false;
        out->title = dialog->windowTitle();
        if (auto *heading = dialog->findChild<QLabel *>(QStringLiteral("diffHeading")))
            out->heading = heading->text();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            QStringList paths;
            for (int c = 0; c < top->childCount(); ++c) {
                paths << top->child(c)->text(0);
                out->sizes[top->child(c)->text(0)] = top->child(c)->text(1);
            }
            out->groups[top->text(0)] = paths;
        }
        dialog->reject();
        return true;
    };
}

#define WAIT_FOR_SCRIPT(script, ms)                                                                                    \
    do {                                                                                                               \
        QTRY_VERIFY_WITH_TIMEOUT((script).finished() || !(script).unexpected().isEmpty(), ms);                       \
        QVERIFY2((script).unexpected().isEmpty(), qPrintable(QStringLiteral("unexpected dialog: ") + (script).unexpected())); \
    } while (false)

// Every file under `dir` by relative path, with its content.
std::map<QString, QByteArray> folderContent(const QString &dir)
{
    std::map<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out[QDir(dir).relativeFilePath(path)] = f.readAll();
    }
    return out;
}

qint64 bytesOf(const std::map<QString, QByteArray> &content)
{
    qint64 n = 0;
    for (const auto &[path, bytes] : content)
        n += bytes.size();
    return n;
}

Relation usesVersion(NodeId project, int number)
{
    Relation r;
    r.direction = Direction::Input;
    r.kind = NodeKind::Project;
    r.target = QString::number(project);
    r.versionNumber = number;
    return r;
}

QString plain(QString text)
{
    return text.remove(u'&');
}

std::set<std::pair<NodeId, NodeId>> structuralPairs(const GraphScene &scene)
{
    std::set<std::pair<NodeId, NodeId>> out;
    for (EdgeItem *e : scene.edgeItems()) {
        if (e->isStructural())
            out.insert({e->from(), e->to()});
    }
    return out;
}

EdgeItem *edgeBetween(const GraphScene &scene, NodeId from, NodeId to)
{
    for (EdgeItem *e : scene.edgeItems()) {
        if (e->from() == from && e->to() == to)
            return e;
    }
    return nullptr;
}

// The scene shows exactly `expected` as placed cards, with no layout pending.
bool showsCards(const GraphScene &scene, const std::set<NodeId> &expected)
{
    if (scene.isLayoutPending() || cardIds(scene) != expected)
        return false;
    for (const auto &[id, item] : scene.cards()) {
        if (!item->isVisible())
            return false;
    }
    return true;
}

} // namespace

class TestVersionsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fx;
    // A panel on its own, on the GUI's model of the fixture's workspace.
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<WorkflowModel> m_model;
    std::unique_ptr<VersionsPanel> m_panel;
    std::unique_ptr<MainWindow> m_window;

    // Creates a version from the test's own connection, as another program would.
    VersionInfo makeVersion(NodeId project, const QString &title, const QString &description = {})
    {
        Workspace ws(m_fx->wsDir);
        GraphStore store(ws);
        const Versions::Created c = Versions(store).create(project, title, description);
        if (!c.created)
            qWarning("no version created for %lld", qlonglong(project));
        return c.version;
    }

    std::vector<VersionInfo> listVersions(NodeId project)
    {
        Workspace ws(m_fx->wsDir);
        GraphStore store(ws);
        return Versions(store).list(project);
    }

    static QList<NodeId> idsOf(const std::vector<VersionInfo> &versions)
    {
        QList<NodeId> ids;
        for (const VersionInfo &v : versions)
            ids << v.id;
        return ids;
    }

    void openPanel()
    {
        m_ws = std::make_unique<Workspace>(m_fx->wsDir);
        m_model = std::make_unique<WorkflowModel>(*m_ws);
        m_panel = std::make_unique<VersionsPanel>(*m_model);
        m_panel->resize(800, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void openWindow(const std::set<NodeId> &expectedCards)
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openWorkspace(m_fx->wsDir));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(showsCards(*m_window->scene(), expectedCards), 20000);
    }

    QTableWidget *table(VersionsPanel *panel) { return panel->findChild<QTableWidget *>(QStringLiteral("versionsTable")); }

    QString headerText(VersionsPanel *panel)
    {
        for (QLabel *l : panel->findChildren<QLabel *>()) {
            if (l->parent() == panel)
                return l->text();
        }
        return {};
    }

    QPushButton *button(VersionsPanel *panel, const QString &text)
    {
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (plain(b->text()) == text)
                return b;
        }
        return nullptr;
    }

    void clickRow(QTableWidget *t, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect cell = t->visualRect(t->model()->index(row, 1));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, modifiers, cell.center());
    }

    void clickCard(NodeId id)
    {
        GraphView *view = m_window->view();
        CardItem *card = m_window->scene()->card(id);
        QVERIFY(card);
        view->centerOn(card);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(card->sceneBoundingRect().center()));
    }

    // Opens the card's context menu the way a right click does and chooses `action`.
    void chooseFromContextMenu(NodeId id, const QString &action)
    {
        GraphView *view = m_window->view();
        CardItem *card = m_window->scene()->card(id);
        QVERIFY(card);
        view->centerOn(card);
        const QPoint at = view->mapFromScene(card->sceneBoundingRect().center());
        bool chosen = false;
        QStringList offered;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            for (QAction *a : menu->actions()) {
                offered << plain(a->text());
                if (plain(a->text()) == action) {
                    menu->setActiveAction(a);
                    chosen = true;
                }
            }
            if (chosen)
                QTest::keyClick(menu, Qt::Key_Return);
            else
                menu->close();
        });
        poll.start();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(chosen, qPrintable(offered.join(QStringLiteral(" | "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void init()
    {
        m_fx = std::make_unique<GraphFixture>();
        CHECK(buildWorkspace(*m_fx));
    }

    void cleanup()
    {
        m_window.reset();
        m_panel.reset();
        m_model.reset();
        m_ws.reset();
        m_fx.reset();
    }

    void listsVersionsInOrderWithTheirDetails()
    {
        const auto first = folderContent(m_fx->projectDir);
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("Baseline"), QStringLiteral("three PNGs"));
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/labels/img0.txt"), QByteArray(1500, 'l')));
        const auto second = folderContent(m_fx->projectDir);
        const VersionInfo v2 = makeVersion(m_fx->project, QStringLiteral("Labelled"), QStringLiteral("one label file"));
        QCOMPARE(v1.number, 1);
        QCOMPARE(v2.number, 2);

        CHECK(openPanel());
        QTableWidget *t = table(m_panel.get());
        QVERIFY(t);
        // Nothing chosen yet: the hint, no rows, nothing to create.
        QCOMPARE(m_panel->project(), NodeId(0));
        QVERIFY2(headerText(m_panel.get()).contains(QStringLiteral("Select a project card")), qPrintable(headerText(m_panel.get())));
        QCOMPARE(t->rowCount(), 0);
        QVERIFY(!button(m_panel.get(), QStringLiteral("Create Version..."))->isEnabled());

        m_panel->setProject(m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);
        QVERIFY2(headerText(m_panel.get()).contains(QStringLiteral("street-scenes")), qPrintable(headerText(m_panel.get())));
        QVERIFY(button(m_panel.get(), QStringLiteral("Create Version..."))->isEnabled());
        QCOMPARE(t->rowCount(), 2);
        // The words get the width, not the size column.
        QTRY_VERIFY2(t->columnWidth(1) > 2 * t->columnWidth(5),
                     qPrintable(QStringLiteral("%1 vs %2").arg(t->columnWidth(1)).arg(t->columnWidth(5))));
        const QLocale locale;
        const QStringList row0{QStringLiteral("1"), QStringLiteral("Baseline"), QStringLiteral("three PNGs")};
        const QStringList row1{QStringLiteral("2"), QStringLiteral("Labelled"), QStringLiteral("one label file")};
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(t->item(0, c)->text(), row0[c]);
            QCOMPARE(t->item(1, c)->text(), row1[c]);
        }
        QVERIFY(!t->item(0, 3)->text().isEmpty());
        // Files and size are those of the folder at each version, counted here from the disk.
        QCOMPARE(t->item(0, 4)->text(), locale.toString(qint64(first.size())));
        QCOMPARE(t->item(1, 4)->text(), locale.toString(qint64(second.size())));
        QCOMPARE(qint64(first.size()), qint64(3));
        QCOMPARE(qint64(second.size()), qint64(4));
        QCOMPARE(t->item(0, 5)->text(), locale.formattedDataSize(bytesOf(first), 1, QLocale::DataSizeTraditionalFormat));
        QCOMPARE(t->item(1, 5)->text(), locale.formattedDataSize(bytesOf(second), 1, QLocale::DataSizeTraditionalFormat));
        QVERIFY(t->item(0, 5)->text() != t->item(1, 5)->text());

        // A version another program makes appears without any gesture here.
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/labels/img1.txt"), "cat"));
        const VersionInfo v3 = makeVersion(m_fx->project, QStringLiteral("From the CLI"));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v1.id, v2.id, v3.id}), 5000);

        m_panel->setProject(0);
        QVERIFY(m_panel->shownVersions().isEmpty());
        QVERIFY2(headerText(m_panel.get()).contains(QStringLiteral("Select a project card")), qPrintable(headerText(m_panel.get())));
    }

    void selectingCardsChoosesTheProject()
    {
        const QString otherDir = m_fx->path(QStringLiteral("harbour"));
        CHECK(touchFile(otherDir + QStringLiteral("/boat.png"), "boat"));
        NodeId other = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            other = Recorder(store).registerPath(NodeKind::Project, otherDir);
        }
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/img3.png"), "more"));
        const VersionInfo v2 = makeVersion(m_fx->project, QStringLiteral("two"));
        const VersionInfo o1 = makeVersion(other, QStringLiteral("harbour one"));
        // v1 no task used is a marker; v2 and o1 are their projects' newest, so cards.
        std::set<NodeId> cards = m_fx->all();
        cards.insert({other, v2.id, o1.id});
        CHECK(openWindow(cards));
        GraphScene &scene = *m_window->scene();
        VersionsPanel *panel = m_window->versionsPanel();
        QVERIFY(panel);
        // Version cards name their project: two "Version 1" cards of two projects differ.
        QVERIFY2(scene.card(o1.id)->layout().descriptionLines.join(u' ').contains(QStringLiteral("harbour")),
                 qPrintable(scene.card(o1.id)->layout().descriptionLines.join(u' ')));
        QVERIFY(scene.card(v2.id)->layout().descriptionLines.join(u' ').contains(QStringLiteral("street-scenes")));

        scene.selectNode(m_fx->project);
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);

        scene.selectNode(o1.id);
        QCOMPARE(panel->project(), other);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{o1.id}), 10000);

        scene.selectNode(v2.id);
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);

        // Clicking a card of no project, or clearing the selection (as deleting the selected
        // version card does), leaves the panel on the project it shows.
        CHECK(clickCard(m_fx->weights));
        QCOMPARE(scene.selectedNode(), m_fx->weights);
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);
        scene.clearSelection();
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);
    }

    void keyboardNavigationKeepsTheProject()
    {
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        std::set<NodeId> cards = m_fx->all();
        cards.insert(v1.id);
        CHECK(openWindow(cards));
        VersionsPanel *panel = m_window->versionsPanel();
        CHECK(clickCard(m_fx->project));
        QCOMPARE(panel->project(), m_fx->project);
        // Stepping to the task with the arrow keys is the same as clicking it: the panel stays.
        m_window->view()->setFocus();
        QTest::keyClick(m_window->view(), Qt::Key_Right);
        QCOMPARE(m_window->scene()->selectedNode(), m_fx->train);
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id}), 10000);
    }

    void createVersionThroughTheDialog()
    {
        CHECK(openPanel());
        m_panel->setProject(m_fx->project);
        QTRY_VERIFY(m_panel->isLoaded());
        QVERIFY(m_panel->shownVersions().isEmpty());
        QSignalSpy messages(m_panel.get(), &VersionsPanel::message);

        {
            ModalScript script({fillVersionDialog(QStringLiteral("Baseline"), QStringLiteral("three PNGs"))});
            QTest::mouseClick(button(m_panel.get(), QStringLiteral("Create Version...")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions().size(), 1, 10000);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        const std::vector<VersionInfo> after = listVersions(m_fx->project);
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after[0].number, 1);
        QCOMPARE(after[0].title, QStringLiteral("Baseline"));
        QCOMPARE(after[0].description, QStringLiteral("three PNGs"));
        QCOMPARE(after[0].files, qint64(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{after[0].id}), 10000);
        QTRY_VERIFY(m_model->node(after[0].id));
        QCOMPARE(m_model->node(after[0].id)->kind, NodeKind::ProjectVersion);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 2000);
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Created version 1")),
                 qPrintable(messages.last().at(0).toString()));

        // Nothing changed: the panel says so and adds nothing.
        {
            ModalScript script({fillVersionDialog(QStringLiteral("Again"), QString())});
            m_panel->createVersion();
            QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 10000);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Nothing changed")),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(listVersions(m_fx->project).size(), std::size_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{after[0].id}), 10000);
    }

    void compareWithTheWorkingFolderAndBetweenVersions()
    {
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        CHECK(openPanel());
        m_panel->setProject(m_fx->project);
        // Compared from the list, as a user does once it is shown.
        QTRY_VERIFY(m_model->isLoaded() && m_panel->isLoaded());
        QFile img(m_fx->projectDir + QStringLiteral("/img1.png"));
        QVERIFY(img.open(QIODevice::Append));
        img.write("changed");
        img.close();

        DiffShown working;
        {
            ModalScript script({readDiff(&working)});
            m_panel->compare(v1.id);
            WAIT_FOR_SCRIPT(script, 10000);
        }
        QVERIFY2(working.title.contains(QStringLiteral("working folder")), qPrintable(working.title));
        // The dialog says what it compares, and a change of a few bytes shows as one.
        QVERIFY2(working.heading.contains(QStringLiteral("street-scenes")) && working.heading.contains(QStringLiteral("version 1")),
                 qPrintable(working.heading));
        QVERIFY2(working.sizes[QStringLiteral("img1.png")].endsWith(QStringLiteral("(+7 bytes)")),
                 qPrintable(working.sizes[QStringLiteral("img1.png")]));
        QCOMPARE(working.groups[QStringLiteral("Modified (1)")], QStringList{QStringLiteral("img1.png")});
        QCOMPARE(working.groups[QStringLiteral("Added (0)")], QStringList{});
        QCOMPARE(working.groups[QStringLiteral("Removed (0)")], QStringList{});
        QCOMPARE(working.groups.size(), std::size_t(3));

        // Two versions selected in the table (newer first): compared oldest to newest.
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/notes/new.txt"), "new"));
        QVERIFY(QFile::remove(m_fx->projectDir + QStringLiteral("/img2.png")));
        const VersionInfo v2 = makeVersion(m_fx->project, QStringLiteral("two"));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 5000);
        QTableWidget *t = table(m_panel.get());
        QPushButton *compare = button(m_panel.get(), QStringLiteral("Compare"));
        QVERIFY(!compare->isEnabled());
        clickRow(t, 1);
        QVERIFY(compare->isEnabled());
        clickRow(t, 0, Qt::ControlModifier);
        QCOMPARE(t->selectionModel()->selectedRows().size(), 2);
        QVERIFY(compare->isEnabled());

        DiffShown between;
        {
            ModalScript script({readDiff(&between)});
            QTest::mouseClick(compare, Qt::LeftButton);
            WAIT_FOR_SCRIPT(script, 10000);
        }
        QVERIFY2(between.title.contains(QStringLiteral("version 1")) && between.title.contains(QStringLiteral("version 2")),
                 qPrintable(between.title));
        QCOMPARE(between.heading, between.title);
        QVERIFY2(between.title.indexOf(QStringLiteral("1")) < between.title.indexOf(QStringLiteral("2")), qPrintable(between.title));
        QCOMPARE(between.groups[QStringLiteral("Modified (1)")], QStringList{QStringLiteral("img1.png")});
        QCOMPARE(between.groups[QStringLiteral("Added (1)")], QStringList{QStringLiteral("notes/new.txt")});
        QCOMPARE(between.groups[QStringLiteral("Removed (1)")], QStringList{QStringLiteral("img2.png")});
    }

    void restoreIntoTheDefaultFolder()
    {
        const auto content = folderContent(m_fx->projectDir);
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        // The working folder moves on; the restore brings back version 1.
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/img0.png"), "overwritten"));
        CHECK(openPanel());
        m_panel->setProject(m_fx->project);
        QSignalSpy messages(m_panel.get(), &VersionsPanel::message);
        const QString folder = QFileInfo(m_fx->projectDir).absolutePath() + QStringLiteral("/street-scenes, from ver. 1");
        QVERIFY(!QFileInfo::exists(folder));

        QString question;
        {
            ModalScript script({answerBox(QMessageBox::Yes, QStringLiteral("Restore version 1"), &question)});
            m_panel->restore(v1.id);
            WAIT_FOR_SCRIPT(script, 5000);
        }
        QVERIFY2(question.contains(folder), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
        QVERIFY2(messages.last().at(0).toString().contains(folder), qPrintable(messages.last().at(0).toString()));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(folderContent(folder), content);

        auto restoredCard = [&]() -> const Node * {
            for (const Node &n : m_model->graph().nodes) {
                if (n.kind == NodeKind::Project && n.path == folder)
                    return &n;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(restoredCard(), 5000);
        QVERIFY(restoredCard()->id != m_fx->project);
    }

    void restoreWithMissingContentOffersTheRest()
    {
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        Hash lost;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            Versions versions(store);
            for (const ManifestEntry &e : versions.manifest(v1).entries) {
                if (e.path == "img0.png")
                    lost = e.hash;
            }
        }
        QVERIFY(!lost.isNull());
        QVERIFY(storetest::removeObject(m_fx->wsDir + QStringLiteral("/store"), lost)); // loose or packed

        CHECK(openPanel());
        m_panel->setProject(m_fx->project);
        QSignalSpy messages(m_panel.get(), &VersionsPanel::message);
        const QString folder = QFileInfo(m_fx->projectDir).absolutePath() + QStringLiteral("/street-scenes, from ver. 1");
        QString missing;
        {
            ModalScript script({answerBox(QMessageBox::Yes, QStringLiteral("Restore version 1")),
                                answerBox(QMessageBox::Yes, QStringLiteral("Restore the rest?"), &missing)});
            m_panel->restore(v1.id);
            WAIT_FOR_SCRIPT(script, 10000);
        }
        QVERIFY2(missing.contains(QStringLiteral("img0.png")), qPrintable(missing));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("skipped")), qPrintable(messages.last().at(0).toString()));
        auto expected = folderContent(m_fx->projectDir);
        expected.erase(QStringLiteral("img0.png"));
        QCOMPARE(folderContent(folder), expected);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_model->graph().nodes.begin(), m_model->graph().nodes.end(),
                                             [&](const Node &n) { return n.kind == NodeKind::Project && n.path == folder; }),
                                 5000);
    }

    void deleteAsksFirst()
    {
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/img3.png"), "more"));
        const VersionInfo v2 = makeVersion(m_fx->project, QStringLiteral("two"));
        CHECK(openPanel());
        m_panel->setProject(m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);
        QSignalSpy messages(m_panel.get(), &VersionsPanel::message);

        QString warning;
        {
            ModalScript script({answerBox(QMessageBox::Cancel, QStringLiteral("Delete version 1"), &warning)});
            m_panel->deleteVersion(v1.id);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        QVERIFY2(warning.contains(QStringLiteral("history")), qPrintable(warning));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v1.id, v2.id}), 10000);
        QCOMPARE(idsOf(listVersions(m_fx->project)), (QList<NodeId>{v1.id, v2.id}));
        QVERIFY(m_model->node(v1.id));
        QVERIFY(messages.isEmpty());

        {
            ModalScript script({answerBox(QMessageBox::Yes, QStringLiteral("Delete version 1"))});
            m_panel->deleteVersion(v1.id);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{v2.id}), 10000);
        QCOMPARE(idsOf(listVersions(m_fx->project)), (QList<NodeId>{v2.id}));
        QVERIFY(!m_model->node(v1.id));
        QVERIFY(m_model->node(v2.id));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Deleted version 1")),
                 qPrintable(messages.last().at(0).toString()));
    }

    void versionsNoTaskUsedAreMarkersOnTheChain()
    {
        std::vector<VersionInfo> v;
        for (int i = 1; i <= 4; ++i) {
            CHECK(touchFile(m_fx->projectDir + QStringLiteral("/notes.txt"), QByteArray::number(i)));
            v.push_back(makeVersion(m_fx->project, QStringLiteral("Round %1").arg(i)));
            QCOMPARE(v.back().number, i);
        }
        NodeId useV1 = 0, useV3 = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            Recorder rec(store);
            useV1 = rec.startTask({QStringLiteral("Use v1"), QStringLiteral("a.py"), {}, {}});
            QCOMPARE(rec.record(useV1, usesVersion(m_fx->project, 1)), v[0].id);
            rec.finishTask(useV1, TaskStatus::Succeeded, 0);
            useV3 = rec.startTask({QStringLiteral("Use v3"), QStringLiteral("b.py"), {}, {}});
            QCOMPARE(rec.record(useV3, usesVersion(m_fx->project, 3)), v[2].id);
            rec.finishTask(useV3, TaskStatus::Succeeded, 0);
        }
        std::set<NodeId> cards = m_fx->all();
        cards.insert({useV1, useV3, v[0].id, v[2].id, v[3].id});
        CHECK(openWindow(cards));
        GraphScene &scene = *m_window->scene();
        QVERIFY(!scene.card(v[1].id));
        QVERIFY(m_window->model()->node(v[1].id)); // in the model, drawn as a marker only

        using Chain = std::set<std::pair<NodeId, NodeId>>;
        QCOMPARE(structuralPairs(scene), (Chain{{m_fx->project, v[0].id}, {v[0].id, v[2].id}, {v[2].id, v[3].id}}));
        EdgeItem *skip = edgeBetween(scene, v[0].id, v[2].id);
        QVERIFY(skip);
        QCOMPARE(skip->markers().size(), 1);
        QVERIFY2(skip->markers().front().contains(QStringLiteral("Version 2")), qPrintable(skip->markers().front()));
        QVERIFY(edgeBetween(scene, m_fx->project, v[0].id)->markers().isEmpty());
        QVERIFY(edgeBetween(scene, v[2].id, v[3].id)->markers().isEmpty());
        // The tasks' own edges are drawn solid.
        QVERIFY(edgeBetween(scene, v[0].id, useV1) && !edgeBetween(scene, v[0].id, useV1)->isStructural());
        QVERIFY(edgeBetween(scene, v[2].id, useV3) && !edgeBetween(scene, v[2].id, useV3)->isStructural());

        // Once a task uses version 2 (recorded by another program), it becomes a card on the chain.
        NodeId useV2 = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            Recorder rec(store);
            useV2 = rec.startTask({QStringLiteral("Use v2"), QStringLiteral("c.py"), {}, {}});
            rec.record(useV2, usesVersion(m_fx->project, 2));
            rec.finishTask(useV2, TaskStatus::Succeeded, 0);
        }
        cards.insert({useV2, v[1].id});
        QTRY_VERIFY_WITH_TIMEOUT(showsCards(scene, cards), 10000);
        QCOMPARE(structuralPairs(scene),
                 (Chain{{m_fx->project, v[0].id}, {v[0].id, v[1].id}, {v[1].id, v[2].id}, {v[2].id, v[3].id}}));
        for (EdgeItem *e : scene.edgeItems())
            QVERIFY(e->markers().isEmpty());
    }

    void cardMenusCreateAndDeleteVersions()
    {
        const VersionInfo v1 = makeVersion(m_fx->project, QStringLiteral("one"));
        std::set<NodeId> cards = m_fx->all();
        cards.insert(v1.id);
        CHECK(openWindow(cards));
        VersionsPanel *panel = m_window->versionsPanel();

        CHECK(touchFile(m_fx->projectDir + QStringLiteral("/img3.png"), "more"));
        {
            ModalScript script({fillVersionDialog(QStringLiteral("From the menu"), QString())});
            CHECK(chooseFromContextMenu(m_fx->project, QStringLiteral("Create Version...")));
            QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions().size(), 2, 10000);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        const std::vector<VersionInfo> versions = listVersions(m_fx->project);
        QCOMPARE(versions.size(), std::size_t(2));
        QCOMPARE(versions[1].title, QStringLiteral("From the menu"));
        QCOMPARE(panel->project(), m_fx->project);
        // The new version is the newest, so a card; version 1, used by no task, becomes a marker.
        cards.erase(v1.id);
        cards.insert(versions[1].id);
        QTRY_VERIFY_WITH_TIMEOUT(showsCards(*m_window->scene(), cards), 10000);

        {
            ModalScript script({answerBox(QMessageBox::Yes, QStringLiteral("Delete version 2"))});
            CHECK(chooseFromContextMenu(versions[1].id, QStringLiteral("Delete Version...")));
            WAIT_FOR_SCRIPT(script, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(listVersions(m_fx->project)), (QList<NodeId>{v1.id}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->node(versions[1].id), 10000);
        // Version 1 is the newest again: a card once more.
        cards.erase(versions[1].id);
        cards.insert(v1.id);
        QTRY_VERIFY_WITH_TIMEOUT(showsCards(*m_window->scene(), cards), 10000);
        // The menu showed the panel for this project; deleting the selected card must not empty it.
        QCOMPARE(panel->project(), m_fx->project);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shownVersions(), (QList<NodeId>{v1.id}), 10000);
    }

    void windowStaysLiveWhileALongCreateRuns()
    {
        // 20,000 files: in memory where the system offers it, so the test times the work, not the disk.
        QTemporaryDir shm(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/wfs-versionspanel-XXXXXX")
                                                                     : QString());
        QVERIFY(shm.isValid());
        m_fx->wsDir = shm.filePath(QStringLiteral("ws"));
        const QString big = shm.filePath(QStringLiteral("big"));
        for (int d = 0; d < 100; ++d) {
            const QString dir = big + QStringLiteral("/d%1").arg(d);
            QVERIFY(QDir().mkpath(dir));
            for (int i = 0; i < 200; ++i) {
                QFile f(dir + QStringLiteral("/f%1.txt").arg(i));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray::number(d * 1000 + i));
            }
        }
        NodeId project = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            project = Recorder(store).registerPath(NodeKind::Project, big);
        }
        CHECK(openPanel());
        m_panel->setProject(project);

        int ticks = 0;
        int ticksAtStart = -1;
        int ticksAtDone = -1;
        bool progressShown = false;
        QElapsedTimer clock;
        qint64 jobMs = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            ++ticks;
            for (QProgressDialog *p : m_panel->findChildren<QProgressDialog *>())
                progressShown = progressShown || p->isVisible();
        });
        connect(m_panel.get(), &VersionsPanel::message, this, [&] {
            ticksAtDone = ticks;
            jobMs = clock.elapsed();
        });
        heartbeat.start();
        {
            ModalScript script({fillVersionDialog(QStringLiteral("Big"), QString(), [&] {
                ticksAtStart = ticks;
                clock.start();
            })});
            m_panel->createVersion();
            QTRY_VERIFY_WITH_TIMEOUT(ticksAtDone >= 0, 60000);
            WAIT_FOR_SCRIPT(script, 1000);
        }
        QVERIFY(ticksAtStart >= 0);
        const int during = ticksAtDone - ticksAtStart;
        qInfo("create of 20,000 files took %lld ms; %d heartbeat ticks ran meanwhile; progress dialog %s", jobMs, during,
              progressShown ? "shown" : "not shown");
        // A 10 ms timer fires many times while the work runs: the GUI thread never waited for it.
        QVERIFY2(during >= 5, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(during).arg(jobMs)));
        if (jobMs > 700) // the dialog waits 400 ms before it shows
            QVERIFY(progressShown);
        const std::vector<VersionInfo> versions = listVersions(project);
        QCOMPARE(versions.size(), std::size_t(1));
        QCOMPARE(versions[0].files, qint64(20000));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->shownVersions(), (QList<NodeId>{versions[0].id}), 10000);
        cleanup(); // the panel and its workspace go before the folder they live in
    }
};

QTEST_MAIN(TestVersionsPanel)
#include "tst_versionspanel.moc"
