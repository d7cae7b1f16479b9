#pragma once

#include <QString>

namespace wfs {

// User text (titles, descriptions, paths, group names) as it may be shown or written into
// SVG, Graphviz attributes and labels: control characters other than tab and newline become
// their visible symbols (ESC is shown as U+241B), C1 controls and what XML cannot hold (lone
// surrogates, U+FFFE, U+FFFF) become U+FFFD. A title is data, never a terminal or markup command.
QString visibleText(const QString &text);

// True when `c` may appear in an XML 1.0 document (the SVG export's last guard).
bool isXmlChar(char32_t c);

} // namespace wfs
