#pragma once

// Internal to the workflow loader. YAML is copied out of yaml-cpp into plain values that keep
// where each part was written (1-based lines, columns counted in characters, not bytes), so that
// mixins can be merged as values and every error still points at the text the user wrote.

#include "model/pipelines/FlowDocument.h"

#include <QCborValue>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace wfs::pipelines::flowyaml {

struct Entry;

struct Node
{
    enum class Type { Null, Scalar, List, Map };
    enum class Style { Plain, Quoted, Literal, Folded };

    Type type = Type::Null;
    Style style = Style::Plain;
    bool resolvable = true; // an untagged plain scalar: its JSON type follows the YAML 1.2 core schema
    QString text;
    Mark mark;
    int blockIndent = 0; // literal block scalars: the 0-based column their lines start at
    std::vector<Node> items;
    std::vector<Entry> entries; // in the order written

    const Entry *find(QStringView key) const;
};

struct Entry
{
    QString key;
    Mark keyMark;
    Node value;
    bool inherited = false; // merged in from a mixin rather than written here
};

// Parses `text`; throws FlowError for YAML syntax errors, keys that are not plain values and
// keys written twice in one mapping.
Node load(const QString &text, const QString &file);

// "tasks[2]" + "env" -> "tasks[2].env"; an empty path gives the key itself.
QString childPath(const QString &path, const QString &key);
QString itemPath(const QString &path, std::size_t index);

// "a mapping", "a list", "a value" or "nothing", for "expected X, found Y" messages.
QString describe(Node::Type type);

[[noreturn]] void fail(const Mark &mark, const QString &path, const QString &what);
// Throws "expected X, found Y" at `node` unless it has `type`.
void expect(const Node &node, Node::Type type, const QString &path);

// Where character `offset` of a scalar's text was written, as exactly as the scalar's style
// allows (the scalar's own mark when it does not).
Mark markAt(const Node &scalar, int offset);

// A scalar as Apolo reads it: quoted and block scalars are strings, plain ones follow PyYAML's
// YAML 1.1 resolvers (null, yes/no/on/off/true/false, 0x1f, 0b101, 017 octal, 1_000, floats
// only with a '.', so 1e-5 is text; .inf and .nan become text, JSON has neither).
struct Resolved
{
    QJsonValue value;
    bool isFloat = false; // a Python float, which JSON does not tell from an integer when whole
};
Resolved resolve(const Node &node);
QJsonValue toJson(const Node &node);
// The same keeping a float a float (1.0 stays 1.0), as expressions and generated ids see it.
QCborValue toValue(const Node &node);
// str() of the scalar as Apolo reads it ("1.0", "True"); null for null.
QJsonValue pythonText(const Node &node);

// The candidate a misspelt `word` most likely meant, or empty when none is close.
QString nearest(const QString &word, const QStringList &candidates);

} // namespace wfs::pipelines::flowyaml
