// What the main window does with one card: open it, its link or its log; its context menu; and
// the cards of folders and files dropped on the window.
#include "app/gui/MainWindow.h"

#include "model/graph/WorkflowModel.h"
#include "model/workspace/Workspace.h"
#include "widgets/CardEditor.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/GraphView.h"
#include "widgets/LogPanel.h"
#include "widgets/VersionsPanel.h"
#include "widgets/eval/ReportCards.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>
#include <memory>

namespace wfs {

namespace {

QString folderOf(const Node &n)
{
    if (n.kind == NodeKind::File || n.kind == NodeKind::ModelWeight)
        return QFileInfo(n.path).absolutePath();
    return n.path;
}

// The scope that best shows a card's history.
std::optional<Scope> scopeFor(const Node &n, const WorkflowModel &model)
{
    if (n.kind == NodeKind::Project)
        return Scope{Scope::Type::Project, n.id};
    if (n.kind == NodeKind::Task)
        return Scope{Scope::Type::Task, n.id};
    if (n.kind == NodeKind::ProjectVersion && n.projectId)
        return Scope{Scope::Type::Project, n.projectId};
    for (const Edge &e : model.graph().edges) {
        const NodeId other = e.from == n.id ? e.to : e.to == n.id ? e.from : 0;
        if (const Node *t = other ? model.node(other) : nullptr; t && t->kind == NodeKind::Task)
            return Scope{Scope::Type::Task, t->id};
    }
    return std::nullopt;
}

} // namespace

void MainWindow::openLink(const QString &url)
{
    QUrl target(url);
    if (url.startsWith(u'/')) {
        // The seed's links are relative to the server; ours resolve against a base address
        // when one is configured, else inside the workspace folder.
        const QString base = QSettings().value(QStringLiteral("links/base")).toString();
        target = base.isEmpty() ? QUrl::fromLocalFile(m_workspace->dir() + url) : QUrl(base).resolved(QUrl(url));
    }
    if (!QDesktopServices::openUrl(target))
        statusBar()->showMessage(tr("Could not open %1").arg(target.toDisplayString()), 8000);
}

void MainWindow::activateCard(NodeId id)
{
    const Node *n = m_model ? m_model->node(id) : nullptr;
    if (!n)
        return;
    if (n->task) {
        if (n->task->logPath.isEmpty()) {
            statusBar()->showMessage(tr("Task \"%1\" has no log: only tasks run with 'wfs run' keep one").arg(n->displayTitle()), 8000);
            return;
        }
        m_log->showLog(n->displayTitle(), n->task->logPath);
        m_logDock->show();
        m_logDock->raise();
        return;
    }
    if (evalui::openReportCard(this, *n))
        return;
    if (!n->path.isEmpty()) {
        const QString folder = folderOf(*n);
        if (!QFileInfo(folder).isDir()) {
            statusBar()->showMessage(tr("%1 does not exist any more").arg(folder), 8000);
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        return;
    }
    if (n->settings.link)
        openLink(n->settings.link->url);
    else if (!n->url.isEmpty())
        openLink(n->url);
    else
        statusBar()->showMessage(tr("\"%1\" has nothing to open").arg(n->displayTitle()), 5000);
}

void MainWindow::showCardContextMenu(NodeId id, const QPoint &globalPos)
{
    const Node *n = m_model ? m_model->node(id) : nullptr;
    if (!n)
        return;
    QMenu menu(this);
    if (n->task) {
        menu.addAction(tr("Show &Log"), this, [this, id] { activateCard(id); })->setEnabled(!n->task->logPath.isEmpty());
    } else if (!n->path.isEmpty()) {
        menu.addAction(n->kind == NodeKind::File || n->kind == NodeKind::ModelWeight ? tr("Open Containing &Folder")
                                                                                    : tr("Open &Folder"),
                       this, [this, id] { activateCard(id); });
    }
    if (n->settings.link) {
        const QString url = n->settings.link->url;
        menu.addAction(tr("Open Link \"%1\"").arg(n->settings.link->title), this, [this, url] { openLink(url); });
    } else if (!n->url.isEmpty()) {
        const QString url = n->url;
        menu.addAction(tr("Open Job Link"), this, [this, url] { openLink(url); });
    }
    std::vector<NodeId> selected;
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (auto *c = qgraphicsitem_cast<CardItem *>(item))
            selected.push_back(c->id());
    evalui::addReportActions(menu, this, *m_model, *n, selected);
    if (n->kind == NodeKind::Project) {
        menu.addAction(tr("Create &Version..."), this, [this, id] {
            m_versions->setProject(id);
            m_versionsDock->show();
            m_versions->createVersion();
        });
    } else if (n->kind == NodeKind::ProjectVersion) {
        const NodeId project = n->projectId;
        auto withPanel = [this, project](auto action) {
            return [this, project, action] {
                m_versions->setProject(project);
                m_versionsDock->show();
                m_versionsDock->raise();
                action();
            };
        };
        menu.addAction(tr("&Restore into a New Folder..."), this, withPanel([this, id] { m_versions->restore(id); }));
        menu.addAction(tr("Compare with &Working Folder"), this, withPanel([this, id] { m_versions->compare(id); }));
        menu.addAction(tr("&Delete Version..."), this, withPanel([this, id] { m_versions->deleteVersion(id); }));
    }
    if (const std::optional<Scope> scope = scopeFor(*n, *m_model)) {
        const Scope s = *scope;
        menu.addAction(tr("Show in &Scope"), this, [this, s] { m_model->setScope(s); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Customise Card..."), this, [this] {
        m_cardDock->show();
        m_cardDock->raise();
        m_editor->titleEdit()->setFocus();
    });
    if (!n->settings.isEmpty())
        menu.addAction(tr("&Reset Card"), this, [this] { m_editor->resetCard(); });
    if (!n->path.isEmpty()) {
        const QString path = n->path;
        menu.addAction(tr("Copy &Path"), this, [path] { QApplication::clipboard()->setText(path); });
    }
    menu.exec(globalPos);
}

void MainWindow::addDroppedPaths(const QStringList &paths, int rejected)
{
    if (!m_model)
        return;
    // The writer adds the paths in order, off this thread; the status bar speaks once all are in.
    struct Drop
    {
        qsizetype left = 0;
        QStringList messages;
        QString tail;
    };
    auto drop = std::make_shared<Drop>();
    drop->left = paths.size();
    if (rejected > 0)
        drop->tail = tr("%n dropped item(s) are not files or folders on this computer and were not added", nullptr, rejected);
    if (paths.isEmpty()) {
        statusBar()->showMessage(rejected > 0 ? drop->tail : tr("Nothing to add: drop folders (projects) or files"), 10000);
        return;
    }
    for (const QString &path : paths) {
        m_model->addPath(path, [this, drop, path](NodeId id, bool added) {
            const Node *n = m_model->anyNode(id);
            const QString name = n ? n->displayTitle() : QFileInfo(path).fileName();
            if (!added)
                drop->messages << tr("%1 is already on the graph").arg(name);
            else
                drop->messages << (QFileInfo(path).isDir() ? tr("Added project %1").arg(name) : tr("Added file %1").arg(name));
            const bool inScope = m_model->scope().type == Scope::Type::Workspace || m_model->node(id);
            if (!inScope)
                drop->messages << tr("it is not part of the current scope: View > Show Whole Workspace shows it");
            if (--drop->left == 0)
                droppedPathsAdded(drop->messages + (drop->tail.isEmpty() ? QStringList() : QStringList{drop->tail}),
                                  inScope ? id : 0);
        });
    }
}

void MainWindow::droppedPathsAdded(const QStringList &messages, NodeId last)
{
    statusBar()->showMessage(messages.join(QStringLiteral("; ")), 10000);
    if (!last || !m_scene)
        return;
    CardItem *card = m_scene->card(last);
    if (card && card->isVisible()) {
        m_scene->selectNode(last);
        m_view->centreOn(last);
    } else {
        m_selectAfterLayout = last; // not read or laid out yet, and hidden items cannot be selected
    }
}

} // namespace wfs
