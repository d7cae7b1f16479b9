#include "model/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace wfs {

namespace {
// Owned here rather than by the application object: a switch removes the previous ones.
std::unique_ptr<QTranslator> ours;
std::unique_ptr<QTranslator> qt;

std::unique_ptr<QTranslator> load(const QLocale &locale, const QString &name, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), dir))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}
} // namespace

void installTranslations(const QLocale &locale)
{
    for (std::unique_ptr<QTranslator> *t : {&ours, &qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    QLocale::setDefault(locale);
    ours = load(locale, QStringLiteral("wfs"), QStringLiteral(":/i18n"));
    qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QLocale uiLocale(const QString &chosen)
{
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace wfs
