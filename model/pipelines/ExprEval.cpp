#include "model/pipelines/ExprSyntax.h"

#include <QJsonArray>

#include <cmath>

namespace wfs::pipelines::expr::detail {

namespace {

[[noreturn]] void failAt(const Scope &scope, const Node &node, const QString &what)
{
    fail(scope.quoted(), what, node.begin);
}

QJsonValue context(const Node &node, const Scope &scope)
{
    if (scope.contexts.contains(node.name))
        return scope.contexts.value(node.name);
    const QStringList known = scope.contexts.keys();
    failAt(scope, node, known.isEmpty()
               ? QStringLiteral("unknown context '%1' (no contexts are available here)").arg(node.name)
               : QStringLiteral("unknown context '%1' (available: %2)").arg(node.name, known.join(u", ")));
}

QJsonValue member(const Node &node, const Scope &scope, const QJsonValue &object, const QJsonValue &key)
{
    const Node &of = *node.kids.front();
    if (object.isObject()) {
        if (!key.isString())
            failAt(scope, node, QStringLiteral("%1 is an object; its keys are strings, not a %2")
                                    .arg(scope.source(of), typeName(key)));
        const QJsonObject o = object.toObject();
        if (!o.contains(key.toString()))
            failAt(scope, node, QStringLiteral("%1 has no '%2'").arg(scope.source(of), key.toString()));
        return o.value(key.toString());
    }
    if (object.isArray()) {
        const QJsonArray list = object.toArray();
        const double index = key.toDouble(std::nan(""));
        if (!key.isDouble() || index != std::floor(index))
            failAt(scope, node, QStringLiteral("%1 is a list; its indices are whole numbers, not %2")
                                    .arg(scope.source(of), toText(key)));
        if (index < 0 || index >= list.size())
            failAt(scope, node, QStringLiteral("%1 has no item %2 (it has %3)")
                                    .arg(scope.source(of), toText(key)).arg(list.size()));
        return list.at(qsizetype(index));
    }
    failAt(scope, node, QStringLiteral("%1 is a %2, which has no '%3'")
                            .arg(scope.source(of), typeName(object), toText(key)));
}

QJsonValue compare(const Node &node, const Scope &scope)
{
    const QJsonValue a = evaluateNode(*node.kids[0], scope);
    const QJsonValue b = evaluateNode(*node.kids[1], scope);
    const QString &op = node.name;
    if (op == u"==")
        return sameValue(a, b);
    if (op == u"!=")
        return !sameValue(a, b);
    int order = 0;
    if (a.isDouble() && b.isDouble())
        order = a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    else if (a.isString() && b.isString())
        order = a.toString().compare(b.toString());
    else
        failAt(scope, node, QStringLiteral("cannot compare a %1 with a %2 using '%3'")
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
QJsonArray iterable(const Node &node, const Scope &scope, const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray::fromStringList(value.toObject().keys());
    if (value.isString()) {
        QJsonArray out;
        for (const uint c : value.toString().toUcs4())
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        return out;
    }
    failAt(scope, node, QStringLiteral("cannot loop over a %1").arg(typeName(value)));
}

QJsonValue comprehension(const Node &node, const Scope &scope)
{
    const QJsonArray values = iterable(*node.kids[1], scope, evaluateNode(*node.kids[1], scope));
    QJsonObject contexts = scope.contexts;
    const Scope inner{scope.text, scope.part, contexts};
    QJsonArray out;
    for (const QJsonValue &value : values) {
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
    failAt(scope, node, QStringLiteral("%1(): %2").arg(node.name, what));
}

QJsonValue evaluateNode(const Node &node, const Scope &scope)
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
        QJsonValue left = evaluateNode(*node.kids[0], scope);
        if (truthy(left) == (node.kind == Node::Kind::Or))
            return left;
        return evaluateNode(*node.kids[1], scope);
    }
    case Node::Kind::Compare:
        return compare(node, scope);
    case Node::Kind::List: {
        QJsonArray list;
        for (const auto &kid : node.kids)
            list.append(evaluateNode(*kid, scope));
        return list;
    }
    case Node::Kind::Dict: {
        QJsonObject object;
        for (size_t i = 0; i + 1 < node.kids.size(); i += 2) {
            const QJsonValue key = evaluateNode(*node.kids[i], scope);
            if (!key.isString())
                failAt(scope, *node.kids[i], QStringLiteral("object keys are strings, not a %1").arg(typeName(key)));
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
    return {};
}

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

} // namespace wfs::pipelines::expr::detail
