// What bakes leave in the workspace and how it is read back: the cache (params, expiry, file and
// folder inputs, missing outputs), restarts, a killed runner (interrupted, cancelled, restarted),
// the workflow graph, inspect --dot, show and show --follow.

#include "model/db/Sqlite.h"
#include "model/pipelines/BakeStore.h"
#include "model/workspace/Workspace.h"
#include "tests/BakeTestSupport.h"

#include <QStandardPaths>

using namespace baketest;
using namespace wfs;
using wfs::pipelines::BakeStore;

class TestBakeState : public BakeSuite
{
    Q_OBJECT

private slots:
    void cacheHitThenMissOnChangedParam()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/cache.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  word: one"_s, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: |"_s, u"      echo ${{ params.word }} >> a.runs"_s,
                                u"      echo ::set-output name=w::${{ params.word }}"_s, u"  - id: b"_s,
                                u"    bash: echo ${{ needs.a.outputs.w }} >> b.runs"_s})));
        const CliResult first = box.wfs({u"bake"_s, u"cache"_s});
        CHECK_EXIT(first, 0);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"a=succeeded"_s, u"b=succeeded"_s}));

        const CliResult second = box.wfs({u"bake"_s, u"cache"_s});
        CHECK_EXIT(second, 0);
        QCOMPARE(bakeId(second), 2);
        QVERIFY2(second.out.contains(u"bake 2 (attempt 1) succeeded: 0 succeeded, 2 cached"_s), qPrintable(second.out));
        const QJsonObject cached = inspect(box, 2);
        QCOMPARE(statuses(cached), (QStringList{u"a=cached"_s, u"b=cached"_s}));
        QCOMPARE(tasksById(cached)[u"a"_s].value(u"outputs").toObject(), (QJsonObject{{u"w"_s, u"one"_s}}));
        QCOMPARE(box.lines(u"a.runs"_s), QStringList{u"one"_s});
        QCOMPARE(box.lines(u"b.runs"_s), QStringList{u"one"_s});

        const CliResult changed = box.wfs({u"bake"_s, u"cache"_s, u"-p"_s, u"word"_s, u"two"_s});
        CHECK_EXIT(changed, 0);
        QCOMPARE(statuses(inspect(box, 3)), (QStringList{u"a=succeeded"_s, u"b=succeeded"_s}));
        QCOMPARE(box.lines(u"a.runs"_s), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(box.lines(u"b.runs"_s), (QStringList{u"one"_s, u"two"_s}));

        // The first value's entries are still there.
        const CliResult back = box.wfs({u"bake"_s, u"cache"_s, u"--param"_s, u"word"_s, u"one"_s});
        CHECK_EXIT(back, 0);
        QCOMPARE(statuses(inspect(box, 4)), (QStringList{u"a=cached"_s, u"b=cached"_s}));
        QCOMPARE(box.lines(u"a.runs"_s).size(), 2);
    }

    void cacheExpires()
    {
        // Apolo forbids a *job* life_span under a minute; a cache life_span has no such floor.
        Sandbox box;
        QVERIFY(box.write(u".apolo/expire.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  cache:"_s, u"    life_span: 2s"_s, u"tasks:"_s,
                                u"  - id: a"_s, u"    bash: echo run >> a.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"expire"_s}), 0);
        CHECK_EXIT(box.wfs({u"bake"_s, u"expire"_s}), 0);
        QCOMPARE(statuses(inspect(box, 2)), QStringList{u"a=cached"_s});
        QCOMPARE(box.lines(u"a.runs"_s).size(), 1);

        // Time passing is the cache's clock moving on: its entry answers up to 2 s after it was
        // stored, and not after.
        Workspace ws(box.workspace());
        db::Statement entry(ws.db(), "SELECT key, created FROM bake_cache WHERE flow_id = 'expire' AND task_id = 'a'");
        QVERIFY(entry.step());
        const QString key = entry.text(0);
        const qint64 created = entry.int64(1);
        qint64 now = created + 1900;
        BakeStore store(ws, [&now] { return now; });
        QVERIFY(store.cached(u"expire"_s, u"a"_s, key, 2).has_value());
        now = created + 2100;
        QVERIFY(!store.cached(u"expire"_s, u"a"_s, key, 2).has_value());
        // What the clock says when an entry is stored is its age's start.
        store.storeCache(u"expire"_s, u"a"_s, key, QJsonObject{{u"x"_s, u"1"_s}});
        now += 1500;
        QCOMPARE(store.cached(u"expire"_s, u"a"_s, key, 2), std::optional(QJsonObject{{u"x"_s, u"1"_s}}));
    }

    void restartFromFailed()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/flaky.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, u"  fail_fast: false"_s, noCache, u"tasks:"_s,
                                u"  - id: first"_s, u"    bash: echo run >> first.runs"_s, u"  - id: side"_s,
                                u"    needs: [first]"_s, u"    bash: echo run >> side.runs"_s, u"  - id: flaky"_s,
                                u"    needs: [first]"_s, u"    bash: |"_s, u"      echo run >> flaky.runs"_s,
                                u"      if [ ! -e flaky.ok ]; then touch flaky.ok; exit 1; fi"_s, u"  - id: last"_s,
                                u"    needs: [flaky, side]"_s, u"    bash: echo run >> last.runs"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"flaky"_s}), 1);
        const QJsonObject one = inspect(box, 1);
        QCOMPARE(statuses(one), (QStringList{u"first=succeeded"_s, u"side=succeeded"_s, u"flaky=failed"_s,
                                             u"last=skipped"_s}));

        const CliResult r = box.wfs({u"restart"_s, u"1"_s, u"--from-failed"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(bakeId(r), 1);
        QVERIFY2(r.out.contains(u"bake 1 (attempt 2) succeeded"_s), qPrintable(r.out));
        QVERIFY(!changes(r).contains(u"first running"_s));
        const QJsonObject two = inspect(box, 1);
        QCOMPARE(two.value(u"attempt").toInt(), 2);
        QCOMPARE(two.value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(statuses(two), (QStringList{u"first=succeeded"_s, u"side=succeeded"_s, u"flaky=succeeded"_s,
                                             u"last=succeeded"_s}));
        QCOMPARE(box.lines(u"first.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"side.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"flaky.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"last.runs"_s).size(), 1);
        // Kept tasks keep their times and cards; the first attempt is still there as it was.
        const auto before = tasksById(one);
        const auto after = tasksById(two);
        QCOMPARE(after[u"first"_s].value(u"started"), before[u"first"_s].value(u"started"));
        for (const QString &t : {u"first"_s, u"flaky"_s, u"last"_s})
            QCOMPARE(after[t].value(u"card").toInteger(), before[t].value(u"card").toInteger());
        QCOMPARE(statuses(inspect(box, 1, 1)), statuses(one));
        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 1);
        QCOMPARE(bakes[0].toObject().value(u"attempt").toInt(), 2);
        QCOMPARE(bakes[0].toObject().value(u"status").toString(), u"succeeded"_s);
        CHECK_EXIT(box.wfs({u"inspect"_s, u"1"_s, u"--attempt"_s, u"3"_s}), 2);
    }

    void killedRunnerIsInterruptedThenRestarted()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/crash.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: quick"_s,
                                u"    bash: echo run >> quick.runs"_s, u"  - id: long"_s, u"    bash: |"_s,
                                u"      echo run >> long.runs"_s, u"      if [ ! -e long.second ]; then"_s,
                                u"        touch long.second"_s, u"        sleep 60 &"_s, u"        echo $! > gc.pid"_s,
                                u"        echo $$ > long.tmp && mv long.tmp long.pid"_s, u"        wait"_s,
                                u"      fi"_s, u"  - id: after"_s, u"    bash: echo run >> after.runs"_s})));
        auto bake = box.start({u"bake"_s, u"crash"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 child = box.pid(u"long.pid"_s);
        const qint64 grandchild = box.pid(u"gc.pid"_s);
        QCOMPARE(::kill(pid_t(bake->processId()), SIGKILL), 0);
        QVERIFY(bake->waitForFinished(10000));

        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes.size(), 1);
        QCOMPARE(bakes[0].toObject().value(u"status").toString(), u"interrupted"_s);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"interrupted"_s);
        QCOMPARE(statuses(in), (QStringList{u"quick=succeeded"_s, u"long=running"_s, u"after=pending"_s}));
        const CliResult table = box.wfs({u"inspect"_s, u"1"_s});
        QVERIFY(table.out.startsWith(u"bake 1, attempt 1: interrupted\n"_s));
        // The task outlived its runner: it is in a group of its own.
        QVERIFY(processAlive(child));
        QVERIFY(processAlive(grandchild));

        const CliResult r = box.wfs({u"restart"_s, u"1"_s, u"--from-failed"_s});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains(u"bake 1 (attempt 2) succeeded"_s), qPrintable(r.out));
        QVERIFY(processGone(child));
        QVERIFY(processGone(grandchild));
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"quick=succeeded"_s, u"long=succeeded"_s, u"after=succeeded"_s}));
        // The first attempt keeps its history, with nothing running for ever.
        const QJsonObject first = inspect(box, 1, 1);
        QCOMPARE(statuses(first), (QStringList{u"quick=succeeded"_s, u"long=cancelled"_s, u"after=pending"_s}));
        QCOMPARE(tasksById(first)[u"long"_s].value(u"message").toString(), u"interrupted: its runner was gone"_s);
        QCOMPARE(box.lines(u"quick.runs"_s).size(), 1);
        QCOMPARE(box.lines(u"long.runs"_s).size(), 2);
        QCOMPARE(box.lines(u"after.runs"_s).size(), 1);
        QCOMPARE(box.json({u"bakes"_s, u"--json"_s}).toArray()[0].toObject().value(u"status").toString(), u"succeeded"_s);
    }

    void cancelAnInterruptedBake()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/orphan.yml"_s,
                          yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s} + longTask(u"long"_s)
                               + QStringList{u"  - id: after"_s, u"    bash: touch after.ran"_s})));
        auto bake = box.start({u"bake"_s, u"orphan"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QVERIFY(waitFor([&] { return box.pid(u"long.pid"_s) > 0; }));
        const qint64 child = box.pid(u"long.pid"_s);
        const qint64 grandchild = box.pid(u"long.gc"_s);
        QCOMPARE(::kill(pid_t(bake->processId()), SIGKILL), 0);
        QVERIFY(bake->waitForFinished(10000));
        QCOMPARE(inspect(box, 1).value(u"status").toString(), u"interrupted"_s);

        const CliResult c = box.wfs({u"cancel"_s, u"1"_s});
        CHECK_EXIT(c, 0);
        QCOMPARE(c.out, u"bake 1 was interrupted; its leftover tasks are cancelled\n"_s);
        QVERIFY(processGone(child));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
        const QJsonObject in = inspect(box, 1);
        QCOMPARE(in.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(statuses(in), (QStringList{u"long=cancelled"_s, u"after=cancelled"_s}));
        const Graph g = box.graph();
        QCOMPARE(g.node(tasksById(in)[u"long"_s].value(u"card").toInteger()).value(u"status").toString(),
                 u"cancelled"_s);
    }

    void graphCardsAndVersionedInputs()
    {
        Sandbox box;
        QVERIFY(box.write(u"data/a.txt"_s, u"alpha\n"_s));
        QVERIFY(box.write(u".apolo/lineage.yml"_s,
                          yaml({u"kind: batch"_s, u"title: Lineage"_s, u"tasks:"_s, u"  - id: prep"_s,
                                u"    inputs: [\"project:data\"]"_s, u"    outputs: [\"file:out/prep.txt\"]"_s,
                                u"    bash: |"_s, u"      mkdir -p out; cat data/*.txt > out/prep.txt"_s,
                                u"      echo ::set-output name=n::1"_s, u"      echo run >> prep.runs"_s,
                                u"  - id: use"_s, u"    outputs: [\"file:out/use.txt\"]"_s,
                                u"    bash: cp out/prep.txt out/use.txt"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        auto cardsOf = [&g](const QString &group) {
            QHash<QString, QJsonObject> cards;
            for (const QJsonObject &t : g.ofKind(u"task"_s)) {
                if (t.value(u"group").toString() == group)
                    cards.insert(t.value(u"title").toString(), t);
            }
            return cards;
        };
        auto cards = cardsOf(u"bake 1 · Lineage"_s);
        QCOMPARE(cards.size(), 2);
        const qint64 prep = cards[u"prep"_s].value(u"id").toInteger();
        const qint64 use = cards[u"use"_s].value(u"id").toInteger();
        QCOMPARE(cards[u"prep"_s].value(u"status").toString(), u"succeeded"_s);
        QCOMPARE(tasksById(inspect(box, 1))[u"prep"_s].value(u"card").toInteger(), prep);
        const qint64 project = g.idOf(u"project"_s, box.path(u"data"_s));
        QVERIFY(project > 0);
        QList<QJsonObject> versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0].value(u"project").toInteger(), project);
        const qint64 v1 = versions[0].value(u"id").toInteger();
        const qint64 prepOut = g.idOf(u"file"_s, box.path(u"out/prep.txt"_s));
        const qint64 useOut = g.idOf(u"file"_s, box.path(u"out/use.txt"_s));
        QVERIFY(prepOut > 0 && useOut > 0);
        QCOMPARE(g.edgeSet(), (EdgeSet{{prep, use}, {v1, prep}, {prep, prepOut}, {use, useOut}}));

        // Nothing changed: both from the cache, same version.
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        QCOMPARE(statuses(inspect(box, 2)), (QStringList{u"prep=cached"_s, u"use=cached"_s}));
        g = box.graph();
        QCOMPARE(g.ofKind(u"project_version"_s).size(), 1);
        cards = cardsOf(u"bake 2 · Lineage"_s);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards[u"prep"_s].value(u"status").toString(), u"cached"_s);
        QVERIFY(g.edgeSet().contains({cards[u"prep"_s].value(u"id").toInteger(), cards[u"use"_s].value(u"id").toInteger()}));

        // A changed input folder is a new version and a changed definition; what `use` gets from
        // prep is the same, so it stays cached.
        QVERIFY(box.write(u"data/a.txt"_s, u"beta\n"_s));
        CHECK_EXIT(box.wfs({u"bake"_s, u"lineage"_s}), 0);
        QCOMPARE(statuses(inspect(box, 3)), (QStringList{u"prep=succeeded"_s, u"use=cached"_s}));
        QCOMPARE(box.lines(u"prep.runs"_s).size(), 2);
        g = box.graph();
        versions = g.ofKind(u"project_version"_s);
        QCOMPARE(versions.size(), 2);
        const qint64 prep3 = cardsOf(u"bake 3 · Lineage"_s)[u"prep"_s].value(u"id").toInteger();
        qint64 v2 = 0;
        for (const QJsonObject &v : versions) {
            if (v.value(u"number").toInt() == 2)
                v2 = v.value(u"id").toInteger();
        }
        QVERIFY(g.edgeSet().contains({v2, prep3}));
    }

    void inspectDotIsTheTaskGraph()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/dot.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: exit 0"_s, u"  - id: b"_s,
                                u"    bash: exit 0"_s, u"  - id: c"_s, u"    needs: [a]"_s, u"    bash: exit 0"_s,
                                u"  - id: d"_s, u"    needs: [b, c]"_s, u"    bash: exit 0"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"dot"_s}), 0);
        const CliResult r = box.wfs({u"inspect"_s, u"1"_s, u"--dot"_s});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.startsWith(u"digraph \"bake 1\" {\n"_s));
        QVERIFY(r.out.endsWith(u"}\n"_s));
        static const QRegularExpression edge(u"^  \"([^\"]+)\" -> \"([^\"]+)\";$"_s, QRegularExpression::MultilineOption);
        QSet<QString> edges;
        for (auto it = edge.globalMatch(r.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            edges.insert(m.captured(1) + u"->"_s + m.captured(2));
        }
        // b needs the task before it by default.
        QCOMPARE(edges, (QSet<QString>{u"a->b"_s, u"a->c"_s, u"b->d"_s, u"c->d"_s}));

        // Graphviz reads it as the same graph.
        const QString dot = QStandardPaths::findExecutable(u"dot"_s);
        if (dot.isEmpty())
            QSKIP("Graphviz's dot is not installed");
        QProcess p;
        p.start(dot, {u"-Tplain"_s});
        QVERIFY(p.waitForStarted());
        p.write(r.out.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QSet<QString> plainEdges;
        QSet<QString> plainNodes;
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
            const QStringList w = line.split(u' ');
            if (w.value(0) == u"edge")
                plainEdges.insert(w.value(1) + u"->"_s + w.value(2));
            else if (w.value(0) == u"node")
                plainNodes.insert(w.value(1));
        }
        QCOMPARE(plainEdges, edges);
        QCOMPARE(plainNodes, (QSet<QString>{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    }

    void showPrintsTheLog()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/show.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: talk"_s, u"    bash: |"_s,
                                u"      echo line one"_s, u"      echo line two >&2"_s, u"      printf 'no newline'"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"show"_s}), 0);
        const CliResult r = box.wfs({u"show"_s, u"1"_s, u"talk"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, u"line one\nline two\nno newline"_s);
        const CliResult follow = box.wfs({u"show"_s, u"1"_s, u"talk"_s, u"--follow"_s});
        CHECK_EXIT(follow, 0);
        QCOMPARE(follow.out, r.out);
        const CliResult unknown = box.wfs({u"show"_s, u"1"_s, u"nope"_s});
        CHECK_EXIT(unknown, 2);
        QVERIFY(unknown.err.contains(u"bake 1 has no task 'nope'"_s));
    }

    void showFollowsATaskThatHasNotStarted()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/follow.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: first"_s,
                                u"    bash: while [ ! -e go ]; do sleep 0.02; done"_s, u"  - id: second"_s,
                                u"    bash: |"_s, u"      echo hello"_s, u"      sleep 0.3"_s, u"      echo bye"_s})));
        auto bake = box.start({u"bake"_s, u"follow"_s});
        QCOMPARE(firstLine(*bake), u"1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tasksById(inspect(box, 1))[u"first"_s].value(u"status").toString(), u"running"_s,
                                  10000);
        auto follow = box.start({u"show"_s, u"1"_s, u"second"_s, u"--follow"_s});
        QVERIFY(box.write(u"go"_s, QString()));
        QVERIFY(follow->waitForFinished(30000));
        QCOMPARE(follow->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(follow->readAllStandardOutput()), u"hello\nbye\n"_s);
        QCOMPARE(QString::fromUtf8(follow->readAllStandardError()), QString());
        QVERIFY(bake->waitForFinished(30000));
        QCOMPARE(bake->exitCode(), 0);
    }

    void cacheSeesFileAndFolderInputsAndMissingOutputs()
    {
        Sandbox box;
        QVERIFY(box.write(u"cfg.txt"_s, u"a\n"_s));
        QVERIFY(box.write(u"fold/one.txt"_s, u"1\n"_s));
        QVERIFY(box.write(u".apolo/paths.yml"_s,
                          yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: t"_s,
                                u"    inputs: [\"file:cfg.txt\", \"folder:fold\"]"_s, u"    outputs: [\"file:out.txt\"]"_s,
                                u"    bash: echo run >> t.runs; cat cfg.txt > out.txt"_s})));
        int bake = 0;
        auto bakeOnce = [&box, &bake] {
            const CliResult r = box.wfs({u"bake"_s, u"paths"_s});
            ++bake;
            return r.exitCode == 0 ? tasksById(inspect(box, bake))[u"t"_s].value(u"status").toString() : describe(r);
        };
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(box.write(u"cfg.txt"_s, u"bb\n"_s)); // another size: a change whatever the clock's resolution
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(box.read(u"out.txt"_s), u"bb\n"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(box.write(u"fold/sub/two.txt"_s, u"2\n"_s));
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(bakeOnce(), u"cached"_s);
        QVERIFY(QFile::remove(box.path(u"out.txt"_s)));
        QCOMPARE(bakeOnce(), u"succeeded"_s);
        QCOMPARE(box.read(u"out.txt"_s), u"bb\n"_s);
        QCOMPARE(box.lines(u"t.runs"_s).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBakeState)
#include "tst_bakestate.moc"
