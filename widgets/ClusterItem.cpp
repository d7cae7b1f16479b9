#include "ClusterItem.h"

#include "CardItem.h"
#include "IconFont.h"
#include "ToolTip.h"
#include "core/PlainText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace wfs {

ClusterItem::ClusterItem(const QString &title, const QRectF &rect) : m_title(visibleText(title)), m_rect(rect)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(plainToolTip(title));
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
    painter->setPen(QColor(0x3949ab));
    iconfont::drawGlyph(painter, QRectF(header.left(), header.top(), 16, header.height()), QStringLiteral("folder"), 14,
                        QColor(0x3949ab));
    painter->setFont(font);
    painter->drawText(header.adjusted(20, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_title, Qt::ElideRight, header.width() - 20));
}

ClusterTitleItem::ClusterTitleItem(const QString &title, const QRectF &groupRect)
    : m_title(visibleText(title)), m_rect(groupRect)
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF ClusterTitleItem::boundingRect() const
{
    return m_rect;
}

// Far out the cards are blocks and the groups are what the user finds their way by; the plate
// behind the title keeps it legible over the blocks.
void ClusterTitleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= CardItem::blockZoom)
        return;
    // About 15 pixels on screen, but never taller than half the box.
    const double size = std::min(15 / lod, m_rect.height() / 2);
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
    const QRectF plate(m_rect.left(), m_rect.top(), fm.horizontalAdvance(text) + 2 * pad, fm.height() + 2 * pad);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(plate, fm.height() * 0.2, fm.height() * 0.2);
    painter->setFont(font);
    painter->setPen(QColor(0x283593));
    painter->drawText(plate, Qt::AlignCenter, text);
}

} // namespace wfs
