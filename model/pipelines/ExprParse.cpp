#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"

#include <algorithm>

namespace wfs::pipelines::expr::detail {

namespace {

// How deep an expression may nest: parentheses, brackets, calls, `not`, and each `.key` or
// `[i]` of a chain count one level. Parsing, evaluating and freeing recurse once per level, so
// without a bound a long enough expression overflows the stack.
constexpr int kMaxDepth = 100;

std::unique_ptr<Node> makeNode(Node::Kind kind, int begin, int end)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->begin = begin;
    node->end = end;
    return node;
}

// Recursive descent, loosest first: or, and, not, comparison, postfix (. [] ()), atom.
class Parser
{
public:
    Parser(std::vector<Token> tokens, QString quoted) : m_tokens(std::move(tokens)), m_quoted(std::move(quoted)) {}

    std::unique_ptr<Node> run()
    {
        if (peek().type == Token::Type::End)
            fail(peek(), Text::tr("empty expression"));
        auto root = parseExpr();
        if (peek().type != Token::Type::End)
            unexpected();
        return root;
    }

private:
    // One more level of nesting while it lives; refused past kMaxDepth.
    class Level
    {
    public:
        explicit Level(Parser &p) : m_p(p)
        {
            if (++m_p.m_depth > kMaxDepth)
                m_p.fail(m_p.peek(), Text::tr("nested deeper than %1 levels").arg(kMaxDepth));
        }
        ~Level() { --m_p.m_depth; }
        Level(const Level &) = delete;
        Level &operator=(const Level &) = delete;

    private:
        Parser &m_p;
    };

    // A node built from `kids` is one level deeper than the deepest of them.
    void checkHeight(Node &node, const Token &at) const
    {
        int height = 0;
        for (const auto &kid : node.kids)
            height = std::max(height, kid->height);
        node.height = height + 1;
        if (node.height > kMaxDepth)
            fail(at, Text::tr("nested deeper than %1 levels").arg(kMaxDepth));
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos++]; }
    bool isWord(const char16_t *word) const { return peek().type == Token::Type::Name && peek().text == word; }
    bool isPunct(const char16_t *p) const { return peek().type == Token::Type::Punct && peek().text == p; }

    [[noreturn]] void fail(const Token &at, const QString &what) const { detail::fail(m_quoted, what, at.begin); }
    [[noreturn]] void unexpected() const
    {
        const Token &t = peek();
        if (t.type == Token::Type::End)
            fail(t, Text::tr("unexpected end of expression"));
        fail(t, Text::tr("unexpected '%1'").arg(t.text));
    }
    void expect(const char16_t *p)
    {
        if (!isPunct(p))
            unexpected();
        ++m_pos;
    }

    std::unique_ptr<Node> binary(Node::Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = makeNode(kind, left->begin, right->end);
        node->kids.push_back(std::move(left));
        node->kids.push_back(std::move(right));
        checkHeight(*node, peek());
        return node;
    }

    // `operand` (`word` `operand`)*, grouped to the left.
    std::unique_ptr<Node> parseBoolean(Node::Kind kind, const char16_t *word, std::unique_ptr<Node> (Parser::*operand)())
    {
        auto left = (this->*operand)();
        while (isWord(word)) {
            ++m_pos;
            left = binary(kind, std::move(left), (this->*operand)());
        }
        return left;
    }

    // `value if condition else other`, the loosest of all.
    std::unique_ptr<Node> parseExpr()
    {
        const Level level(*this);
        auto value = parseOr();
        if (!isWord(u"if"))
            return value;
        ++m_pos;
        auto condition = parseOr();
        if (!isWord(u"else"))
            fail(peek(), Text::tr("expected 'else' after '... if CONDITION'"));
        ++m_pos;
        auto other = parseExpr();
        auto node = makeNode(Node::Kind::IfElse, value->begin, other->end);
        node->kids.push_back(std::move(value));
        node->kids.push_back(std::move(condition));
        node->kids.push_back(std::move(other));
        checkHeight(*node, peek());
        return node;
    }

    std::unique_ptr<Node> parseOr() { return parseBoolean(Node::Kind::Or, u"or", &Parser::parseAnd); }
    std::unique_ptr<Node> parseAnd() { return parseBoolean(Node::Kind::And, u"and", &Parser::parseNot); }

    std::unique_ptr<Node> parseNot()
    {
        if (!isWord(u"not"))
            return parseComparison();
        const Level level(*this);
        const int begin = next().begin;
        auto operand = parseNot();
        auto node = makeNode(Node::Kind::Not, begin, operand->end);
        node->kids.push_back(std::move(operand));
        checkHeight(*node, peek());
        return node;
    }

    bool atComparison() const
    {
        static const QStringList ops = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                                        QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
        return peek().type == Token::Type::Punct && ops.contains(peek().text);
    }

    std::unique_ptr<Node> parseComparison()
    {
        auto left = parseBitOr();
        if (!atComparison())
            return left;
        const QString op = next().text;
        auto node = binary(Node::Kind::Compare, std::move(left), parseBitOr());
        node->name = op;
        if (atComparison())
            fail(peek(), Text::tr("comparisons cannot be chained; join them with 'and'"));
        return node;
    }

    // `operand` (OP `operand`)*, grouped to the left, for the operators in `ops`.
    std::unique_ptr<Node> parseArith(std::initializer_list<const char16_t *> ops, std::unique_ptr<Node> (Parser::*operand)())
    {
        auto left = (this->*operand)();
        for (;;) {
            const auto op = std::find_if(ops.begin(), ops.end(), [this](const char16_t *o) { return isPunct(o); });
            if (op == ops.end())
                return left;
            ++m_pos;
            auto node = binary(Node::Kind::Arith, std::move(left), (this->*operand)());
            node->name = QString::fromUtf16(*op);
            left = std::move(node);
        }
    }

    std::unique_ptr<Node> parseBitOr() { return parseArith({u"|"}, &Parser::parseSum); }
    std::unique_ptr<Node> parseSum() { return parseArith({u"+", u"-"}, &Parser::parseTerm); }
    std::unique_ptr<Node> parseTerm() { return parseArith({u"*", u"/", u"%"}, &Parser::parseFactor); }

    std::unique_ptr<Node> parseFactor()
    {
        if (!isPunct(u"-") && !isPunct(u"+"))
            return parsePostfix();
        const Level level(*this);
        const Token &op = next();
        auto operand = parseFactor();
        auto node = makeNode(Node::Kind::Unary, op.begin, operand->end);
        node->name = op.text;
        node->kids.push_back(std::move(operand));
        checkHeight(*node, peek());
        return node;
    }

    std::unique_ptr<Node> parsePostfix()
    {
        auto node = parseAtom();
        for (;;) {
            if (isPunct(u".")) {
                ++m_pos;
                if (peek().type != Token::Type::Name)
                    unexpected();
                const Token &key = next();
                auto member = makeNode(Node::Kind::Member, node->begin, key.end);
                member->name = key.text;
                member->kids.push_back(std::move(node));
                checkHeight(*member, key);
                node = std::move(member);
            } else if (isPunct(u"[")) {
                ++m_pos;
                auto index = parseExpr();
                const int end = peek().end;
                expect(u"]");
                auto access = binary(Node::Kind::Index, std::move(node), std::move(index));
                access->end = end;
                node = std::move(access);
            } else {
                return node;
            }
        }
    }

    // Items up to `close`, separated by commas (a trailing comma allowed); `item` parses one.
    template<typename Item>
    void items(const char16_t *close, Item item)
    {
        while (!isPunct(close)) {
            item();
            if (!isPunct(u","))
                break;
            ++m_pos;
        }
    }

    std::unique_ptr<Node> parseAtom()
    {
        const Token &t = peek();
        if (t.type == Token::Type::Number || t.type == Token::Type::String) {
            ++m_pos;
            auto node = makeNode(Node::Kind::Literal, t.begin, t.end);
            node->value = t.value;
            return node;
        }
        if (t.type == Token::Type::Name)
            return parseName();
        if (isPunct(u"(")) {
            ++m_pos;
            auto inner = parseExpr();
            expect(u")");
            return inner;
        }
        if (isPunct(u"[") || isPunct(u"{")) {
            const bool isList = isPunct(u"[");
            const char16_t *close = isList ? u"]" : u"}";
            auto node = makeNode(isList ? Node::Kind::List : Node::Kind::Dict, next().begin, 0);
            if (isList && !isPunct(close)) {
                auto first = parseExpr();
                if (isWord(u"for"))
                    return comprehension(std::move(first), node->begin);
                node->kids.push_back(std::move(first));
                if (isPunct(u","))
                    ++m_pos;
                else if (!isPunct(close))
                    unexpected();
            }
            items(close, [&] {
                node->kids.push_back(parseExpr());
                if (!isList) {
                    expect(u":");
                    node->kids.push_back(parseExpr());
                }
            });
            node->end = peek().end;
            checkHeight(*node, peek());
            expect(close);
            return node;
        }
        unexpected();
    }

    // `[item for NAME in iterable]` or `[item for NAME in iterable if condition]`, at "for".
    std::unique_ptr<Node> comprehension(std::unique_ptr<Node> item, int begin)
    {
        ++m_pos;
        if (peek().type != Token::Type::Name || isKeyword(peek().text) || peek().text.contains(u'-'))
            fail(peek(), Text::tr("expected a name after 'for'"));
        auto node = makeNode(Node::Kind::Comprehension, begin, 0);
        node->name = next().text;
        if (!isWord(u"in"))
            fail(peek(), Text::tr("expected 'in' after 'for %1'").arg(node->name));
        ++m_pos;
        node->kids.push_back(std::move(item));
        node->kids.push_back(parseOr());
        if (isWord(u"if")) {
            ++m_pos;
            node->kids.push_back(parseOr());
        }
        node->end = peek().end;
        checkHeight(*node, peek());
        expect(u"]");
        return node;
    }

    static bool isKeyword(const QString &word)
    {
        static const QStringList keywords = {QStringLiteral("not"), QStringLiteral("and"), QStringLiteral("or"),
                                             QStringLiteral("if"),  QStringLiteral("else"), QStringLiteral("for"),
                                             QStringLiteral("in")};
        return keywords.contains(word);
    }

    std::unique_ptr<Node> parseName()
    {
        const Token &t = next();
        static const QList<std::pair<QString, QCborValue>> constants = {
            {QStringLiteral("True"), true},   {QStringLiteral("true"), true},
            {QStringLiteral("False"), false}, {QStringLiteral("false"), false},
            {QStringLiteral("None"), QCborValue(nullptr)}, {QStringLiteral("null"), QCborValue(nullptr)}};
        for (const auto &[word, value] : constants) {
            if (t.text == word) {
                auto node = makeNode(Node::Kind::Literal, t.begin, t.end);
                node->value = value;
                return node;
            }
        }
        if (isKeyword(t.text)) {
            --m_pos;
            unexpected();
        }
        if (!isPunct(u"(")) {
            auto node = makeNode(Node::Kind::Context, t.begin, t.end);
            node->name = t.text;
            return node;
        }
        const Function *function = findFunction(t.text);
        if (!function)
            fail(t, Text::tr("unknown function '%1'").arg(t.text));
        ++m_pos;
        auto node = makeNode(Node::Kind::Call, t.begin, 0);
        node->name = t.text;
        node->function = function;
        items(u")", [&] { node->kids.push_back(parseExpr()); });
        node->end = peek().end;
        checkHeight(*node, t);
        expect(u")");
        const int count = int(node->kids.size());
        if (count < function->minArgs || (function->maxArgs >= 0 && count > function->maxArgs)) {
            const QString wanted = function->maxArgs < 0 ? QStringLiteral("at least %1").arg(function->minArgs)
                                 : function->minArgs == function->maxArgs
                                     ? QString::number(function->minArgs)
                                     : QStringLiteral("%1 to %2").arg(function->minArgs).arg(function->maxArgs);
            fail(t, Text::tr("%1() takes %2 argument(s), not %3").arg(t.text, wanted).arg(count));
        }
        return node;
    }

    std::vector<Token> m_tokens;
    QString m_quoted;
    size_t m_pos = 0;
    int m_depth = 0;
};

} // namespace

int nextOpening(const QString &text, int from)
{
    const int curly = int(text.indexOf(QStringLiteral("${{"), from));
    const int square = int(text.indexOf(QStringLiteral("$[["), from));
    return curly < 0 ? square : square < 0 ? curly : std::min(curly, square);
}

void fail(const QString &quoted, const QString &what, int offset)
{
    // A message is one line a user reads: a huge expression is shown by its start.
    constexpr int kShown = 120;
    const QString shown = quoted.size() > kShown ? quoted.left(kShown - 3) + QStringLiteral("...") : quoted;
    throw ExprError(Text::tr("in '%1': %2").arg(shown, what), offset);
}

std::vector<Part> parseParts(const QString &text)
{
    std::vector<Part> parts;
    int from = 0;
    for (;;) {
        const int begin = nextOpening(text, from);
        if (begin < 0)
            return parts;
        std::vector<Token> tokens = lexPart(text, begin);
        Part part;
        part.begin = begin;
        part.end = tokens.back().end;
        part.root = Parser(std::move(tokens), text.mid(begin, part.end - begin)).run();
        from = part.end;
        parts.push_back(std::move(part));
    }
}

} // namespace wfs::pipelines::expr::detail
