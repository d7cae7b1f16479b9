#include "model/pipelines/Expr.h"
#include "model/pipelines/ExprSyntax.h"

#include <optional>


#include <cmath>

// The expression language is split by stage: ExprLex.cpp (lexer), ExprParse.cpp (parser),
// ExprEval.cpp (context access, comparisons, comprehensions), ExprArith.cpp (arithmetic),
// ExprFunctions.cpp and ExprConvert.cpp (functions), and this file (templates, text).
//
// Functions: Apolo's len, keys, values, fmt, str, int, float, range, lower, upper, replace,
// join(sep, list[, convert]), to_json, from_json, hash_files, hash_files_relative, nothing,
// success, failure, always; upload, parse_volume and inspect_job are refused (platform only).
// Also split(s[, sep]), contains, startswith and endswith.

namespace wfs::pipelines::expr {

namespace {

// A comprehension's loop variable is a name of its own, not a context, inside its item and
// condition; `visit` gets each kid with the names bound there.
template<typename Visit>
void eachKid(const detail::Node &node, const QStringList &bound, Visit visit)
{
    for (size_t i = 0; i < node.kids.size(); ++i) {
        if (node.kind == detail::Node::Kind::Comprehension && i != 1)
            visit(*node.kids[i], bound + QStringList{node.name});
        else
            visit(*node.kids[i], bound);
    }
}

void collectContexts(const detail::Node &node, const QStringList &bound, QStringList &out)
{
    if (node.kind == detail::Node::Kind::Context && !out.contains(node.name) && !bound.contains(node.name))
        out << node.name;
    eachKid(node, bound, [&](const detail::Node &kid, const QStringList &b) { collectContexts(kid, b, out); });
}

// The fixed path `node` names (a context, then members and literal string indexes), if it is one.
std::optional<QStringList> pathOf(const detail::Node &node)
{
    using Kind = detail::Node::Kind;
    if (node.kind == Kind::Context)
        return QStringList{node.name};
    if (node.kind == Kind::Member || (node.kind == Kind::Index && node.kids[1]->kind == Kind::Literal
                                      && node.kids[1]->value.isString())) {
        std::optional<QStringList> base = pathOf(*node.kids[0]);
        if (base)
            *base << (node.kind == Kind::Member ? node.name : node.kids[1]->value.toString());
        return base;
    }
    return std::nullopt;
}

// The longest fixed paths under `node`: a path's own prefixes are not listed again.
void collectPaths(const detail::Node &node, const QStringList &bound, QList<QStringList> &out)
{
    if (std::optional<QStringList> path = pathOf(node)) {
        if (!bound.contains(path->front()))
            out << *path;
        return;
    }
    eachKid(node, bound, [&](const detail::Node &kid, const QStringList &b) { collectPaths(kid, b, out); });
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

} // namespace

bool hasExpressions(const QString &text)
{
    return detail::nextOpening(text, 0) >= 0;
}

std::vector<std::pair<int, int>> partRanges(const QString &text)
{
    std::vector<std::pair<int, int>> out;
    for (const detail::Part &part : detail::parseParts(text))
        out.emplace_back(part.begin, part.end);
    return out;
}

void check(const QString &text)
{
    detail::parseParts(text);
}

QStringList contextsUsed(const QString &text)
{
    QStringList out;
    for (const detail::Part &part : detail::parseParts(text))
        collectContexts(*part.root, {}, out);
    return out;
}

QList<QStringList> referencedPaths(const QString &text)
{
    QList<QStringList> out;
    for (const detail::Part &part : detail::parseParts(text))
        collectPaths(*part.root, {}, out);
    return out;
}

QCborValue evaluateValue(const QString &text, const QCborMap &contexts)
{
    const std::vector<detail::Part> parts = detail::parseParts(text);
    if (parts.empty())
        return text;
    auto valueOf = [&](const detail::Part &part) {
        return detail::evaluateNode(*part.root, detail::Scope{text, part, contexts});
    };
    const QStringView whole(text);
    if (parts.size() == 1 && isBlank(whole.left(parts.front().begin)) && isBlank(whole.mid(parts.front().end)))
        return valueOf(parts.front());
    QString out;
    int from = 0;
    for (const detail::Part &part : parts) {
        out += whole.mid(from, part.begin - from);
        out += toText(valueOf(part));
        from = part.end;
    }
    out += whole.mid(from);
    return out;
}

QString evaluateValueText(const QString &text, const QCborMap &contexts)
{
    return toText(evaluateValue(text, contexts));
}

bool evaluateValueBool(const QString &text, const QCborMap &contexts)
{
    return detail::truthy(evaluateValue(text, contexts));
}

QJsonValue evaluate(const QString &text, const QJsonObject &contexts)
{
    return evaluateValue(text, QCborMap::fromJsonObject(contexts)).toJsonValue();
}

QString evaluateText(const QString &text, const QJsonObject &contexts)
{
    return toText(evaluateValue(text, QCborMap::fromJsonObject(contexts)));
}

bool evaluateBool(const QString &text, const QJsonObject &contexts)
{
    return detail::truthy(evaluateValue(text, QCborMap::fromJsonObject(contexts)));
}

} // namespace wfs::pipelines::expr
