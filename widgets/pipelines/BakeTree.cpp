#include "widgets/pipelines/BakeTree.h"

#include "widgets/CardStyle.h"
#include "widgets/ToolTip.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <algorithm>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace wfs {

using namespace pipelines;
using namespace Qt::StringLiterals;

namespace {
enum Role { BakeRole = Qt::UserRole + 1, AttemptRole };

constexpr QChar kSep(0x1f); // between flow id, file and param name in a key

QString flowKey(const Bake &bake)
{
    return bake.flowId + kSep + bake.file;
}

// Per flow (its id and file), the params whose value is not the same in every listed bake of it
// (or that some of its bakes lack), as "FLOW<sep>FILE<sep>PARAM" keys. One pass over the bakes.
QSet<QString> varyingParams(const std::vector<BakeTree::Entry> &entries)
{
    struct Seen
    {
        QJsonValue first;
        int count = 0;
        bool varies = false;
    };
    QHash<QString, int> bakesOfFlow;
    QHash<QString, Seen> seen;
    for (const BakeTree::Entry &e : entries) {
        const QString flow = flowKey(e.bake);
        ++bakesOfFlow[flow];
        for (auto it = e.bake.params.begin(); it != e.bake.params.end(); ++it) {
            Seen &s = seen[flow + kSep + it.key()];
            if (s.count++ == 0)
                s.first = it.value();
            else if (s.first != it.value())
                s.varies = true;
        }
    }
    QSet<QString> out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it->varies || it->count < bakesOfFlow.value(it.key().section(kSep, 0, 1)))
            out.insert(it.key());
    }
    return out;
}

// The params that tell bakes of one flow apart ("epochs=4"). Five bakes of one flow otherwise
// read alike.
QString distinguishingParams(const Bake &bake, const QSet<QString> &varying)
{
    QStringList out;
    const QString flow = flowKey(bake);
    for (auto it = bake.params.begin(); it != bake.params.end(); ++it) {
        if (varying.contains(flow + kSep + it.key()))
            out << it.key() + u'=' + it.value().toVariant().toString();
    }
    return out.join(QStringLiteral(", "));
}

QString allParams(const Bake &bake)
{
    QStringList out;
    for (auto it = bake.params.begin(); it != bake.params.end(); ++it)
        out << it.key() + u'=' + it.value().toVariant().toString();
    return out.join(u'\n');
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(120));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

// An attempt's status as a task's, for its colour and name (all but Interrupted have one).
TaskStatus asTaskStatus(BakeStatus status)
{
    switch (status) {
    case BakeStatus::Pending:
        return TaskStatus::Pending;
    case BakeStatus::Running:
        return TaskStatus::Running;
    case BakeStatus::Succeeded:
        return TaskStatus::Succeeded;
    case BakeStatus::Failed:
        return TaskStatus::Failed;
    case BakeStatus::Cancelled:
    case BakeStatus::Interrupted:
        break;
    }
    return TaskStatus::Cancelled;
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const bool today = t.date() == QDate::currentDate();
    return QLocale().toString(t, today ? QLocale().timeFormat(QLocale::ShortFormat) : QLocale().dateTimeFormat(QLocale::ShortFormat));
}
} // namespace

BakeTree::BakeTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("bakeTree"));
    setColumnCount(3);
    setHeaderLabels({tr("Bake"), tr("Status"), tr("Started")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling || !item)
            return;
        emit attemptSelected(item->data(0, BakeRole).toLongLong(), item->data(0, AttemptRole).toInt());
    });
}

QColor BakeTree::statusColour(BakeStatus status)
{
    return status == BakeStatus::Interrupted ? QColor(0x8d6e63) : cardstyle::statusColor(asTaskStatus(status));
}

QString BakeTree::statusLabel(BakeStatus status)
{
    return status == BakeStatus::Interrupted ? tr("interrupted") : cardstyle::statusText(asTaskStatus(status));
}

QTreeWidgetItem *BakeTree::bakeItem(qint64 bake) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, BakeRole).toLongLong() == bake)
            return topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *BakeTree::attemptItem(qint64 bake, int attempt) const
{
    QTreeWidgetItem *top = bakeItem(bake);
    if (!top || attempt == 0)
        return top;
    for (int i = 0; i < top->childCount(); ++i) {
        if (top->child(i)->data(0, AttemptRole).toInt() == attempt)
            return top->child(i);
    }
    return nullptr;
}

void BakeTree::fillAttempt(QTreeWidgetItem *item, const BakeAttempt &attempt)
{
    item->setIcon(1, dot(statusColour(attempt.status)));
    item->setText(1, statusLabel(attempt.status));
    item->setText(2, timeText(attempt.startedMs));
}

int BakeTree::contentWidth() const
{
    int width = indentation() + 2 * frameWidth() + 16; // 16: room for the scroll bar's edge
    for (int c = 0; c < columnCount(); ++c)
        width += sizeHintForColumn(c);
    return width;
}

void BakeTree::setBakes(const std::vector<Entry> &entries)
{
    const QSet<QString> varying = varyingParams(entries);
    m_filling = true;
    // Drop bakes that are gone (deleted by another process), then add or update in order.
    for (int i = topLevelItemCount() - 1; i >= 0; --i) {
        const qint64 id = topLevelItem(i)->data(0, BakeRole).toLongLong();
        if (std::none_of(entries.begin(), entries.end(), [id](const Entry &e) { return e.bake.id == id; }))
            delete takeTopLevelItem(i);
    }
    for (std::size_t row = 0; row < entries.size(); ++row) {
        const Entry &e = entries[row];
        QTreeWidgetItem *top = bakeItem(e.bake.id);
        if (!top) {
            top = new QTreeWidgetItem;
            top->setData(0, BakeRole, e.bake.id);
            top->setData(0, AttemptRole, 0);
            insertTopLevelItem(int(row), top);
        }
        const QString name = e.bake.title.isEmpty() ? e.bake.flowId : e.bake.title;
        const QString params = distinguishingParams(e.bake, varying);
        top->setText(0, params.isEmpty() ? tr("#%1 %2").arg(e.bake.id).arg(name)
                                         : tr("#%1 %2 (%3)").arg(e.bake.id).arg(name, params));
        QString tip = tr("Bake %1: %2\n%3\n%4").arg(e.bake.id).arg(name, e.bake.flowId, e.bake.file);
        if (!e.bake.user.isEmpty()) // who ran it: a teammate's bake comes with a pull
            tip += u'\n' + (e.bake.origin.isEmpty() ? tr("Run by %1@%2") : tr("Run by %1@%2, pulled from a teammate"))
                                .arg(e.bake.user, e.bake.host);
        if (!e.bake.params.isEmpty())
            tip += u"\n\n"_s + tr("Params:") + u'\n' + allParams(e.bake);
        top->setToolTip(0, plainToolTip(tip));
        fillAttempt(top, e.bake.last);
        top->setText(2, timeText(e.bake.createdMs));
        for (std::size_t k = 0; k < e.attempts.size(); ++k) {
            const BakeAttempt &a = e.attempts[e.attempts.size() - 1 - k]; // newest first
            QTreeWidgetItem *child = attemptItem(e.bake.id, a.number);
            if (!child || child == top) {
                child = new QTreeWidgetItem;
                child->setData(0, BakeRole, e.bake.id);
                child->setData(0, AttemptRole, a.number);
                child->setText(0, tr("Attempt %1").arg(a.number));
                top->insertChild(int(k), child);
            }
            fillAttempt(child, a);
        }
    }
    m_filling = false;
}

void BakeTree::selectAttempt(qint64 bake, int attempt)
{
    m_filling = true;
    if (QTreeWidgetItem *item = attemptItem(bake, attempt)) {
        setCurrentItem(item);
        if (item->parent())
            item->parent()->setExpanded(true);
        scrollToItem(item);
    } else {
        setCurrentItem(nullptr);
        clearSelection();
    }
    m_filling = false;
}

} // namespace wfs
