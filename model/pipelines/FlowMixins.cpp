#include "model/pipelines/FlowMixins.h"

#include <QCoreApplication>

#include <algorithm>

namespace wfs::pipelines::flowmixins {

using flowyaml::Entry;
using flowyaml::Node;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::pipelines::FlowParser)
};

const QString sectionKey = QStringLiteral("mixins");

// `high` laid over `low`.
Node merge(const Node &low, const Node &high)
{
    if (low.type == Node::Type::Map && high.type == Node::Type::Map) {
        Node out = low;
        out.mark = high.mark;
        for (const Entry &h : high.entries) {
            const auto same = std::find_if(out.entries.begin(), out.entries.end(),
                                           [&](const Entry &e) { return e.key == h.key; });
            if (same == out.entries.end()) {
                out.entries.push_back(h);
            } else {
                same->value = merge(same->value, h.value);
                same->keyMark = h.keyMark;
                same->inherited = h.inherited;
            }
        }
        return out;
    }
    if (low.type == Node::Type::List && high.type == Node::Type::List) {
        Node out = high;
        out.items = low.items;
        out.items.insert(out.items.end(), high.items.begin(), high.items.end());
        return out;
    }
    return high;
}

} // namespace

Mixins::Mixins(const Node *section) : m_section(section)
{
    if (!m_section)
        return;
    flowyaml::expect(*m_section, Node::Type::Map, sectionKey);
    for (const Entry &e : m_section->entries)
        flowyaml::expect(e.value, Node::Type::Map, flowyaml::childPath(sectionKey, e.key));
}

const std::vector<Entry> &Mixins::definitions() const
{
    static const std::vector<Entry> none;
    return m_section ? m_section->entries : none;
}

Node Mixins::apply(const Node &target, const QString &path, const QString &name) const
{
    QStringList chain;
    if (!name.isEmpty())
        chain << name;
    return merged(target, path, chain);
}

Node Mixins::merged(const Node &target, const QString &path, QStringList &chain) const
{
    const Entry *mixins = target.find(u"mixins");
    const Entry *inherits = target.find(u"inherits");
    if (mixins && inherits) {
        const Entry *later = mixins->keyMark.line > inherits->keyMark.line ? mixins : inherits;
        flowyaml::fail(later->keyMark, flowyaml::childPath(path, later->key),
                       Text::tr("write either mixins or inherits, not both"));
    }
    const Entry *ref = mixins ? mixins : inherits;
    if (!ref)
        return target;
    const QString refPath = flowyaml::childPath(path, ref->key);
    flowyaml::expect(ref->value, Node::Type::List, refPath);

    Node base;
    base.type = Node::Type::Map;
    for (std::size_t i = 0; i < ref->value.items.size(); ++i) {
        const Node &item = ref->value.items[i];
        const QString itemPath = flowyaml::itemPath(refPath, i);
        if (item.type != Node::Type::Scalar)
            flowyaml::fail(item.mark, itemPath, Text::tr("expected the name of a mixin, found %1")
                                                    .arg(flowyaml::describe(item.type)));
        const Entry *def = m_section ? m_section->find(item.text) : nullptr;
        if (!def) {
            QStringList names;
            for (const Entry &e : definitions())
                names << e.key;
            const QString guess = flowyaml::nearest(item.text, names);
            flowyaml::fail(item.mark, itemPath,
                           guess.isEmpty() ? Text::tr("unknown mixin '%1'").arg(item.text)
                                           : Text::tr("unknown mixin '%1', did you mean '%2'?").arg(item.text, guess));
        }
        if (chain.contains(item.text))
            flowyaml::fail(item.mark, itemPath, Text::tr("mixins inherit from each other in a cycle: %1")
                                                    .arg((chain + QStringList{item.text}).join(u" -> ")));
        chain << item.text;
        base = merge(base, merged(def->value, flowyaml::childPath(sectionKey, item.text), chain));
        chain.removeLast();
    }
    for (Entry &e : base.entries)
        e.inherited = true;

    Node own = target;
    own.entries.erase(own.entries.begin() + (ref - target.entries.data()));
    return merge(base, own);
}

} // namespace wfs::pipelines::flowmixins
