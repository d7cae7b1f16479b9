#include "model/pipelines/OutputCollector.h"

namespace wfs::pipelines {

void OutputCollector::feed(const QByteArray &chunk)
{
    m_partial += chunk;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_partial.indexOf('\n', start);
        if (end < 0)
            break;
        line(m_partial.mid(start, end - start));
        start = end + 1;
    }
    m_partial.remove(0, start);
}

void OutputCollector::finish()
{
    if (!m_partial.isEmpty())
        line(m_partial);
    m_partial.clear();
}

void OutputCollector::line(const QByteArray &text)
{
    static const QByteArray prefix = "::set-output name=";
    static const QByteArray stop = "::stop-commands::";
    QByteArray l = text;
    if (l.endsWith('\r'))
        l.chop(1);
    // Between ::stop-commands::TOKEN and ::TOKEN:: lines are text, not commands (a task that
    // prints untrusted text cannot set outputs with it).
    const QByteArray trimmed = l.trimmed();
    if (!m_stopToken.isEmpty()) {
        if (trimmed == "::" + m_stopToken + "::")
            m_stopToken.clear();
        return;
    }
    if (trimmed.startsWith(stop) && trimmed.size() > stop.size()) {
        m_stopToken = trimmed.mid(stop.size());
        return;
    }
    // A command at the start of its line (after blanks), as the program printed it.
    const qsizetype at = l.indexOf(prefix);
    if (at < 0 || !l.left(at).trimmed().isEmpty())
        return;
    const qsizetype nameStart = at + prefix.size();
    const qsizetype sep = l.indexOf("::", nameStart);
    if (sep <= nameStart)
        return;
    const QString name = QString::fromUtf8(l.mid(nameStart, sep - nameStart)).trimmed();
    m_outputs.insert(name, QString::fromUtf8(l.mid(sep + 2)));
}

} // namespace wfs::pipelines
