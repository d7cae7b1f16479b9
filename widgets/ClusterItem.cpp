#include "widgets/ClusterItem.h"

#include "model/core/PlainText.h"
#include "widgets/IconFont.h"
#include "widgets/ToolTip.h"

#include <QFontMetricsF>
#include <QPainter>

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

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xc5cae9), 1.2, Qt::DashLine));
    painter->setBrush(QColor(0xe8eaf6).lighter(104));
    painter->drawRoundedRect(m_rect, 12, 12);
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

} // namespace wfs
