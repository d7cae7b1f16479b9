#include "model/pipelines/TaskIds.h"

#include "model/pipelines/Expr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace wfs::pipelines::taskids {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::pipelines::FlowParser)
};

bool idChar(QChar c)
{
    return c == u'_' || c.isLetterOrNumber();
}

// The parts of `written` outside its expressions, each with what follows it ("" for the last).
std::vector<std::pair<QString, QString>> pieces(const QString &written)
{
    const std::vector<std::pair<int, int>> parts = expr::partRanges(written);
    std::vector<std::pair<QString, QString>> out;
    int from = 0;
    for (const auto &[begin, end] : parts) {
        out.emplace_back(written.mid(from, begin - from), written.mid(begin, end - begin));
        from = end;
    }
    out.emplace_back(written.mid(from), QString());
    return out;
}

// `written` with every expression replaced by `filler` (a part's value is not known yet).
QString literal(const QString &written, const QString &filler)
{
    QString out;
    for (const auto &[text, part] : pieces(written))
        out += text + (part.isEmpty() ? QString() : filler);
    return out;
}

// What to write instead: the literal text with '_' for what an id cannot hold.
QString suggestion(const QString &written)
{
    QString out;
    for (const auto &[text, part] : pieces(written)) {
        for (const QChar c : text)
            out += idChar(c) ? c : QChar(u'_');
        out += part;
    }
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u'_');
    if (out == out.toUpper())
        out = out.toLower();
    return out;
}

} // namespace

QString problem(const QString &written)
{
    try {
        expr::check(written);
    } catch (const expr::ExprError &e) {
        return e.message();
    }
    if (written.size() > kMaxLength)
        return Text::tr("the id has %1 characters; an id may have at most %2").arg(written.size()).arg(kMaxLength);
    const QString text = literal(written, QStringLiteral("x"));
    const bool wellFormed = !text.isEmpty() && !text.at(0).isDigit()
        && std::all_of(text.begin(), text.end(), idChar);
    if (!wellFormed)
        return Text::tr("'%1' is not a valid task id: an id holds letters, digits and '_' and does not start "
                        "with a digit (write '%2')")
            .arg(written, suggestion(written));
    if (!expr::hasExpressions(written) && written == written.toUpper())
        return Text::tr("'%1' is not a valid task id: all-uppercase ids are reserved (write '%2')")
            .arg(written, written.toLower());
    return {};
}

QString sanitized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!idChar(c) && c != u'-')
            c = u'_';
    }
    return out;
}

QString bounded(const QString &id)
{
    if (id.size() <= kMaxLength)
        return id;
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return id.left(kMaxLength - 9) + u'-' + QString::fromLatin1(hash);
}

QString generated(int number, const QJsonObject &matrix)
{
    QStringList parts{QStringLiteral("task"), QString::number(number)};
    for (const QString &key : matrix.keys()) { // QJsonObject keeps its keys sorted
        if (key == key.toLower())
            parts << pythonText(matrix.value(key));
    }
    return bounded(sanitized(parts.join(u'-')));
}

QString pythonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Double:
        break;
    default:
        return expr::toText(value);
    }
    if (value.toVariant().typeId() != QMetaType::Double)
        return QString::number(value.toInteger());
    const double d = value.toDouble();
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (std::isnan(d))
        return QStringLiteral("nan");
    // Python's repr: the shortest digits that read back, positional for exponents -4 to 15.
    const QString e = QString::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf(u'e');
    const int exponent = e.mid(ePos + 1).toInt();
    const bool negative = e.startsWith(u'-');
    QString digits = e.left(ePos).remove(u'-').remove(u'.');
    if (exponent < -4 || exponent >= 16) {
        QString mantissa = digits.left(1);
        if (digits.size() > 1)
            mantissa += u'.' + digits.mid(1);
        return (negative ? QStringLiteral("-") : QString()) + mantissa + u'e' + (exponent < 0 ? u'-' : u'+')
            + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QChar(u'0'));
    }
    QString out;
    if (exponent < 0) {
        out = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), u'0') + QStringLiteral(".0");
    } else {
        out = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return negative ? u'-' + out : out;
}

} // namespace wfs::pipelines::taskids
