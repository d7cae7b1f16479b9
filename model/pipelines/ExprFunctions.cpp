#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"


namespace wfs::pipelines::expr::detail {

namespace {

QCborValue len(const Call &call)
{
    const QCborValue &v = call.args.front();
    if (v.isString())
        return qint64(v.toString().toUcs4().size()); // characters, as Python counts them
    if (v.isArray())
        return qint64(v.toArray().size());
    if (v.isMap())
        return qint64(v.toMap().size());
    call.fail(Text::tr("takes a string, list or object, not a %1").arg(typeName(v)));
}

// Python's str.format: "{}" takes the next argument, "{N}" argument N, either followed by
// ":SPEC" (formatted()), "{{" and "}}" are braces.
QCborValue fmt(const Call &call)
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
            call.fail(Text::tr("a single '}' in the format; write '}}' for a brace"));
        if (c != u'{') {
            out += c;
            continue;
        }
        const int close = format.indexOf(u'}', i + 1);
        if (close < 0)
            call.fail(Text::tr("a '{' in the format is not closed; write '{{' for a brace"));
        const QString inside = format.mid(i + 1, close - i - 1);
        const qsizetype colon = inside.indexOf(u':');
        const QString field = inside.left(colon);
        int index = 0;
        if (field.isEmpty()) {
            usedAuto = true;
            index = nextAuto++;
        } else {
            bool isNumber = false;
            index = field.toInt(&isNumber);
            if (!isNumber || index < 0)
                call.fail(Text::tr("the field '{%1}' is not supported; use {} or {N}").arg(field));
            usedNumbered = true;
        }
        if (usedAuto && usedNumbered)
            call.fail(Text::tr("the format mixes {} and {N} fields"));
        if (index >= given)
            call.fail(Text::tr("the format wants argument %1 but %2 given").arg(index + 1).arg(given));
        const QCborValue &value = call.args.at(size_t(index) + 1);
        if (colon < 0) {
            out += toText(value);
        } else {
            QString problem;
            out += formatted(value, inside.mid(colon + 1), problem);
            if (!problem.isEmpty())
                call.fail(problem);
        }
        i = close;
    }
    return out;
}

QCborValue fromJson(const Call &call)
{
    const QString text = stringArg(call, 0);
    QString problem;
    QCborValue value = parseJson(text, problem);
    if (!problem.isEmpty())
        call.fail(Text::tr("not JSON (%1): %2").arg(problem, text));
    return value;
}

QCborValue toJson(const Call &call)
{
    return toJsonText(call.args.front());
}

// The results of the needs that `call` names (all of them when it names none).
QStringList results(const Call &call)
{
    const QCborMap needs = call.scope.contexts.value(QStringLiteral("needs")).toMap();
    QStringList ids;
    for (size_t i = 0; i < call.args.size(); ++i)
        ids << stringArg(call, i);
    if (call.args.empty())
        ids = keysOf(needs);
    QStringList out;
    for (const QString &id : std::as_const(ids)) {
        if (!needs.contains(id))
            call.fail(Text::tr("'%1' is not a need of this task (needs: %2)")
                          .arg(id, needs.isEmpty() ? QStringLiteral("none") : keysOf(needs).join(u", ")));
        out << needs.value(id).toMap().value(QStringLiteral("result")).toString();
    }
    return out;
}

QCborValue success(const Call &call)
{
    const QStringList r = results(call);
    // A need on a task that is still running (`needs: {x: running}`) is met by its running.
    return std::all_of(r.begin(), r.end(), [](const QString &s) { return s == u"succeeded" || s == u"running"; });
}

QCborValue failure(const Call &call)
{
    return results(call).contains(QStringLiteral("failed"));
}

QCborValue always(const Call &)
{
    return true;
}

QCborValue str(const Call &call)
{
    return toText(call.args.front());
}

QCborValue lower(const Call &call)
{
    return stringArg(call, 0).toLower();
}

QCborValue upper(const Call &call)
{
    return stringArg(call, 0).toUpper();
}

QCborValue replace(const Call &call)
{
    return stringArg(call, 0).replace(stringArg(call, 1), stringArg(call, 2));
}

QCborValue contains(const Call &call)
{
    const QCborValue &where = call.args.at(0);
    const QCborValue &what = call.args.at(1);
    if (where.isString())
        return where.toString().contains(stringArg(call, 1));
    if (where.isMap())
        return where.toMap().contains(stringArg(call, 1));
    if (where.isArray()) {
        const QCborArray list = where.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QCborValue &v) { return sameValue(v, what); });
    }
    call.fail(Text::tr("argument 1 must be a string, list or object, not a %1").arg(typeName(where)));
}

QCborValue startsWith(const Call &call)
{
    return stringArg(call, 0).startsWith(stringArg(call, 1));
}

QCborValue endsWith(const Call &call)
{
    return stringArg(call, 0).endsWith(stringArg(call, 1));
}

QCborValue keys(const Call &call)
{
    if (!call.args.front().isMap())
        call.fail(Text::tr("takes an object, not a %1").arg(typeName(call.args.front())));
    return QCborArray::fromStringList(keysOf(call.args.front().toMap()));
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
    const QCborValue &v = call.args.at(i);
    if (!v.isString())
        call.fail(Text::tr("argument %1 must be a string, not a %2").arg(i + 1).arg(typeName(v)));
    return v.toString();
}

const Function *findFunction(QStringView name)
{
    const Function *f = lookUp(kFunctions, name);
    return f ? f : findConvertFunction(name);
}

} // namespace wfs::pipelines::expr::detail
