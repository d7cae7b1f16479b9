#include "widgets/CardItem.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardStyle.h"
#include "widgets/GraphScene.h"
#include "widgets/IconFont.h"
#include "widgets/ToolTip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace wfs {

namespace {

using namespace cardstyle;

constexpr double radius = 8;

// Wraps `text` into at most `maxLines` lines of `width`, eliding the last one.
QStringList wrap(const QString &text, const QFont &font, const QFontMetricsF &fm, double width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    // Most titles fit on one line: measuring them is a tenth of laying them out, and opening a
    // graph measures every card.
    if (!text.contains(QChar::LineSeparator) && fm.horizontalAdvance(text) <= width)
        return {text.trimmed()};
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            lines << fm.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString defaultDescription(const Node &n)
{
    switch (n.kind) {
    case NodeKind::Task:
        return n.task ? n.task->app : QString();
    case NodeKind::Job:
        return QCoreApplication::translate("wfs::CardItem", "Job %1").arg(n.key);
    case NodeKind::ProjectVersion:
        return {};
    default:
        return n.path;
    }
}

QString linkTextOf(const Node &n)
{
    if (n.settings.link)
        return n.settings.link->title;
    if (!n.url.isEmpty())
        return QCoreApplication::translate("wfs::CardItem", "Open job");
    return {};
}

} // namespace

CardLayout CardLayout::compute(const Node &n, const QString &project)
{
    return compute(n, project, Fonts());
}

CardLayout CardLayout::compute(const Node &n, const QString &project, const Fonts &fonts)
{
    CardLayout l;
    const Look look = effectiveLook(n);
    const double textLeft = padding + badgeSize + 10;
    const double textWidth = cardWidth - textLeft - padding;
    const QFontMetricsF &kindFm = fonts.kindFm;
    const QFontMetricsF &titleFm = fonts.titleFm;
    const QFontMetricsF &textFm = fonts.textFm;

    l.badge = QRectF(padding, padding, badgeSize, badgeSize);
    l.kindText = n.kind == NodeKind::ProjectVersion
                     ? QCoreApplication::translate("wfs::CardItem", "VERSION %1").arg(n.versionNumber)
                     : look.kindLabel;
    l.kindRect = QRectF(textLeft, padding, textWidth, kindFm.height());
    l.titleLines = wrap(n.displayTitle(), fonts.title, titleFm, textWidth, 2);
    l.titleRect = QRectF(textLeft, l.kindRect.bottom() + 2, textWidth, titleFm.lineSpacing() * std::max<qsizetype>(1, l.titleLines.size()));
    double y = std::max(l.titleRect.bottom(), l.badge.bottom()) + 6;

    const QString fallback = n.kind == NodeKind::ProjectVersion && !project.isEmpty()
                                 ? QCoreApplication::translate("wfs::CardItem", "Project %1").arg(project)
                                 : defaultDescription(n);
    const QString description = visibleText(n.settings.description.value_or(fallback));
    if (!description.isEmpty()) {
        // Paths read best with their end visible; prose wraps.
        l.elideDescription = !n.settings.description && n.kind != NodeKind::Task;
        if (l.elideDescription)
            l.descriptionLines = {description};
        else
            l.descriptionLines = wrap(description, fonts.text, textFm, cardWidth - 2 * padding, 3);
        l.descriptionRect = QRectF(padding, y, cardWidth - 2 * padding, textFm.lineSpacing() * l.descriptionLines.size());
        y = l.descriptionRect.bottom() + 4;
    }
    if (n.task) {
        l.statusRect = QRectF(padding, y, cardWidth - 2 * padding, textFm.lineSpacing());
        y = l.statusRect.bottom() + 4;
    }
    l.linkText = visibleText(linkTextOf(n));
    if (!l.linkText.isEmpty()) {
        l.linkRect = QRectF(padding, y, cardWidth - 2 * padding, textFm.lineSpacing());
        y = l.linkRect.bottom() + 4;
    }
    l.size = QSizeF(cardWidth, std::ceil(y + padding - 4));
    l.block = n.task ? statusColor(n.task->status) : look.accent;
    return l;
}

void CardLayout::paintText(QPainter *painter, const QString &kind) const
{
    painter->setFont(cardstyle::kindFont());
    painter->setPen(QColor(0x6b7280));
    painter->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter, kind.isEmpty() ? kindText : kind);

    painter->setFont(cardstyle::titleFont());
    painter->setPen(QColor(0x1f2937));
    const double titleLine = QFontMetricsF(cardstyle::titleFont()).lineSpacing();
    for (int i = 0; i < titleLines.size(); ++i)
        painter->drawText(titleRect.adjusted(0, i * titleLine, 0, 0), Qt::AlignLeft | Qt::AlignTop, titleLines[i]);

    const QFont text = cardstyle::textFont();
    const QFontMetricsF textFm(text);
    painter->setFont(text);
    painter->setPen(QColor(0x4b5563));
    for (int i = 0; i < descriptionLines.size(); ++i) {
        const QString line = elideDescription
                                 ? textFm.elidedText(descriptionLines[i], Qt::ElideMiddle, descriptionRect.width())
                                 : descriptionLines[i];
        painter->drawText(descriptionRect.adjusted(0, i * textFm.lineSpacing(), 0, 0), Qt::AlignLeft | Qt::AlignTop, line);
    }
}

CardItem::CardItem(NodeId id, const Node &node, const QString &project, const Fonts *fonts)
    : m_id(id), m_layout(fonts ? CardLayout::compute(node, project, *fonts) : CardLayout::compute(node, project))
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    setToolTip(plainToolTip(node.path.isEmpty() ? node.displayTitle() : node.displayTitle() + u'\n' + node.path));
}

QRectF CardItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_layout.size + QSizeF(4, 4));
}

bool CardItem::refresh(const Node &node, const QString &project, const Fonts *fonts)
{
    CardLayout next = fonts ? CardLayout::compute(node, project, *fonts) : CardLayout::compute(node, project);
    const bool resized = next.size != m_layout.size;
    if (resized)
        prepareGeometryChange();
    m_layout = std::move(next);
    setToolTip(plainToolTip(node.path.isEmpty() ? node.displayTitle() : node.displayTitle() + u'\n' + node.path));
    update();
    return resized;
}

const Node *CardItem::node() const
{
    auto *s = static_cast<GraphScene *>(scene());
    return s ? s->model().node(m_id) : nullptr;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < blockZoom) {
        // Far out: a block in the card's colour (no model lookup, no text) keeps 50,000 cards
        // smooth, and the colours show where tasks failed and what kind of data flows where.
        const QRectF card(QPointF(0, 0), m_layout.size);
        painter->fillRect(card, m_layout.block);
        if (selected) {
            QPen pen(QColor(0x0d47a1), 3);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(card);
        }
        return;
    }
    const Node *n = node();
    if (!n)
        return;
    paintDetailed(painter, *n, selected);
}

void CardItem::paintDetailed(QPainter *painter, const Node &n, bool selected)
{
    const Look look = effectiveLook(n);
    const QRectF card(QPointF(0, 0), m_layout.size);
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 22));
    painter->drawRoundedRect(card.translated(0, 1.5), radius, radius);
    painter->setBrush(Qt::white);
    painter->setPen(selected ? QPen(QColor(0x1976d2), 2) : QPen(QColor(0xd0d7de), 1));
    painter->drawRoundedRect(card, radius, radius);

    // The accent strip along the left edge: the task's status or the kind's colour.
    const QColor accent = n.task ? statusColor(n.task->status) : look.accent;
    QPainterPath clip;
    clip.addRoundedRect(card, radius, radius);
    painter->save();
    painter->setClipPath(clip);
    painter->fillRect(QRectF(0, 0, 4, card.height()), accent);
    painter->restore();

    const QImage preview = n.kind == NodeKind::Project
                               ? static_cast<GraphScene *>(scene())->projectPreview(n.path)
                               : QImage();
    painter->setPen(Qt::NoPen);
    if (!preview.isNull()) {
        painter->drawImage(m_layout.badge, preview);
    } else {
        painter->setBrush(look.iconBackground);
        painter->drawRoundedRect(m_layout.badge, 8, 8);
        iconfont::drawGlyph(painter, m_layout.badge, look.icon, 26, look.iconColor);
    }

    m_layout.paintText(painter);

    if (n.task) {
        const QColor c = statusColor(n.task->status);
        const QRectF r = m_layout.statusRect;
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(QRectF(r.left(), r.center().y() - 4, 8, 8));
        painter->setPen(c.darker(120));
        QString status = cardstyle::statusText(n.task->status);
        const QString duration = cardstyle::durationText(*n.task, QDateTime::currentMSecsSinceEpoch());
        if (!duration.isEmpty())
            status += QStringLiteral("  ·  ") + duration;
        // Who ran it, so a teammate's task is told apart from one's own.
        if (!n.task->user.isEmpty())
            status += QStringLiteral("  ·  ") + visibleText(n.task->user + u'@' + n.task->host);
        painter->drawText(r.adjusted(14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(status, Qt::ElideRight, int(r.width() - 14)));
    }
    if (!m_layout.linkText.isEmpty()) {
        const QRectF r = m_layout.linkRect;
        painter->setPen(QColor(0x1565c0));
        iconfont::drawGlyph(painter, QRectF(r.left(), r.top(), 16, r.height()), QStringLiteral("link-variant"), 13,
                            QColor(0x1565c0));
        QFont link = cardstyle::textFont();
        link.setUnderline(true);
        painter->setFont(link);
        painter->drawText(r.adjusted(18, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(link).elidedText(m_layout.linkText, Qt::ElideRight, r.width() - 18));
    }
}

} // namespace wfs
