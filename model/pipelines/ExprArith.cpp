#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"


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

// Python's bools are ints: True + 1 == 2.
bool numeric(const QCborValue &v)
{
    return isNumber(v) || v.isBool();
}

double number(const QCborValue &v)
{
    return v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble();
}

bool whole(const QCborValue &v)
{
    return v.isBool() || v.isInteger();
}

qint64 integer(const QCborValue &v)
{
    return v.isBool() ? (v.toBool() ? 1 : 0) : v.toInteger();
}

// The result of an operation on whole numbers, as a double when it leaves qint64's range.
QCborValue wholeResult(long double exact)
{
    if (exact >= static_cast<long double>(std::numeric_limits<qint64>::min()) && exact <= static_cast<long double>(std::numeric_limits<qint64>::max()))
        return QCborValue(qint64(exact));
    return double(exact);
}

QCborValue repeat(const Node &node, const Scope &scope, const QCborValue &seq, qint64 times)
{
    times = std::max<qint64>(times, 0);
    const qint64 size = seq.isString() ? seq.toString().size() : seq.toArray().size();
    if (size * times > kMaxRepeat)
        failAt(scope, node, Text::tr("the result would hold more than %1 items").arg(kMaxRepeat));
    if (seq.isString())
        return seq.toString().repeated(times);
    QCborArray out;
    const QCborArray items = seq.toArray();
    for (qint64 i = 0; i < times; ++i) {
        for (const QCborValue &v : items)
            out.append(v);
    }
    return out;
}

QCborValue calculate(const Node &node, const Scope &scope, QChar op, const QCborValue &a, const QCborValue &b)
{
    const bool ints = whole(a) && whole(b);
    const double x = number(a), y = number(b);
    switch (op.unicode()) {
    case u'+':
        return ints ? wholeResult((long double)integer(a) + integer(b)) : QCborValue(x + y);
    case u'-':
        return ints ? wholeResult((long double)integer(a) - integer(b)) : QCborValue(x - y);
    case u'*':
        return ints ? wholeResult((long double)integer(a) * integer(b)) : QCborValue(x * y);
    case u'/':
        if (y == 0)
            failAt(scope, node, Text::tr("division by zero"));
        return x / y;
    case u'%': {
        if (y == 0)
            failAt(scope, node, Text::tr("modulo by zero"));
        if (ints) {
            const qint64 m = integer(a) % integer(b);
            return QCborValue(m != 0 && ((m < 0) != (integer(b) < 0)) ? m + integer(b) : m);
        }
        const double m = std::fmod(x, y);
        return m != 0 && ((m < 0) != (y < 0)) ? m + y : m;
    }
    default:
        break;
    }
    failAt(scope, node, Text::tr("'%1' does not apply to numbers").arg(op));
}

} // namespace

QCborValue arithmetic(const Node &node, const Scope &scope, const QCborValue &a, const QCborValue &b)
{
    const QChar op = node.name.at(0);
    if (numeric(a) && numeric(b) && op != u'|')
        return calculate(node, scope, op, a, b);
    if (op == u'+' && a.isString() && b.isString())
        return QString(a.toString() + b.toString());
    if (op == u'+' && a.isArray() && b.isArray()) {
        QCborArray out = a.toArray();
        for (const QCborValue &v : b.toArray())
            out.append(v);
        return out;
    }
    if (op == u'*' && (a.isString() || a.isArray()) && whole(b))
        return repeat(node, scope, a, integer(b));
    if (op == u'*' && (b.isString() || b.isArray()) && whole(a))
        return repeat(node, scope, b, integer(a));
    if (op == u'|' && a.isMap() && b.isMap()) {
        // Python's dict union: the left's keys in their order, then the right's new ones.
        QCborMap out = a.toMap();
        const QCborMap right = b.toMap();
        for (auto it = right.cbegin(); it != right.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }
    if (op == u'|' && whole(a) && whole(b))
        return QCborValue(integer(a) | integer(b));
    failAt(scope, node, Text::tr("cannot use '%1' on a %2 and a %3").arg(op).arg(typeName(a), typeName(b)));
}

QCborValue unary(const Node &node, const Scope &scope, const QCborValue &a)
{
    if (!numeric(a))
        failAt(scope, node, Text::tr("cannot use '%1' on a %2").arg(node.name, typeName(a)));
    if (node.name == u"+")
        return a.isBool() ? QCborValue(integer(a)) : a;
    return whole(a) ? wholeResult(-(long double)integer(a)) : QCborValue(-a.toDouble());
}

} // namespace wfs::pipelines::expr::detail
