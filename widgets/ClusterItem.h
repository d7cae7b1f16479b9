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
    // A group that collapses into one card (a finished bake's, "bake 12"): a click on the title
    // bar collapses it through the GraphScene. Empty for other groups.
    void setCollapseUnit(const QString &unit);
    const QString &collapseUnit() const { return m_unit; }
    // Where a click collapses the group, in scene coordinates.
    QRectF titleBar() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_title;
    QRectF m_rect;
    QString m_unit;
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
