#include "model/remote/Lineage.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wfs::remote::lineage {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

constexpr qsizetype maxText = 64 * 1024;
constexpr qsizetype maxEntries = 5'000'000;

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
    QString text(const QJsonObject &o, const char *name, const QString &entry) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || v.toString().size() > maxText)
            fail(Text::tr("%1: field %2 is not text of at most %3 characters").arg(entry, QLatin1String(name)).arg(maxText));
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
        n.settings = CardSettings::fromJson(o.value(u"settings").toObject(), entry + QStringLiteral(" settings"));
        if (o.contains(u"task"))
            task(o.value(u"task").toObject(), entry, c);
        if (o.contains(u"version"))
            version(o.value(u"version").toObject(), entry, c);
        return c;
    }

private:
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
