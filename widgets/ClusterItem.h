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

} // namespace wfs
