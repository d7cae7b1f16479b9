#pragma once

#include <QMap>
#include <QStringList>
#include <vector>

namespace wfs::cli {

struct OptionSpec
{
    OptionSpec(QString name_, QString valueName_, QString help_, bool repeatable_ = false, QChar shortName_ = {},
               int valueCount_ = 1)
        : name(std::move(name_)), valueName(std::move(valueName_)), help(std::move(help_)), repeatable(repeatable_),
          shortName(shortName_), valueCount(valueCount_)
    {}

    QString name;      // without the leading "--"
    QString valueName; // empty for a flag without a value
    QString help;
    bool repeatable = false;
    QChar shortName;    // "-p" as well as "--param"
    int valueCount = 1; // 2 for "-p NAME VALUE" (both kept, in order, in values())
};

// A strict command-line parser: unknown options, missing values and repeated single options
// are usage errors. "--name=value" and "--name value" both work; "--" ends the options.
// An option of two values takes "--param NAME VALUE", "-p NAME VALUE" or "--param=NAME=VALUE".
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
    void take(const OptionSpec &spec, const QStringList &arguments, qsizetype &i, const QString &written);
    void store(const OptionSpec &spec, const QStringList &values);

    QMap<QString, QStringList> m_values;
    QStringList m_positional;
    QStringList m_afterDashes;
    bool m_sawDashes = false;
};

} // namespace wfs::cli
