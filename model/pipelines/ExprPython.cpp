#include "model/pipelines/Expr.h"

#include <QCborArray>
#include <QLocale>

#include <cmath>

// Values written out as Apolo writes them: Apolo is Python, so text is str(value), lists and
// objects print as Python's repr and to_json() as json.dumps.

namespace wfs::pipelines::expr {

namespace {

// Python's repr of a string: single quotes unless only double quotes avoid escaping one.
QString quoted(const QString &s)
{
    const QChar quote = s.contains(u'\'') && !s.contains(u'"') ? u'"' : u'\'';
    QString out(quote);
    for (const QChar c : s) {
        if (c == u'\\' || c == quote)
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + quote;
}

// json.dumps of a string (ensure_ascii: everything past ASCII as \uXXXX).
QString jsonQuoted(const QString &s)
{
    QString out(u'"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'\b': out += QStringLiteral("\\b"); break;
        case u'\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

// repr() (`json`: json.dumps) of any value; `depth` bounds nesting as the evaluator bounds it.
QString written(const QCborValue &value, bool json, int depth)
{
    if (depth > 64)
        return QStringLiteral("...");
    if (value.isString())
        return json ? jsonQuoted(value.toString()) : quoted(value.toString());
    if (value.isBool())
        return json ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                    : (value.toBool() ? QStringLiteral("True") : QStringLiteral("False"));
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (json && !std::isfinite(d)) // json.dumps' names for them
            return std::isnan(d) ? QStringLiteral("NaN") : d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return pythonFloat(d);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QCborValue &v : value.toArray())
            items << written(v, json, depth + 1);
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    if (value.isMap()) {
        QStringList items;
        const QCborMap o = value.toMap();
        for (auto it = o.cbegin(); it != o.cend(); ++it) {
            const QString key = it.key().toString();
            items << (json ? jsonQuoted(key) : quoted(key)) + QStringLiteral(": ") + written(it.value(), json, depth + 1);
        }
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    return json ? QStringLiteral("null") : QStringLiteral("None");
}

} // namespace

QString toText(const QCborValue &value)
{
    return value.isString() ? value.toString() : written(value, false, 0);
}

QString toText(const QJsonValue &value)
{
    return toText(QCborValue::fromJsonValue(value));
}

QString toJsonText(const QCborValue &value)
{
    return written(value, true, 0);
}

QString pythonFloat(double d)
{
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (std::isnan(d))
        return QStringLiteral("nan");
    // Python's repr: the shortest digits that read back, positional for exponents -4 to 15.
    const QString e = QString::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf(u'e');
    const int exponent = e.mid(ePos + 1).toInt();
    const bool negative = e.startsWith(u'-');
    const QString digits = e.left(ePos).remove(u'-').remove(u'.');
    QString out;
    if (exponent < -4 || exponent >= 16) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += u'.' + digits.mid(1);
        out += u'e' + QString(exponent < 0 ? u'-' : u'+') + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QChar(u'0'));
    } else if (exponent < 0) {
        out = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), u'0') + QStringLiteral(".0");
    } else {
        out = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return negative ? u'-' + out : out;
}

} // namespace wfs::pipelines::expr
