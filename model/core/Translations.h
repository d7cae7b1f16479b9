#pragma once

#include <QLocale>
#include <QString>

namespace wfs {

// Installs the program's translation (wfs_LANG, compiled into the programs) and Qt's own
// (qtbase_LANG, from Qt's translations folder) for `locale`, replacing what an earlier call
// installed. Widgets receive QEvent::LanguageChange and retranslate themselves.
void installTranslations(const QLocale &locale);

// The locale a program speaks: `chosen` (a name such as "de" or "en") when set, else the
// system's (LANG, LC_ALL, LC_MESSAGES).
QLocale uiLocale(const QString &chosen = {});

} // namespace wfs
