#pragma once

#include <QTableWidgetItem>

namespace wfs::evalui {

// A figure shown with three decimals ("–" for COCO's -1, no ground truth) that sorts by value.
class FigureItem : public QTableWidgetItem
{
public:
    FigureItem(double value, bool integer)
        : QTableWidgetItem(integer ? QString::number(qint64(value))
                           : value == -1 ? QStringLiteral("–")
                                         : QString::number(value, 'f', 3))
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setFlags(flags() & ~Qt::ItemIsEditable);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

inline QTableWidgetItem *figureCell(double value, bool integer = false) { return new FigureItem(value, integer); }

inline QTableWidgetItem *textCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace wfs::evalui
