#pragma once

// The inside of the expression language, shared by Expr.cpp (templates), ExprLex.cpp (lexer),
// ExprParse.cpp (parser), ExprEval.cpp (evaluator) and ExprFunctions.cpp. Not for other modules.

#include "model/pipelines/Expr.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <memory>
#include <vector>

// Values are CBOR values, not JSON ones: a CBOR value keeps an integer apart from a float with
// a whole value (Python's 1 and 1.0) and a map keeps its keys in the order they were inserted
// (a Python dict's order); a JSON value does neither.
namespace wfs::pipelines::expr::detail {

struct Node;
struct Scope;

// One evaluated call: its arguments and the means to report a problem at the call.
struct Call
{
    const Scope &scope;
    const Node &node;
    std::vector<QCborValue> args;
    [[noreturn]] void fail(const QString &what) const;
};

struct Function
{
    QStringView name;
    int minArgs;
    int maxArgs; // -1: any number
    QCborValue (*run)(const Call &call);
};

// nullptr when no function is called `name`.
const Function *findFunction(QStringView name);
// The same among the functions of ExprConvert.cpp.
const Function *findConvertFunction(QStringView name);

// The function called `name` in `table`, or nullptr.
template<std::size_t N>
const Function *lookUp(const Function (&table)[N], QStringView name)
{
    for (const Function &f : table) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// Argument `i` of `call`, which must be a string (the call fails otherwise).
QString stringArg(const Call &call, size_t i);

struct Node
{
    // Arith: + - * / % | (the operator in `name`); Unary: - + (in `name`); IfElse: kids are
    // value, condition, other value; Comprehension: kids are item, iterable and an optional
    // condition, the loop variable in `name`.
    enum class Kind { Literal, Context, Member, Index, Call, Not, And, Or, Compare, List, Dict, Arith, Unary, IfElse,
                      Comprehension };
    Kind kind = Kind::Literal;
    int begin = 0; // offsets into the whole text, so that messages can quote the source
    int end = 0;
    int height = 1;                           // levels from here down to the deepest leaf
    QCborValue value;                         // Literal
    QString name;                             // Context, Member (the key), Compare (the operator)
    const Function *function = nullptr;       // Call
    std::vector<std::unique_ptr<Node>> kids;  // operands; a Dict alternates keys and values
};

// A token of a `${{ }}` part; the last one of a part is End, at its "}}".
struct Token
{
    enum class Type { Number, String, Name, Punct, End };
    Type type = Type::End;
    QString text;     // as written
    QCborValue value; // Number and String
    int begin = 0;
    int end = 0;
};

// The tokens of the part whose "${{" is at `partBegin`. Throws ExprError for an unclosed part,
// an unclosed string, a bad number or a character the language does not use.
std::vector<Token> lexPart(const QString &text, int partBegin);

// One `${{ }}` part of a text: [begin, end) covers "${{" through "}}".
struct Part
{
    int begin = 0;
    int end = 0;
    std::unique_ptr<Node> root;
};

// Where the next "${{" or "$[[" at or after `from` begins, or -1.
int nextOpening(const QString &text, int from);

// Every part of `text`, parsed. Throws ExprError for an unclosed part or bad syntax.
std::vector<Part> parseParts(const QString &text);

// Binary arithmetic (+ - * / % and | on objects) and unary - and +, with Python's rules for
// whole numbers, strings and lists (ExprArith.cpp).
QCborValue arithmetic(const Node &node, const Scope &scope, const QCborValue &a, const QCborValue &b);
QCborValue unary(const Node &node, const Scope &scope, const QCborValue &a);
// An integer or a float (not a bool).
inline bool isNumber(const QCborValue &value)
{
    return value.isInteger() || value.isDouble();
}

// What evaluation needs besides the node: the text (to quote) and the contexts.
struct Scope
{
    const QString &text;
    const Part &part;
    const QCborMap &contexts;
    QString quoted() const { return text.mid(part.begin, part.end - part.begin); }
    QString source(const Node &node) const { return text.mid(node.begin, node.end - node.begin); }
};

QCborValue evaluateNode(const Node &node, const Scope &scope);

// "in '${{ ... }}': what", at `offset`.
[[noreturn]] void fail(const QString &quoted, const QString &what, int offset);

bool truthy(const QCborValue &value);
// Equality as `==` sees it: numbers by value (1 == 1.0), containers deeply, other different
// types never equal.
bool sameValue(const QCborValue &a, const QCborValue &b);
// The keys of a map, in their order.
QStringList keysOf(const QCborMap &map);

// "string", "number", "bool", "null", "list" or "object", for messages.
QString typeName(const QCborValue &value);

// format(value, spec) as Python's str.format applies a field's ":SPEC": [[fill]align][sign][#][0]
// [width][,|_][.precision][type] with the types s, d, b, o, x, X, c, e, E, f, F, g, G, % and
// none (ExprFormat.cpp). Sets `problem` for a spec Python refuses for the value.
QString formatted(const QCborValue &value, const QString &spec, QString &problem);

// json.loads: `text` as one JSON value, objects keeping their keys' order, numbers written
// with a '.' or an exponent as floats; nesting deeper than kMaxJsonDepth is refused. Empty
// `problem` when it parsed.
constexpr int kMaxJsonDepth = 64;
QCborValue parseJson(const QString &text, QString &problem);

} // namespace wfs::pipelines::expr::detail
