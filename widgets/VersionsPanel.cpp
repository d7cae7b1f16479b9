#include "widgets/VersionsPanel.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/remote/RemoteRestore.h"
#include "model/remote/VersionState.h"
#include "model/versions/Manifest.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"
#include "model/workspace/WorkspaceReader.h"
#include "widgets/VersionJob.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wfs {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// "1.2 MB → 1.2 MB (+80 bytes)": the difference shows a change too small for the sizes' units,
// so a modified file never reads as unchanged.
QString sizeChange(qint64 before, qint64 after)
{
    const qint64 delta = after - before;
    return QStringLiteral("%1 → %2 (%3%4)")
        .arg(sizeText(before), sizeText(after), delta < 0 ? QStringLiteral("−") : QStringLiteral("+"), sizeText(qAbs(delta)));
}

} // namespace

VersionsPanel::VersionsPanel(WorkflowModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_header(new QLabel(this)), m_table(new QTableWidget(this)),
      m_create(new QPushButton(this)), m_compare(new QPushButton(this)), m_restore(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    m_header->setTextFormat(Qt::PlainText); // names a project
    m_header->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setColumnCount(7);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The words get the room; numbers, dates and sizes keep what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    retranslate();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_compare, m_restore, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &VersionsPanel::createVersion);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<NodeId> s = selectedVersions();
        if (!s.isEmpty())
            compare(s.front(), s.size() > 1 ? s[1] : 0);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!selectedVersions().isEmpty())
            restore(selectedVersions().front());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selectedVersions().isEmpty())
            deleteVersion(selectedVersions().front());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const qsizetype n = selectedVersions().size();
        m_compare->setEnabled(n == 1 || n == 2);
        m_restore->setEnabled(n == 1);
        m_delete->setEnabled(n == 1);
    });
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &VersionsPanel::refresh);
    for (auto signal : {&WorkflowModel::nodeAdded, &WorkflowModel::nodeRemoved})
        connect(&m_model, signal, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(&m_model, &WorkflowModel::indexChanged, &m_refreshSoon, qOverload<>(&QTimer::start));
    refresh();
}

void VersionsPanel::setProject(NodeId project)
{
    if (project == m_project)
        return;
    m_project = project;
    m_loaded = false;
    m_table->setRowCount(0); // not another project's versions under this one's name
    refresh();
}

QList<NodeId> VersionsPanel::shownVersions() const
{
    QList<NodeId> ids;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ids << m_table->item(r, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

QList<NodeId> VersionsPanel::selectedVersions() const
{
    QList<NodeId> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_table->item(i.row(), 0)->data(Qt::UserRole).toLongLong();
    std::sort(ids.begin(), ids.end(), [this](NodeId a, NodeId b) { return numberOf(a) < numberOf(b); });
    return ids;
}

int VersionsPanel::numberOf(NodeId version) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == version)
            return m_table->item(r, 0)->text().toInt();
    }
    return 0;
}

void VersionsPanel::retranslate()
{
    m_create->setText(tr("&Create Version..."));
    m_compare->setText(tr("Co&mpare"));
    m_restore->setText(tr("&Restore..."));
    m_delete->setText(tr("&Delete..."));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Description"), tr("Created"), tr("Files"), tr("Size"), tr("Remote")});
    m_compare->setToolTip(tr("One version: compare it with the working folder. Two: compare them."));
    m_delete->setToolTip(tr("Deleting a version loses the history of the tasks that used it"));
}

void VersionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void VersionsPanel::setRemote(const QString &name)
{
    m_remote = name;
    refresh();
}

void VersionsPanel::refresh()
{
    const Node *project = m_model.anyNode(m_project);
    m_header->setText(m_project ? tr("Versions of %1").arg(project ? project->displayTitle() : QString::number(m_project))
                                : tr("Select a project card to see its versions."));
    m_create->setEnabled(m_project != 0);
    if (!m_project) {
        showVersions({}, {});
        return;
    }
    const NodeId wanted = m_project;
    m_model.reader().run(
        this,
        [wanted, remote = m_remote](Workspace &ws) {
            GraphStore store(ws);
            return std::pair(Versions(store).list(wanted), remote::versionStates(store, wanted, remote));
        },
        [this, wanted](const std::pair<std::vector<VersionInfo>, std::map<NodeId, QString>> &listed) {
            if (wanted == m_project)
                showVersions(listed.first, listed.second);
        },
        [this](const QString &text) { emit message(text); });
}

void VersionsPanel::showVersions(const std::vector<VersionInfo> &versions, const std::map<NodeId, QString> &states)
{
    // The selection survives a refresh of the same list.
    const QList<NodeId> selected = selectedVersions();
    m_table->setRowCount(0);
    for (const VersionInfo &v : versions) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{QString::number(v.number), v.title, v.description,
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.createdMs), QLocale::ShortFormat),
                                QLocale().toString(v.files), sizeText(v.bytes),
                                states.contains(v.id) ? states.at(v.id) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, v.id);
            m_table->setItem(r, c, item);
        }
    }
    for (QPushButton *b : {m_compare, m_restore, m_delete})
        b->setEnabled(false);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (selected.contains(m_table->item(r, 0)->data(Qt::UserRole).toLongLong()))
            m_table->selectRow(r);
    }
    m_loaded = true;
    emit versionsShown();
}

void VersionsPanel::createVersion()
{
    if (!m_project)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Create Version"));
    auto *title = new QLineEdit(&dialog);
    auto *description = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Description:"), description);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NodeId project = m_project;
    const QString t = title->text();
    const QString d = description->text();
    VersionJob::start(this, m_model.workspace().dir(), tr("Creating a version"),
        [project, t, d](Versions &versions, const Progress &progress) {
            const Versions::Created c = versions.create(project, t, d, progress);
            return c.created ? tr("Created version %1").arg(c.version.number)
                             : tr("Nothing changed since version %1: no version was created").arg(c.version.number);
        },
        [this](bool ok, const QString &text) {
            if (!ok)
                QMessageBox::warning(this, tr("No version was created"), text);
            m_model.reload();
            refresh();
            emit message(text);
        });
}

void VersionsPanel::compare(NodeId version, NodeId other)
{
    const NodeId project = m_project;
    auto diff = std::make_shared<ManifestDiff>();
    const Node *p = m_model.anyNode(project);
    const QString name = p ? p->displayTitle() : QString::number(project);
    const QString title = other ? tr("%1: version %2 → version %3").arg(name).arg(numberOf(version)).arg(numberOf(other))
                                : tr("%1: version %2 → working folder").arg(name).arg(numberOf(version));
    VersionJob::start(this, m_model.workspace().dir(), tr("Comparing"),
        [project, version, other, diff](Versions &versions, const Progress &progress) {
            const Manifest before = versions.manifest(versions.byId(project, version));
            const Manifest after = other ? versions.manifest(versions.byId(project, other)) : versions.working(project, progress);
            *diff = diffManifests(before, after);
            return QString();
        },
        [this, diff, title](bool ok, const QString &text) {
            if (ok)
                showDiff(this, title, *diff);
            else
                QMessageBox::warning(this, tr("Cannot compare"), text);
        });
}

void VersionsPanel::restore(NodeId version)
{
    const NodeId project = m_project;
    m_model.reader().run(
        this,
        [project, version](Workspace &ws) {
            GraphStore store(ws);
            Versions versions(store);
            const QString folder = versions.defaultRestoreFolder(versions.byId(project, version));
            // A teammate's project folder is not on this machine: beside the user's home then.
            return store.remoteVersion(version) ? QDir::homePath() + u'/' + QFileInfo(folder).fileName() : folder;
        },
        [this, project, version](const QString &folder) { askToRestore(project, version, folder); },
        [this](const QString &text) { QMessageBox::warning(this, tr("Cannot restore"), text); });
}

void VersionsPanel::askToRestore(NodeId project, NodeId version, const QString &folder)
{
    const int number = numberOf(version);
    auto run = [this, project, version](const QString &to, bool skipMissing, auto &self) -> void {
        VersionJob::start(this, m_model.workspace().dir(), tr("Restoring"),
            [project, version, to, skipMissing](Versions &versions, const Progress &progress) {
                const VersionInfo v = versions.byId(project, version);
                // A pulled version's content comes from its remote, every byte verified.
                const RestoreResult r = versions.graph().remoteVersion(version)
                                            ? remote::restorePulled(versions.graph(), v, to, progress)
                                            : versions.restore(v, to, skipMissing, progress);
                return r.skipped.isEmpty() ? tr("Restored into %1").arg(r.folder)
                                           : tr("Restored into %1; %n file(s) missing from the store were skipped", nullptr,
                                                int(r.skipped.size())).arg(r.folder);
            },
            [this, to, skipMissing, self](bool ok, const QString &text) {
                m_model.reload();
                if (ok) {
                    emit message(text);
                    return;
                }
                if (!skipMissing && text.contains(QStringLiteral("--skip-missing"))
                    && QMessageBox::question(this, tr("Content is missing"), text + u'\n' + tr("Restore the rest?"))
                           == QMessageBox::Yes) {
                    self(to, true, self);
                    return;
                }
                QMessageBox::warning(this, tr("Cannot restore"), text);
            });
    };
    if (QMessageBox::question(this, tr("Restore Version %1").arg(number),
                              tr("Restore version %1 into a new folder?\n%2").arg(number).arg(folder))
        == QMessageBox::Yes)
        run(folder, false, run);
}

void VersionsPanel::deleteVersion(NodeId version)
{
    const int number = numberOf(version);
    const auto answer = QMessageBox::warning(this, tr("Delete Version %1").arg(number),
                                             tr("Delete version %1? Its history will be lost: the tasks that used it will "
                                                "no longer show which data they read. Content other versions share is kept.")
                                                 .arg(number),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const NodeId project = m_project;
    m_model.writer().post(
        this,
        [this, project, version, number](Workspace &ws) -> WorkspaceThread::Continuation {
            GraphStore store(ws);
            Versions versions(store);
            versions.remove(versions.byId(project, version));
            return [this, number] {
                emit message(tr("Deleted version %1").arg(number));
                m_model.reload();
                refresh();
            };
        },
        [this](const QString &text) {
            QMessageBox::warning(this, tr("Cannot delete"), text);
            refresh();
        });
}

void showDiff(QWidget *parent, const QString &title, const ManifestDiff &diff)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(640, 480);
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("diffTree"));
    tree->setHeaderLabels({QObject::tr("File"), QObject::tr("Size")});
    auto group = [&](const QString &name, const std::vector<ManifestDiff::Change> &changes, bool before, bool after) {
        auto *top = new QTreeWidgetItem(tree, {name.arg(changes.size())});
        for (const auto &c : changes) {
            QString size = c.folder        ? QObject::tr("empty folder")
                           : before && after ? sizeChange(c.sizeBefore, c.sizeAfter)
                                             : sizeText(before ? c.sizeBefore : c.sizeAfter);
            new QTreeWidgetItem(top, {displayPath(c.path), size});
        }
        top->setExpanded(changes.size() < 200);
    };
    group(QObject::tr("Added (%1)"), diff.added, false, true);
    group(QObject::tr("Removed (%1)"), diff.removed, true, false);
    group(QObject::tr("Modified (%1)"), diff.modified, true, true);
    tree->resizeColumnToContents(0);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    // Says what is compared inside the dialog too: window titles are often cut or not shown.
    auto *heading = new QLabel(title, &dialog);
    heading->setObjectName(QStringLiteral("diffHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (diff.isEmpty())
        layout->addWidget(new QLabel(QObject::tr("No differences."), &dialog));
    layout->addWidget(tree);
    layout->addWidget(box);
    dialog.exec();
}

} // namespace wfs
