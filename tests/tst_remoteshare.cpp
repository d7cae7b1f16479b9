// Bakes and customisations travel between real workspaces through a real s3rver and a real
// shared folder: bakes with their attempts, task statuses and logs arrive marked with who ran
// them, under ids of the puller's own; an edit to a card, pulled or not, reaches the teammates,
// and the last writer by (time, workspace uid) wins on every machine whatever the order of pulls.

#include "model/db/Sqlite.h"
#include "model/graph/GraphStore.h"
#include "model/remote/Lineage.h"
#include "model/workspace/Workspace.h"
#include "tests/RemoteCliSupport.h"

#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

using namespace wfstest;
using namespace remotetest;
using namespace wfs::remote;

namespace {

QString me()
{
    return QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
}

QJsonValue json(const QString &ws, const QStringList &args)
{
    const CliResult r = runWfs(ws, args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The card titled `title` in `wfs graph --json`.
QJsonObject cardTitled(const QString &ws, const QString &title)
{
    for (const QJsonValue &n : json(ws, {u"graph"_s, u"--json"_s}).toObject().value(u"nodes").toArray())
        if (n.toObject().value(u"title").toString() == title)
            return n.toObject();
    return {};
}

QString settingsTitle(const QString &ws, const QString &card)
{
    return cardTitled(ws, card).value(u"settings").toObject().value(u"title").toString();
}

void customise(const QString &dir, qint64 card, const QString &title)
{
    wfs::Workspace ws(dir);
    wfs::GraphStore store(ws);
    wfs::CardSettings s;
    s.title = title;
    s.description = title + u" explained"_s;
    s.icon = wfs::CardIcon{u"star"_s, u"#c00"_s, {}};
    s.link = wfs::CardLink{u"https://example.org/"_s + title.toLower().replace(u' ', u'-'), u"More"_s};
    store.setSettings(card, s);
}

// Runs SQL in the workspace: stamps the tests set on purpose.
QString query(const QString &dir, const char *sql)
{
    wfs::Workspace ws(dir);
    wfs::db::Statement st(ws.db(), sql);
    return st.step() ? st.text(0) : QString();
}

} // namespace

class TestRemoteShare : public QObject
{
    Q_OBJECT

    Remotes m_remotes{u"wfs-share"_s};
    int m_cases = 0;

    std::pair<QStringList, std::unique_ptr<RemoteStore>> team(const QString &kind, int count)
    {
        return remotetest::team(m_remotes, u"case%1"_s.arg(++m_cases), kind, count);
    }

    QString flow(const QString &name, const QStringList &lines)
    {
        const QString path = m_remotes.path(u"flows/%1.yml"_s.arg(name));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(lines.join(u'\n').toUtf8() + '\n');
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_remotes.start(&error), qPrintable(error));
    }

    void bakesTravel_data() { Remotes::backends(); }
    void bakesTravel()
    {
        QFETCH(QString, kind);
        const auto [ws, store] = team(kind, 2);
        const QString shared = flow(u"shared-"_s + kind, {u"kind: batch"_s, u"tasks:"_s, u"  - id: first"_s,
                                                          u"    bash: echo first says hi"_s, u"  - id: second"_s,
                                                          u"    needs: [first]"_s, u"    bash: echo second; exit 3"_s});
        const QString own = flow(u"own-"_s + kind, {u"kind: batch"_s, u"tasks:"_s, u"  - id: alone"_s, u"    bash: true"_s});
        // The puller has a bake 1 of its own: the pulled one must not take its id.
        QCOMPARE(runWfs(ws[1], {u"bake"_s, own}).exitCode, 0);
        QCOMPARE(runWfs(ws[0], {u"bake"_s, shared}).exitCode, 1);
        QCOMPARE(runWfs(ws[0], {u"restart"_s, u"1"_s}).exitCode, 1);

        CliResult r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.exitCode == 0 && r.out.endsWith(u"Pushed 1 bake(s), 0 customisation(s)\n"_s), qPrintable(describe(r)));
        r = runWfs(ws[1], {u"pull"_s});
        QVERIFY2(r.exitCode == 0 && r.out.endsWith(u"Pulled 1 bake(s), 0 customisation(s)\n"_s), qPrintable(describe(r)));

        const QJsonArray bakes = json(ws[1], {u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 2);
        const QJsonObject pulled = bakes.at(0).toObject(); // newest first
        const QJsonObject mine = bakes.at(1).toObject();
        QCOMPARE(mine.value(u"bake").toInteger(), 1);
        QVERIFY(mine.value(u"origin").isNull());
        QCOMPARE(mine.value(u"user").toString(), me());
        QCOMPARE(pulled.value(u"bake").toInteger(), 2);
        QCOMPARE(pulled.value(u"origin").toString().section(u'/', 1), u"1"_s);
        QCOMPARE(pulled.value(u"user").toString(), me());
        QCOMPARE(pulled.value(u"host").toString(), QSysInfo::machineHostName());
        QCOMPARE(pulled.value(u"status").toString(), u"failed"_s);
        QCOMPARE(pulled.value(u"attempt").toInt(), 2);
        r = runWfs(ws[1], {u"bakes"_s});
        QVERIFY2(r.out.contains(me() + u'@' + QSysInfo::machineHostName()), qPrintable(r.out));

        // Every attempt as it ran there: task states, times, exit codes, outputs; cards of the
        // puller's own; the logs of finished tasks.
        const QJsonObject graph = json(ws[1], {u"graph"_s, u"--json"_s}).toObject();
        QSet<qint64> taskCards;
        for (const QJsonValue &n : graph.value(u"nodes").toArray())
            if (n.toObject().value(u"kind").toString() == u"task")
                taskCards.insert(n.toObject().value(u"id").toInteger());
        for (const int attempt : {1, 2}) {
            const QStringList args{u"--json"_s, u"--attempt"_s, QString::number(attempt)};
            QJsonObject there = json(ws[0], QStringList{u"inspect"_s, u"1"_s} + args).toObject();
            QJsonObject here = json(ws[1], QStringList{u"inspect"_s, u"2"_s} + args).toObject();
            QJsonArray thereTasks = there.value(u"tasks").toArray(), hereTasks = here.value(u"tasks").toArray();
            QCOMPARE(hereTasks.size(), 2);
            for (qsizetype i = 0; i < hereTasks.size(); ++i) {
                QJsonObject a = thereTasks.at(i).toObject(), b = hereTasks.at(i).toObject();
                QVERIFY(taskCards.contains(b.value(u"card").toInteger()));
                a.remove(u"card"_s);
                b.remove(u"card"_s);
                QCOMPARE(b, a);
            }
            QCOMPARE(here.value(u"status"), there.value(u"status"));
        }
        QCOMPARE(json(ws[1], {u"inspect"_s, u"2"_s, u"--json"_s, u"--attempt"_s, u"1"_s}).toObject().value(u"tasks").toArray()
                     .at(1).toObject().value(u"exit_code").toInt(), 3);
        r = runWfs(ws[1], {u"show"_s, u"2"_s, u"first"_s, u"--attempt"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"first says hi"_s), qPrintable(describe(r)));
        // A teammate's bake is restarted where it ran.
        r = runWfs(ws[1], {u"restart"_s, u"2"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(u"pulled from a teammate"_s), qPrintable(r.err));

        // Nothing new: no bake sent again; a new attempt there replaces the pulled bake's attempts here.
        r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.out.endsWith(u"Pushed lineage: 0 card(s), 0 relation(s), 0 log(s)\n"_s), qPrintable(describe(r)));
        QCOMPARE(runWfs(ws[0], {u"restart"_s, u"1"_s}).exitCode, 1);
        QVERIFY(runWfs(ws[0], {u"push"_s}).out.endsWith(u"Pushed 1 bake(s), 0 customisation(s)\n"_s));
        QCOMPARE(runWfs(ws[1], {u"pull"_s}).exitCode, 0);
        const QJsonArray again = json(ws[1], {u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).toObject().value(u"attempt").toInt(), 3);
    }

    // A version pushed before the store's ids became SHA-256 has a record whose manifest part is
    // its old id (XXH3-128, 32 hex digits): pushing again adds no second record, and teammates'
    // lineage names the record that is there.
    void recordsFromBeforeTheIdMigration_data() { Remotes::backends(); }
    void recordsFromBeforeTheIdMigration()
    {
        QFETCH(QString, kind);
        const auto [ws, store] = team(kind, 2);
        const QString project = m_remotes.path(u"old-"_s + kind);
        QDir().mkpath(project);
        QFile f(project + u"/a.txt"_s);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("from before") == 11);
        f.close();
        QCOMPARE(runWfs(ws[0], {u"version"_s, u"create"_s, project}).exitCode, 0);
        QCOMPARE(runWfs(ws[0], {u"push"_s}).exitCode, 0);
        const std::vector<RemoteObject> records = store->list(u"versions/"_s);
        QCOMPARE(records.size(), std::size_t(1));
        const QString now = records.front().key;
        const QString old = now.left(now.lastIndexOf(u'-') + 1) + u"0123456789abcdef0123456789abcdef.json"_s;
        store->put(old, store->get(now));
        store->remove(now);
        for (const auto &b : store->list(u"lineage/"_s))
            store->remove(b.key);
        query(ws[0], "DELETE FROM remote_sent");

        CliResult r = runWfs(ws[0], {u"push"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"Pushed 0 version(s)"_s), qPrintable(describe(r)));
        const std::vector<RemoteObject> after = store->list(u"versions/"_s);
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after.front().key, old);

        QCOMPARE(runWfs(ws[1], {u"pull"_s}).exitCode, 0);
        const qint64 projectId = cardTitled(ws[1], QFileInfo(project).fileName()).value(u"id").toInteger();
        QVERIFY(projectId > 0);
        const QString target = m_remotes.path(u"old-restored-"_s + kind);
        r = runWfs(ws[1], {u"version"_s, u"restore"_s, QString::number(projectId), u"--num"_s, u"1"_s, u"--to"_s, target});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(fileBytes(target + u"/a.txt"_s), QByteArray("from before"));
    }

    void customisationsTravel_data() { Remotes::backends(); }
    void customisationsTravel()
    {
        QFETCH(QString, kind);
        const auto [ws, store] = team(kind, 3);
        QCOMPARE(runWfs(ws[0], {u"task"_s, u"start"_s, u"Shared"_s}).exitCode, 0);
        QCOMPARE(runWfs(ws[0], {u"push"_s}).exitCode, 0);
        for (const QString &w : {ws[1], ws[2]})
            QCOMPARE(runWfs(w, {u"pull"_s}).exitCode, 0);

        // A teammate edits the card they pulled: it reaches the card's own workspace and the third.
        customise(ws[1], cardTitled(ws[1], u"Shared"_s).value(u"id").toInteger(), u"From B"_s);
        CliResult r = runWfs(ws[1], {u"push"_s});
        QVERIFY2(r.out.endsWith(u"Pushed 0 bake(s), 1 customisation(s)\n"_s), qPrintable(describe(r)));
        for (const QString &w : {ws[0], ws[2]}) {
            r = runWfs(w, {u"pull"_s});
            QVERIFY2(r.out.endsWith(u"Pulled 0 bake(s), 1 customisation(s)\n"_s), qPrintable(describe(r)));
            const QJsonObject settings = cardTitled(w, u"Shared"_s).value(u"settings").toObject();
            QCOMPARE(settings.value(u"title").toString(), u"From B"_s);
            QCOMPARE(settings.value(u"description").toString(), u"From B explained"_s);
            QCOMPARE(settings.value(u"icon").toObject().value(u"icon").toString(), u"star"_s);
            QCOMPARE(settings.value(u"icon").toObject().value(u"color").toString(), u"#c00"_s);
            QCOMPARE(settings.value(u"mainLink").toObject().value(u"url").toString(), u"https://example.org/from-b"_s);
        }

        // The card's owner edits it later: the later edit wins everywhere.
        customise(ws[0], cardTitled(ws[0], u"Shared"_s).value(u"id").toInteger(), u"From A"_s);
        QCOMPARE(runWfs(ws[0], {u"push"_s}).exitCode, 0);
        for (const QString &w : ws) {
            QCOMPARE(runWfs(w, {u"pull"_s}).exitCode, 0);
            QCOMPARE(settingsTitle(w, u"Shared"_s), u"From A"_s);
        }

        // Edits from two more workspaces, put on the remote as they would push them: an older
        // one loses everywhere; of two at the same moment as A's, the greatest workspace uid wins,
        // whatever the order in which each machine reads them.
        const QString uid = query(ws[1], "SELECT origin FROM nodes WHERE title = 'Shared'");
        const qint64 stampA = query(ws[0], "SELECT settings_ms FROM nodes WHERE origin IS NULL AND title = 'Shared'").toLongLong();
        QVERIFY(stampA > 0);
        RemoteStore &remote = *store;
        const auto edit = [&](const QString &workspace, qint64 ms, const QString &title) {
            const QJsonObject settings{{u"title"_s, title}};
            const QByteArray batch = QJsonDocument(QJsonObject{
                {u"format"_s, 1}, {u"workspace"_s, workspace}, {u"cards"_s, QJsonArray{}}, {u"relations"_s, QJsonArray{}},
                {u"customisations"_s, QJsonArray{QJsonObject{{u"uid"_s, uid}, {u"settings"_s, settings}, {u"settings_ms"_s, ms}}}}})
                .toJson(QJsonDocument::Compact);
            remote.put(wfs::remote::lineage::batchKey(workspace, ms, batch), batch);
        };
        edit(u"ffffffff-ffff-4fff-bfff-ffffffffffff"_s, 1000, u"Old"_s);
        for (const QString &w : ws) {
            QCOMPARE(runWfs(w, {u"pull"_s}).exitCode, 0);
            QCOMPARE(settingsTitle(w, u"Shared"_s), u"From A"_s);
        }
        edit(u"00000000-0000-4000-8000-000000000000"_s, stampA, u"Tie low"_s);
        QCOMPARE(runWfs(ws[1], {u"pull"_s}).exitCode, 0); // ws[1] reads the low one alone, the others both at once
        QCOMPARE(settingsTitle(ws[1], u"Shared"_s), u"From A"_s);
        edit(u"ffffffff-ffff-4fff-bfff-ffffffffffff"_s, stampA, u"Tie high"_s);
        for (const QString &w : ws) {
            QCOMPARE(runWfs(w, {u"pull"_s}).exitCode, 0);
            QCOMPARE(settingsTitle(w, u"Shared"_s), u"Tie high"_s);
        }
        // And an edit made after that, on a machine whose clock is behind, still wins.
        customise(ws[2], cardTitled(ws[2], u"Shared"_s).value(u"id").toInteger(), u"Last C"_s);
        QVERIFY(query(ws[2], "SELECT settings_ms FROM nodes WHERE title = 'Shared'").toLongLong() > stampA);
        QCOMPARE(runWfs(ws[2], {u"push"_s}).exitCode, 0);
        for (const QString &w : ws) {
            QCOMPARE(runWfs(w, {u"pull"_s}).exitCode, 0);
            QCOMPARE(settingsTitle(w, u"Shared"_s), u"Last C"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteShare)
#include "tst_remoteshare.moc"
