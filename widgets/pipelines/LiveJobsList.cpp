#include "widgets/pipelines/LiveJobsList.h"

#include "widgets/CardStyle.h"
#include "widgets/ToolTip.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wfs {

using namespace pipelines;

namespace {
bool isRunning(const LiveJob &j)
{
    return (j.status == TaskStatus::Running || j.status == TaskStatus::Pending) && !j.interrupted;
}
} // namespace

LiveJobsList::LiveJobsList(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Live jobs"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("liveJobs"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Job"), tr("Status"), tr("Started")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startJob"));
    m_start->setToolTip(tr("Start the selected job of the open live workflow"));
    m_kill = new QPushButton(tr("Kill"), this);
    m_kill->setObjectName(QStringLiteral("killJob"));
    m_kill->setToolTip(tr("Stop the selected job's run and its whole process group"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_kill);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (const Row *r = currentRow(); r && r->run)
            emit logRequested(tr("Live job %1").arg(r->name), r->run->logPath);
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const Row *r = currentRow(); r && !r->job.isEmpty())
            emit startRequested(r->job, r->multi);
    });
    connect(m_kill, &QPushButton::clicked, this, [this] {
        if (const Row *r = currentRow(); r && r->run)
            emit killRequested(r->run->id, r->name);
    });
    updateButtons();
}

void LiveJobsList::setJobs(const FlowDocument *flow, const std::vector<LiveJob> &runs)
{
    const QString current = currentRow() ? currentRow()->name : QString();
    std::vector<Row> rows;
    if (flow) {
        for (const JobSpec &spec : flow->jobs) {
            // A multi job has one row per running instance, and one to start another.
            for (const LiveJob &run : runs) {
                if (spec.multi && run.flowId == flow->id && run.job == spec.id && isRunning(run))
                    rows.push_back({run.name(), spec.id, true, run, {}});
            }
            Row row{spec.id, spec.id, spec.multi, std::nullopt, spec.unavailable ? spec.unavailable->what : QString()};
            if (!spec.multi) {
                for (const LiveJob &run : runs) { // newest first
                    if (run.flowId == flow->id && run.job == spec.id) {
                        row.run = run;
                        break;
                    }
                }
            }
            rows.push_back(row);
        }
    }
    for (const LiveJob &run : runs) {
        if (isRunning(run) && (!flow || run.flowId != flow->id))
            rows.push_back({run.flowId + u'/' + run.name(), {}, false, run, {}});
    }
    m_rows = std::move(rows);

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *select = nullptr;
    for (const Row &r : m_rows) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, r.multi && !r.run ? tr("%1 (multi)").arg(r.name) : r.name);
        if (r.run) {
            const QString status = r.run->interrupted ? tr("interrupted") : cardstyle::statusText(r.run->status);
            item->setText(1, status);
            item->setForeground(1, cardstyle::statusColor(r.run->status).darker(130));
            if (r.run->startedMs > 0)
                item->setText(2, QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.run->startedMs).time(), QLocale::ShortFormat));
            item->setToolTip(0, plainToolTip(r.run->commandText));
        } else if (!r.unavailable.isEmpty()) {
            item->setText(1, tr("needs the network"));
            item->setToolTip(0, plainToolTip(r.unavailable));
            item->setToolTip(1, plainToolTip(r.unavailable));
        } else {
            item->setText(1, tr("not started"));
        }
        if (r.name == current)
            select = item;
    }
    if (select)
        m_tree->setCurrentItem(select);
    updateButtons();
}

bool LiveJobsList::selectJob(const QString &name)
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[std::size_t(i)].name == name) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const LiveJobsList::Row *LiveJobsList::currentRow() const
{
    const int i = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    return i >= 0 && i < int(m_rows.size()) ? &m_rows[std::size_t(i)] : nullptr;
}

void LiveJobsList::updateButtons()
{
    const Row *r = currentRow();
    const bool running = r && r->run && isRunning(*r->run);
    m_start->setEnabled(r && !r->job.isEmpty() && r->unavailable.isEmpty() && (r->multi || !running));
    m_kill->setEnabled(running);
}

} // namespace wfs
