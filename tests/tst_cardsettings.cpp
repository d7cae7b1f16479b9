#include "model/core/Error.h"
#include "model/graph/CardSettings.h"
#include "model/graph/IconCatalog.h"

#include <QtTest>

using namespace wfs;

class TestCardSettings : public QObject
{
    Q_OBJECT

private:
    static QString metaError(const char *json)
    {
        try {
            CardMeta::parse(QByteArray(json));
        } catch (const Error &e) {
            if (e.kind() != Error::Kind::Usage)
                return QStringLiteral("not a usage error: ") + e.message();
            return e.message();
        }
        return {};
    }

private slots:
    void iconCatalogComesFromTheFont()
    {
        QVERIFY(icons::names().size() > 1000);
        QVERIFY(icons::contains(QStringLiteral("archive")));
        QVERIFY(icons::contains(QStringLiteral("database")));
        QVERIFY(!icons::contains(QStringLiteral("no-such-icon")));
        QCOMPARE(icons::codepoint(QStringLiteral("archive")), char32_t(0xF03C));
        QCOMPARE(icons::normalized(QStringLiteral("zmdi-archive")), QStringLiteral("archive"));
        QCOMPARE(icons::normalized(QStringLiteral("mdi-archive")), QStringLiteral("archive"));
    }

    void parsesTheSeedsMeta()
    {
        const CardMeta meta = CardMeta::parse("{\n"
            "            \"customRelationSettings\": {\n"
            "                \"title\": \"<h4>Project Archive: a.tar</h4>\",\n"
            "                \"description\": \"<small>exported</small>\",\n"
            "                \"icon\": {\"icon\": \"zmdi-archive\", \"color\": \"#ff4c9e\", \"backgroundColor\": \"#ffe3ed\"},\n"
            "                \"mainLink\": {\"url\": \"/files/1/true/?teamId=2\", \"title\": \"Download\"}\n"
            "            },\n"
            "            \"customNodeSettings\": {\"title\": \"<h4>Export</h4>\"}\n"
            "        }");
        QVERIFY(meta.relation && meta.node);
        QCOMPARE(*meta.relation->title, QStringLiteral("Project Archive: a.tar"));
        QCOMPARE(*meta.relation->description, QStringLiteral("exported"));
        QCOMPARE(meta.relation->icon->name, QStringLiteral("archive"));
        QCOMPARE(meta.relation->icon->color, QStringLiteral("#ff4c9e"));
        QCOMPARE(meta.relation->link->url, QStringLiteral("/files/1/true/?teamId=2"));
        QCOMPARE(*meta.node->title, QStringLiteral("Export"));
        QVERIFY(!meta.node->icon);
    }

    void storedFormRoundTrips()
    {
        CardSettings s;
        s.title = QStringLiteral("T \"quoted\" ü");
        s.icon = CardIcon{QStringLiteral("database"), QStringLiteral("#abc"), QStringLiteral("#001122")};
        s.link = CardLink{QStringLiteral("https://example.org/x"), QStringLiteral("Open")};
        QCOMPARE(CardSettings::fromStored(s.toStored()), s);
        QVERIFY(CardSettings::fromStored(QStringLiteral("{}")).isEmpty());
    }

    void rejectsBrokenRules_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << "{\"customRelationSettings\": " << "malformed JSON";
        QTest::newRow("not object") << "[1]" << "expected a JSON object";
        QTest::newRow("unknown top") << "{\"customRelation\": {}}" << "meta.customRelation";
        QTest::newRow("unknown key") << "{\"customNodeSettings\": {\"titel\": \"x\"}}" << "customNodeSettings.titel";
        QTest::newRow("title type") << "{\"customNodeSettings\": {\"title\": 3}}" << "customNodeSettings.title";
        QTest::newRow("icon no name") << "{\"customNodeSettings\": {\"icon\": {\"color\": \"#fff\"}}}"
                                      << "customNodeSettings.icon.icon";
        QTest::newRow("flat colour without icon") << "{\"customNodeSettings\": {\"icon_bg_color\": \"#fff\"}}"
                                                  << "customNodeSettings.icon_bg_color";
        QTest::newRow("flat url without title") << "{\"customNodeSettings\": {\"url\": \"/x\"}}"
                                                << "customNodeSettings.url_title";
        QTest::newRow("both link shapes") << "{\"customNodeSettings\": {\"url\": \"/x\", \"url_title\": \"t\", "
                                             "\"mainLink\": {\"url\": \"/x\", \"title\": \"t\"}}}"
                                          << "customNodeSettings.mainLink";
        QTest::newRow("icon bad colour") << "{\"customNodeSettings\": {\"icon\": {\"icon\": \"archive\", \"color\": \"red\", \"backgroundColor\": \"#fff\"}}}"
                                         << "customNodeSettings.icon.color";
        QTest::newRow("icon 4-digit colour") << "{\"customNodeSettings\": {\"icon\": {\"icon\": \"archive\", \"color\": \"#ffff\", \"backgroundColor\": \"#fff\"}}}"
                                             << "customNodeSettings.icon.color";
        QTest::newRow("icon unknown") << "{\"customNodeSettings\": {\"icon\": {\"icon\": \"zmdi-unicorn-x\", \"color\": \"#fff\", \"backgroundColor\": \"#fff\"}}}"
                                      << "customNodeSettings.icon.icon";
        QTest::newRow("link no title") << "{\"customRelationSettings\": {\"mainLink\": {\"url\": \"/x\"}}}"
                                       << "customRelationSettings.mainLink.title";
        QTest::newRow("link empty title") << "{\"customRelationSettings\": {\"mainLink\": {\"url\": \"/x\", \"title\": \" \"}}}"
                                          << "customRelationSettings.mainLink.title";
        QTest::newRow("link scheme") << "{\"customRelationSettings\": {\"mainLink\": {\"url\": \"ftp://h/x\", \"title\": \"t\"}}}"
                                     << "customRelationSettings.mainLink.url";
        QTest::newRow("link bare") << "{\"customRelationSettings\": {\"mainLink\": {\"url\": \"files/1\", \"title\": \"t\"}}}"
                                   << "customRelationSettings.mainLink.url";
        QTest::newRow("link protocol-relative") << "{\"customRelationSettings\": {\"mainLink\": {\"url\": \"//evil/x\", \"title\": \"t\"}}}"
                                                << "customRelationSettings.mainLink.url";
    }

    void rejectsBrokenRules()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        const QString error = metaError(json.toUtf8().constData());
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void acceptsValidLinksAndColours()
    {
        for (const char *url : {"/projects/3", "http://host/x", "https://host:8080/a?b=c"}) {
            CardSettings s;
            s.link = CardLink{QString::fromLatin1(url), QStringLiteral("t")};
            QVERIFY2(!s.problem(), url);
        }
        CardSettings s;
        s.icon = CardIcon{QStringLiteral("archive"), QStringLiteral("#AbC"), QStringLiteral("#a1B2c3")};
        QVERIFY(!s.problem());
    }

    void projectsTakeNoIcon()
    {
        CardSettings s;
        s.icon = CardIcon{QStringLiteral("archive"), QStringLiteral("#fff"), QStringLiteral("#000")};
        QVERIFY(!s.problem(NodeKind::Folder));
        QCOMPARE(s.problem(NodeKind::Project)->field, QStringLiteral("icon"));
        s.icon.reset();
        s.title = QStringLiteral("A project may have a title");
        QVERIFY(!s.problem(NodeKind::Project));
    }

    void overlayReplacesOnlyGivenFields()
    {
        CardSettings base;
        base.title = QStringLiteral("a");
        base.description = QStringLiteral("b");
        CardSettings top;
        top.description = QStringLiteral("c");
        base.overlay(top);
        QCOMPARE(*base.title, QStringLiteral("a"));
        QCOMPARE(*base.description, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestCardSettings)
#include "tst_cardsettings.moc"
