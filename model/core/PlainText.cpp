#include "model/core/PlainText.h"

namespace wfs {

namespace {

constexpr char16_t replacement = 0xFFFD;

} // namespace

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

QString visibleText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out.append(text.at(i)).append(text.at(i + 1));
            ++i;
        } else if (c == u'\t' || c == u'\n') {
            out.append(QChar(c));
        } else if (c < 0x20) {
            out.append(QChar(char16_t(0x2400 + c))); // the Control Pictures block: U+241B for ESC
        } else if (c == 0x7F) {
            out.append(QChar(char16_t(0x2421)));
        } else if ((c >= 0x80 && c <= 0x9F) || QChar::isSurrogate(c) || !isXmlChar(c)) {
            out.append(QChar(replacement));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

} // namespace wfs
