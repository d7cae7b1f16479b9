#include "model/pipelines/ExprSyntax.h"

#include <QJsonArray>
#include <QVariant>

#include <cmath>
#include <limits>

// Arithmetic as Apolo's expressions do it, which is Python's: whole numbers stay whole (except
// with '/'), '%' takes the sign of the divisor, '+' joins strings and lists, '*' repeats them,
// booleans count as 0 and 1, and '|' merges objects (the right one winning).

namespace wfs::pipelines::expr::detail {

namespace {

// Strings and lists made by '*' stay below this many characters or items.
constexpr qint64 kMaxRepeat = 1 << 20;

[[noreturn]] void failAt(const Scope &scope, const Node &node, const QString &what)
{
    fail(scope.quoted(), what, node.begin);
}

bool isNumber(const QJsonValue &v)
{
    return v.isDouble() || v.isBool();
}

double number(const QJsonValue &v)
{
    return v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble();
}

bool whole(const QJsonValue &v)
{
    return v.isBool() || isInteger(v);
}

qint64 integer(const QJsonValue &v)
{
    return v.isBool() ? (v.toBool() ? 1 : 0) : v.toInteger();
}

// The result of an operation on whole numbers, as a double when it leaves qint64's range.
QJsonValue wholeResult(long double exact)
{
    if (exact >= static_cast<long double>(std::numeric_limits<qint64>::min()) && exact <= static_cast<long double>(std::numeric_limits<qint64>::max()))
        return QJsonValue(qint64(exact));
    return double(exact);
}

QJsonValue repeat(const Node &node, const Scope &scope, const QJsonValue &seq, qint64 times)
{
    times = std::max<qint64>(times, 0);
    const qint64 size = seq.isString() ? seq.toString().size() : seq.toArray().size();
    if (size * times > kMaxRepeat)
        failAt(scope, node, QStringLiteral("the result would hold more than %1 items").arg(kMaxRepeat));
    if (seq.isString())
        return seq.toString().repeated(times);
    QJsonArray out;
    for (qint64 i = 0; i < times; ++i) {
        for (const QJsonValue &v : seq.toArray())
            out.append(v);
    }
    return out;
}

QJsonValue numeric(const Node &node, const Scope &scope, QChar op, const QJsonValue &a, const QJsonValue &b)
{
    const bool ints = whole(a) && whole(b);
    const double x = number(a), y = number(b);
    switch (op.unicode()) {
    case u'+':
        return ints ? wholeResult((long double)integer(a) + integer(b)) : QJsonValue(x + y);
    case u'-':
        return ints ? wholeResult((long double)integer(a) - integer(b)) : QJsonValue(x - y);
    case u'*':
        return ints ? wholeResult((long double)integer(a) * integer(b)) : QJsonValue(x * y);
    case u'/':
        if (y == 0)
            failAt(scope, node, QStringLiteral("division by zero"));
        return x / y;
    case u'%': {
        if (y == 0)
            failAt(scope, node, QStringLiteral("modulo by zero"));
        if (ints) {
            const qint64 m = integer(a) % integer(b);
            return QJsonValue(m != 0 && ((m < 0) != (integer(b) < 0)) ? m + integer(b) : m);
        }
        const double m = std::fmod(x, y);
        return m != 0 && ((m < 0) != (y < 0)) ? m + y : m;
    }
    default:
        break;
    }
    failAt(scope, node, QStringLiteral("'%1' does not apply to numbers").arg(op));
}

} // namespace

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() != QMetaType::Double;
}

QJsonValue arithmetic(const Node &node, const Scope &scope, const QJsonValue &a, const QJsonValue &b)
{
    const QChar op = node.name.at(0);
    if (isNumber(a) && isNumber(b) && op != u'|')
        return numeric(node, scope, op, a, b);
    if (op == u'+' && a.isString() && b.isString())
        return QString(a.toString() + b.toString());
    if (op == u'+' && a.isArray() && b.isArray()) {
        QJsonArray out = a.toArray();
        for (const QJsonValue &v : b.toArray())
            out.append(v);
        return out;
    }
    if (op == u'*' && (a.isString() || a.isArray()) && whole(b))
        return repeat(node, scope, a, integer(b));
    if (op == u'*' && (b.isString() || b.isArray()) && whole(a))
        return repeat(node, scope, b, integer(a));
    if (op == u'|' && a.isObject() && b.isObject()) {
        QJsonObject out = a.toObject();
        const QJsonObject right = b.toObject();
        for (auto it = right.begin(); it != right.end(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }
    if (op == u'|' && whole(a) && whole(b))
        return QJsonValue(integer(a) | integer(b));
    failAt(scope, node, QStringLiteral("cannot use '%1' on a %2 and a %3").arg(op).arg(typeName(a), typeName(b)));
}

QJsonValue unary(const Node &node, const Scope &scope, const QJsonValue &a)
{
    if (!isNumber(a))
        failAt(scope, node, QStringLiteral("cannot use '%1' on a %2").arg(node.name, typeName(a)));
    if (node.name == u"+")
        return a.isBool() ? QJsonValue(integer(a)) : a;
    return whole(a) ? wholeResult(-(long double)integer(a)) : QJsonValue(-a.toDouble());
}

} // namespace wfs::pipelines::expr::detail
