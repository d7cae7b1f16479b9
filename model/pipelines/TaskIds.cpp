#include "model/pipelines/TaskIds.h"

#include "model/core/Text.h"
#include "model/pipelines/Expr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace wfs::pipelines::taskids {

namespace {
bool idChar(QChar c)
{
    return c == u'_' || c.isLetterOrNumber();
}

// The parts of `written` outside its expressions, each with what follows it ("" for the last).
std::vector<std::pair<QString, QString>> pieces(const QString &written)
{
    const std::vector<std::pair<int, int>> parts = expr::partRanges(written);
    std::vector<std::pair<QString, QString>> out;
    int from = 0;
    for (const auto &[begin, end] : parts) {
        out.emplace_back(written.mid(from, begin - from), written.mid(begin, end - begin));
        from = end;
    }
    out.emplace_back(written.mid(from), QString());
    return out;
}

// `written` with every expression replaced by `filler` (a part's value is not known yet).
QString literal(const QString &written, const QString &filler)
{
    QString out;
    for (const auto &[text, part] : pieces(written))
        out += text + (part.isEmpty() ? QString() : filler);
    return out;
}

// What to write instead: the literal text with '_' for what an id cannot hold.
QString suggestion(const QString &written)
{
    QString out;
    for (const auto &[text, part] : pieces(written)) {
        for (const QChar c : text)
            out += idChar(c) ? c : QChar(u'_');
        out += part;
    }
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u'_');
    if (out == out.toUpper())
        out = out.toLower();
    return out;
}

} // namespace

QString problem(const QString &written)
{
    try {
        expr::check(written);
    } catch (const expr::ExprError &e) {
        return e.message();
    }
    if (written.size() > kMaxLength)
        return Text::tr("the id has %1 characters; an id may have at most %2").arg(written.size()).arg(kMaxLength);
    const QString text = literal(written, QStringLiteral("x"));
    const bool wellFormed = !text.isEmpty() && !text.at(0).isDigit()
        && std::all_of(text.begin(), text.end(), idChar);
    if (!wellFormed)
        return Text::tr("'%1' is not a valid task id: an id holds letters, digits and '_' and does not start "
                        "with a digit (write '%2')")
            .arg(written, suggestion(written));
    if (!expr::hasExpressions(written) && written == written.toUpper())
        return Text::tr("'%1' is not a valid task id: all-uppercase ids are reserved (write '%2')")
            .arg(written, written.toLower());
    return {};
}

QString sanitized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!idChar(c) && c != u'-')
            c = u'_';
    }
    return out;
}

QString bounded(const QString &id)
{
    if (id.size() <= kMaxLength)
        return id;
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return id.left(kMaxLength - 9) + u'-' + QString::fromLatin1(hash);
}

QString generated(int number, const QCborMap &matrix)
{
    QStringList keys;
    for (auto it = matrix.cbegin(); it != matrix.cend(); ++it)
        keys << it.key().toString();
    keys.sort(); // Apolo: sorted(ctx.matrix), then str() of each value
    QStringList parts{QStringLiteral("task"), QString::number(number)};
    for (const QString &key : std::as_const(keys)) {
        if (key == key.toLower())
            parts << expr::toText(matrix.value(key));
    }
    return bounded(sanitized(parts.join(u'-')));
}

} // namespace wfs::pipelines::taskids
