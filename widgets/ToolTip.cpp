#include "widgets/ToolTip.h"

#include "model/core/PlainText.h"

#include <QTextDocument>

namespace wfs {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(visibleText(text), Qt::WhiteSpaceNormal);
}

} // namespace wfs
