#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"

#include <QRegularExpression>

#include <cmath>

// fmt()'s format specs, as Python's format() reads them (the Format Specification Mini-Language):
// flows write fmt('{:03d}', matrix.n) or fmt('{:.2e}', matrix.lr) for run names.

namespace wfs::pipelines::expr::detail {

namespace {

struct Spec
{
    QChar fill = u' ';
    QChar align; // < > ^ =, or none
    QChar sign = u'-';
    bool alternate = false;
    int width = 0;
    QChar grouping; // , or _, or none
    int precision = -1;
    QChar type; // none when not written
};

// Digits in groups of `size` from the right, joined by `separator`.
QString grouped(const QString &digits, QChar separator, int size)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % size == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

// "+04", "-05": Python writes an exponent's sign and at least two digits.
QString exponentText(int exponent)
{
    return QString(exponent < 0 ? u'-' : u'+') + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QChar(u'0'));
}

// Python's 'g': `precision` significant digits, scientific below 1e-4 or from 10^precision on,
// trailing zeros dropped unless `alternate`.
QString general(double x, int precision, bool alternate, bool upper)
{
    const int p = std::max(precision, 1);
    const QString e = QString::number(x, 'e', p - 1);
    const int exponent = e.mid(e.indexOf(u'e') + 1).toInt();
    QString out;
    QString mantissa;
    if (exponent >= -4 && exponent < p) {
        out = QString::number(x, 'f', p - 1 - exponent);
        mantissa = out;
    } else {
        mantissa = e.left(e.indexOf(u'e'));
        out = mantissa + u'e' + exponentText(exponent);
    }
    if (!alternate && mantissa.contains(u'.')) {
        QString trimmed = mantissa;
        while (trimmed.endsWith(u'0'))
            trimmed.chop(1);
        if (trimmed.endsWith(u'.'))
            trimmed.chop(1);
        out.replace(0, mantissa.size(), trimmed);
    }
    return upper ? out.toUpper() : out;
}

// Python's 'e': mantissa with `precision` decimals and an exponent of at least two digits.
QString scientific(double x, int precision, bool upper)
{
    const QString e = QString::number(x, 'e', precision);
    const int exponent = e.mid(e.indexOf(u'e') + 1).toInt();
    const QString out = e.left(e.indexOf(u'e')) + u'e' + exponentText(exponent);
    return upper ? out.toUpper() : out;
}

// The digits of a number without its sign, as `type` writes them; empty `problem` when fine.
QString numberBody(const QCborValue &value, const Spec &s, QString &prefix, QString &problem)
{
    const bool isInt = value.isInteger() || value.isBool();
    const qint64 n = value.isBool() ? qint64(value.toBool()) : value.toInteger();
    const double x = value.isBool() ? double(value.toBool()) : value.toDouble();
    const QChar type = s.type;
    if (QStringLiteral("bcdoxX").contains(type) && !type.isNull()) {
        if (!isInt) {
            problem = Text::tr("format code '%1' is for whole numbers, not %2").arg(type).arg(toText(value));
            return {};
        }
        if (type == u'c')
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&n), 1);
        const int base = type == u'b' ? 2 : type == u'o' ? 8 : type == u'd' ? 10 : 16;
        if (s.alternate && base != 10)
            prefix = type == u'b' ? QStringLiteral("0b") : type == u'o' ? QStringLiteral("0o") : QStringLiteral("0x");
        if (type == u'X')
            prefix = prefix.toUpper();
        const QString digits = QString::number(n < 0 ? -(unsigned long long)n : (unsigned long long)n, base);
        return type == u'X' ? digits.toUpper() : digits;
    }
    const double a = std::fabs(x);
    if (std::isinf(a) || std::isnan(a)) {
        const QString word = std::isnan(a) ? QStringLiteral("nan") : QStringLiteral("inf");
        return type.isUpper() && !type.isNull() ? word.toUpper() : word;
    }
    if (type == u'f' || type == u'F')
        return QString::number(a, 'f', s.precision < 0 ? 6 : s.precision);
    if (type == u'e' || type == u'E')
        return scientific(a, s.precision < 0 ? 6 : s.precision, type == u'E');
    if (type == u'g' || type == u'G')
        return general(a, s.precision < 0 ? 6 : s.precision, s.alternate, type == u'G');
    if (type == u'%')
        return QString::number(a * 100, 'f', s.precision < 0 ? 6 : s.precision) + u'%';
    // No type: str() of the number; a precision gives 'g' that keeps a digit past the point.
    if (isInt) {
        if (s.precision >= 0)
            problem = Text::tr("a precision is not allowed for whole numbers");
        return QString::number(n < 0 ? -(unsigned long long)n : (unsigned long long)n);
    }
    if (s.precision < 0)
        return pythonFloat(a);
    QString out = general(a, s.precision, s.alternate, false);
    if (!out.contains(u'.') && !out.contains(u'e'))
        out += QStringLiteral(".0");
    return out;
}

} // namespace

QString formatted(const QCborValue &value, const QString &specText, QString &problem)
{
    static const QRegularExpression grammar(
        QStringLiteral("^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGosxX%])?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = grammar.match(specText);
    if (!m.hasMatch()) {
        problem = Text::tr("the format spec '%1' is not one Python reads").arg(specText);
        return {};
    }
    Spec s;
    if (m.capturedLength(2)) {
        s.align = m.captured(2).at(0);
        if (m.capturedLength(1))
            s.fill = m.captured(1).at(0);
    }
    if (m.capturedLength(3))
        s.sign = m.captured(3).at(0);
    s.alternate = m.capturedLength(4) > 0;
    if (m.capturedLength(5) && s.align.isNull()) {
        s.fill = u'0';
        s.align = u'=';
    }
    s.width = std::min(m.captured(6).toInt(), 1000); // bounded: a spec is user input
    if (m.capturedLength(7))
        s.grouping = m.captured(7).at(0);
    if (m.capturedLength(8))
        s.precision = std::min(m.captured(8).toInt(), 100);
    if (m.capturedLength(9))
        s.type = m.captured(9).at(0);

    if (specText.isEmpty())
        return toText(value);
    // A bool is an int to a spec that says anything (format(True, '>5') is '    1').
    const bool number = isNumber(value) || value.isBool();
    QString sign, prefix, body;
    if (number) {
        if (s.type == u's') {
            problem = Text::tr("format code 's' is for text, not %1").arg(toText(value));
            return {};
        }
        body = numberBody(value, s, prefix, problem);
        if (!problem.isEmpty())
            return {};
        const bool negative = value.isBool() ? false : value.isInteger() ? value.toInteger() < 0 : std::signbit(value.toDouble());
        sign = negative ? QStringLiteral("-") : s.sign == u'+' ? QStringLiteral("+") : s.sign == u' ' ? QStringLiteral(" ") : QString();
        if (!s.grouping.isNull()) {
            const qsizetype end = std::find_if(body.begin(), body.end(), [](QChar c) { return !c.isDigit(); }) - body.begin();
            const int size = QStringLiteral("box").contains(s.type) && !s.type.isNull() ? 4 : 3;
            body = grouped(body.left(end), s.grouping, size) + body.mid(end);
        }
    } else {
        if (!s.type.isNull() && s.type != u's') {
            problem = Text::tr("format code '%1' is for numbers, not %2").arg(s.type).arg(toText(value));
            return {};
        }
        if (s.align == u'=' || s.sign != u'-' || !s.grouping.isNull()) {
            problem = Text::tr("the format spec '%1' is for numbers, not %2").arg(specText, toText(value));
            return {};
        }
        body = toText(value);
        if (s.precision >= 0)
            body.truncate(s.precision);
    }
    const QString whole = sign + prefix + body;
    const qsizetype pad = std::max<qsizetype>(0, s.width - whole.size());
    const QChar align = s.align.isNull() ? (number ? u'>' : u'<') : s.align;
    if (align == u'<')
        return whole + QString(pad, s.fill);
    if (align == u'^')
        return QString(pad / 2, s.fill) + whole + QString(pad - pad / 2, s.fill);
    if (align == u'=')
        return sign + prefix + QString(pad, s.fill) + body;
    return QString(pad, s.fill) + whole;
}

} // namespace wfs::pipelines::expr::detail
