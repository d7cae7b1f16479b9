#include "Args.h"

#include "core/Error.h"

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
        QString value;
        if (spec->valueName.isEmpty()) {
            if (eq >= 0)
                throw Error::usage(Text::tr("--%1 takes no value").arg(name));
        } else if (eq >= 0) {
            value = arg.mid(eq + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            throw Error::usage(Text::tr("--%1 needs a value: --%1 %2").arg(name, spec->valueName));
        }
        if (m_values.contains(name) && !spec->repeatable)
            throw Error::usage(Text::tr("--%1 was given twice").arg(name));
        m_values[name] << value;
    }
}

} // namespace wfs::cli
