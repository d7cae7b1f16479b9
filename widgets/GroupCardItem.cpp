#include "widgets/GroupCardItem.h"

#include "widgets/CardStyle.h"
#include "widgets/GraphScene.h"
#include "widgets/IconFont.h"
#include "widgets/ToolTip.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wfs {

namespace {

constexpr double radius = 8;
constexpr double barHeight = 8;

// Worst first: the bar and the card's colour lead with what needs the user's attention.
constexpr TaskStatus barOrder[] = {TaskStatus::Failed,  TaskStatus::Cancelled, TaskStatus::Skipped, TaskStatus::Succeeded,
                                   TaskStatus::Cached,  TaskStatus::Running,   TaskStatus::Pending};

QString countsText(const BakeGroup &g)
{
    QStringList parts;
    for (TaskStatus s : barOrder) {
        if (g.count(s) > 0)
            parts << QStringLiteral("%1 %2").arg(g.count(s)).arg(cardstyle::statusText(s));
    }
    return parts.join(QStringLiteral(" · "));
}

// What CardItem measures: a task card with the group's title, its counts as the description and
// room for the hint where a card's link goes, so the card is as big as what it draws.
Node measured(const BakeGroup &g)
{
    Node n;
    n.id = g.card;
    n.kind = NodeKind::Task;
    n.title = g.title;
    n.settings.description = countsText(g);
    n.url = QStringLiteral("expand"); // reserves the link line for the hint
    TaskState task;
    for (TaskStatus s : barOrder) {
        if (g.count(s) > 0) {
            task.status = s;
            break;
        }
    }
    n.task = task;
    return n;
}

QString toolTipOf(const BakeGroup &g)
{
    return plainToolTip(g.title + u'\n' + countsText(g));
}

} // namespace

GroupCardItem::GroupCardItem(const BakeGroup &group) : CardItem(group.card, measured(group)), m_group(group)
{
    setToolTip(toolTipOf(group));
}

bool GroupCardItem::setGroup(const BakeGroup &group)
{
    if (group == m_group)
        return false;
    m_group = group;
    const bool resized = refresh(measured(group));
    setToolTip(toolTipOf(group));
    return resized;
}

std::vector<std::pair<TaskStatus, int>> GroupCardItem::segments() const
{
    std::vector<std::pair<TaskStatus, int>> out;
    for (TaskStatus s : barOrder) {
        if (m_group.count(s) > 0)
            out.emplace_back(s, m_group.count(s));
    }
    return out;
}

// The sheets behind the card reach a little beyond it.
QRectF GroupCardItem::boundingRect() const
{
    return CardItem::boundingRect().adjusted(0, 0, 4, 4);
}

void GroupCardItem::paintBar(QPainter *painter, const QRectF &rect) const
{
    const double total = double(m_group.tasks.size());
    double x = rect.left();
    for (const auto &[status, n] : segments()) {
        const double w = rect.width() * n / total;
        painter->fillRect(QRectF(x, rect.top(), w, rect.height()), cardstyle::statusColor(status));
        x += w;
    }
}

void GroupCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const CardLayout &l = layout();
    const QRectF card(QPointF(0, 0), l.size);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < blockZoom) {
        // Far out the whole card is the bar: failures stay visible at fit-all.
        paintBar(painter, card);
        if (selected) {
            QPen pen(QColor(0x0d47a1), 3);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawRect(card);
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // Two sheets behind the card: it stands for several.
    painter->setBrush(QColor(0xeef0f4));
    painter->setPen(QPen(QColor(0xd0d7de), 1));
    painter->drawRoundedRect(card.translated(4, 4), radius, radius);
    painter->drawRoundedRect(card.translated(2, 2), radius, radius);
    painter->setBrush(Qt::white);
    painter->setPen(selected ? QPen(QColor(0x1976d2), 2) : QPen(QColor(0xd0d7de), 1));
    painter->drawRoundedRect(card, radius, radius);

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8eaf6));
    painter->drawRoundedRect(l.badge, 8, 8);
    iconfont::drawGlyph(painter, l.badge, QStringLiteral("layers"), 26, QColor(0x3949ab));

    l.paintText(painter, QCoreApplication::translate("wfs::GroupCardItem", "BAKE · %n TASK(S)", nullptr,
                                                     int(m_group.tasks.size())));

    paintBar(painter, QRectF(l.statusRect.left(), l.statusRect.center().y() - barHeight / 2, l.statusRect.width(), barHeight));

    const QRectF hint = l.linkRect;
    iconfont::drawGlyph(painter, QRectF(hint.left(), hint.top(), 16, hint.height()), QStringLiteral("unfold-more"), 13,
                        QColor(0x1565c0));
    painter->setFont(cardstyle::textFont());
    painter->setPen(QColor(0x1565c0));
    painter->drawText(hint.adjusted(18, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(cardstyle::textFont())
                          .elidedText(QCoreApplication::translate("wfs::GroupCardItem", "Click to show its %n task(s)",
                                                              nullptr, int(m_group.tasks.size())),
                                      Qt::ElideRight, hint.width() - 18));
}

void GroupCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    CardItem::mousePressEvent(event); // selects it, like any card
    event->accept();                  // and asks for the release
}

void GroupCardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    CardItem::mouseReleaseEvent(event);
    const QPointF moved = event->scenePos() - event->buttonDownScenePos(Qt::LeftButton);
    auto *s = static_cast<GraphScene *>(scene());
    // A click, not a drag of the view.
    if (s && event->button() == Qt::LeftButton && moved.manhattanLength() < 4)
        s->setGroupExpanded(m_group.unit, true);
}

} // namespace wfs
