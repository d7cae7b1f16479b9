#include "model/pipelines/FlowDocument.h"

#include <QRegularExpression>

namespace wfs::pipelines {

QString Mark::toString() const
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

FlowError::FlowError(const Mark &mark, const QString &key, const QString &what)
    : Error(key.isEmpty() ? QStringLiteral("%1: %2").arg(mark.toString(), what)
                          : QStringLiteral("%1: %2: %3").arg(mark.toString(), key, what),
            Kind::Usage),
      m_mark(mark), m_key(key), m_what(what)
{}

const JobSpec *FlowDocument::job(const QString &id) const
{
    for (const JobSpec &j : jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

std::optional<double> parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const double seconds = t.toDouble(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<double>(seconds) : std::nullopt;
    static const QRegularExpression re(QStringLiteral(
        "^(?:(\\d+(?:\\.\\d+)?)d)?(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m)?(?:(\\d+(?:\\.\\d+)?)s)?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (t.isEmpty() || !m.hasMatch())
        return std::nullopt;
    const double unit[] = {86400, 3600, 60, 1};
    double total = 0;
    for (int i = 0; i < 4; ++i)
        total += m.captured(i + 1).toDouble() * unit[i];
    return total;
}

} // namespace wfs::pipelines
