#pragma once

#include "model/graph/NodeKind.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace wfs {

struct CardIcon
{
    QString name;       // Material Design icon name, without prefix
    QString color;      // #rgb or #rrggbb; empty: the card's own colour
    QString background; // #rgb or #rrggbb; empty: the card's own background
    bool operator==(const CardIcon &) const = default;
};

struct CardLink
{
    QString url;   // relative ("/...") or http(s)
    QString title;
    bool operator==(const CardLink &) const = default;
};

// A card's customisation, as in the seed's WorkflowSettings, stored as plain text.
struct CardSettings
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<CardIcon> icon;
    std::optional<CardLink> link;

    bool isEmpty() const { return !title && !description && !icon && !link; }
    bool operator==(const CardSettings &) const = default;

    // {"title","description","icon":{"icon","color","backgroundColor"},"mainLink":{"url","title"}}
    QJsonObject toJson() const;
    // Parses the seed's JSON, nested ("icon":{...}, "mainLink":{...}) or with WorkflowSettings'
    // names (icon, icon_color, icon_bg_color, url, url_title); `field` names the object in error messages
    // (e.g. "customRelationSettings"). Strips the SDK's <h4>/<small> wrappers.
    static CardSettings fromJson(const QJsonObject &object, const QString &field);
    // Reads what toJson() wrote; never throws (stored settings were validated on the way in).
    static CardSettings fromStored(const QString &json);
    QString toStored() const;

    // The first broken rule, if any: an icon needs a known name and colours of the form #rgb or
    // #rrggbb (or none: the card's own), a link needs its title and a relative or http(s) URL, projects take no icon.
    struct Problem
    {
        QString field; // relative to the settings object: "icon.color", "mainLink.url", ...
        QString message;
    };
    std::optional<Problem> problem(std::optional<NodeKind> kind = std::nullopt) const;
    // Throws a usage error "FIELD.KEY: message" for the first problem.
    void validate(const QString &field, std::optional<NodeKind> kind = std::nullopt) const;
    // The SDK wraps titles in <h4> and descriptions in <small>; we keep plain text.
    static QString stripWrapper(QString text, QLatin1String tag);
    // Fields set in `other` replace ours.
    void overlay(const CardSettings &other);
};

// The seed's `meta`: {"customRelationSettings": {...}, "customNodeSettings": {...}}.
struct CardMeta
{
    std::optional<CardSettings> relation;
    std::optional<CardSettings> node;

    static CardMeta parse(const QByteArray &json);
};

} // namespace wfs
