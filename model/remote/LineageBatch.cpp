#include "model/remote/Lineage.h"

#include "model/core/Error.h"
#include "model/core/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wfs::remote::lineage {

namespace {
constexpr qsizetype maxText = 64 * 1024;
constexpr qsizetype maxEntries = 5'000'000;
constexpr qsizetype maxSource = 4 * 1024 * 1024; // a bake's workflow text

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re;
}

class Reader
{
public:
    Reader(const QString &key) : m_key(key) {}

    [[noreturn]] void fail(const QString &what) const
    {
        throw Error(Text::tr("%1: %2").arg(m_key, what));
    }
    QString text(const QJsonObject &o, const char *name, const QString &entry, qsizetype limit = maxText) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || v.toString().size() > limit)
            fail(Text::tr("%1: field %2 is not text of at most %3 characters").arg(entry, QLatin1String(name)).arg(limit));
        return v.toString();
    }
    qint64 number(const QJsonObject &o, const char *name, const QString &entry) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble())
            fail(Text::tr("%1: field %2 is not a number").arg(entry, QLatin1String(name)));
        return v.toInteger();
    }

    Card card(const QJsonObject &o, const QString &entry, const QString &workspace) const
    {
        Card c;
        ImportedNode &n = c.node;
        n.origin = text(o, "uid", entry);
        if (!validUid(n.origin) || !n.origin.startsWith(workspace + u'/'))
            fail(Text::tr("%1: uid '%2' is not a card of workspace %3").arg(entry, n.origin, workspace));
        const std::optional<NodeKind> kind = kindFromName(text(o, "kind", entry));
        if (!kind)
            fail(Text::tr("%1: unknown kind").arg(entry));
        n.kind = *kind;
        n.title = text(o, "title", entry);
        n.path = text(o, "path", entry);
        n.url = text(o, "url", entry);
        n.createdMs = number(o, "created", entry);
        c.settings = settings(o, entry, workspace);
        n.settings = c.settings.settings;
        if (o.contains(u"task"))
            task(o.value(u"task").toObject(), entry, c);
        if (o.contains(u"version"))
            version(o.value(u"version").toObject(), entry, c);
        return c;
    }

    Customisation customisation(const QJsonObject &o, const QString &entry, const QString &workspace) const
    {
        Customisation c{text(o, "uid", entry), settings(o, entry, workspace)};
        if (!validUid(c.uid))
            fail(Text::tr("%1: '%2' names no card").arg(entry, c.uid));
        return c;
    }

    Bake bake(const QJsonObject &o, const QString &entry, const QString &workspace) const
    {
        Bake out;
        pipelines::Bake &b = out.bake;
        b.origin = text(o, "uid", entry);
        if (!validUid(b.origin) || !b.origin.startsWith(workspace + u'/'))
            fail(Text::tr("%1: uid '%2' is not a bake of workspace %3").arg(entry, b.origin, workspace));
        b.flowId = text(o, "flow", entry);
        b.title = text(o, "title", entry);
        b.file = text(o, "file", entry);
        b.params = o.value(u"params").toObject();
        b.source = text(o, "source", entry, maxSource);
        b.createdMs = number(o, "created", entry);
        b.user = text(o, "user", entry);
        b.host = text(o, "host", entry);
        const QJsonArray attempts = o.value(u"attempts").toArray();
        for (qsizetype i = 0; i < attempts.size(); ++i) {
            const QJsonObject a = attempts.at(i).toObject();
            const QString where = Text::tr("%1 attempt %2").arg(entry).arg(i + 1);
            BakeAttempt attempt;
            attempt.attempt.number = int(number(a, "number", where));
            const QString status = text(a, "status", where);
            if (attempt.attempt.number != i + 1 || !attemptStatus(status, attempt.attempt.status))
                fail(Text::tr("%1: not attempt %2 with a known status").arg(where).arg(i + 1));
            attempt.attempt.startedMs = number(a, "started", where);
            attempt.attempt.finishedMs = number(a, "finished", where);
            const QJsonArray tasks = a.value(u"tasks").toArray();
            for (qsizetype t = 0; t < tasks.size(); ++t)
                attempt.tasks.push_back(bakeTask(tasks.at(t).toObject(), Text::tr("%1 task %2").arg(where).arg(t + 1)));
            out.attempts.push_back(std::move(attempt));
        }
        return out;
    }

private:
    Settings settings(const QJsonObject &o, const QString &entry, const QString &workspace) const
    {
        Settings s;
        s.settings = CardSettings::fromJson(o.value(u"settings").toObject(), entry + QStringLiteral(" settings"));
        s.ms = number(o, "settings_ms", entry);
        s.by = o.contains(u"settings_by") ? text(o, "settings_by", entry) : workspace;
        if (!uuidPattern().match(s.by).hasMatch())
            fail(Text::tr("%1: settings_by names no workspace").arg(entry));
        return s;
    }

    static bool attemptStatus(const QString &name, pipelines::BakeStatus &status)
    {
        for (const pipelines::BakeStatus s : {pipelines::BakeStatus::Pending, pipelines::BakeStatus::Running,
                                              pipelines::BakeStatus::Succeeded, pipelines::BakeStatus::Failed,
                                              pipelines::BakeStatus::Cancelled}) {
            if (pipelines::bakeStatusName(s) == name) {
                status = s;
                return true;
            }
        }
        return false;
    }

    BakeTask bakeTask(const QJsonObject &o, const QString &entry) const
    {
        BakeTask t;
        pipelines::BakeTaskRow &row = t.row;
        row.id = text(o, "id", entry);
        row.seq = int(number(o, "seq", entry));
        row.title = text(o, "title", entry);
        for (const QJsonValue &need : o.value(u"needs").toArray())
            row.needs << need.toString();
        const std::optional<TaskStatus> status = statusFromName(text(o, "status", entry));
        if (row.id.isEmpty() || !status)
            fail(Text::tr("%1: no task id or an unknown status").arg(entry));
        row.status = *status;
        row.startedMs = number(o, "started", entry);
        row.finishedMs = number(o, "finished", entry);
        if (o.contains(u"exit_code"))
            row.exitCode = int(number(o, "exit_code", entry));
        row.outputs = o.value(u"outputs").toObject();
        row.message = text(o, "message", entry);
        t.card = text(o, "card", entry);
        if (!t.card.isEmpty() && !validUid(t.card))
            fail(Text::tr("%1: '%2' names no card").arg(entry, t.card));
        if (o.contains(u"log") && !(t.log = ContentId::fromHex(text(o, "log", entry).toLatin1())))
            fail(Text::tr("%1: the log is not named by a SHA-256 id").arg(entry));
        return t;
    }

    void task(const QJsonObject &t, const QString &entry, Card &c) const
    {
        const std::optional<TaskStatus> status = statusFromName(text(t, "status", entry));
        if (!status)
            fail(Text::tr("%1: unknown task status").arg(entry));
        TaskState s;
        s.status = *status;
        s.app = text(t, "app", entry);
        s.group = text(t, "group", entry);
        s.startedMs = number(t, "started", entry);
        s.finishedMs = number(t, "finished", entry);
        if (t.contains(u"exit_code"))
            s.exitCode = int(number(t, "exit_code", entry));
        s.user = text(t, "user", entry);
        s.host = text(t, "host", entry);
        if (t.contains(u"log")) {
            c.log = ContentId::fromHex(text(t, "log", entry).toLatin1());
            c.logBytes = number(t, "log_bytes", entry);
            if (!c.log || c.logBytes < 0)
                fail(Text::tr("%1: the log is not named by a SHA-256 id").arg(entry));
        }
        c.node.task = s;
    }
    void version(const QJsonObject &v, const QString &entry, Card &c) const
    {
        c.versionProject = text(v, "project", entry);
        ImportedVersion iv;
        iv.title = text(v, "title", entry);
        iv.description = text(v, "description", entry);
        iv.createdMs = number(v, "created_ms", entry);
        iv.files = number(v, "files", entry);
        iv.bytes = number(v, "bytes", entry);
        iv.record = text(v, "record", entry);
        if (!validUid(c.versionProject) || !iv.record.startsWith(QLatin1String("versions/")) || iv.record.contains(u".."))
            fail(Text::tr("%1: the version names no project or record").arg(entry));
        c.version = iv;
    }

    QString m_key;
};
} // namespace

bool validUid(const QString &uid)
{
    const qsizetype slash = uid.indexOf(u'/');
    if (slash < 0 || !uuidPattern().match(uid.left(slash)).hasMatch())
        return false;
    const QStringView id = QStringView(uid).mid(slash + 1);
    bool ok = false;
    return !id.isEmpty() && id.size() <= 18 && id.toLongLong(&ok) > 0 && ok && id.front() != u'+';
}

Batch parseBatch(const QByteArray &bytes, const QString &key, const QString &remote)
{
    const Reader r(remote + u' ' + key);
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3 || parts[0] != QLatin1String("lineage") || !uuidPattern().match(parts[1]).hasMatch())
        r.fail(Text::tr("not a lineage batch name"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(u"format").toInt() != 1)
        r.fail(Text::tr("not a lineage batch of format 1"));
    Batch b;
    b.workspace = root.value(u"workspace").toString();
    if (b.workspace != parts[1])
        r.fail(Text::tr("written by workspace '%1', filed under %2").arg(b.workspace, parts[1]));
    const QJsonArray cards = root.value(u"cards").toArray();
    const QJsonArray relations = root.value(u"relations").toArray();
    if (cards.size() > maxEntries || relations.size() > maxEntries)
        r.fail(Text::tr("more than %1 cards or relations").arg(maxEntries));
    for (qsizetype i = 0; i < cards.size(); ++i)
        b.cards.push_back(r.card(cards.at(i).toObject(), Text::tr("card %1").arg(i + 1), b.workspace));
    const QJsonArray customisations = root.value(u"customisations").toArray();
    const QJsonArray bakes = root.value(u"bakes").toArray();
    if (customisations.size() > maxEntries || bakes.size() > maxEntries)
        r.fail(Text::tr("more than %1 customisations or bakes").arg(maxEntries));
    for (qsizetype i = 0; i < customisations.size(); ++i)
        b.customisations.push_back(r.customisation(customisations.at(i).toObject(), Text::tr("customisation %1").arg(i + 1), b.workspace));
    for (qsizetype i = 0; i < bakes.size(); ++i)
        b.bakes.push_back(r.bake(bakes.at(i).toObject(), Text::tr("bake %1").arg(i + 1), b.workspace));
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const QJsonObject o = relations.at(i).toObject();
        const QString from = o.value(u"from").toString();
        const QString to = o.value(u"to").toString();
        if (!validUid(from) || !validUid(to))
            r.fail(Text::tr("relation %1 does not join two uids").arg(i + 1));
        b.relations.emplace_back(from, to);
    }
    return b;
}

} // namespace wfs::remote::lineage
