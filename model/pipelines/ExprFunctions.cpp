#include "model/pipelines/ExprSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wfs::pipelines::expr::detail {

namespace {

QJsonValue len(const Call &call)
{
    const QJsonValue &v = call.args.front();
    if (v.isString())
        return qint64(v.toString().toUcs4().size()); // characters, as Python counts them
    if (v.isArray())
        return qint64(v.toArray().size());
    if (v.isObject())
        return qint64(v.toObject().size());
    call.fail(QStringLiteral("takes a string, list or object, not a %1").arg(typeName(v)));
}

// Python's str.format with plain fields only: "{}" takes the next argument, "{N}" argument N,
// "{{" and "}}" are braces.
QJsonValue fmt(const Call &call)
{
    const QString format = stringArg(call, 0);
    const int given = int(call.args.size()) - 1;
    QString out;
    int nextAuto = 0;
    bool usedAuto = false, usedNumbered = false;
    for (int i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        const QChar after = i + 1 < format.size() ? format.at(i + 1) : QChar();
        if ((c == u'{' || c == u'}') && after == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == u'}')
            call.fail(QStringLiteral("a single '}' in the format; write '}}' for a brace"));
        if (c != u'{') {
            out += c;
            continue;
        }
        const int close = format.indexOf(u'}', i + 1);
        if (close < 0)
            call.fail(QStringLiteral("a '{' in the format is not closed; write '{{' for a brace"));
        const QString field = format.mid(i + 1, close - i - 1);
        int index = 0;
        if (field.isEmpty()) {
            usedAuto = true;
            index = nextAuto++;
        } else {
            bool isNumber = false;
            index = field.toInt(&isNumber);
            if (!isNumber || index < 0)
                call.fail(QStringLiteral("the field '{%1}' is not supported; use {} or {N}").arg(field));
            usedNumbered = true;
        }
        if (usedAuto && usedNumbered)
            call.fail(QStringLiteral("the format mixes {} and {N} fields"));
        if (index >= given)
            call.fail(QStringLiteral("the format wants argument %1 but %2 given").arg(index + 1).arg(given));
        out += toText(call.args.at(size_t(index) + 1));
        i = close;
    }
    return out;
}

QJsonValue fromJson(const Call &call)
{
    // Wrapped in a list so that scalars ("1", "\"x\"") parse too.
    const QString text = stringArg(call, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        call.fail(QStringLiteral("not JSON: %1").arg(text));
    return doc.array().at(0);
}

QJsonValue toJson(const Call &call)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{call.args.front()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The results of the needs that `call` names (all of them when it names none).
QStringList results(const Call &call)
{
    const QJsonObject needs = call.scope.contexts.value(QStringLiteral("needs")).toObject();
    QStringList ids;
    for (size_t i = 0; i < call.args.size(); ++i)
        ids << stringArg(call, i);
    if (call.args.empty())
        ids = needs.keys();
    QStringList out;
    for (const QString &id : std::as_const(ids)) {
        if (!needs.contains(id))
            call.fail(QStringLiteral("'%1' is not a need of this task (needs: %2)")
                          .arg(id, needs.isEmpty() ? QStringLiteral("none") : needs.keys().join(u", ")));
        out << needs.value(id).toObject().value(QStringLiteral("result")).toString();
    }
    return out;
}

QJsonValue success(const Call &call)
{
    const QStringList r = results(call);
    // A need on a task that is still running (`needs: {x: running}`) is met by its running.
    return std::all_of(r.begin(), r.end(), [](const QString &s) { return s == u"succeeded" || s == u"running"; });
}

QJsonValue failure(const Call &call)
{
    return results(call).contains(QStringLiteral("failed"));
}

QJsonValue always(const Call &)
{
    return true;
}

QJsonValue str(const Call &call)
{
    return toText(call.args.front());
}

QJsonValue lower(const Call &call)
{
    return stringArg(call, 0).toLower();
}

QJsonValue upper(const Call &call)
{
    return stringArg(call, 0).toUpper();
}

QJsonValue replace(const Call &call)
{
    return stringArg(call, 0).replace(stringArg(call, 1), stringArg(call, 2));
}

QJsonValue contains(const Call &call)
{
    const QJsonValue &where = call.args.at(0);
    const QJsonValue &what = call.args.at(1);
    if (where.isString())
        return where.toString().contains(stringArg(call, 1));
    if (where.isObject())
        return where.toObject().contains(stringArg(call, 1));
    if (where.isArray()) {
        const QJsonArray list = where.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) { return sameValue(v, what); });
    }
    call.fail(QStringLiteral("argument 1 must be a string, list or object, not a %1").arg(typeName(where)));
}

QJsonValue startsWith(const Call &call)
{
    return stringArg(call, 0).startsWith(stringArg(call, 1));
}

QJsonValue endsWith(const Call &call)
{
    return stringArg(call, 0).endsWith(stringArg(call, 1));
}

QJsonValue keys(const Call &call)
{
    if (!call.args.front().isObject())
        call.fail(QStringLiteral("takes an object, not a %1").arg(typeName(call.args.front())));
    return QJsonArray::fromStringList(call.args.front().toObject().keys());
}

const Function kFunctions[] = {
    {u"len", 1, 1, len},
    {u"fmt", 1, -1, fmt},
    {u"from_json", 1, 1, fromJson},
    {u"to_json", 1, 1, toJson},
    {u"success", 0, -1, success},
    {u"failure", 0, -1, failure},
    {u"always", 0, 0, always},
    {u"str", 1, 1, str},
    {u"lower", 1, 1, lower},
    {u"upper", 1, 1, upper},
    {u"replace", 3, 3, replace},
    {u"contains", 2, 2, contains},
    {u"startswith", 2, 2, startsWith},
    {u"endswith", 2, 2, endsWith},
    {u"keys", 1, 1, keys},
};

} // namespace

QString stringArg(const Call &call, size_t i)
{
    const QJsonValue &v = call.args.at(i);
    if (!v.isString())
        call.fail(QStringLiteral("argument %1 must be a string, not a %2").arg(i + 1).arg(typeName(v)));
    return v.toString();
}

const Function *findFunction(QStringView name)
{
    const Function *f = lookUp(kFunctions, name);
    return f ? f : findConvertFunction(name);
}

} // namespace wfs::pipelines::expr::detail
