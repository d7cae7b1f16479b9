// Workflow files and command lines that must not run anything: errors at their line and column,
// params from the command line, params without a default, platform-only keys, missing files.

#include "tests/BakeTestSupport.h"

#include <QStandardPaths>

using namespace baketest;

class TestBakeErrors : public BakeSuite
{
    Q_OBJECT

private slots:
    void paramsFromTheCommandLine()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/params.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  name: world"_s, u"  count:"_s, u"    default: 2"_s,
                                u"    descr: how many"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: p"_s,
                                u"    bash: echo \"${{ params.name }} x${{ params.count }}\" >> p.txt"_s})));
        const CliResult unknown = box.wfs({u"bake"_s, u"params"_s, u"-p"_s, u"nope"_s, u"1"_s});
        CHECK_EXIT(unknown, 2);
        QVERIFY2(oneErrorLine(unknown) && unknown.err.contains(u"unknown param 'nope' of this flow (known: name, count)"_s),
                 qPrintable(unknown.err));
        CHECK_BAKES_EMPTY(box);
        QVERIFY(!box.exists(u"p.txt"_s));

        CHECK_EXIT(box.wfs({u"bake"_s, u"params"_s}), 0);
        CHECK_EXIT(box.wfs({u"bake"_s, u"params"_s, u"-p"_s, u"name"_s, u"Alice"_s, u"--param"_s, u"count"_s, u"5"_s}), 0);
        QCOMPARE(box.lines(u"p.txt"_s), (QStringList{u"world x2"_s, u"Alice x5"_s}));
        const QJsonArray bakes = box.json({u"bakes"_s, u"--json"_s}).toArray();
        QCOMPARE(bakes[0].toObject().value(u"params").toObject(),
                 (QJsonObject{{u"name"_s, u"Alice"_s}, {u"count"_s, u"5"_s}}));
    }

    void errorsInTheFile_data()
    {
        QTest::addColumn<QStringList>("flow");
        QTest::addColumn<QString>("where"); // LINE:COLUMN
        QTest::addColumn<QString>("message");
        const QStringList head{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    bash: touch ran"_s};
        QTest::newRow("bad value") << QStringList{u"kind: batch"_s, u"defaults:"_s, u"  max_parallel: zero"_s,
                                                  u"tasks:"_s, u"  - id: a"_s, u"    bash: touch ran"_s}
                                   << u"3:17"_s
                                   << u"defaults.max_parallel: expected a whole number above 0, found 'zero'"_s;
        QTest::newRow("unknown key") << head + QStringList{u"  - id: b"_s, u"    neds: [a]"_s, u"    bash: touch ran"_s}
                                     << u"6:5"_s << u"tasks[1].neds: unknown key 'neds', did you mean 'needs'?"_s;
        QTest::newRow("cycle") << QStringList{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    needs: [c]"_s,
                                              u"    bash: touch ran"_s, u"  - id: b"_s, u"    needs: [a]"_s,
                                              u"    bash: touch ran"_s, u"  - id: c"_s, u"    needs: [b]"_s,
                                              u"    bash: touch ran"_s}
                               << u"3:5"_s << u"needs: the needs form a cycle (each task needs the next): a -> c -> b -> a"_s;
        QTest::newRow("bad expression") << QStringList{u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s,
                                                       u"    bash: touch ran ${{ params. }}"_s}
                                        << u"4:33"_s << u"tasks[0].bash: in '${{ params. }}': unexpected end of expression"_s;
        QTest::newRow("unknown need") << head + QStringList{u"  - id: b"_s, u"    needs: [z]"_s, u"    bash: touch ran"_s}
                                      << u"6:13"_s << u"needs: needs 'z', which is not a task of this flow (known: a, b)"_s;
        // The first task must not run either: the unknown param is found before anything starts.
        QTest::newRow("unknown param read by a later task")
            << head + QStringList{u"  - id: b"_s, u"    bash: echo ${{ params.epochs }}"_s} << u"6:11"_s
            << u"tasks[1].bash: in '${{ params.epochs }}': the flow has no param 'epochs' (params: none)"_s;
        QTest::newRow("enable neither a flag nor an expression")
            << head + QStringList{u"  - id: b"_s, u"    enable: maybe"_s, u"    bash: touch ran"_s} << u"6:13"_s
            << u"tasks[1].enable: expected true, false or an expression such as ${{ success() }}, found 'maybe'"_s;
        QTest::newRow("images context") << head + QStringList{u"  - id: b"_s, u"    python: print(\"${{ images.img.ref }}\")"_s}
                                        << u"6:13"_s
            << u"tasks[1].python: in '${{ images.img.ref }}': the flow has no image 'img' (images: none)"_s;
    }

    void errorsInTheFile()
    {
        QFETCH(QStringList, flow);
        QFETCH(QString, where);
        QFETCH(QString, message);
        Sandbox box;
        QVERIFY(box.write(u"bad.yml"_s, yaml(flow)));
        const CliResult r = box.wfs({u"bake"_s, u"bad.yml"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r), qPrintable(describe(r)));
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"bad.yml"_s) + u':' + where + u": "_s + message + u'\n');
        QCOMPARE(r.out, QString());
        QVERIFY(!box.exists(u"ran"_s));
        CHECK_BAKES_EMPTY(box);
        const Graph g = box.graph();
        QVERIFY2(g.ok, qPrintable(g.error));
        QVERIFY(g.nodes.isEmpty());
    }

    void platformKeysAreReportedOnce()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/plat.yml"_s,
                          yaml({u"kind: batch"_s, u"mixins:"_s, u"  gpu:"_s, u"    image: ubuntu"_s, u"defaults:"_s,
                                noCache, u"tasks:"_s, u"  - id: a"_s, u"    mixins: [gpu]"_s, u"    bash: touch a.ran"_s,
                                u"  - id: b"_s, u"    mixins: [gpu]"_s, u"    preset: cpu-small"_s,
                                u"    bash: touch b.ran"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"plat"_s});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.err, u"wfs: ignored when running locally: mixins.gpu.image (line 4), tasks[1].preset (line 13)\n"_s);
        QVERIFY(box.exists(u"a.ran"_s));
        QVERIFY(box.exists(u"b.ran"_s));
    }

    void paramWithoutDefaultNeedsAValue()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/need.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  target: ~"_s, u"defaults:"_s, noCache, u"tasks:"_s,
                                u"  - id: t"_s, u"    bash: echo ${{ params.target }} > t.txt"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"need"_s});
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r) && r.err.contains(box.path(u".apolo/need.yml:3:3: params.target: no value: a param without a "
                                                           "default needs one (-p target VALUE)"_s)),
                 qPrintable(r.err));
        CHECK_BAKES_EMPTY(box);
        QVERIFY(!box.exists(u"t.txt"_s));
        CHECK_EXIT(box.wfs({u"bake"_s, u"need"_s, u"-p"_s, u"target"_s, u"x"_s}), 0);
        QCOMPARE(box.read(u"t.txt"_s), u"x\n"_s);
    }

    // Issue 14 item 7: the plan without running anything, with what the cache would answer.
    void dryRunPrintsThePlan()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/dry.yml"_s,
                          yaml({u"kind: batch"_s, u"params:"_s, u"  word: one"_s, u"tasks:"_s, u"  - id: a"_s,
                                u"    bash: echo ::set-output name=w::${{ params.word }}"_s, u"  - id: b"_s,
                                u"    strategy:"_s, u"      matrix: {lr: [0.1, 0.01]}"_s,
                                u"    bash: echo ${{ needs.a.outputs.w }} >> b.runs"_s, u"  - id: c"_s,
                                u"    needs: []"_s, u"    cache: {strategy: none}"_s, u"    bash: 'true'"_s})));
        const QString head = box.path(u".apolo/dry.yml: 4 task(s), nothing run\n"_s);
        const CliResult first = box.wfs({u"bake"_s, u"dry"_s, u"--dry-run"_s});
        CHECK_EXIT(first, 0);
        QCOMPARE(first.out, head + u"a\tneeds: -\tmatrix: -\truns\n"
                                   u"b-0_1\tneeds: a\tmatrix: lr=0.1\tafter its needs\n"
                                   u"b-0_01\tneeds: a\tmatrix: lr=0.01\tafter its needs\n"
                                   u"c\tneeds: -\tmatrix: -\tno cache\n"_s);
        CHECK_BAKES_EMPTY(box);
        QVERIFY(!box.exists(u"b.runs"_s));

        CHECK_EXIT(box.wfs({u"bake"_s, u"dry"_s}), 0);
        const CliResult second = box.wfs({u"bake"_s, u"dry"_s, u"--dry-run"_s});
        CHECK_EXIT(second, 0);
        QCOMPARE(second.out, head + u"a\tneeds: -\tmatrix: -\tcached\n"
                                    u"b-0_1\tneeds: a\tmatrix: lr=0.1\tcached\n"
                                    u"b-0_01\tneeds: a\tmatrix: lr=0.01\tcached\n"
                                    u"c\tneeds: -\tmatrix: -\tno cache\n"_s);
        const CliResult changed = box.wfs({u"bake"_s, u"dry"_s, u"--dry-run"_s, u"-p"_s, u"word"_s, u"two"_s});
        QVERIFY2(changed.out.contains(u"a\tneeds: -\tmatrix: -\truns\n"_s), qPrintable(changed.out));
        QCOMPARE(box.json({u"bakes"_s, u"--json"_s}).toArray().size(), 1);

        QVERIFY(box.write(u"bad.yml"_s, yaml({u"kind: batch"_s, u"tasks:"_s, u"  - id: a"_s, u"    needs: [z]"_s,
                                              u"    bash: 'true'"_s})));
        const CliResult bad = box.wfs({u"bake"_s, u"bad.yml"_s, u"--dry-run"_s});
        CHECK_EXIT(bad, 2);
        QVERIFY2(bad.err.startsWith(u"wfs: "_s + box.path(u"bad.yml:4:13: needs: "_s)), qPrintable(bad.err));
    }

    void missingWorkflowPath()
    {
        Sandbox box;
        const CliResult r = box.wfs({u"bake"_s, u"nothere/x.yml"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.err, u"wfs: "_s + box.path(u"nothere/x.yml"_s) + u": no such workflow file\n"_s);
        CHECK_BAKES_EMPTY(box);
    }
};

QTEST_GUILESS_MAIN(TestBakeErrors)
#include "tst_bakeerrors.moc"
