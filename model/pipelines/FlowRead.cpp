#include "model/pipelines/FlowRead.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"
#include "model/recording/Recorder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace wfs::pipelines::flowread {

using flowyaml::childPath;
using flowyaml::fail;

namespace {
bool isLiteral(const Scalar &value)
{
    return value.present && !expr::hasExpressions(value.text);
}

} // namespace

Fields::Fields(const Node &node, const QString &path, const KeyTable &keys, FlowDocument *doc)
    : m_node(node), m_path(path)
{
    flowyaml::expect(node, Node::Type::Map, path);
    for (const Entry &e : node.entries) {
        if (keys.read.contains(e.key))
            continue;
        if (keys.ignored.contains(e.key)) {
            if (doc && !e.inherited)
                doc->ignored.push_back({this->path(e.key), e.keyMark});
            continue;
        }
        const QStringList known = keys.read + keys.ignored;
        const QString guess = flowyaml::nearest(e.key, known);
        fail(e.keyMark, this->path(e.key),
             guess.isEmpty() ? Text::tr("unknown key '%1' (known keys: %2)").arg(e.key, known.join(u", "))
                             : Text::tr("unknown key '%1', did you mean '%2'?").arg(e.key, guess));
    }
}

const Node *Fields::value(QStringView key) const
{
    const Entry *e = m_node.find(key);
    return e ? &e->value : nullptr;
}

Scalar Fields::scalar(const QString &key) const
{
    const Node *v = value(key);
    return v ? flowread::scalar(*v, path(key)) : Scalar();
}

void checkExpressions(const Node &scalar, const QString &path)
{
    if (scalar.type != Node::Type::Scalar)
        return;
    try {
        expr::check(scalar.text);
    } catch (const expr::ExprError &e) {
        fail(flowyaml::markAt(scalar, e.offset()), path, e.message());
    }
    // A misspelt context is found now, not when the task runs.
    static const QStringList known{QStringLiteral("flow"),   QStringLiteral("project"), QStringLiteral("params"), QStringLiteral("env"),
                                   QStringLiteral("matrix"), QStringLiteral("strategy"), QStringLiteral("needs"),
                                   QStringLiteral("multi"),  QStringLiteral("tags"),   QStringLiteral("volumes"),
                                   QStringLiteral("images"), QStringLiteral("inputs"), QStringLiteral("state"),
                                   QStringLiteral("git")};
    for (const QString &name : expr::contextsUsed(scalar.text)) {
        if (!known.contains(name))
            fail(scalar.mark, path, Text::tr("in '%1': unknown context '%2' (contexts: %3)")
                                        .arg(scalar.text.trimmed(), name, known.join(QStringLiteral(", "))));
    }
}

Scalar scalar(const Node &node, const QString &path)
{
    if (node.type == Node::Type::List || node.type == Node::Type::Map)
        fail(node.mark, path, Text::tr("expected a value, found %1").arg(flowyaml::describe(node.type)));
    checkExpressions(node, path);
    return {node.text, node.mark, true};
}

void checkBool(const Scalar &value, const QString &path)
{
    static const QRegularExpression words(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    if (isLiteral(value) && !words.match(value.text).hasMatch())
        fail(value.mark, path, Text::tr("expected true or false, found '%1'").arg(value.text));
}

void checkCount(const Scalar &value, const QString &path)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (isLiteral(value) && (!digits.match(value.text).hasMatch() || value.text.toLongLong() < 1))
        fail(value.mark, path, Text::tr("expected a whole number above 0, found '%1'").arg(value.text));
}

void checkDuration(const Scalar &value, const QString &path)
{
    if (isLiteral(value) && !parseDuration(value.text))
        fail(value.mark, path,
             Text::tr("'%1' is not a duration: write a number of seconds or a time like 1d6h15m45s").arg(value.text));
}

ScalarMap env(const Node &node, const QString &path)
{
    // `env: ${{ {'A': 'x'} }}`: one expression giving the mapping, kept under the empty name.
    if (node.type == Node::Type::Scalar && expr::hasExpressions(node.text))
        return {{QString(), scalar(node, path)}};
    flowyaml::expect(node, Node::Type::Map, path);
    ScalarMap out;
    for (const Entry &e : node.entries)
        out.emplace_back(e.key, scalar(e.value, flowyaml::childPath(path, e.key)));
    return out;
}

std::vector<Param> params(const Node &node, const QString &path)
{
    static const KeyTable longForm = {{QStringLiteral("default"), QStringLiteral("descr")}, {}};
    flowyaml::expect(node, Node::Type::Map, path);
    std::vector<Param> out;
    for (const Entry &e : node.entries) {
        const QString p = flowyaml::childPath(path, e.key);
        Param param{e.key, QJsonValue(QJsonValue::Null), QString(), e.keyMark};
        const Node *def = &e.value;
        if (e.value.type == Node::Type::Map) {
            const Fields f(e.value, p, longForm, nullptr);
            param.descr = f.scalar(QStringLiteral("descr")).text;
            def = f.value(u"default");
        } else if (e.value.type == Node::Type::List) {
            fail(e.value.mark, p, Text::tr("expected a value or a mapping of default and descr, found a list"));
        }
        if (def) {
            const QString defPath = def == &e.value ? p : flowyaml::childPath(p, QStringLiteral("default"));
            scalar(*def, defPath);
            param.defaultValue = flowyaml::pythonText(*def); // params are text in Apolo: str() of the YAML value
        }
        out.push_back(std::move(param));
    }
    return out;
}

CacheSpec cache(const Node &node, const QString &path, bool allowInherit)
{
    static const KeyTable keys = {{QStringLiteral("strategy"), QStringLiteral("life_span")}, {}};
    const Fields f(node, path, keys, nullptr);
    CacheSpec c{f.scalar(QStringLiteral("strategy")), f.scalar(QStringLiteral("life_span"))};
    QStringList strategies = {QStringLiteral("none"), QStringLiteral("default")};
    if (allowInherit)
        strategies << QStringLiteral("inherit");
    if (isLiteral(c.strategy) && !strategies.contains(c.strategy.text))
        fail(c.strategy.mark, f.path(QStringLiteral("strategy")),
             Text::tr("expected %1, found '%2'").arg(strategies.join(u" or "), c.strategy.text));
    checkDuration(c.lifeSpan, f.path(QStringLiteral("life_span")));
    return c;
}

std::vector<Scalar> relations(const Node &node, const QString &path)
{
    flowyaml::expect(node, Node::Type::List, path);
    std::vector<Scalar> out;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
        const QString p = flowyaml::itemPath(path, i);
        const Scalar s = scalar(node.items[i], p);
        // A kind computed by an expression is known only when the task runs.
        if (!expr::hasExpressions(s.text.section(u':', 0, 0))) {
            try {
                Relation::parseSpec(s.text, Direction::Input);
            } catch (const Error &e) {
                fail(s.mark, p, e.message());
            }
        }
        out.push_back(s);
    }
    return out;
}

CommandSpec command(const Fields &fields, const QString &path, bool required, FlowDocument *doc)
{
    QStringList written;
    for (const Entry &e : fields.node().entries) {
        if (e.key == u"bash" || e.key == u"cmd" || e.key == u"python") {
            written << e.key;
            if (written.size() > 1)
                fail(e.keyMark, fields.path(e.key),
                     Text::tr("%1 and %2 are mutually exclusive: write only one").arg(written[0], written[1]));
        }
    }
    // Without a command the platform runs the image's own; a local run has no image, so the task
    // runs nothing, which is reported with the ignored keys.
    if (written.isEmpty() && required && doc)
        doc->ignored.push_back({path + Text::tr(" (no bash, cmd or python: the image's own command)"), fields.mark()});
    return {fields.scalar(QStringLiteral("bash")), fields.scalar(QStringLiteral("cmd")),
            fields.scalar(QStringLiteral("python"))};
}

void refuseAction(const Fields &fields)
{
    for (const QString &key : {QStringLiteral("action"), QStringLiteral("module"), QStringLiteral("args")}) {
        if (const Entry *e = fields.entry(key))
            fail(e->keyMark, fields.path(key),
                 Text::tr("action calls are not supported by local runs: write the action's steps as commands"));
    }
}

namespace {
QCborValue matrixValue(const Node &node, const QString &path)
{
    if (node.type == Node::Type::List || node.type == Node::Type::Map)
        fail(node.mark, path, Text::tr("expected a value, found %1").arg(flowyaml::describe(node.type)));
    if (!expr::hasExpressions(node.text))
        return flowyaml::toValue(node);
    checkExpressions(node, path);
    try {
        return expr::evaluateValue(node.text, {});
    } catch (const expr::ExprError &e) {
        fail(flowyaml::markAt(node, e.offset()), path,
             Text::tr("%1 (a matrix value may use no contexts; a whole list may use params)").arg(e.message()));
    }
}

} // namespace

MatrixSpec matrix(const Node &node, const QString &path)
{
    flowyaml::expect(node, Node::Type::Map, path);
    MatrixSpec m;
    m.mark = node.mark;
    QStringList axes;
    for (const Entry &e : node.entries) {
        if (e.key == u"include" || e.key == u"exclude")
            continue;
        const QString p = childPath(path, e.key);
        static const QRegularExpression identifier(QStringLiteral("^[^\\W\\d]\\w*$"),
                                                   QRegularExpression::UseUnicodePropertiesOption);
        if (!identifier.match(e.key).hasMatch() || e.key == e.key.toUpper())
            fail(e.keyMark, p, Text::tr("'%1' is not a valid matrix key: a key holds letters, digits and '_', does "
                                        "not start with a digit and is not all uppercase")
                                   .arg(e.key));
        axes << e.key;
        if (e.value.type == Node::Type::Scalar && expr::hasExpressions(e.value.text)) {
            m.computed.emplace_back(e.key, scalar(e.value, p));
            m.axes.emplace_back(e.key, std::vector<QCborValue>());
            continue;
        }
        if (e.value.type != Node::Type::List)
            fail(e.value.mark, p, Text::tr("expected a list of values or an expression giving one, found %1")
                                      .arg(flowyaml::describe(e.value.type)));
        std::vector<QCborValue> values;
        for (std::size_t i = 0; i < e.value.items.size(); ++i)
            values.push_back(matrixValue(e.value.items[i], flowyaml::itemPath(p, i)));
        m.axes.emplace_back(e.key, std::move(values));
    }
    for (const bool include : {true, false}) {
        const QString key = include ? QStringLiteral("include") : QStringLiteral("exclude");
        const Node *list = node.find(key) ? &node.find(key)->value : nullptr;
        if (!list)
            continue;
        const QString p = childPath(path, key);
        flowyaml::expect(*list, Node::Type::List, p);
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const QString comboPath = flowyaml::itemPath(p, i);
            flowyaml::expect(list->items[i], Node::Type::Map, comboPath);
            QCborMap combo;
            for (const Entry &e : list->items[i].entries) {
                // An exclude naming no axis would silently exclude nothing.
                if (!include && !axes.contains(e.key)) {
                    const QString guess = flowyaml::nearest(e.key, axes);
                    fail(e.keyMark, childPath(comboPath, e.key),
                         guess.isEmpty() ? Text::tr("'%1' is not an axis of the matrix").arg(e.key)
                                         : Text::tr("'%1' is not an axis of the matrix, did you mean '%2'?")
                                               .arg(e.key, guess));
                }
                combo.insert(e.key, matrixValue(e.value, childPath(comboPath, e.key)));
            }
            (include ? m.include : m.exclude).push_back(combo);
        }
    }
    return m;
}

} // namespace wfs::pipelines::flowread
