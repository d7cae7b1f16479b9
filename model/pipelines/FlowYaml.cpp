#include "model/pipelines/FlowYaml.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace wfs::pipelines::flowyaml {

namespace {
// Bounds on what a workflow file may make us build. yaml-cpp keeps an alias as a second
// reference to its anchor's node, so a file of a few hundred bytes can describe a tree of
// billions of values ("billion laughs"), or one that contains itself; both are refused while
// copying, before they cost memory or stack.
constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
constexpr int kMaxDepth = 64;
constexpr int kMaxValues = 200000;

// yaml-cpp counts lines and byte columns from 0; marks count characters from 1.
class Converter
{
public:
    Converter(const QString &file, const QByteArray &utf8) : m_file(file), m_lines(utf8.split('\n')) {}

    Mark mark(const YAML::Mark &m) const
    {
        if (m.line < 0 || m.line >= int(m_lines.size()))
            return {m_file, std::max(m.line, 0) + 1, 1};
        const QByteArray &line = m_lines[m.line];
        const int bytes = std::clamp(m.column, 0, int(line.size()));
        return {m_file, m.line + 1, int(QString::fromUtf8(line.left(bytes)).size()) + 1};
    }

    Node convert(const YAML::Node &yaml, const QString &path, const Mark *keyMark)
    {
        Node node;
        node.mark = mark(yaml.Mark());
        const Bound bound(*this, yaml, node.mark, path);
        switch (yaml.Type()) {
        case YAML::NodeType::Map:
            node.type = Node::Type::Map;
            for (auto it = yaml.begin(); it != yaml.end(); ++it)
                addEntry(node, it->first, it->second, path);
            break;
        case YAML::NodeType::Sequence:
            node.type = Node::Type::List;
            for (std::size_t i = 0; i < yaml.size(); ++i)
                node.items.push_back(convert(yaml[i], itemPath(path, i), nullptr));
            break;
        case YAML::NodeType::Scalar:
            node.type = Node::Type::Scalar;
            node.text = QString::fromStdString(yaml.Scalar());
            node.resolvable = yaml.Tag() == "?";
            setStyle(node, yaml.Mark());
            // yaml-cpp takes a quote left open up to the end of the file as the rest of the file.
            if (node.style == Node::Style::Quoted && !quoteClosed(yaml.Mark()))
                fail(node.mark, path, Text::tr("YAML syntax: the quoted value is not closed"));
            break;
        default:
            // yaml-cpp places an empty value (`key:` at the end of a line) on the next line.
            if (keyMark && node.mark.line != keyMark->line)
                node.mark = *keyMark;
            break;
        }
        return node;
    }

private:
    // Counts one more value and one more level on the way down, and refuses past the limits.
    class Bound
    {
    public:
        Bound(Converter &c, const YAML::Node &yaml, const Mark &mark, const QString &path) : m_c(c)
        {
            for (const YAML::Node &open : c.m_open) {
                if (open.is(yaml))
                    fail(mark, path, Text::tr("an alias refers to a mapping or list that contains it"));
            }
            if (int(c.m_open.size()) >= kMaxDepth)
                fail(mark, path, Text::tr("nested deeper than %1 levels").arg(kMaxDepth));
            if (++c.m_values > kMaxValues)
                fail(mark, path, Text::tr("more than %1 values once aliases are expanded").arg(kMaxValues));
            c.m_open.push_back(yaml);
        }
        ~Bound() { m_c.m_open.pop_back(); }
        Bound(const Bound &) = delete;
        Bound &operator=(const Bound &) = delete;

    private:
        Converter &m_c;
    };

    void addEntry(Node &map, const YAML::Node &key, const YAML::Node &value, const QString &path)
    {
        Entry entry;
        entry.keyMark = mark(key.Mark());
        if (!key.IsScalar() && !key.IsNull())
            fail(entry.keyMark, path, Text::tr("a key must be a plain value, found %1")
                                          .arg(describe(key.IsMap() ? Node::Type::Map : Node::Type::List)));
        entry.key = key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
        const QString keyPath = childPath(path, entry.key);
        if (const Entry *first = map.find(entry.key))
            fail(entry.keyMark, keyPath, Text::tr("duplicate key '%1' (first written at line %2)")
                                             .arg(entry.key).arg(first->keyMark.line));
        entry.value = convert(value, keyPath, &entry.keyMark);
        map.entries.push_back(std::move(entry));
    }

    bool quoteClosed(const YAML::Mark &m) const
    {
        const char quote = m_lines[m.line].at(m.column);
        std::size_t column = std::size_t(m.column) + 1;
        for (std::size_t l = std::size_t(m.line); l < std::size_t(m_lines.size()); ++l, column = 0) {
            const QByteArray &line = m_lines[l];
            for (std::size_t c = column; c < std::size_t(line.size()); ++c) {
                if (quote == '"' && line[c] == '\\')
                    ++c;
                else if (line[c] == quote && quote == '\'' && c + 1 < std::size_t(line.size()) && line[c + 1] == '\'')
                    ++c;
                else if (line[c] == quote)
                    return true;
            }
        }
        return false;
    }

    void setStyle(Node &node, const YAML::Mark &m) const
    {
        if (m.line < 0 || m.line >= int(m_lines.size()) || m.column >= int(m_lines[m.line].size()))
            return;
        switch (m_lines[m.line].at(m.column)) {
        case '"':
        case '\'':
            node.style = Node::Style::Quoted;
            break;
        case '|':
            node.style = Node::Style::Literal;
            for (std::size_t l = std::size_t(m.line) + 1; l < std::size_t(m_lines.size()); ++l) {
                const QByteArray &line = m_lines[l];
                const auto indent = std::find_if(line.begin(), line.end(), [](char c) { return c != ' '; });
                if (indent != line.end() && *indent != '\r') {
                    node.blockIndent = int(indent - line.begin());
                    break;
                }
            }
            break;
        case '>':
            node.style = Node::Style::Folded;
            break;
        default:
            break;
        }
    }

    QString m_file;
    QList<QByteArray> m_lines;
    std::vector<YAML::Node> m_open; // the mappings and lists being copied, outermost first
    int m_values = 0;
};

// Optimal string alignment distance: a swap of two neighbours counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

const Entry *Node::find(QStringView key) const
{
    for (const Entry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

Node load(const QString &text, const QString &file)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > kMaxBytes)
        fail({file, 1, 1}, QString(), Text::tr("the file is %1 bytes; a workflow file may hold at most %2")
                                          .arg(utf8.size()).arg(kMaxBytes));
    Converter converter(file, utf8);
    YAML::Node root;
    try {
        root = YAML::Load(utf8.toStdString());
    } catch (const YAML::Exception &e) {
        fail(converter.mark(e.mark), QString(), Text::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
    }
    Node node = converter.convert(root, QString(), nullptr);
    if (node.mark.line < 1)
        node.mark = {file, 1, 1};
    return node;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString itemPath(const QString &path, std::size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString describe(Node::Type type)
{
    switch (type) {
    case Node::Type::Map:
        return Text::tr("a mapping");
    case Node::Type::List:
        return Text::tr("a list");
    case Node::Type::Scalar:
        return Text::tr("a value");
    case Node::Type::Null:
        break;
    }
    return Text::tr("nothing");
}

void fail(const Mark &mark, const QString &path, const QString &what)
{
    throw FlowError(mark, path, what);
}

void expect(const Node &node, Node::Type type, const QString &path)
{
    if (node.type != type)
        fail(node.mark, path, Text::tr("expected %1, found %2").arg(describe(type), describe(node.type)));
}

Mark markAt(const Node &scalar, int offset)
{
    if (offset < 0 || offset > scalar.text.size())
        return scalar.mark;
    const QStringView before = QStringView(scalar.text).left(offset);
    const qsizetype newlines = before.count(u'\n');
    Mark m = scalar.mark;
    switch (scalar.style) {
    case Node::Style::Plain:
    case Node::Style::Quoted:
        if (newlines > 0)
            return scalar.mark;
        m.column += offset + (scalar.style == Node::Style::Quoted ? 1 : 0);
        return m;
    case Node::Style::Literal:
        m.line += int(newlines) + 1;
        m.column = scalar.blockIndent + int(offset - before.lastIndexOf(u'\n') - 1) + 1;
        return m;
    case Node::Style::Folded:
        break;
    }
    return scalar.mark;
}

Resolved resolve(const Node &node)
{
    if (node.type == Node::Type::Null)
        return {QJsonValue(QJsonValue::Null), false};
    const QString &t = node.text;
    if (!node.resolvable || node.style != Node::Style::Plain)
        return {t, false};
    // PyYAML's implicit resolvers (YAML 1.1), which Apolo reads flows with.
    static const QRegularExpression boolean(QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
                                                           "|on|On|ON|off|Off|OFF)$"));
    static const QRegularExpression integer(QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                                           "|[-+]?0x[0-9a-fA-F_]+)$"));
    static const QRegularExpression real(QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                                        "|\\.[0-9_]+(?:[eE][-+][0-9]+)?)$"));
    static const QRegularExpression special(QStringLiteral("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    if (boolean.match(t).hasMatch())
        return {QJsonValue(QStringList{QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("on")}.contains(t.toLower())),
                false};
    if (integer.match(t).hasMatch()) {
        QString digits = t;
        digits.remove(u'_');
        const bool negative = digits.startsWith(u'-');
        if (digits.startsWith(u'-') || digits.startsWith(u'+'))
            digits.remove(0, 1);
        int base = 10;
        if (digits.startsWith(QStringLiteral("0b")) || digits.startsWith(QStringLiteral("0x"))) {
            base = digits.at(1) == u'b' ? 2 : 16;
            digits.remove(0, 2);
        } else if (digits.size() > 1 && digits.startsWith(u'0')) {
            base = 8;
        }
        bool ok = false;
        const qint64 v = digits.toLongLong(&ok, base);
        if (ok)
            return {QJsonValue(negative ? -v : v), false};
        return {QJsonValue((negative ? -1.0 : 1.0) * digits.toDouble()), true};
    }
    if (real.match(t).hasMatch()) {
        QString digits = t;
        digits.remove(u'_');
        if (digits.endsWith(u'.'))
            digits += u'0';
        return {QJsonValue(digits.toDouble()), true};
    }
    // JSON has no infinities: they stay text, which is how Python prints them too.
    if (special.match(t).hasMatch())
        return {t.contains(QStringLiteral("nan"), Qt::CaseInsensitive) ? QStringLiteral("nan")
                : t.startsWith(u'-')                                     ? QStringLiteral("-inf")
                                                                         : QStringLiteral("inf"),
                false};
    return {t, false};
}

QJsonValue toJson(const Node &node)
{
    return resolve(node).value;
}

QCborValue toValue(const Node &node)
{
    const Resolved r = resolve(node);
    return r.isFloat ? QCborValue(r.value.toDouble()) : QCborValue::fromJsonValue(r.value);
}

QJsonValue pythonText(const Node &node)
{
    const Resolved r = resolve(node);
    if (r.isFloat)
        return expr::pythonFloat(r.value.toDouble());
    return r.value.isNull() ? r.value : QJsonValue(expr::toText(r.value));
}

QString nearest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 0;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        const int allowed = c.size() <= 4 ? 1 : 2;
        if (d <= allowed && d < word.size() && (best.isEmpty() || d < bestDistance)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace wfs::pipelines::flowyaml
