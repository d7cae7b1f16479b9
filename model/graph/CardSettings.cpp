#include "model/graph/CardSettings.h"

#include "model/core/Error.h"
#include "model/graph/IconCatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <tuple>

namespace wfs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::CardSettings)
};

Error fieldError(const QString &field, const QString &problem)
{
    return Error::usage(QStringLiteral("%1: %2").arg(field, problem));
}

void rejectUnknownKeys(const QJsonObject &object, const QString &field, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            throw fieldError(field + u'.' + it.key(),
                             Text::tr("unknown field (expected one of: %1)").arg(known.join(u", ")));
    }
}

QString stringField(const QJsonObject &object, const QString &key, const QString &field)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        throw fieldError(field + u'.' + key, Text::tr("must be a string"));
    return value.toString();
}

} // namespace

QString CardSettings::stripWrapper(QString text, QLatin1String tag)
{
    text = text.trimmed();
    const QString open = u'<' + tag + u'>';
    const QString close = QStringLiteral("</") + tag + u'>';
    if (text.startsWith(open, Qt::CaseInsensitive) && text.endsWith(close, Qt::CaseInsensitive))
        text = text.mid(open.size(), text.size() - open.size() - close.size()).trimmed();
    return text;
}

namespace {

bool isColour(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return re.match(value).hasMatch();
}

bool isLink(const QString &value)
{
    if (value.startsWith(u'/'))
        return !value.startsWith(QStringLiteral("//"));
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
           && !url.host().isEmpty();
}

} // namespace

QJsonObject CardSettings::toJson() const
{
    QJsonObject o;
    if (title)
        o.insert(QStringLiteral("title"), *title);
    if (description)
        o.insert(QStringLiteral("description"), *description);
    if (icon)
        o.insert(QStringLiteral("icon"), QJsonObject{{QStringLiteral("icon"), icon->name},
                                                     {QStringLiteral("color"), icon->color},
                                                     {QStringLiteral("backgroundColor"), icon->background}});
    if (link)
        o.insert(QStringLiteral("mainLink"), QJsonObject{{QStringLiteral("url"), link->url},
                                                         {QStringLiteral("title"), link->title}});
    return o;
}

// Two shapes are accepted: the SDK's JSON ({"icon":{"icon","color","backgroundColor"},
// "mainLink":{"url","title"}}) and WorkflowSettings' own names (icon, icon_color, icon_bg_color,
// url, url_title), as Python callers write them. An icon without colours takes the card's own.
CardSettings CardSettings::fromJson(const QJsonObject &object, const QString &field)
{
    rejectUnknownKeys(object, field,
                      {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("icon"),
                       QStringLiteral("mainLink"), QStringLiteral("icon_color"), QStringLiteral("icon_bg_color"),
                       QStringLiteral("url"), QStringLiteral("url_title")});
    CardSettings s;
    if (object.contains(u"title"))
        s.title = stripWrapper(stringField(object, QStringLiteral("title"), field), QLatin1String("h4"));
    if (object.contains(u"description"))
        s.description = stripWrapper(stringField(object, QStringLiteral("description"), field),
                                     QLatin1String("small"));
    const bool flatIcon = object.value(u"icon").isString();
    for (const char *key : {"icon_color", "icon_bg_color"}) {
        if (object.contains(QLatin1String(key)) && !flatIcon)
            throw fieldError(field + u'.' + QLatin1String(key),
                             Text::tr("a colour belongs to an icon: give \"icon\" as a name beside it"));
    }
    if (flatIcon) {
        s.icon = CardIcon{icons::normalized(stringField(object, QStringLiteral("icon"), field)),
                          object.contains(u"icon_color") ? stringField(object, QStringLiteral("icon_color"), field) : QString(),
                          object.contains(u"icon_bg_color") ? stringField(object, QStringLiteral("icon_bg_color"), field)
                                                            : QString()};
    } else if (object.contains(u"icon")) {
        const QString f = field + QStringLiteral(".icon");
        const QJsonValue v = object.value(u"icon");
        if (!v.isObject())
            throw fieldError(f, Text::tr("must be an icon name or an object with icon, color and backgroundColor"));
        const QJsonObject o = v.toObject();
        rejectUnknownKeys(o, f, {QStringLiteral("icon"), QStringLiteral("color"),
                                 QStringLiteral("backgroundColor")});
        if (!o.contains(u"icon"))
            throw fieldError(f + QStringLiteral(".icon"), Text::tr("missing: an icon needs its name"));
        auto optional = [&](const QString &key) { return o.contains(key) ? stringField(o, key, f) : QString(); };
        s.icon = CardIcon{icons::normalized(stringField(o, QStringLiteral("icon"), f)), optional(QStringLiteral("color")),
                          optional(QStringLiteral("backgroundColor"))};
    }
    if (object.contains(u"url") || object.contains(u"url_title")) {
        if (object.contains(u"mainLink"))
            throw fieldError(field + QStringLiteral(".mainLink"), Text::tr("give either mainLink or url and url_title, not both"));
        for (const char *key : {"url", "url_title"}) {
            if (!object.contains(QLatin1String(key)))
                throw fieldError(field + u'.' + QLatin1String(key), Text::tr("missing: a link needs its url and url_title"));
        }
        s.link = CardLink{stringField(object, QStringLiteral("url"), field), stringField(object, QStringLiteral("url_title"), field)};
    }
    if (object.contains(u"mainLink")) {
        const QString f = field + QStringLiteral(".mainLink");
        const QJsonValue v = object.value(u"mainLink");
        if (!v.isObject())
            throw fieldError(f, Text::tr("must be an object with url and title"));
        const QJsonObject o = v.toObject();
        rejectUnknownKeys(o, f, {QStringLiteral("url"), QStringLiteral("title")});
        for (const char *key : {"url", "title"}) {
            if (!o.contains(QLatin1String(key)))
                throw fieldError(f + u'.' + QLatin1String(key), Text::tr("missing: a link needs its url and title"));
        }
        s.link = CardLink{stringField(o, QStringLiteral("url"), f), stringField(o, QStringLiteral("title"), f)};
    }
    s.validate(field);
    return s;
}

CardSettings CardSettings::fromStored(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CardSettings s;
    if (o.contains(u"title"))
        s.title = o.value(u"title").toString();
    if (o.contains(u"description"))
        s.description = o.value(u"description").toString();
    if (o.contains(u"icon")) {
        const QJsonObject i = o.value(u"icon").toObject();
        s.icon = CardIcon{i.value(u"icon").toString(), i.value(u"color").toString(),
                          i.value(u"backgroundColor").toString()};
    }
    if (o.contains(u"mainLink")) {
        const QJsonObject l = o.value(u"mainLink").toObject();
        s.link = CardLink{l.value(u"url").toString(), l.value(u"title").toString()};
    }
    return s;
}

QString CardSettings::toStored() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<CardSettings::Problem> CardSettings::problem(std::optional<NodeKind> kind) const
{
    if (icon) {
        if (kind == NodeKind::Project || kind == NodeKind::ProjectVersion)
            return Problem{QStringLiteral("icon"),
                           Text::tr("project cards show a preview of their images and take no icon")};
        if (icon->name.isEmpty())
            return Problem{QStringLiteral("icon.icon"), Text::tr("an icon needs a name")};
        if (!icons::contains(icon->name))
            return Problem{QStringLiteral("icon.icon"),
                           Text::tr("'%1' is not a Material Design icon name ('wfs icons' lists them)")
                               .arg(icon->name)};
        // An empty colour is the card's own (as the SDK falls back to its default).
        if (!icon->color.isEmpty() && !isColour(icon->color))
            return Problem{QStringLiteral("icon.color"),
                           Text::tr("'%1' is not a colour of the form #rgb or #rrggbb").arg(icon->color)};
        if (!icon->background.isEmpty() && !isColour(icon->background))
            return Problem{QStringLiteral("icon.backgroundColor"),
                           Text::tr("'%1' is not a colour of the form #rgb or #rrggbb").arg(icon->background)};
    }
    if (link) {
        if (link->url.isEmpty())
            return Problem{QStringLiteral("mainLink.url"), Text::tr("a link needs a url")};
        if (link->title.trimmed().isEmpty())
            return Problem{QStringLiteral("mainLink.title"), Text::tr("a link needs its title")};
        if (!isLink(link->url))
            return Problem{QStringLiteral("mainLink.url"),
                           Text::tr("'%1' must be relative (start with /) or an http(s) address").arg(link->url)};
    }
    return std::nullopt;
}

void CardSettings::validate(const QString &field, std::optional<NodeKind> kind) const
{
    if (const auto p = problem(kind))
        throw fieldError(field + u'.' + p->field, p->message);
}

void CardSettings::overlay(const CardSettings &other)
{
    if (other.title)
        title = other.title;
    if (other.description)
        description = other.description;
    if (other.icon)
        icon = other.icon;
    if (other.link)
        link = other.link;
}

CardMeta CardMeta::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error::usage(Text::tr("--meta: malformed JSON at offset %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()));
    if (!doc.isObject())
        throw Error::usage(Text::tr("--meta: expected a JSON object with customRelationSettings "
                              "and/or customNodeSettings"));
    const QJsonObject root = doc.object();
    const QString relationKey = QStringLiteral("customRelationSettings");
    const QString nodeKey = QStringLiteral("customNodeSettings");
    // WorkflowMeta's own argument names mean the same.
    const QString relationAlias = QStringLiteral("relation_settings");
    const QString nodeAlias = QStringLiteral("node_settings");
    rejectUnknownKeys(root, QStringLiteral("meta"), {relationKey, nodeKey, relationAlias, nodeAlias});
    CardMeta meta;
    for (const auto &[key, alias, target] : {std::tuple{relationKey, relationAlias, &meta.relation},
                                             std::tuple{nodeKey, nodeAlias, &meta.node}}) {
        if (root.contains(key) && root.contains(alias))
            throw fieldError(alias, Text::tr("means the same as %1: give one of them").arg(key));
        const QString given = root.contains(key) ? key : alias;
        if (!root.contains(given))
            continue;
        const QJsonValue v = root.value(given);
        if (!v.isObject())
            throw fieldError(given, Text::tr("must be an object"));
        *target = CardSettings::fromJson(v.toObject(), given);
    }
    return meta;
}

} // namespace wfs
