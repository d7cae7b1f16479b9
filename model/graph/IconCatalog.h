#pragma once

#include <QString>
#include <QStringList>

namespace wfs::icons {

// The Material Design icon names embedded from Debian's fonts-materialdesignicons-webfont.
bool contains(const QString &name);
// The glyph's code point in the embedded font, 0 when the name is unknown.
char32_t codepoint(const QString &name);
// Every name, sorted.
const QStringList &names();
// Accepts the seed's "zmdi-" and the font's "mdi-" prefixes, which are not part of the name.
QString normalized(const QString &name);

} // namespace wfs::icons
