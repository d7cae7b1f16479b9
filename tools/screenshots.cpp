// Takes the screenshots of docs/shots: the window and each panel at real sizes, in one language.
//   xvfb-run -s '-screen 0 1600x1000x24' build/tools/wfs_screenshots --workspace DIR --flow FILE --out docs/shots --lang de
// Then look at every PNG: a panel is judged by looking at it.

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/LayoutService.h"
#include "widgets/CardEditor.h"
#include "widgets/GraphScene.h"
#include "widgets/IconPickerDialog.h"
#include "widgets/LogPanel.h"
#include "widgets/VersionsPanel.h"
#include "widgets/pipelines/PipelinesController.h"
#include "widgets/pipelines/PipelinesPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <functional>

using namespace wfs;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void settle(int ms = 400)
{
    waitFor([] { return false; }, ms);
}

NodeId firstOfKind(WorkflowModel &model, NodeKind kind)
{
    for (const Node &n : model.graph().nodes) {
        if (n.kind == kind)
            return n.id;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leaves the user's settings alone
    setApplicationIdentity();
    QSettings().clear(); // every run starts from the same window
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("workspace"), QStringLiteral("DIR"));
    const QCommandLineOption flowOption(QStringLiteral("flow"), QStringLiteral("workflow file"), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or de"), QStringLiteral("LANG"),
                                        QStringLiteral("en"));
    parser.addOptions({workspaceOption, flowOption, outOption, langOption});
    parser.process(app);
    const QString lang = parser.value(langOption);
    const QLocale locale(lang);
    QLocale::setDefault(locale);
    QTranslator ours;
    QTranslator qt;
    if (ours.load(locale, QStringLiteral("wfs"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    auto save = [&](QWidget *w, const QString &name) {
        const QString file = out.filePath(QStringLiteral("%1-%2.png").arg(name, lang));
        if (!w->grab().save(file))
            qWarning("cannot write %s", qPrintable(file));
    };

    MainWindow window;
    if (!window.openWorkspace(parser.value(workspaceOption)))
        return 1;
    window.resize(1500, 950);
    window.show();
    WorkflowModel &model = *window.model();
    waitFor([&] { return model.isLoaded() && !window.scene()->isLayoutPending(); });
    settle(800);
    save(&window, QStringLiteral("window"));
    // A finished bake is one card until a click shows its tasks.
    if (!model.collapsedGroups().empty()) {
        window.scene()->setGroupExpanded(model.collapsedGroups().front().unit, true);
        waitFor([&] { return !window.scene()->isLayoutPending(); });
        settle(800);
        save(&window, QStringLiteral("window-bake-expanded"));
    }
    auto dockOf = [](QWidget *w) { return qobject_cast<QDockWidget *>(w->parentWidget()); };

    // Nothing selected, then a task card selected.
    save(dockOf(window.cardEditor()), QStringLiteral("card-none"));
    const NodeId task = firstOfKind(model, NodeKind::Task);
    window.scene()->selectNode(task);
    settle();
    save(dockOf(window.cardEditor()), QStringLiteral("card-task"));
    save(&window, QStringLiteral("window-selected"));

    // A project's versions, and the undo button after an edit.
    const NodeId project = firstOfKind(model, NodeKind::Project);
    window.scene()->selectNode(project);
    waitFor([&] { return window.versionsPanel()->isLoaded(); });
    settle();
    save(dockOf(window.versionsPanel()), QStringLiteral("versions"));

    // The compare dialog of the project's first two versions.
    const QList<NodeId> versions = window.versionsPanel()->shownVersions();
    if (versions.size() >= 2) {
        QTimer::singleShot(1500, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                save(modal, QStringLiteral("compare"));
                modal->close();
            }
        });
        window.versionsPanel()->compare(versions[0], versions[1]);
    }

    // The log panel, empty and with a task's log: its tab raised, as a user would see it.
    dockOf(window.logPanel())->raise();
    settle();
    save(dockOf(window.logPanel()), QStringLiteral("log-none"));
    window.activateCard(task);
    settle(800);
    save(dockOf(window.logPanel()), QStringLiteral("log-task"));

    // The icon picker with a search that matches nothing.
    {
        IconPickerDialog picker(QStringLiteral("cog"), &window);
        picker.show();
        picker.findChild<QLineEdit *>(QStringLiteral("iconFilter"))->setText(QStringLiteral("katze"));
        settle();
        save(&picker, QStringLiteral("icons-none"));
    }

    // The menus, opened: each one a user reads in both languages (View holds Language, Remote
    // the team remote's Push and Pull).
    for (QAction *entry : window.menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        menu->popup(window.mapToGlobal(QPoint(0, 0)));
        settle(300);
        save(menu, QStringLiteral("menu-") + menu->objectName().chopped(4)); // "viewMenu": menu-view
        menu->hide();
    }

    // The Pipelines tab with the workflow file, then its newest bake.
    window.showPipelines();
    PipelinesPanel *pipelines = window.pipelinesPanel();
    if (parser.isSet(flowOption))
        pipelines->controller()->openFlow(parser.value(flowOption));
    settle(1500);
    save(&window, QStringLiteral("pipelines-plan"));
    if (!pipelines->controller()->state().bakes.empty()) {
        pipelines->controller()->showBake(pipelines->controller()->state().bakes.front().id);
        settle(1500);
        save(&window, QStringLiteral("pipelines-bake"));
    }
    window.close();
    LayoutService::shutdown();
    return 0;
}
