#pragma once

#include "model/graph/Graph.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

namespace wfs::cardstyle {

// How a card looks before the user customises it.
struct Look
{
    QString icon;       // Material Design icon name
    QColor iconColor;
    QColor iconBackground;
    QString kindLabel;  // "PROJECT", "MODEL WEIGHTS", ...
    QColor accent;      // the card's edge colour
};

Look defaultLook(const Node &node);
// The default look with the user's icon and colours laid over it.
Look effectiveLook(const Node &node);

QColor statusColor(TaskStatus status);
QString statusText(TaskStatus status);
// "1 min 5 s", "running for 12 s", empty when unknown.
QString durationText(const TaskState &task, qint64 nowMs);

QFont titleFont();
QFont textFont();
QFont kindFont();

// The three fonts and their metrics, made once for many cards: each new QFont looks its font
// engine up again, a tenth of measuring a graph's cards.
struct Fonts
{
    QFont kind = kindFont();
    QFont title = titleFont();
    QFont text = textFont();
    QFontMetricsF kindFm{kind};
    QFontMetricsF titleFm{title};
    QFontMetricsF textFm{text};
};

constexpr double cardWidth = 240;
constexpr double padding = 10;
constexpr double badgeSize = 40;

} // namespace wfs::cardstyle
