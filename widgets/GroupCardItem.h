#pragma once

#include "model/graph/BakeGroups.h"
#include "widgets/CardItem.h"

namespace wfs {

// A finished bake's task cards as one card (issue 15): its title, how many tasks ended how, and
// a bar of their status colours (the whole card far out). A click expands it into the tasks.
// Laid out like any card: it has the size of a task card and the group's negative id.
class GroupCardItem : public CardItem
{
public:
    explicit GroupCardItem(const BakeGroup &group);

    const BakeGroup &group() const { return m_group; }
    // New counts or tasks; returns true when the card's size changed.
    bool setGroup(const BakeGroup &group);
    // (status, tasks) in the order the bar shows them, statuses without tasks left out.
    std::vector<std::pair<TaskStatus, int>> segments() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintBar(QPainter *painter, const QRectF &rect) const;

    BakeGroup m_group;
};

} // namespace wfs
