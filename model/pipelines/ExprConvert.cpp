#include "model/pipelines/ExprSyntax.h"

#include "model/core/Text.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <cmath>

// The functions of Apolo's expression language that convert and build values (int, float,
// range, values, join, split), hash files, or exist only on the platform.

namespace wfs::pipelines::expr::detail {

namespace {

// range() builds at most this many numbers: a list is built in memory.
constexpr qint64 kMaxRange = 100000;

qint64 wholeAt(const Call &call, size_t i)
{
    const QCborValue &v = call.args.at(i);
    if (!v.isInteger())
        call.fail(Text::tr("argument %1 must be a whole number, not %2").arg(i + 1).arg(toText(v)));
    return v.toInteger();
}

QCborValue toInt(const Call &call)
{
    const QCborValue &v = call.args.front();
    if (v.isBool())
        return qint64(v.toBool() ? 1 : 0);
    if (v.isInteger())
        return v;
    if (v.isDouble()) {
        if (!std::isfinite(v.toDouble()))
            call.fail(Text::tr("cannot convert %1 to a whole number").arg(toText(v)));
        return qint64(std::trunc(v.toDouble()));
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().remove(u'_').toLongLong(&ok);
        if (!ok)
            call.fail(Text::tr("'%1' is not a whole number").arg(v.toString()));
        return n;
    }
    call.fail(Text::tr("takes a string or a number, not a %1").arg(typeName(v)));
}

QCborValue toFloat(const Call &call)
{
    const QCborValue &v = call.args.front();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (isNumber(v))
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            call.fail(Text::tr("'%1' is not a number").arg(v.toString()));
        return d;
    }
    call.fail(Text::tr("takes a string or a number, not a %1").arg(typeName(v)));
}

QCborValue range(const Call &call)
{
    const size_t n = call.args.size();
    const qint64 start = n > 1 ? wholeAt(call, 0) : 0;
    const qint64 stop = n > 1 ? wholeAt(call, 1) : wholeAt(call, 0);
    const qint64 step = n > 2 ? wholeAt(call, 2) : 1;
    if (step == 0)
        call.fail(Text::tr("the step must not be zero"));
    const qint64 count = step > 0 ? std::max<qint64>(0, (stop - start + step - 1) / step)
                                  : std::max<qint64>(0, (start - stop - step - 1) / -step);
    if (count > kMaxRange)
        call.fail(Text::tr("would make %1 numbers; at most %2 are allowed").arg(count).arg(kMaxRange));
    QCborArray out;
    for (qint64 i = 0; i < count; ++i)
        out.append(start + i * step);
    return out;
}

QCborValue values(const Call &call)
{
    if (!call.args.front().isMap())
        call.fail(Text::tr("takes an object, not a %1").arg(typeName(call.args.front())));
    QCborArray out;
    const QCborMap o = call.args.front().toMap();
    for (auto it = o.cbegin(); it != o.cend(); ++it)
        out.append(it.value());
    return out;
}

// Apolo's join(separator, list, convert = False); join(list[, separator]) is still accepted.
QCborValue join(const Call &call)
{
    const bool listFirst = call.args.front().isArray();
    const QCborValue &list = call.args.at(listFirst ? 0 : 1 % call.args.size());
    if (!list.isArray())
        call.fail(Text::tr("takes a separator and a list, not a %1").arg(typeName(list)));
    const QString separator = listFirst ? (call.args.size() > 1 ? stringArg(call, 1) : QStringLiteral(","))
                                        : stringArg(call, 0);
    const bool convert = listFirst || (call.args.size() > 2 && truthy(call.args.at(2)));
    QStringList parts;
    for (const QCborValue &v : list.toArray()) {
        if (!v.isString() && !convert)
            call.fail(Text::tr("the list holds a %1; join(sep, list, True) converts items to text")
                          .arg(typeName(v)));
        parts << toText(v);
    }
    return parts.join(separator);
}

// Python's str.split: on runs of blanks without a separator, else on each separator.
QCborValue split(const Call &call)
{
    const QString text = stringArg(call, 0);
    const QStringList parts = call.args.size() > 1
        ? text.split(stringArg(call, 1))
        : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return QCborArray::fromStringList(parts);
}

// A glob as pathlib reads it: `**` is any number of folders, `*` and `?` stay in one name.
QRegularExpression globPattern(const QString &glob)
{
    QString re;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (glob.mid(i, 3) == u"**/") {
            re += QStringLiteral("(?:.*/)?");
            i += 2;
        } else if (glob.mid(i, 2) == u"**") {
            re += QStringLiteral(".*");
            ++i;
        } else if (c == u'*') {
            re += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            re += QStringLiteral("[^/]");
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

// SHA-256 over each matching file's path (relative to `root`) and bytes, patterns in order and
// files sorted within each, as Apolo computes it.
QString hashFiles(const Call &call, const QString &root, size_t firstPattern)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(root);
    for (size_t i = firstPattern; i < call.args.size(); ++i) {
        const QRegularExpression pattern = globPattern(stringArg(call, i));
        QStringList matched;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = dir.relativeFilePath(it.next());
            if (pattern.match(relative).hasMatch())
                matched << relative;
        }
        matched.sort();
        for (const QString &relative : std::as_const(matched)) {
            hash.addData(relative.toUtf8());
            QFile f(dir.filePath(relative));
            if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
                call.fail(Text::tr("cannot read %1").arg(dir.filePath(relative)));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QCborValue hashFilesInFlow(const Call &call)
{
    const QCborValue workspace = call.scope.contexts.value(QStringLiteral("flow")).toMap().value(QStringLiteral("workspace"));
    if (!workspace.isString())
        call.fail(Text::tr("needs the flow context (flow.workspace), which is not available here"));
    return hashFiles(call, workspace.toString(), 0);
}

QCborValue hashFilesRelative(const Call &call)
{
    return hashFiles(call, stringArg(call, 0), 1);
}

QCborValue nothing(const Call &)
{
    return QCborValue(nullptr);
}

QCborValue platformOnly(const Call &call)
{
    call.fail(Text::tr("works only on the Apolo platform: a local run has no volumes or platform jobs"));
}

const Function kFunctions[] = {
    {u"int", 1, 1, toInt},
    {u"float", 1, 1, toFloat},
    {u"range", 1, 3, range},
    {u"values", 1, 1, values},
    {u"join", 1, 3, join},
    {u"split", 1, 2, split},
    {u"hash_files", 0, -1, hashFilesInFlow},
    {u"hash_files_relative", 1, -1, hashFilesRelative},
    {u"nothing", 0, 0, nothing},
    {u"upload", 1, 1, platformOnly},
    {u"parse_volume", 1, 1, platformOnly},
    {u"inspect_job", 1, 2, platformOnly},
};

} // namespace

const Function *findConvertFunction(QStringView name)
{
    return lookUp(kFunctions, name);
}

} // namespace wfs::pipelines::expr::detail
