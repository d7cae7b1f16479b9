#pragma once

#include "model/graph/Graph.h"

#include <QGraphicsItem>
#include <QStringList>

namespace wfs {

class GraphScene;
namespace cardstyle {
struct Fonts;
}

// Where each part of a card goes; computed from the node with Qt's font metrics, so that the
// size Graphviz places is exactly the size Qt draws.
struct CardLayout
{
    QSizeF size;
    QRectF badge;
    QRectF kindRect;
    QString kindText;
    QRectF titleRect;
    QStringList titleLines;
    QRectF descriptionRect;
    QStringList descriptionLines;
    // A path: one line elided in its middle when drawn (eliding every card's path on opening a
    // graph took half the time spent measuring its cards).
    bool elideDescription = false;
    QRectF statusRect; // tasks only
    QRectF linkRect;
    QString linkText;
    QColor block; // the card far out, where text is unreadable: its status or kind colour

    // `project` names a version's project: two "Version 1" cards of different projects differ.
    static CardLayout compute(const Node &node, const QString &project = {});
    static CardLayout compute(const Node &node, const QString &project, const cardstyle::Fonts &fonts);
    // Draws the kind line (`kind`, else kindText), the title and the description.
    void paintText(QPainter *painter, const QString &kind = {}) const;
};

// A card on the scene: holds its node's id and reads everything else from the model.
class CardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    // Below this zoom a card's text is unreadable (its title under 6 pixels): cards become
    // coloured blocks, group titles grow, the view names the card under the mouse.
    static constexpr double blockZoom = 0.4;

    // `fonts`, when given, are shared by every card a scene measures.
    CardItem(NodeId id, const Node &node, const QString &project = {}, const cardstyle::Fonts *fonts = nullptr);

    int type() const override { return Type; }
    NodeId id() const { return m_id; }
    QRectF boundingRect() const override;
    QSizeF size() const { return m_layout.size; }
    const CardLayout &layout() const { return m_layout; }
    // Recomputes the layout from the node; returns true when the card's size changed.
    bool refresh(const Node &node, const QString &project = {}, const cardstyle::Fonts *fonts = nullptr);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Node *node() const;
    void paintDetailed(QPainter *painter, const Node &node, bool selected);

    NodeId m_id;
    CardLayout m_layout;
};

} // namespace wfs
