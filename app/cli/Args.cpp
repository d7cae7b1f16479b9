#include "app/cli/Args.h"

#include "model/core/Error.h"

#include <QCoreApplication>

namespace wfs::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};
} // namespace

Args::Args(const QStringList &arguments, const std::vector<OptionSpec> &specs)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (m_sawDashes) {
            m_afterDashes << arg;
            continue;
        }
        if (arg == u"--") {
            m_sawDashes = true;
            continue;
        }
        if (arg == u"-h") {
            m_values[QStringLiteral("help")] << QString();
            continue;
        }
        const bool isShort = arg.size() == 2 && arg[0] == u'-' && arg[1] != u'-';
        if (isShort) {
            const auto spec = std::find_if(specs.begin(), specs.end(),
                                           [&](const OptionSpec &s) { return !s.shortName.isNull() && s.shortName == arg[1]; });
            if (spec == specs.end())
                throw Error::usage(Text::tr("unknown option %1 (see --help)").arg(arg));
            take(*spec, arguments, i, arg);
            continue;
        }
        if (!arg.startsWith(QStringLiteral("--")) || arg.size() == 2) {
            m_positional << arg;
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const OptionSpec &s) { return s.name == name; });
        if (spec == specs.end())
            throw Error::usage(Text::tr("unknown option --%1 (see --help)").arg(name));
        if (eq >= 0) {
            if (spec->valueName.isEmpty())
                throw Error::usage(Text::tr("--%1 takes no value").arg(name));
            QStringList values{arg.mid(eq + 1)};
            if (spec->valueCount == 2) {
                const qsizetype eq2 = values.front().indexOf(u'=');
                if (eq2 < 0)
                    throw Error::usage(Text::tr("--%1 needs %2: --%1 NAME=VALUE").arg(name, spec->valueName));
                values = QStringList{values.front().left(eq2), values.front().mid(eq2 + 1)};
            }
            store(*spec, values);
            continue;
        }
        take(*spec, arguments, i, QStringLiteral("--") + name);
    }
}

void Args::take(const OptionSpec &spec, const QStringList &arguments, qsizetype &i, const QString &written)
{
    const int count = spec.valueName.isEmpty() ? 0 : spec.valueCount;
    if (i + count >= arguments.size())
        throw Error::usage(count == 1 ? Text::tr("%1 needs a value: %1 %2").arg(written, spec.valueName)
                                      : Text::tr("%1 needs %2: %1 %2").arg(written, spec.valueName));
    store(spec, arguments.mid(i + 1, count));
    i += count;
}

void Args::store(const OptionSpec &spec, const QStringList &values)
{
    if (m_values.contains(spec.name) && !spec.repeatable)
        throw Error::usage(Text::tr("--%1 was given twice").arg(spec.name));
    QStringList &slot = m_values[spec.name];
    slot << (values.isEmpty() ? QStringList{QString()} : values);
}

} // namespace wfs::cli
