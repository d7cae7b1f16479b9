#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"

#include <cmath>

// from_json's reader. Qt's JSON reader sorts an object's keys and reads 1.0 as 1; Apolo's
// json.loads keeps both as written, and flows print what they read back.

namespace wfs::pipelines::expr::detail {

namespace {

class JsonReader
{
public:
    explicit JsonReader(const QString &text) : m_text(text) {}

    QCborValue document()
    {
        QCborValue v = value(0);
        blanks();
        if (m_pos < m_text.size())
            fail(Text::tr("unexpected '%1' after the value").arg(m_text.at(m_pos)));
        return v;
    }

    struct Failure
    {
        QString what;
    };

private:
    [[noreturn]] void fail(const QString &what) const
    {
        throw Failure{Text::tr("%1 at character %2").arg(what).arg(m_pos + 1)};
    }

    void blanks()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t'
                                         || m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r'))
            ++m_pos;
    }

    bool take(QStringView word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()) != word)
            return false;
        m_pos += int(word.size());
        return true;
    }

    QCborValue value(int depth)
    {
        if (depth > kMaxJsonDepth)
            fail(Text::tr("nested deeper than %1 levels").arg(kMaxJsonDepth));
        blanks();
        if (m_pos >= m_text.size())
            fail(Text::tr("a value is missing"));
        const QChar c = m_text.at(m_pos);
        if (c == u'{')
            return object(depth);
        if (c == u'[')
            return array(depth);
        if (c == u'"')
            return string();
        if (take(u"true"))
            return true;
        if (take(u"false"))
            return false;
        if (take(u"null"))
            return QCborValue(nullptr);
        // json.loads also reads these three, which json.dumps writes for them.
        if (take(u"NaN"))
            return std::nan("");
        if (take(u"Infinity"))
            return HUGE_VAL;
        if (take(u"-Infinity"))
            return -HUGE_VAL;
        return number();
    }

    QCborValue object(int depth)
    {
        ++m_pos; // {
        QCborMap out;
        blanks();
        if (take(u"}"))
            return out;
        while (true) {
            blanks();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
                fail(Text::tr("expected a key in double quotes"));
            const QString key = string();
            blanks();
            if (!take(u":"))
                fail(Text::tr("expected ':'"));
            out.insert(key, value(depth + 1)); // a repeated key keeps its place and takes the last value, as in Python
            blanks();
            if (take(u"}"))
                return out;
            if (!take(u","))
                fail(Text::tr("expected ',' or '}'"));
        }
    }

    QCborValue array(int depth)
    {
        ++m_pos; // [
        QCborArray out;
        blanks();
        if (take(u"]"))
            return out;
        while (true) {
            out.append(value(depth + 1));
            blanks();
            if (take(u"]"))
                return out;
            if (!take(u","))
                fail(Text::tr("expected ',' or ']'"));
        }
    }

    QString string()
    {
        ++m_pos; // "
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                return out;
            if (c.unicode() < 0x20)
                fail(Text::tr("a control character in a string"));
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case u'"': out += u'"'; break;
            case u'\\': out += u'\\'; break;
            case u'/': out += u'/'; break;
            case u'b': out += u'\b'; break;
            case u'f': out += u'\f'; break;
            case u'n': out += u'\n'; break;
            case u'r': out += u'\r'; break;
            case u't': out += u'\t'; break;
            case u'u': {
                bool ok = false;
                const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    fail(Text::tr("a bad \\u escape"));
                out += QChar(unit); // surrogate pairs arrive as two escapes, as UTF-16 keeps them
                m_pos += 4;
                break;
            }
            default:
                fail(Text::tr("a bad escape '\\%1'").arg(e));
            }
        }
        fail(Text::tr("a string is not closed"));
    }

    QCborValue number()
    {
        const int start = m_pos;
        auto digits = [&] {
            const int from = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit() && m_text.at(m_pos).unicode() < 128)
                ++m_pos;
            return m_pos > from;
        };
        take(u"-");
        if (!digits())
            fail(start == m_pos && m_pos < m_text.size() ? Text::tr("unexpected '%1'").arg(m_text.at(m_pos))
                                                         : Text::tr("a bad number"));
        bool isFloat = false;
        if (take(u".")) {
            isFloat = true;
            if (!digits())
                fail(Text::tr("a bad number"));
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            ++m_pos;
            if (!take(u"+"))
                take(u"-");
            isFloat = true;
            if (!digits())
                fail(Text::tr("a bad number"));
        }
        const QString written = m_text.mid(start, m_pos - start);
        bool ok = false;
        if (!isFloat) {
            const qint64 n = written.toLongLong(&ok);
            if (ok)
                return n;
        }
        return written.toDouble();
    }

    const QString &m_text;
    int m_pos = 0;
};

} // namespace

QCborValue parseJson(const QString &text, QString &problem)
{
    try {
        problem.clear();
        return JsonReader(text).document();
    } catch (const JsonReader::Failure &f) {
        problem = f.what;
        return QCborValue(nullptr);
    }
}

} // namespace wfs::pipelines::expr::detail
