#include "widgets/ClusterItem.h"

#include "model/core/PlainText.h"
#include "widgets/CardItem.h"
#include "widgets/GraphScene.h"
#include "widgets/IconFont.h"
#include "widgets/ToolTip.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace wfs {

namespace {
// The title's plate ends a little into the box, over its border and its small title.
constexpr double clusterTitleOverlap = 20;
} // namespace

ClusterItem::ClusterItem(const QString &title, const QRectF &rect) : m_title(visibleText(title)), m_rect(rect)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(plainToolTip(title));
}

void ClusterItem::setCollapseUnit(const QString &unit)
{
    m_unit = unit;
    setAcceptedMouseButtons(unit.isEmpty() ? Qt::NoButton : Qt::LeftButton);
    update();
}

QRectF ClusterItem::titleBar() const
{
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 28);
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_unit.isEmpty() || !titleBar().contains(event->pos()))
        event->ignore(); // the rest of the box is background: the view pans or selects there
}

void ClusterItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    auto *s = static_cast<GraphScene *>(scene());
    if (s && titleBar().contains(event->pos()) && (event->scenePos() - event->buttonDownScenePos(Qt::LeftButton)).manhattanLength() < 4)
        s->setGroupExpanded(m_unit, false);
}

QRectF ClusterItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(QColor(0xc5cae9), 1.2, Qt::DashLine);
    border.setCosmetic(lod < 0.5);
    painter->setPen(border);
    painter->setBrush(QColor(0xe8eaf6).lighter(104));
    painter->drawRoundedRect(m_rect, 12, 12);
    if (lod < CardItem::blockZoom)
        return; // ClusterTitleItem shows the title
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    const QRectF header(m_rect.left() + 12, m_rect.top() + 6, m_rect.width() - 24, 18);
    // A group that collapses says so where the eye starts: its icon, and a link after its title.
    const QColor link(0x1565c0);
    iconfont::drawGlyph(painter, QRectF(header.left(), header.top(), 16, header.height()),
                        m_unit.isEmpty() ? QStringLiteral("folder") : QStringLiteral("unfold-less"), 14,
                        m_unit.isEmpty() ? QColor(0x3949ab) : link);
    QFont small;
    small.setPixelSize(11);
    const QString hint = m_unit.isEmpty() ? QString() : QCoreApplication::translate("wfs::ClusterItem", "Collapse");
    const double hintWidth = hint.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(hint) + 12;
    const QFontMetricsF fm(font);
    const QString title = fm.elidedText(m_title, Qt::ElideRight, std::max(0.0, header.width() - 20 - hintWidth));
    const double titleWidth = fm.horizontalAdvance(title);
    painter->setFont(font);
    painter->setPen(QColor(0x3949ab));
    painter->drawText(QRectF(header.left() + 20, header.top(), titleWidth + 1, header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!hint.isEmpty()) {
        painter->setFont(small);
        painter->setPen(link);
        painter->drawText(QRectF(header.left() + 20 + titleWidth + 12, header.top(), hintWidth, header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, hint);
    }
}

ClusterTitleItem::ClusterTitleItem(const QString &title, const QRectF &groupRect)
    : m_title(visibleText(title)), m_rect(groupRect)
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
}

// The title sits on the box's top edge, above the cards; it is at most a third of the box high.
QRectF ClusterTitleItem::boundingRect() const
{
    return QRectF(m_rect.left(), m_rect.top() - m_rect.height(), m_rect.width(), m_rect.height() + clusterTitleOverlap);
}

// Far out the cards are blocks and the groups are what the user finds their way by; the plate
// behind the title keeps it legible over the blocks.
void ClusterTitleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= CardItem::blockZoom)
        return;
    // About 15 pixels on screen, but never taller than a third of the box.
    const double size = std::min(15 / lod, m_rect.height() / 3);
    if (size * lod < 4)
        return; // a box too small to carry its title legibly
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(1, int(size)));
    const QFontMetricsF fm(font);
    const double pad = fm.height() * 0.2;
    const QString text = fm.elidedText(m_title, Qt::ElideRight, m_rect.width() - 2 * pad);
    if (text.isEmpty() || text == QStringLiteral("…"))
        return;
    const double height = fm.height() + 2 * pad;
    const QRectF plate(m_rect.left(), m_rect.top() + clusterTitleOverlap - height, fm.horizontalAdvance(text) + 2 * pad, height);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(plate, fm.height() * 0.2, fm.height() * 0.2);
    painter->setFont(font);
    painter->setPen(QColor(0x283593));
    painter->drawText(plate, Qt::AlignCenter, text);
}

} // namespace wfs
