#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"

namespace wfs::pipelines::expr::detail {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNamePart(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Names may hold '-' between name characters: built task ids do (`needs.task-1`). Apolo wants
// blanks after a binary operator, so `a - 1` is a subtraction and `a-1` never was one.
bool continuesName(const QString &text, int pos)
{
    const QChar c = text.at(pos);
    return isNamePart(c) || (c == u'-' && pos + 1 < text.size() && isNamePart(text.at(pos + 1)));
}

// Splits one part into tokens, from just after its "${{" to its "}}" (the End token).
class Lexer
{
public:
    // A part opens with "${{" and closes with "}}", or (Apolo's other notation) "$[[" and "]]".
    Lexer(const QString &text, int partBegin)
        : m_text(text), m_partBegin(partBegin), m_pos(partBegin + 3),
          m_open(text.at(partBegin + 1) == u'[' ? u'[' : u'{'), m_close(m_open == u'[' ? u']' : u'}')
    {
    }

    std::vector<Token> run()
    {
        std::vector<Token> tokens;
        int depth = 0; // of brackets like the closing ones, whose pair must not end the part
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                fail(m_partBegin, Text::tr("'%1' is not closed by '%2'")
                                      .arg(m_text.mid(m_partBegin, 3), QString(2, m_close)));
            const QChar c = m_text.at(m_pos);
            const int start = m_pos;
            if (c == m_close && depth == 0) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == m_close) {
                    m_pos += 2;
                    tokens.push_back(make(Token::Type::End, {}, start));
                    return tokens;
                }
                fail(start, Text::tr("unexpected '%1'").arg(c));
            }
            if (c == m_open)
                ++depth;
            else if (c == m_close)
                --depth;
            if (c.isDigit())
                tokens.push_back(number());
            else if (c == u'\'' || c == u'"')
                tokens.push_back(string());
            else if (isNameStart(c)) {
                while (m_pos < m_text.size() && continuesName(m_text, m_pos))
                    ++m_pos;
                tokens.push_back(make(Token::Type::Name, {}, start));
            } else
                tokens.push_back(punct());
        }
    }

    // The whole part as far as it can be told, for messages about it.
    QString quoted() const
    {
        const int close = m_text.indexOf(QString(2, m_close), m_partBegin + 3);
        return m_text.mid(m_partBegin, close < 0 ? -1 : close + 2 - m_partBegin);
    }

private:
    [[noreturn]] void fail(int offset, const QString &what) const { detail::fail(quoted(), what, offset); }

    Token make(Token::Type type, const QCborValue &value, int start) const
    {
        return {type, m_text.mid(start, m_pos - start), value, start, m_pos};
    }

    Token number()
    {
        const int start = m_pos;
        auto digits = [this](auto accept) {
            while (m_pos < m_text.size() && (accept(m_text.at(m_pos)) || m_text.at(m_pos) == u'_'))
                ++m_pos;
        };
        auto isDigit = [](QChar c) { return c.isDigit(); };
        const QChar base = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1).toLower() : QChar();
        if (m_text.at(m_pos) == u'0' && (base == u'x' || base == u'o' || base == u'b')) {
            m_pos += 2;
            digits([](QChar c) { return c.isLetterOrNumber(); });
            const QString written = m_text.mid(start + 2, m_pos - start - 2).remove(u'_');
            bool ok = false;
            const qint64 n = written.toLongLong(&ok, base == u'x' ? 16 : base == u'o' ? 8 : 2);
            if (!ok)
                fail(start, Text::tr("bad number '%1'").arg(m_text.mid(start, m_pos - start)));
            return make(Token::Type::Number, QCborValue(n), start);
        }
        digits(isDigit);
        bool isFloat = false;
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos) == u'.' && m_text.at(m_pos + 1).isDigit()) {
            isFloat = true;
            ++m_pos;
            digits(isDigit);
        }
        if (m_pos < m_text.size() && m_text.at(m_pos).toLower() == u'e') {
            int p = m_pos + 1;
            if (p < m_text.size() && (m_text.at(p) == u'+' || m_text.at(p) == u'-'))
                ++p;
            if (p < m_text.size() && m_text.at(p).isDigit()) {
                isFloat = true;
                m_pos = p;
                digits(isDigit);
            }
        }
        if (m_pos < m_text.size() && isNameStart(m_text.at(m_pos)))
            fail(start, Text::tr("bad number '%1'").arg(m_text.mid(start, m_pos + 1 - start)));
        const QString written = m_text.mid(start, m_pos - start).remove(u'_');
        bool ok = false;
        QCborValue value;
        if (isFloat) {
            value = written.toDouble(&ok);
        } else {
            value = QCborValue(written.toLongLong(&ok));
        }
        if (!ok)
            fail(start, Text::tr("bad number '%1'").arg(written));
        return make(Token::Type::Number, value, start);
    }

    Token string()
    {
        const int start = m_pos;
        const QChar quote = m_text.at(m_pos++);
        QString out;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos++);
            if (c != u'\\' || m_pos >= m_text.size()) {
                out += c;
                continue;
            }
            c = m_text.at(m_pos++);
            switch (c.unicode()) {
            case u'n': out += u'\n'; break;
            case u't': out += u'\t'; break;
            case u'r': out += u'\r'; break;
            case u'0': out += QChar(0); break;
            case u'\\': case u'\'': case u'"': out += c; break;
            case u'u': {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    fail(m_pos - 2, Text::tr("bad escape '\\u%1'").arg(m_text.mid(m_pos, 4)));
                out += QChar(code);
                m_pos += 4;
                break;
            }
            default: // as Python does, an unknown escape stays as written
                out += u'\\';
                out += c;
            }
        }
        if (m_pos >= m_text.size())
            fail(start, Text::tr("the string is not closed"));
        ++m_pos;
        return make(Token::Type::String, QCborValue(out), start);
    }

    Token punct()
    {
        const int start = m_pos;
        const QStringView two = QStringView(m_text).mid(m_pos, 2);
        for (const QStringView op : {u"==", u"!=", u"<=", u">="}) {
            if (two == op) {
                m_pos += 2;
                return make(Token::Type::Punct, {}, start);
            }
        }
        const QChar c = m_text.at(m_pos);
        if (!QStringView(u".[](),:{}<>+-*/%|").contains(c))
            fail(start, Text::tr("unexpected character '%1'").arg(c));
        ++m_pos;
        return make(Token::Type::Punct, {}, start);
    }

    const QString &m_text;
    int m_partBegin;
    int m_pos;
    QChar m_open;
    QChar m_close;
};

} // namespace

std::vector<Token> lexPart(const QString &text, int partBegin)
{
    return Lexer(text, partBegin).run();
}

} // namespace wfs::pipelines::expr::detail
