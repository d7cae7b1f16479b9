#pragma once

#include "model/core/Error.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace wfs::pipelines {

// Apolo Flow's expression language: text with `${{ EXPR }}` (or `$[[ EXPR ]]`) parts.
//
// EXPR: literals (numbers, 'single' or "double" quoted strings, True/False/None and
// true/false/null), context access (`params.name`, `needs.prepare.outputs.x`, `matrix["a"]`,
// `list[0]`), list `[a, b]` and object `{"k": v}` literals, list comprehensions
// (`[f(x) for x in xs if x != 3]`), parentheses, and from tightest to loosest: unary - +;
// * / %; + -; | (merges objects); the comparisons == != < <= > >=; not; and; or;
// `a if condition else b`. Arithmetic follows Python (whole numbers stay whole except with '/').
// Functions are Apolo's (ExprFunctions.cpp, ExprConvert.cpp). Values are CBOR values, which
// keep what Python keeps and JSON loses: 1.0 apart from 1, and a mapping's keys in the order
// written. The JSON forms below convert at their edges (a JSON value folds 1.0 into 1).
//
// success()/failure() read the "needs" context, whose `result`s are Apolo's "succeeded",
// "failed", "cancelled" and "skipped" (and "running" for a need on a running task, `needs:
// {x: running}`): success() is true when every result is "succeeded" or "running"
// (success('a', 'b') looks only at those), failure() when any is "failed"; always() is true.
namespace expr {

// Thrown for a syntax or evaluation error; message() names the expression, e.g.
// "in '${{ params.x + }}': unexpected end of expression". `offset` is the character offset of
// the problem in the text given (for the YAML loader to turn into a column), -1 if unknown.
class ExprError : public Error
{
public:
    ExprError(const QString &message, int offset) : Error(message, Kind::Usage), m_offset(offset) {}
    int offset() const { return m_offset; }

private:
    int m_offset;
};

// True when `text` contains at least one `${{`.
bool hasExpressions(const QString &text);

// Where each `${{ }}` (or `$[[ ]]`) part of `text` begins and ends ([begin, end) from its
// opening to its closing brackets). Throws like check().
std::vector<std::pair<int, int>> partRanges(const QString &text);

// Throws ExprError when a `${{ }}` part of `text` does not parse (unclosed, bad syntax,
// unknown function). Evaluates nothing.
void check(const QString &text);

// The top-level context names `text` reads ("params", "matrix", ...), for "this attribute may not
// use the needs context" style checks. Throws like check().
QStringList contextsUsed(const QString &text);

// The context paths `text` reads with fixed names: `params.epochs` and `params['epochs']` give
// ["params", "epochs"], `needs.prep.outputs.n` gives ["needs", "prep", "outputs", "n"]; a path
// stops at the first computed index (`matrix[params.k]` gives ["matrix"] and ["params", "k"]).
// Throws like check().
QList<QStringList> referencedPaths(const QString &text);

// Evaluates `text` against `contexts` (an object of context objects: "params", "env", "flow",
// "matrix", "needs", "strategy", "multi", ...). A text that is exactly one `${{ }}` part (blanks
// around it allowed) gives that expression's value with its type; any other text gives a string
// with each part replaced by toText(value); a text without parts is returned as a string.
// Throws ExprError for unknown contexts, missing keys, type errors.
QCborValue evaluateValue(const QString &text, const QCborMap &contexts);
// evaluateValue() then toText().
QString evaluateValueText(const QString &text, const QCborMap &contexts);
// evaluateValue() then truthiness (false, null, 0, "", [] and {} are false).
bool evaluateValueBool(const QString &text, const QCborMap &contexts);

// The same with JSON contexts (a float with a whole value in them reads as an integer).
QJsonValue evaluate(const QString &text, const QJsonObject &contexts);
QString evaluateText(const QString &text, const QJsonObject &contexts);

// evaluate() then truthiness (false, null, 0, "", [] and {} are false).
bool evaluateBool(const QString &text, const QJsonObject &contexts);

// How a value is written into text, as Apolo (Python) writes it with str(): strings as they
// are, True/False, None, integers as written, floats as Python's repr (0.1,
// 1.0, 1e-05), lists and objects as Python literals (['a', 1], {'k': True}). A JSON value keeps
// no difference between 1.0 and 1, so a float with a whole value given as one prints as 1.
QString toText(const QCborValue &value);
QString toText(const QJsonValue &value);
// json.dumps of the value, as Apolo's to_json() gives it: [1, 2], {"k": "v"}, non-ASCII escaped.
QString toJsonText(const QCborValue &value);
// Python's repr of a float: 1.0, 0.1, 1e-05, 1e+16, inf.
QString pythonFloat(double value);

} // namespace expr
} // namespace wfs::pipelines
