#include "model/pipelines/TaskLaunch.h"

#include "model/core/Error.h"
#include "model/core/Text.h"
#include "model/pipelines/Expr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wfs::pipelines {

namespace {
// Evaluates one attribute, naming it in the error ("tasks.env.X: in '${{ ... }}': ...").
QString evaluateAttribute(const Scalar &scalar, const QString &name, const QCborMap &contexts)
{
    try {
        return expr::evaluateValueText(scalar.text, contexts);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), name, e.message()));
    }
}

void evaluateEnv(const ScalarMap &env, QCborMap &contexts, QJsonObject &own)
{
    QCborMap merged = contexts.value(QStringLiteral("env")).toMap();
    for (const auto &[name, value] : env) {
        if (name.isEmpty()) { // the whole mapping as one expression
            QCborValue all;
            try {
                all = expr::evaluateValue(value.text, contexts);
            } catch (const Error &e) {
                throw Error(QStringLiteral("%1: env: %2").arg(value.mark.toString(), e.message()));
            }
            if (!all.isMap())
                throw Error(QStringLiteral("%1: env: %2").arg(value.mark.toString(),
                                                             Text::tr("the expression gives %1, not a mapping").arg(expr::toText(all))));
            const QCborMap o = all.toMap();
            for (auto it = o.cbegin(); it != o.cend(); ++it) {
                merged.insert(it.key(), expr::toText(it.value()));
                own.insert(it.key().toString(), expr::toText(it.value()));
            }
            continue;
        }
        const QString text = evaluateAttribute(value, QStringLiteral("env.") + name, contexts);
        merged.insert(name, text);
        own.insert(name, text);
    }
    contexts.insert(QStringLiteral("env"), merged);
}

std::vector<Relation> evaluateRelations(const std::vector<Scalar> &specs, Direction direction, const QString &attribute,
                                        const QCborMap &contexts, const QString &workdir)
{
    std::vector<Relation> result;
    for (const Scalar &s : specs) {
        Relation r = Relation::parseSpec(evaluateAttribute(s, attribute, contexts), direction);
        if (kindHasPath(r.kind) && QDir::isRelativePath(r.target))
            r.target = QDir(workdir).absoluteFilePath(r.target);
        result.push_back(std::move(r));
    }
    return result;
}

// What a path holds, as far as its sizes and modification times tell: a file's, or every
// entry's below a folder. Project inputs are versioned instead (their content is hashed).
QString pathStamp(const QString &path)
{
    const QFileInfo root(path);
    if (!root.exists())
        return QStringLiteral("missing");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &name, const QFileInfo &info) {
        hash.addData(name.toUtf8());
        const QByteArray stamp = QByteArray::number(info.size()) + ' '
            + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n';
        hash.addData(stamp);
    };
    add(QString(), root);
    if (root.isDir()) {
        QStringList entries;
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            entries << it.next();
        entries.sort();
        for (const QString &entry : entries)
            add(entry.mid(path.size()), QFileInfo(entry));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QJsonArray relationsJson(const std::vector<Relation> &relations, bool stampPaths)
{
    QJsonArray a;
    for (const Relation &r : relations) {
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("target"), r.target}};
        // An input project read at another version is other input.
        if (r.versionId)
            o.insert(QStringLiteral("version"), double(*r.versionId));
        else if (stampPaths && kindHasPath(r.kind))
            o.insert(QStringLiteral("stamp"), pathStamp(r.target));
        a.append(o);
    }
    return a;
}

// `cmd` is split into words as a POSIX shell would, without running one: blanks separate
// words, 'single' and "double" quotes group them, a backslash escapes the next character
// (inside double quotes only before \ " $ `).
QStringList splitWords(const QString &text, const Mark &mark)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else if (c == u'\\' && i + 1 < text.size() && QStringLiteral("\\\"$`").contains(text[i + 1]))
                word += text[++i];
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        throw Error(QStringLiteral("%1: cmd: %2").arg(mark.toString(), Text::tr("a quote is not closed")));
    if (inWord)
        words << word;
    return words;
}

} // namespace

QString evaluateAttributeText(const Scalar &scalar, const QString &attribute, const QCborMap &contexts)
{
    return evaluateAttribute(scalar, attribute, contexts);
}

bool evaluateFlag(const Scalar &scalar, const QString &attribute, const QCborMap &contexts)
{
    QCborValue v;
    try {
        v = expr::evaluateValue(scalar.text, contexts);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute, e.message()));
    }
    if (v.isBool())
        return v.toBool();
    if (v.isInteger() || v.isDouble())
        return v.toDouble() != 0;
    const QString text = v.toString().trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"on" || text == u"1")
        return true;
    if (text == u"false" || text == u"no" || text == u"off" || text == u"0")
        return false;
    throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute,
                                                 Text::tr("'%1' is not true or false").arg(expr::toText(v))));
}

int evaluateCount(const Scalar &scalar, const QString &attribute, const QCborMap &contexts)
{
    QCborValue v;
    try {
        v = expr::evaluateValue(scalar.text, contexts);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute, e.message()));
    }
    bool ok = v.isInteger() || (v.isDouble() && v.toDouble() == std::floor(v.toDouble()));
    int n = int(std::clamp<double>(v.toDouble(), -1, std::numeric_limits<int>::max()));
    if (v.isString())
        n = v.toString().trimmed().toInt(&ok);
    if (!ok || n < 1)
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute,
                                                     Text::tr("'%1' is not a positive whole number").arg(expr::toText(v))));
    return n;
}

double evaluateSeconds(const Scalar &scalar, const QString &attribute, const QCborMap &contexts)
{
    QCborValue v;
    try {
        v = expr::evaluateValue(scalar.text, contexts);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute, e.message()));
    }
    const std::optional<double> seconds =
        v.isInteger() || v.isDouble() ? std::optional<double>(v.toDouble()) : parseDuration(expr::toText(v));
    if (!seconds || *seconds <= 0)
        throw Error(QStringLiteral("%1: %2: %3").arg(scalar.mark.toString(), attribute,
                                                     Text::tr("'%1' is not a duration: write a number of seconds or "
                                                              "a time like 1d6h15m45s").arg(expr::toText(v))));
    return *seconds;
}

CacheUse cacheUse(const FlowDocument &doc, const TaskSpec &spec, const QCborMap &contexts)
{
    auto textOf = [&](const Scalar &s) { return expr::evaluateValueText(s.text, contexts).trimmed(); };
    // The flow's defaults, then the calls and actions around the task, then its own cache.
    std::vector<const CacheSpec *> levels{&doc.defaults.cache};
    for (const CacheSpec &c : spec.cacheChain)
        levels.push_back(&c);
    levels.push_back(&spec.cache);
    CacheUse use{QStringLiteral("default"), 14 * 86400.0};
    for (const CacheSpec *level : levels) {
        if (level->strategy.present) {
            const QString strategy = textOf(level->strategy);
            if (strategy != u"inherit")
                use.strategy = strategy;
        }
        if (level->lifeSpan.present)
            use.lifeSpan = parseDuration(textOf(level->lifeSpan)).value_or(0);
    }
    return use;
}

QString projectRoot(const FlowDocument &doc)
{
    const QFileInfo file(doc.file);
    QDir dir = file.absoluteDir();
    if (dir.dirName() == u".apolo" || dir.dirName() == u".neuro")
        dir.cdUp();
    return dir.absolutePath();
}

QJsonObject envContext(const QProcessEnvironment &system)
{
    QJsonObject env;
    for (const QString &key : system.keys())
        env.insert(key, system.value(key));
    return env;
}

bool namesEnv(const QStringList &texts)
{
    return std::any_of(texts.begin(), texts.end(), [](const QString &text) { return text.contains(u"env"); });
}

TaskLaunch evaluateLaunch(const FlowDocument &doc, const CommandSpec &command, const ScalarMap &ownEnv,
                          const Scalar &ownWorkdir, const std::vector<Scalar> &inputs,
                          const std::vector<Scalar> &outputs, QCborMap contexts)
{
    TaskLaunch launch;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QStringList texts{command.bash.text, command.python.text, command.cmd.text, ownWorkdir.text,
                      doc.defaults.workdir.text};
    for (const ScalarMap *env : {&doc.defaults.env, &ownEnv}) {
        for (const auto &[name, value] : *env)
            texts << value.text;
    }
    for (const std::vector<Scalar> *relations : {&inputs, &outputs}) {
        for (const Scalar &s : *relations)
            texts << s.text;
    }
    contexts.insert(QStringLiteral("env"), namesEnv(texts) ? QCborMap::fromJsonObject(envContext(system)) : QCborMap());
    evaluateEnv(doc.defaults.env, contexts, launch.env);
    evaluateEnv(ownEnv, contexts, launch.env);

    const Scalar &workdirSpec = ownWorkdir.present ? ownWorkdir : doc.defaults.workdir;
    QString workdir = projectRoot(doc);
    if (workdirSpec.present) {
        const QString text = evaluateAttribute(workdirSpec, QStringLiteral("workdir"), contexts);
        workdir = QDir(workdir).absoluteFilePath(text);
    }
    launch.run.workingDirectory = QDir::cleanPath(workdir);

    if (command.bash.present) {
        launch.commandText = evaluateAttribute(command.bash, QStringLiteral("bash"), contexts);
        launch.run.program = QStringLiteral("bash");
        launch.run.arguments = {QStringLiteral("-euo"), QStringLiteral("pipefail"), QStringLiteral("-c"), launch.commandText};
    } else if (command.python.present) {
        launch.commandText = evaluateAttribute(command.python, QStringLiteral("python"), contexts);
        launch.run.program = QStringLiteral("python3");
        launch.run.arguments = {QStringLiteral("-uc"), launch.commandText};
    } else if (!command.cmd.present) {
        // Only an image, whose own command runs on the platform (reported as ignored): nothing to run here.
        launch.run.program = QStringLiteral("true");
    } else {
        launch.commandText = evaluateAttribute(command.cmd, QStringLiteral("cmd"), contexts);
        QStringList words = splitWords(launch.commandText, command.cmd.mark);
        if (words.isEmpty())
            throw Error(QStringLiteral("%1: cmd: %2").arg(command.cmd.mark.toString(), Text::tr("the command is empty")));
        launch.run.program = words.takeFirst();
        launch.run.arguments = words;
    }

    QProcessEnvironment runEnv = system;
    for (auto it = launch.env.begin(); it != launch.env.end(); ++it)
        runEnv.insert(it.key(), it.value().toString());
    launch.run.environment = runEnv;

    launch.inputs = evaluateRelations(inputs, Direction::Input, QStringLiteral("inputs"), contexts, workdir);
    launch.outputs = evaluateRelations(outputs, Direction::Output, QStringLiteral("outputs"), contexts, workdir);
    return launch;
}

QString TaskLaunch::definitionKey(const QJsonObject &needs) const
{
    const QJsonObject definition{
        {QStringLiteral("program"), run.program},
        {QStringLiteral("arguments"), QJsonArray::fromStringList(run.arguments)},
        {QStringLiteral("workdir"), run.workingDirectory},
        {QStringLiteral("env"), env},
        {QStringLiteral("inputs"), relationsJson(inputs, true)},
        {QStringLiteral("outputs"), relationsJson(outputs, false)},
        {QStringLiteral("needs"), needs},
    };
    const QByteArray bytes = QJsonDocument(definition).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace wfs::pipelines
