#include "model/graph/IconCatalog.h"

#include <QFile>
#include <QHash>

namespace wfs::icons {

namespace {

struct Catalog
{
    QHash<QString, char32_t> codepoints;
    QStringList sorted;

    Catalog()
    {
        QFile file(QStringLiteral(":/icons/mdi-names.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The embedded icon name table is missing; the build is broken");
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            if (space <= 0)
                continue;
            bool ok = false;
            const uint cp = line.mid(space + 1).trimmed().toUInt(&ok, 16);
            if (ok)
                codepoints.insert(QString::fromLatin1(line.left(space)), char32_t(cp));
        }
        sorted = codepoints.keys();
        sorted.sort();
    }
};

const Catalog &catalog()
{
    static const Catalog instance;
    return instance;
}

} // namespace

bool contains(const QString &name)
{
    return catalog().codepoints.contains(name);
}

char32_t codepoint(const QString &name)
{
    return catalog().codepoints.value(name, 0);
}

const QStringList &names()
{
    return catalog().sorted;
}

QString normalized(const QString &name)
{
    QString n = name.trimmed();
    for (const QLatin1String prefix : {QLatin1String("zmdi-"), QLatin1String("mdi-")}) {
        if (n.startsWith(prefix))
            return n.mid(prefix.size());
    }
    return n;
}

} // namespace wfs::icons
