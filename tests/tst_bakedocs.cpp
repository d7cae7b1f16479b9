// The examples of Apolo's documentation (tests/fixtures/apolo, each naming its source) baked for
// real: every expanded task runs and ends as Apolo would end it. Also the contexts Apolo
// documents (batch-contexts.md) as commands read them: `git` (git.sha, git.branch and git.tags
// from the repository holding the flow's project folder, as context.py's GitCtx reads them; a
// flow that reads git outside a repository, or an attribute git does not have, is refused at
// its line before anything runs), `tags` (defaults.tags with Apolo's system tags project:ID
// and flow:ID, context.py's setup_defaults_env_tags_ctx) and `matrix` (values keep their type).

#include "tests/BakeTestSupport.h"

#include <QFile>
#include <QStandardPaths>

using namespace baketest;

namespace {

// Runs git in `folder` with a fixed identity; its trimmed output, or "git failed: ..." to compare.
QString git(const QString &folder, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.org"_s,
                                  u"-c"_s, u"init.defaultBranch=main"_s}
                          + args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"git failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Keeps git from finding a repository above the sandbox (a temporary folder inside a checkout).
QProcessEnvironment ceilingAt(const Sandbox &box)
{
    QProcessEnvironment env;
    env.insert(u"GIT_CEILING_DIRECTORIES"_s, QFileInfo(box.project()).absolutePath());
    return env;
}

// A folder for PATH holding `git`, a script that logs its arguments to LOG and then runs the
// real git, or (`real` empty) only `bash`: git is then absent.
bool makeBin(const QTemporaryDir &dir, const QString &real, const QString &log)
{
    if (real.isEmpty())
        return QFile::link(QStandardPaths::findExecutable(u"bash"_s), dir.filePath(u"bash"_s));
    QFile git(dir.filePath(u"git"_s));
    return git.open(QIODevice::WriteOnly)
        && git.write(u"#!/bin/sh\necho \"$*\" >> '%1'\nexec '%2' \"$@\"\n"_s.arg(log, real).toUtf8()) > 0
        && git.setPermissions(git.permissions() | QFileDevice::ExeOwner);
}

QString showingFlow(const QStringList &defaults, const QStringList &command)
{
    return yaml(QStringList{u"kind: batch"_s, u"defaults:"_s, noCache} + defaults
                + QStringList{u"tasks:"_s, u"  - id: show"_s, u"    bash: |"_s} + command);
}

} // namespace

class TestBakeDocs : public BakeSuite
{
    Q_OBJECT

private slots:
    void docExamplesBake_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("matrix example 1") << u"matrix-example1"_s
                                          << QStringList{u"example_a=succeeded"_s, u"example_b=succeeded"_s};
        QTest::newRow("matrix exclude") << u"matrix-exclude"_s
                                        << QStringList{u"a_x_2=succeeded"_s, u"a_y_1=succeeded"_s, u"a_y_2=succeeded"_s,
                                                       u"b_x_1=succeeded"_s, u"b_x_2=succeeded"_s};
        QTest::newRow("matrix include") << u"matrix-include"_s
                                        << QStringList{u"a_x=succeeded"_s, u"a_y=succeeded"_s, u"b_x=succeeded"_s,
                                                       u"b_y=succeeded"_s, u"a_z=succeeded"_s};
        QTest::newRow("needs example 2") << u"needs-example2"_s
                                         << QStringList{u"task_1=succeeded"_s, u"task_2=succeeded"_s,
                                                        u"task_3=succeeded"_s};
        QTest::newRow("needs example 3") << u"needs-example3"_s
                                         << QStringList{u"task_1=succeeded"_s, u"task_2=succeeded"_s,
                                                        u"task_3=succeeded"_s};
    }

    void docExamplesBake()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, statuses);
        QFile source(QFINDTESTDATA(u"fixtures/apolo/"_s + fixture + u".yml"_s));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(fixture));
        Sandbox box;
        QVERIFY(box.write(u".apolo/"_s + fixture + u".yml"_s, QString::fromUtf8(source.readAll())));
        const CliResult r = box.wfs({u"bake"_s, fixture});
        CHECK_EXIT(r, 0);
        QCOMPARE(baketest::statuses(inspect(box, 1)), statuses);
    }

    // neuro-flow's own flows (tests/fixtures/apolo/neuro-flow), baked: the final statuses its
    // executor tests expect (test_batch_exector.py). The flow goes to .apolo/, the actions it
    // calls to the project folder.
    void neuroFlowBakes_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QStringList>("statuses");
        // test_enable_cancels_depending_tasks: nothing runs.
        QTest::newRow("first disabled") << u"batch-first-disabled"_s << QStringList() << 0
                                        << QStringList{u"task-1=skipped"_s, u"task-2=skipped"_s, u"task-3=skipped"_s,
                                                       u"task-4=skipped"_s};
        // test_disabled_task_is_not_required: task_4 needs task_3, not the disabled task_2.
        QTest::newRow("disabled not needed") << u"batch-disabled-not-needed"_s << QStringList() << 0
                                             << QStringList{u"task_1=succeeded"_s, u"task_2=skipped"_s,
                                                            u"task_3=succeeded"_s, u"task_4=succeeded"_s};
        // test_always_after_disabled.
        QTest::newRow("always after disabled") << u"batch-disabled-but-always"_s << QStringList() << 0
                                               << QStringList{u"task_1=skipped"_s, u"task_2=succeeded"_s};
        // test_early_graph: an action's output is the next calls' arg.
        QTest::newRow("early graph") << u"early_graph/batch"_s
                                     << QStringList{u"early_graph/action-1"_s, u"early_graph/action-2"_s} << 0
                                     << QStringList{u"first_ac.task_2=succeeded"_s, u"first_ac=succeeded"_s,
                                                    u"second.task-1-o1-t1=succeeded"_s, u"second.task-1-o2-t1=succeeded"_s,
                                                    u"second.task-1-o2-t2=succeeded"_s, u"second.task-1-o3-t3=succeeded"_s,
                                                    u"second.task_2=succeeded"_s, u"second=succeeded"_s,
                                                    u"third.task-1-o1-t1=succeeded"_s, u"third.task-1-o2-t1=succeeded"_s,
                                                    u"third.task-1-o2-t2=succeeded"_s, u"third.task-1-o3-t3=succeeded"_s,
                                                    u"third.task_2=succeeded"_s, u"third=succeeded"_s};
        // test_local_action: local calls copy a file before the remote task reads the result.
        QTest::newRow("local actions") << u"local_actions/call-cp"_s
                                       << QStringList{u"local_actions/shell"_s, u"local_actions/cp"_s,
                                                      u"local_actions/python"_s}
                                       << 0
                                       << QStringList{u"make_file=succeeded"_s, u"copy_file=succeeded"_s,
                                                      u"verify_copy=succeeded"_s, u"remote_task=succeeded"_s};
        // test_action_with_local_action: the same local calls inside a batch action (nested calls).
        QTest::newRow("local actions in an action")
            << u"local_actions/call-batch-action-with-local"_s
            << QStringList{u"local_actions/call-cp"_s, u"local_actions/shell"_s, u"local_actions/cp"_s,
                           u"local_actions/python"_s}
            << 0
            << QStringList{u"call_action.make_file=succeeded"_s, u"call_action.copy_file=succeeded"_s,
                           u"call_action.verify_copy=succeeded"_s, u"call_action.remote_task=succeeded"_s,
                           u"call_action=succeeded"_s};
        // test_bake_marked_as_failed_on_eval_error_in_local.
        QTest::newRow("bad local") << u"local_actions/call-bad-local"_s << QStringList{u"local_actions/bad-local"_s} << 1
                                   << QStringList{u"bad=failed"_s, u"remote_task=skipped"_s};
    }

    void neuroFlowBakes()
    {
        QFETCH(QString, flow);
        QFETCH(QStringList, actions);
        QFETCH(int, exit);
        QFETCH(QStringList, statuses);
        Sandbox box;
        const QString id = flow.section(u'/', -1);
        for (const QString &file : QStringList{flow} + actions) {
            QFile source(QFINDTESTDATA(u"fixtures/apolo/neuro-flow/"_s + file + u".yml"_s));
            QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(file));
            const QString name = file.section(u'/', -1) + u".yml"_s;
            QVERIFY(box.write(file == flow ? u".apolo/"_s + name : name, QString::fromUtf8(source.readAll())));
        }
        const CliResult r = box.wfs({u"bake"_s, id});
        CHECK_EXIT(r, exit);
        QCOMPARE(baketest::statuses(inspect(box, 1)), statuses);
    }

    void gitComesFromTheProjectRepository()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/show.yml"_s,
                          showingFlow({}, {u"      echo '${{ git.sha }}' > sha.txt"_s,
                                           u"      echo '${{ git.branch }}' > branch.txt"_s,
                                           u"      echo \"${{ git.tags }}\" > tags.txt"_s})));
        QCOMPARE(git(box.project(), {u"init"_s, u"-q"_s}), QString());
        QCOMPARE(git(box.project(), {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"one"_s}), QString());
        QCOMPARE(git(box.project(), {u"tag"_s, u"v1.0"_s}), QString());
        QCOMPARE(git(box.project(), {u"tag"_s, u"best"_s}), QString());
        const QString sha = git(box.project(), {u"rev-parse"_s, u"HEAD"_s});
        QCOMPARE(sha.size(), 40);
        const CliResult r = box.wfs({u"bake"_s, u"show"_s}, ceilingAt(box));
        CHECK_EXIT(r, 0);
        QCOMPARE(box.read(u"sha.txt"_s), sha + u'\n');
        QCOMPARE(box.read(u"branch.txt"_s), u"main\n"_s);
        QCOMPARE(box.read(u"tags.txt"_s), u"['best', 'v1.0']\n"_s);
    }

    void gitOutsideARepositoryIsRefusedAtItsLine_data()
    {
        QTest::addColumn<bool>("repository");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("no repository") << false << u"git.sha"_s << u"in a git repository"_s;
        QTest::newRow("whole context") << false << u"git"_s << u"in a git repository"_s;
        QTest::newRow("unknown attribute") << true << u"git.commit"_s << u"git has no 'commit' (it has sha, branch, tags)"_s;
    }

    void gitOutsideARepositoryIsRefusedAtItsLine()
    {
        QFETCH(bool, repository);
        QFETCH(QString, expression);
        QFETCH(QString, message);
        Sandbox box;
        QVERIFY(box.write(u".apolo/show.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - id: show"_s,
                                u"    bash: echo ${{ "_s + expression + u" }} > out.txt"_s})));
        if (repository) {
            QCOMPARE(git(box.project(), {u"init"_s, u"-q"_s}), QString());
            QCOMPARE(git(box.project(), {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"one"_s}), QString());
        }
        const CliResult r = box.wfs({u"bake"_s, u"show"_s}, ceilingAt(box));
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(u"show.yml:6:"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!box.exists(u"out.txt"_s));
    }

    // wfs run-job refuses a live job that reads git outside a repository as a bake does, at its line.
    void liveJobReadingGitOutsideARepositoryIsRefusedAtItsLine()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/live.yml"_s, yaml({u"kind: live"_s, u"jobs:"_s, u"  show:"_s,
                                                      u"    bash: echo ${{ git.sha }} > out.txt"_s})));
        const CliResult r = box.wfs({u"run-job"_s, u"show"_s, u"--wait"_s}, ceilingAt(box));
        CHECK_EXIT(r, 2);
        QVERIFY2(oneErrorLine(r), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"wfs: "_s + box.path(u".apolo/live.yml:4:11: jobs.show.bash: in '${{ git.sha }}': "
                                                        u"the git context needs the flow's project folder in a git "
                                                        u"repository: "_s)),
                 qPrintable(r.err));
        QVERIFY(!box.exists(u"out.txt"_s));
    }

    // The same when the git read is in the flow's images (neuro-inc/mlops-job-deploy-app's live.yml
    // tags its image with git.sha): those are evaluated for every job.
    void imageReadingGitOutsideARepositoryIsRefusedAtItsLine()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/live.yml"_s,
                          yaml({u"kind: live"_s, u"images:"_s, u"  app:"_s,
                                u"    ref: $[[ fmt(\"image:{}:{}\", project.id, git.sha) ]]"_s, u"jobs:"_s,
                                u"  show:"_s, u"    bash: echo shown > out.txt"_s})));
        const CliResult r = box.wfs({u"run-job"_s, u"show"_s, u"--wait"_s}, ceilingAt(box));
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(u"wfs: "_s + box.path(u".apolo/live.yml:4:10: images.app.ref: in '$[[ fmt(\"image:{}:{}\", "
                                                        u"project.id, git.sha) ]]': the git context needs the flow's "
                                                        u"project folder in a git repository: "_s)),
                 qPrintable(r.err));
        QVERIFY(!box.exists(u"out.txt"_s));
    }

    // Git runs only for a flow that reads it: a flow that does not bakes, plans and runs its
    // live jobs without git (outside a repository, or with no git on PATH); one that reads it
    // runs git twice (rev-parse, tag) per process and gets sha, branch and tags.
    void gitRunsOnlyForAFlowThatReadsIt()
    {
        Sandbox box;
        QTemporaryDir bin;
        const QString log = bin.filePath(u"git.log"_s);
        QVERIFY(makeBin(bin, QStandardPaths::findExecutable(u"git"_s), log));
        QProcessEnvironment env = ceilingAt(box);
        env.insert(u"PATH"_s, bin.path() + u':' + qEnvironmentVariable("PATH"));
        QVERIFY(box.write(u".apolo/plain.yml"_s, showingFlow({}, {u"      echo plain > plain.txt"_s})));
        QVERIFY(box.write(u".apolo/live.yml"_s, yaml({u"kind: live"_s, u"jobs:"_s, u"  job:"_s,
                                                      u"    bash: echo live > live.txt"_s})));
        QVERIFY(box.write(u".apolo/show.yml"_s,
                          showingFlow({}, {u"      echo \"${{ git.sha }} ${{ git.branch }} ${{ git.tags }}\" > git.txt"_s})));
        CHECK_EXIT(box.wfs({u"bake"_s, u"plain"_s}, env), 0);
        CHECK_EXIT(box.wfs({u"bake"_s, u"plain"_s, u"--dry-run"_s}, env), 0);
        CHECK_EXIT(box.wfs({u"run-job"_s, u"job"_s, u"--wait"_s}, env), 0);
        QCOMPARE(box.read(u"live.txt"_s), u"live\n"_s);
        QVERIFY2(!QFile::exists(log), qPrintable(QFile::exists(log) ? u"git ran: "_s + box.read(log) : QString()));

        QCOMPARE(git(box.project(), {u"init"_s, u"-q"_s}), QString());
        QCOMPARE(git(box.project(), {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"one"_s}), QString());
        QCOMPARE(git(box.project(), {u"tag"_s, u"v1"_s}), QString());
        CHECK_EXIT(box.wfs({u"bake"_s, u"show"_s}, env), 0);
        QCOMPARE(box.read(u"git.txt"_s), git(box.project(), {u"rev-parse"_s, u"HEAD"_s}) + u" main ['v1']\n"_s);
        QFile ran(log);
        QVERIFY(ran.open(QIODevice::ReadOnly));
        const QString project = QFileInfo(box.project()).absoluteFilePath();
        QCOMPARE(QString::fromUtf8(ran.readAll()), u"-C %1 rev-parse HEAD --abbrev-ref HEAD\n-C %1 tag --points-at HEAD\n"_s.arg(project));

        // No git at all: only the flow that reads it is refused.
        QTemporaryDir noGit;
        QVERIFY(makeBin(noGit, QString(), QString()));
        env.insert(u"PATH"_s, noGit.path());
        CHECK_EXIT(box.wfs({u"bake"_s, u"plain"_s}, env), 0);
        const CliResult refused = box.wfs({u"bake"_s, u"show"_s}, env);
        CHECK_EXIT(refused, 2);
        QVERIFY2(refused.err.contains(u"show.yml:6:11: tasks[0].bash: "_s) && refused.err.contains(u"the git program could not be started"_s),
                 qPrintable(refused.err));
    }

    void tagsAreTheDefaultsWithApolosSystemTags()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/my_flow.yml"_s,
                          showingFlow({u"  tags: [team-a, '${{ flow.title }}']"_s},
                                      {u"      echo \"${{ tags }}\" > tags.txt"_s,
                                       u"      echo '${{ len(tags) }}' > count.txt"_s})));
        const CliResult r = box.wfs({u"bake"_s, u"my_flow"_s}, ceilingAt(box));
        CHECK_EXIT(r, 0);
        // Apolo's system tags write ids in lowercase with '-' for '_'; the flow's title is its id.
        QCOMPARE(box.read(u"tags.txt"_s), u"['flow:my-flow', 'my_flow', 'project:project', 'team-a']\n"_s);
        QCOMPARE(box.read(u"count.txt"_s), u"4\n"_s);
    }

    // The `matrix` context keeps what the YAML wrote: 1.0 is a float (Apolo's PyYAML reads it
    // so and Python prints it "1.0"), in ids, commands and the dry run alike, and its keys
    // keep their written order with ORDINAL last (context.py, setup_matrix).
    void matrixValuesKeepTheirType()
    {
        Sandbox box;
        QVERIFY(box.write(u".apolo/sweep.yml"_s,
                          yaml({u"kind: batch"_s, u"defaults:"_s, noCache, u"tasks:"_s, u"  - strategy:"_s,
                                u"      matrix: {lr: [1.0, 0.5], bs: [8]}"_s,
                                u"    bash: echo \"${{ matrix.lr }} ${{ str(matrix.lr * 2) }} ${{ keys(matrix) }}\""
                                u" > out-${{ matrix.ORDINAL }}.txt"_s})));
        const CliResult plan = box.wfs({u"bake"_s, u"sweep"_s, u"--dry-run"_s}, ceilingAt(box));
        CHECK_EXIT(plan, 0);
        QVERIFY2(plan.out.contains(u"task-1-8-1_0\tneeds: -\tmatrix: lr=1.0, bs=8\t"_s), qPrintable(plan.out));
        const CliResult r = box.wfs({u"bake"_s, u"sweep"_s}, ceilingAt(box));
        CHECK_EXIT(r, 0);
        QCOMPARE(statuses(inspect(box, 1)), (QStringList{u"task-1-8-1_0=succeeded"_s, u"task-1-8-0_5=succeeded"_s}));
        QCOMPARE(box.read(u"out-0.txt"_s), u"1.0 2.0 ['lr', 'bs', 'ORDINAL']\n"_s);
        QCOMPARE(box.read(u"out-1.txt"_s), u"0.5 1.0 ['lr', 'bs', 'ORDINAL']\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestBakeDocs)
#include "tst_bakedocs.moc"
