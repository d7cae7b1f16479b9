#include "pipelines/ExprSyntax.h"

namespace wfs::pipelines::expr::detail {

namespace {

const QString kOpen = QStringLiteral("${{");

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
            fail(peek(), QStringLiteral("empty expression"));
        auto root = parseOr();
        if (peek().type != Token::Type::End)
            unexpected();
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos++]; }
    bool isWord(const char16_t *word) const { return peek().type == Token::Type::Name && peek().text == word; }
    bool isPunct(const char16_t *p) const { return peek().type == Token::Type::Punct && peek().text == p; }

    [[noreturn]] void fail(const Token &at, const QString &what) const { detail::fail(m_quoted, what, at.begin); }
    [[noreturn]] void unexpected() const
    {
        const Token &t = peek();
        if (t.type == Token::Type::End)
            fail(t, QStringLiteral("unexpected end of expression"));
        fail(t, QStringLiteral("unexpected '%1'").arg(t.text));
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

    std::unique_ptr<Node> parseOr() { return parseBoolean(Node::Kind::Or, u"or", &Parser::parseAnd); }
    std::unique_ptr<Node> parseAnd() { return parseBoolean(Node::Kind::And, u"and", &Parser::parseNot); }

    std::unique_ptr<Node> parseNot()
    {
        if (!isWord(u"not"))
            return parseComparison();
        const int begin = next().begin;
        auto operand = parseNot();
        auto node = makeNode(Node::Kind::Not, begin, operand->end);
        node->kids.push_back(std::move(operand));
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
        auto left = parsePostfix();
        if (!atComparison())
            return left;
        const QString op = next().text;
        auto node = binary(Node::Kind::Compare, std::move(left), parsePostfix());
        node->name = op;
        if (atComparison())
            fail(peek(), QStringLiteral("comparisons cannot be chained; join them with 'and'"));
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
                node = std::move(member);
            } else if (isPunct(u"[")) {
                ++m_pos;
                auto index = parseOr();
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
            auto inner = parseOr();
            expect(u")");
            return inner;
        }
        if (isPunct(u"[") || isPunct(u"{")) {
            const bool isList = isPunct(u"[");
            const char16_t *close = isList ? u"]" : u"}";
            auto node = makeNode(isList ? Node::Kind::List : Node::Kind::Dict, next().begin, 0);
            items(close, [&] {
                node->kids.push_back(parseOr());
                if (!isList) {
                    expect(u":");
                    node->kids.push_back(parseOr());
                }
            });
            node->end = peek().end;
            expect(close);
            return node;
        }
        unexpected();
    }

    std::unique_ptr<Node> parseName()
    {
        const Token &t = next();
        static const QList<std::pair<QString, QJsonValue>> constants = {
            {QStringLiteral("True"), true},   {QStringLiteral("true"), true},
            {QStringLiteral("False"), false}, {QStringLiteral("false"), false},
            {QStringLiteral("None"), QJsonValue()}, {QStringLiteral("null"), QJsonValue()}};
        for (const auto &[word, value] : constants) {
            if (t.text == word) {
                auto node = makeNode(Node::Kind::Literal, t.begin, t.end);
                node->value = value;
                return node;
            }
        }
        if (t.text == u"not" || t.text == u"and" || t.text == u"or") {
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
            fail(t, QStringLiteral("unknown function '%1'").arg(t.text));
        ++m_pos;
        auto node = makeNode(Node::Kind::Call, t.begin, 0);
        node->name = t.text;
        node->function = function;
        items(u")", [&] { node->kids.push_back(parseOr()); });
        node->end = peek().end;
        expect(u")");
        const int count = int(node->kids.size());
        if (count < function->minArgs || (function->maxArgs >= 0 && count > function->maxArgs)) {
            const QString wanted = function->maxArgs < 0 ? QStringLiteral("at least %1").arg(function->minArgs)
                                 : function->minArgs == function->maxArgs
                                     ? QString::number(function->minArgs)
                                     : QStringLiteral("%1 to %2").arg(function->minArgs).arg(function->maxArgs);
            fail(t, QStringLiteral("%1() takes %2 argument(s), not %3").arg(t.text, wanted).arg(count));
        }
        return node;
    }

    std::vector<Token> m_tokens;
    QString m_quoted;
    size_t m_pos = 0;
};

} // namespace

void fail(const QString &quoted, const QString &what, int offset)
{
    throw ExprError(QStringLiteral("in '%1': %2").arg(quoted, what), offset);
}

std::vector<Part> parseParts(const QString &text)
{
    std::vector<Part> parts;
    int from = 0;
    for (;;) {
        const int begin = text.indexOf(kOpen, from);
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
