#pragma once

#include <QString>
#include <stdexcept>

namespace wfs {

// An error a user can act on. `kind` lets the CLI choose its exit code:
// Usage errors exit 2, everything else exits 1.
class Error : public std::runtime_error
{
public:
    enum class Kind { Failure, Usage };

    explicit Error(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {}

    static Error usage(const QString &message) { return Error(message, Kind::Usage); }

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace wfs
