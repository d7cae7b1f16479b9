#pragma once

// Internal to the workflow loader: reading the parts that batch tasks, live jobs and the
// defaults share, each checked where it was written.

#include "model/pipelines/FlowYaml.h"

namespace wfs::pipelines::flowread {

using flowyaml::Entry;
using flowyaml::Node;

// The keys a mapping may hold: `read` ones are loaded, `ignored` ones mean something only on
// the Apolo platform and are recorded in FlowDocument::ignored.
struct KeyTable
{
    QStringList read;
    QStringList ignored;
};

// One mapping, checked against its KeyTable on construction: anything else is an unknown key
// (with the nearest known one suggested), ignored keys written here (not merged in from a mixin)
// are recorded once in `doc` (tables without ignored keys pass nullptr).
class Fields
{
public:
    Fields(const Node &node, const QString &path, const KeyTable &keys, FlowDocument *doc);

    const Node *value(QStringView key) const;
    const Entry *entry(QStringView key) const { return m_node.find(key); }
    QString path(const QString &key) const { return flowyaml::childPath(m_path, key); }
    const Mark &mark() const { return m_node.mark; }
    const Node &node() const { return m_node; }

    // An absent key gives a Scalar that is not present.
    Scalar scalar(const QString &key) const;

private:
    const Node &m_node;
    QString m_path;
};

// Throws FlowError at the expression when a `${{ }}` part of the scalar does not parse.
void checkExpressions(const Node &scalar, const QString &path);
// A scalar read as written (`~` and empty give empty text), its expressions checked.
Scalar scalar(const Node &node, const QString &path);

// Literal values are checked at load time; values with expressions when they are evaluated.
void checkBool(const Scalar &value, const QString &path);
void checkCount(const Scalar &value, const QString &path);
void checkDuration(const Scalar &value, const QString &path);

ScalarMap env(const Node &node, const QString &path);
std::vector<Param> params(const Node &node, const QString &path);
// `inherit` is a task's own strategy only.
CacheSpec cache(const Node &node, const QString &path, bool allowInherit);
// `inputs:` / `outputs:`, "KIND:PATH" as `wfs run --in/--out` take them.
std::vector<Scalar> relations(const Node &node, const QString &path);
// `strategy.matrix`: axes (lists, or one expression giving a list), include and exclude.
MatrixSpec matrix(const Node &node, const QString &path);
// bash, cmd or python; `required` is false for mixins, which may leave the command to the task.
CommandSpec command(const Fields &fields, const QString &path, bool required);
// Throws for an `action:` call (and its `args:`): not something a local run can do.
void refuseAction(const Fields &fields);

} // namespace wfs::pipelines::flowread
