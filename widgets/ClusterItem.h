#pragma once

#include <QGraphicsItem>

namespace wfs {

// A titled box around the tasks of one group (seed 000: group related steps).
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    ClusterItem(const QString &title, const QRectF &rect);

    int type() const override { return Type; }
    const QString &title() const { return m_title; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_title;
    QRectF m_rect;
};

// A group's title far out, where cards are blocks: drawn over the cards (a separate item, above
// them), about 15 pixels high on screen; nothing closer in, where the box's own title is legible.
class ClusterTitleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    ClusterTitleItem(const QString &title, const QRectF &groupRect);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_title;
    QRectF m_rect;
};

} // namespace wfs
