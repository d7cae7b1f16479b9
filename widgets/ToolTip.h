#pragma once

#include <QString>

namespace wfs {

// A tooltip that shows user text as written: Qt takes a tooltip starting with a tag as rich
// text, so a title like "<b>x" would be rendered as markup. Escaped here, controls made visible.
QString plainToolTip(const QString &text);

} // namespace wfs
