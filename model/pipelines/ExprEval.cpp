#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"


#include <cmath>

namespace wfs::pipelines::expr::detail {

namespace {

[[noreturn]] void failAt(const Scope &scope, const Node &node, const QString &what)
{
    fail(scope.quoted(), what, node.begin);
}

QCborValue context(const Node &node, const Scope &scope)
{
    if (scope.contexts.contains(node.name))
        return scope.contexts.value(node.name);
    QStringList known = keysOf(scope.contexts);
    known.sort();
    failAt(scope, node, known.isEmpty()
               ? QStringLiteral("unknown context '%1' (no contexts are available here)").arg(node.name)
               : QStringLiteral("unknown context '%1' (available: %2)").arg(node.name, known.join(u", ")));
}

QCborValue member(const Node &node, const Scope &scope, const QCborValue &object, const QCborValue &key)
{
    const Node &of = *node.kids.front();
    if (object.isMap()) {
        if (!key.isString())
            failAt(scope, node, Text::tr("%1 is an object; its keys are strings, not a %2")
                                    .arg(scope.source(of), typeName(key)));
        const QCborMap o = object.toMap();
        if (!o.contains(key.toString()))
            failAt(scope, node, Text::tr("%1 has no '%2'").arg(scope.source(of), key.toString()));
        return o.value(key.toString());
    }
    if (object.isArray()) {
        const QCborArray list = object.toArray();
        // Python indexes with ints and bools only; negative indices count from the end.
        if (!key.isInteger() && !key.isBool())
            failAt(scope, node, Text::tr("%1 is a list; its indices are whole numbers, not %2")
                                    .arg(scope.source(of), toText(key)));
        qint64 index = key.isBool() ? qint64(key.toBool()) : key.toInteger();
        if (index < 0)
            index += list.size();
        if (index < 0 || index >= list.size())
            failAt(scope, node, Text::tr("%1 has no item %2 (it has %3)")
                                    .arg(scope.source(of), toText(key)).arg(list.size()));
        return list.at(qsizetype(index));
    }
    failAt(scope, node, Text::tr("%1 is a %2, which has no '%3'")
                            .arg(scope.source(of), typeName(object), toText(key)));
}

QCborValue compare(const Node &node, const Scope &scope)
{
    const QCborValue a = evaluateNode(*node.kids[0], scope);
    const QCborValue b = evaluateNode(*node.kids[1], scope);
    const QString &op = node.name;
    if (op == u"==")
        return sameValue(a, b);
    if (op == u"!=")
        return !sameValue(a, b);
    int order = 0;
    if (isNumber(a) && isNumber(b) && a.isInteger() && b.isInteger())
        order = a.toInteger() < b.toInteger() ? -1 : a.toInteger() > b.toInteger() ? 1 : 0;
    else if (isNumber(a) && isNumber(b))
        order = a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    else if (a.isString() && b.isString())
        order = a.toString().compare(b.toString());
    else
        failAt(scope, node, Text::tr("cannot compare a %1 with a %2 using '%3'")
                                .arg(typeName(a), typeName(b), op));
    if (op == u"<")
        return order < 0;
    if (op == u"<=")
        return order <= 0;
    if (op == u">")
        return order > 0;
    return order >= 0;
}

// Python's iteration: a list's items, an object's keys, a string's characters.
QCborArray iterable(const Node &node, const Scope &scope, const QCborValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isMap())
        return QCborArray::fromStringList(keysOf(value.toMap()));
    if (value.isString()) {
        QCborArray out;
        for (const uint c : value.toString().toUcs4())
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        return out;
    }
    failAt(scope, node, Text::tr("cannot loop over a %1").arg(typeName(value)));
}

QCborValue comprehension(const Node &node, const Scope &scope)
{
    const QCborArray values = iterable(*node.kids[1], scope, evaluateNode(*node.kids[1], scope));
    QCborMap contexts = scope.contexts;
    const Scope inner{scope.text, scope.part, contexts};
    QCborArray out;
    for (const QCborValue &value : values) {
        contexts.insert(node.name, value);
        if (node.kids.size() > 2 && !truthy(evaluateNode(*node.kids[2], inner)))
            continue;
        out.append(evaluateNode(*node.kids[0], inner));
    }
    return out;
}

} // namespace

void Call::fail(const QString &what) const
{
    failAt(scope, node, Text::tr("%1(): %2").arg(node.name, what));
}

QCborValue evaluateNode(const Node &node, const Scope &scope)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.value;
    case Node::Kind::Context:
        return context(node, scope);
    case Node::Kind::Member:
        return member(node, scope, evaluateNode(*node.kids[0], scope), node.name);
    case Node::Kind::Index:
        return member(node, scope, evaluateNode(*node.kids[0], scope), evaluateNode(*node.kids[1], scope));
    case Node::Kind::Not:
        return !truthy(evaluateNode(*node.kids[0], scope));
    case Node::Kind::And:
    case Node::Kind::Or: {
        // Python's rule: the value is the operand that decided, and the right one is not
        // evaluated when the left one decides.
        QCborValue left = evaluateNode(*node.kids[0], scope);
        if (truthy(left) == (node.kind == Node::Kind::Or))
            return left;
        return evaluateNode(*node.kids[1], scope);
    }
    case Node::Kind::Compare:
        return compare(node, scope);
    case Node::Kind::List: {
        QCborArray list;
        for (const auto &kid : node.kids)
            list.append(evaluateNode(*kid, scope));
        return list;
    }
    case Node::Kind::Dict: {
        QCborMap object; // keeps the keys in the order written, as a Python dict does
        for (size_t i = 0; i + 1 < node.kids.size(); i += 2) {
            const QCborValue key = evaluateNode(*node.kids[i], scope);
            if (!key.isString())
                failAt(scope, *node.kids[i], Text::tr("object keys are strings, not a %1").arg(typeName(key)));
            object.insert(key.toString(), evaluateNode(*node.kids[i + 1], scope));
        }
        return object;
    }
    case Node::Kind::Arith:
        return arithmetic(node, scope, evaluateNode(*node.kids[0], scope), evaluateNode(*node.kids[1], scope));
    case Node::Kind::Unary:
        return unary(node, scope, evaluateNode(*node.kids[0], scope));
    case Node::Kind::IfElse:
        return evaluateNode(*node.kids[truthy(evaluateNode(*node.kids[1], scope)) ? 0 : 2], scope);
    case Node::Kind::Comprehension:
        return comprehension(node, scope);
    case Node::Kind::Call: {
        Call call{scope, node, {}};
        for (const auto &kid : node.kids)
            call.args.push_back(evaluateNode(*kid, scope));
        return node.function->run(call);
    }
    }
    return QCborValue(nullptr);
}

bool truthy(const QCborValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isInteger())
        return value.toInteger() != 0;
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return !value.toString().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isMap())
        return !value.toMap().isEmpty();
    return false;
}

bool sameValue(const QCborValue &a, const QCborValue &b)
{
    if (isNumber(a) && isNumber(b))
        return a.isInteger() && b.isInteger() ? a.toInteger() == b.toInteger() : a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QCborArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isMap()) {
        // Python compares dicts without regard to order.
        const QCborMap x = a.toMap(), y = b.toMap();
        if (x.size() != y.size())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (!y.contains(it.key()) || !sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

QStringList keysOf(const QCborMap &map)
{
    QStringList keys;
    keys.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys << it.key().toString();
    return keys;
}

QString typeName(const QCborValue &value)
{
    if (value.isBool())
        return QStringLiteral("bool");
    if (isNumber(value))
        return QStringLiteral("number");
    if (value.isString())
        return QStringLiteral("string");
    if (value.isArray())
        return QStringLiteral("list");
    if (value.isMap())
        return QStringLiteral("object");
    return QStringLiteral("null");
}

} // namespace wfs::pipelines::expr::detail
