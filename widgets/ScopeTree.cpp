#include "widgets/ScopeTree.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardStyle.h"
#include "widgets/IconFont.h"
#include "widgets/ToolTip.h"

#include <QHeaderView>
#include <QMap>

namespace wfs {

namespace {
constexpr int scopeTypeRole = Qt::UserRole;
constexpr int scopeIdRole = Qt::UserRole + 1;

} // namespace

ScopeTree::ScopeTree(WorkflowModel &model, QWidget *parent) : QTreeWidget(parent), m_model(model)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setObjectName(QStringLiteral("scopeTree"));
    connect(&m_model, &WorkflowModel::indexChanged, this, &ScopeTree::rebuild);
    connect(&m_model, &WorkflowModel::scopeChanged, this, &ScopeTree::syncSelection);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_rebuilding || !item || item->data(0, scopeTypeRole).isNull())
            return;
        m_model.setScope({Scope::Type(item->data(0, scopeTypeRole).toInt()), item->data(0, scopeIdRole).toLongLong()});
    });
    rebuild();
}

void ScopeTree::rebuild()
{
    m_rebuilding = true;
    clear();
    auto *workspace = new QTreeWidgetItem(this, {tr("Workspace")});
    workspace->setData(0, scopeTypeRole, int(Scope::Type::Workspace));
    workspace->setData(0, scopeIdRole, 0);
    workspace->setIcon(0, iconfont::icon(QStringLiteral("sitemap"), QColor(0x455a64)));
    auto *projects = new QTreeWidgetItem(this, {tr("Projects")});
    auto *tasks = new QTreeWidgetItem(this, {tr("Tasks")});
    for (QTreeWidgetItem *header : {projects, tasks}) {
        header->setFlags(Qt::ItemIsEnabled);
        QFont f = header->font(0);
        f.setBold(true);
        header->setFont(0, f);
    }
    QMap<QString, QTreeWidgetItem *> groups;
    for (const Node &n : m_model.projectsAndTasks()) {
        QTreeWidgetItem *parent = n.kind == NodeKind::Project ? projects : tasks;
        if (n.task && !n.task->group.isEmpty()) {
            QTreeWidgetItem *&g = groups[n.task->group];
            if (!g) {
                g = new QTreeWidgetItem(tasks, {n.task->group});
                g->setFlags(Qt::ItemIsEnabled);
                g->setIcon(0, iconfont::icon(QStringLiteral("folder"), QColor(0x3949ab)));
            }
            parent = g;
        }
        auto *item = new QTreeWidgetItem(parent, {n.displayTitle()});
        item->setToolTip(0, plainToolTip(n.path.isEmpty() ? n.displayTitle() : n.path));
        item->setData(0, scopeTypeRole, int(n.kind == NodeKind::Project ? Scope::Type::Project : Scope::Type::Task));
        item->setData(0, scopeIdRole, n.id);
        const cardstyle::Look look = cardstyle::effectiveLook(n);
        const QColor colour = n.task ? cardstyle::statusColor(n.task->status) : look.accent;
        item->setIcon(0, iconfont::icon(look.icon, colour));
    }
    projects->setExpanded(true);
    tasks->setExpanded(true);
    for (QTreeWidgetItem *g : std::as_const(groups))
        g->setExpanded(true);
    m_rebuilding = false;
    syncSelection();
}

QTreeWidgetItem *ScopeTree::itemFor(const Scope &scope) const
{
    for (QTreeWidgetItemIterator it(const_cast<ScopeTree *>(this)); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (!item->data(0, scopeTypeRole).isNull() && item->data(0, scopeTypeRole).toInt() == int(scope.type)
            && item->data(0, scopeIdRole).toLongLong() == scope.id)
            return item;
    }
    return nullptr;
}

void ScopeTree::syncSelection()
{
    QTreeWidgetItem *item = itemFor(m_model.scope());
    if (item && item != currentItem()) {
        m_rebuilding = true;
        setCurrentItem(item);
        m_rebuilding = false;
    }
}

} // namespace wfs
