#include "widgets/pipelines/TaskBoxItem.h"

#include "widgets/CardStyle.h"
#include "widgets/ToolTip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wfs {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::TaskBoxItem)
};
} // namespace

TaskBoxItem::TaskBoxItem(const DagTask &task) : m_task(task)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    updateToolTip();
}

void TaskBoxItem::setTask(const DagTask &task)
{
    m_task = task;
    updateToolTip();
    update();
}

void TaskBoxItem::updateToolTip()
{
    QStringList lines{m_task.id};
    if (!m_task.title.isEmpty() && m_task.title != m_task.id)
        lines << m_task.title;
    lines << cardstyle::statusText(m_task.status);
    if (!m_task.message.isEmpty())
        lines << m_task.message;
    setToolTip(plainToolTip(lines.join(u'\n')));
}

QRectF TaskBoxItem::boundingRect() const
{
    return QRectF(-3, -3, width + 6, height + 6);
}

void TaskBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor colour = cardstyle::statusColor(m_task.status);
    const QRectF box(0, 0, width, height);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    fill.setAlphaF(0.12);
    painter->setPen(QPen(isSelected() ? QColor(0x1565c0) : colour, isSelected() ? 3 : 1.6));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5);
    // The status stripe on the left, readable without colour through the text beside it.
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(0, 0, 8, height), 4, 4);
    painter->drawRect(QRectF(4, 0, 4, height));

    const double left = 16;
    const double textWidth = width - left - 8;
    painter->setPen(QColor(0x263238));
    const QFont title = cardstyle::titleFont();
    painter->setFont(title);
    QFontMetricsF tm(title);
    painter->drawText(QPointF(left, 20), tm.elidedText(m_task.id, Qt::ElideMiddle, textWidth));

    const QFont text = cardstyle::textFont();
    QFontMetricsF fm(text);
    painter->setFont(text);
    if (!m_task.title.isEmpty() && m_task.title != m_task.id) {
        painter->setPen(QColor(0x546e7a));
        painter->drawText(QPointF(left, 36), fm.elidedText(m_task.title, Qt::ElideRight, textWidth));
    }
    TaskState state;
    state.status = m_task.status;
    state.startedMs = m_task.startedMs;
    state.finishedMs = m_task.finishedMs;
    QString line = cardstyle::statusText(m_task.status);
    const QString duration = cardstyle::durationText(state, QDateTime::currentMSecsSinceEpoch());
    if (!duration.isEmpty())
        line = Text::tr("%1 · %2").arg(line, duration);
    painter->setPen(colour.darker(130));
    QFont bold = text;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QPointF(left, height - 10), QFontMetricsF(bold).elidedText(line, Qt::ElideRight, textWidth));
}

} // namespace wfs
