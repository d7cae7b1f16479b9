#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace wfs::pipelines {

// `::set-output name=X::value` lines in a task's output (not between `::stop-commands::TOKEN`
// and `::TOKEN::`).
class OutputCollector
{
public:
    void feed(const QByteArray &chunk);
    void finish(); // a last line without a newline
    const QJsonObject &outputs() const { return m_outputs; }

private:
    void line(const QByteArray &text);
    QByteArray m_partial;
    QByteArray m_stopToken; // set while ::stop-commands:: is in force
    QJsonObject m_outputs;
};

} // namespace wfs::pipelines
