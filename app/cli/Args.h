#pragma once

#include <QMap>
#include <QStringList>
#include <vector>

namespace wfs::cli {

struct OptionSpec
{
    QString name;      // without the leading "--"
    QString valueName; // empty for a flag without a value
    QString help;
    bool repeatable = false;
};

// A strict command-line parser: unknown options, missing values and repeated single options
// are usage errors. "--name=value" and "--name value" both work; "--" ends the options.
class Args
{
public:
    Args(const QStringList &arguments, const std::vector<OptionSpec> &specs);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }
    const QStringList &afterDashes() const { return m_afterDashes; }
    bool sawDashes() const { return m_sawDashes; }

private:
    QMap<QString, QStringList> m_values;
    QStringList m_positional;
    QStringList m_afterDashes;
    bool m_sawDashes = false;
};

} // namespace wfs::cli
