#include "VersionsPanel.h"

#include "VersionJob.h"
#include "core/Error.h"
#include "graph/WorkflowModel.h"
#include "versions/Manifest.h"
#include "versions/Versions.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
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

} // namespace

VersionsPanel::VersionsPanel(WorkflowModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_header(new QLabel(this)), m_table(new QTableWidget(this)),
      m_create(new QPushButton(tr("&Create Version..."), this)), m_compare(new QPushButton(tr("Co&mpare"), this)),
      m_restore(new QPushButton(tr("&Restore..."), this)), m_delete(new QPushButton(tr("&Delete..."), this))
{
    m_header->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Description"), tr("Created"), tr("Files"), tr("Size")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_compare->setToolTip(tr("One version: compare it with the working folder. Two: compare them."));
    m_delete->setToolTip(tr("Deleting a version loses the history of the tasks that used it"));

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

void VersionsPanel::refresh()
{
    m_table->setRowCount(0);
    const Node *project = m_model.node(m_project);
    std::vector<VersionInfo> versions;
    if (m_project) {
        try {
            versions = Versions(m_model.store()).list(m_project);
        } catch (const Error &e) {
            emit message(e.message());
        }
    }
    m_header->setText(m_project ? tr("Versions of %1").arg(project ? project->displayTitle() : QString::number(m_project))
                                : tr("Select a project card to see its versions."));
    m_create->setEnabled(m_project != 0);
    for (const VersionInfo &v : versions) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{QString::number(v.number), v.title, v.description,
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.createdMs), QLocale::ShortFormat),
                                QLocale().toString(v.files), sizeText(v.bytes)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, v.id);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (QPushButton *b : {m_compare, m_restore, m_delete})
        b->setEnabled(false);
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
    const QString title = other ? tr("Version %1 → version %2").arg(numberOf(version)).arg(numberOf(other))
                                : tr("Version %1 → working folder").arg(numberOf(version));
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
    QString folder;
    try {
        Versions versions(m_model.store());
        folder = versions.defaultRestoreFolder(versions.byId(project, version));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot restore"), e.message());
        return;
    }
    const int number = numberOf(version);
    auto run = [this, project, version](const QString &to, bool skipMissing, auto &self) -> void {
        VersionJob::start(this, m_model.workspace().dir(), tr("Restoring"),
            [project, version, to, skipMissing](Versions &versions, const Progress &progress) {
                const RestoreResult r = versions.restore(versions.byId(project, version), to, skipMissing, progress);
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
    try {
        Versions versions(m_model.store());
        versions.remove(versions.byId(m_project, version));
        emit message(tr("Deleted version %1").arg(number));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot delete"), e.message());
    }
    m_model.reload();
    refresh();
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
                           : before && after ? sizeText(c.sizeBefore) + QStringLiteral(" → ") + sizeText(c.sizeAfter)
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
    if (diff.isEmpty())
        layout->addWidget(new QLabel(QObject::tr("No differences."), &dialog));
    layout->addWidget(tree);
    layout->addWidget(box);
    dialog.exec();
}

} // namespace wfs
