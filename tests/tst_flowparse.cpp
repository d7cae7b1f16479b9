// The workflow loader on real files: every supported key of batch and live flows, params in both
// forms, needs as a list and as a map, matrices, mixins and their merge rules, the platform-only
// keys it records as ignored, errors at the exact line and column (YAML syntax, unknown keys,
// wrong types, commands, lineage kinds, durations, mixins), and finding a flow by its id.

#include "model/pipelines/FlowParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <initializer_list>

using namespace wfs;
using namespace wfs::pipelines;
using namespace Qt::StringLiterals;

namespace {

QString yaml(std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *line : lines)
        out << QString::fromUtf8(line);
    return out.join(u'\n') + u'\n';
}

QString write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return QFileInfo(path).absoluteFilePath();
}

QString envValue(const ScalarMap &env, const QString &key)
{
    for (const auto &[k, v] : env) {
        if (k == key)
            return v.text;
    }
    return QStringLiteral("<absent>");
}

QStringList envKeys(const ScalarMap &env)
{
    QStringList keys;
    for (const auto &entry : env)
        keys << entry.first;
    return keys;
}

QStringList texts(const std::vector<Scalar> &scalars)
{
    QStringList out;
    for (const Scalar &s : scalars)
        out << s.text;
    return out;
}

QStringList ignoredKeys(const FlowDocument &doc)
{
    QStringList out;
    for (const IgnoredKey &k : doc.ignored)
        out << QStringLiteral("%1@%2:%3").arg(k.key).arg(k.mark.line).arg(k.mark.column);
    return out;
}

} // namespace

class TestFlowParse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, const QString &text) { return write(m_dir.filePath(name), text); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullBatchFlow()
    {
        const QString path = file(QStringLiteral("full.yml"),
                                  yaml({"kind: batch",
                                        "id: full_flow",
                                        "title: Full ${{ params.name }}",
                                        "images:",
                                        "  py:",
                                        "    ref: python:3.11",
                                        "volumes:",
                                        "  data:",
                                        "    remote: storage:data",
                                        "    mount: /data",
                                        "params:",
                                        "  name: world",
                                        "  epochs:",
                                        "    default: 10",
                                        "    descr: How many epochs",
                                        "defaults:",
                                        "  env:",
                                        "    LEVEL: debug",
                                        "  workdir: /work",
                                        "  max_parallel: 4",
                                        "  fail_fast: false",
                                        "  cache:",
                                        "    strategy: default",
                                        "    life_span: 14d",
                                        "  life_span: 1d",
                                        "  preset: cpu-small",
                                        "  tags: [a, b]",
                                        "  schedule_timeout: 1h",
                                        "tasks:",
                                        "  - id: prepare",
                                        "    title: Prepare data",
                                        "    image: ${{ images.py.ref }}",
                                        "    preset: gpu",
                                        "    bash: echo ${{ params.name }}",
                                        "    env:",
                                        "      A: \"1\"",
                                        "      B: 2",
                                        "    workdir: /src",
                                        "    cache:",
                                        "      strategy: none",
                                        "      life_span: 1h30m",
                                        "    inputs: [dataset:raw/images]",
                                        "    outputs:",
                                        "      - folder:prepared",
                                        "  - id: train_${{ matrix.lr }}",
                                        "    needs: [prepare]",
                                        "    enable: ${{ success() }}",
                                        "    strategy:",
                                        "      matrix:",
                                        "        lr: [0.1, 1]",
                                        "      fail_fast: true",
                                        "      max_parallel: 2",
                                        "    python: print(1)",
                                        "    volumes:",
                                        "      - ${{ volumes.data.ref }}",
                                        "    http_port: 8080",
                                        "  - cmd: ./report",
                                        "    needs:",
                                        "      prepare: running",
                                        "      train_0.1: completed"}));
        const FlowDocument doc = FlowParser::parseFile(path);
        QCOMPARE(doc.kind, FlowDocument::Kind::Batch);
        QCOMPARE(doc.file, path);
        QVERIFY(doc.source.startsWith(u"kind: batch\nid: full_flow\n"));
        QCOMPARE(doc.id, u"full_flow"_s);
        QCOMPARE(doc.title.text, u"Full ${{ params.name }}"_s);
        QVERIFY(doc.title.present);
        QCOMPARE(doc.title.mark.toString(), QString(path + u":3:8"));

        QCOMPARE(doc.params.size(), std::size_t(2));
        QCOMPARE(doc.params[0].name, u"name"_s);
        QCOMPARE(doc.params[0].defaultValue, QJsonValue(u"world"_s));
        QCOMPARE(doc.params[0].mark.line, 12);
        QCOMPARE(doc.params[1].defaultValue, QJsonValue(u"10"_s));
        QCOMPARE(doc.params[1].descr, u"How many epochs"_s);

        QCOMPARE(envValue(doc.defaults.env, u"LEVEL"_s), u"debug"_s);
        QCOMPARE(doc.defaults.workdir.text, u"/work"_s);
        QCOMPARE(doc.defaults.maxParallel.text, u"4"_s);
        QCOMPARE(doc.defaults.failFast.text, u"false"_s);
        QCOMPARE(doc.defaults.cache.strategy.text, u"default"_s);
        QCOMPARE(doc.defaults.cache.lifeSpan.text, u"14d"_s);
        QCOMPARE(doc.defaults.cache.lifeSpan.mark.line, 24);
        QCOMPARE(doc.defaults.lifeSpan.text, u"1d"_s);

        QCOMPARE(doc.tasks.size(), std::size_t(3));
        const TaskSpec &prepare = doc.tasks[0];
        QCOMPARE(prepare.mark.line, 30);
        QCOMPARE(prepare.mark.column, 5);
        QCOMPARE(prepare.id.text, u"prepare"_s);
        QCOMPARE(prepare.id.mark.column, 9);
        QCOMPARE(prepare.title.text, u"Prepare data"_s);
        QVERIFY(!prepare.needs.has_value());
        QVERIFY(!prepare.enable.present);
        QVERIFY(prepare.matrix.empty());
        QCOMPARE(prepare.command.bash.text, u"echo ${{ params.name }}"_s);
        QCOMPARE(prepare.command.bash.mark.line, 34);
        QVERIFY(!prepare.command.cmd.present);
        QVERIFY(!prepare.command.python.present);
        QCOMPARE(envKeys(prepare.env), (QStringList{u"A"_s, u"B"_s}));
        QCOMPARE(envValue(prepare.env, u"A"_s), u"1"_s);
        QCOMPARE(envValue(prepare.env, u"B"_s), u"2"_s);
        QCOMPARE(prepare.env[1].second.mark.toString(), QString(path + u":37:10"));
        QCOMPARE(prepare.workdir.text, u"/src"_s);
        QCOMPARE(prepare.cache.strategy.text, u"none"_s);
        QCOMPARE(prepare.cache.lifeSpan.text, u"1h30m"_s);
        QCOMPARE(texts(prepare.inputs), QStringList{u"dataset:raw/images"_s});
        QCOMPARE(prepare.inputs[0].mark.column, 14);
        QCOMPARE(texts(prepare.outputs), QStringList{u"folder:prepared"_s});
        QCOMPARE(prepare.outputs[0].mark.line, 44);

        const TaskSpec &train = doc.tasks[1];
        QCOMPARE(train.id.text, u"train_${{ matrix.lr }}"_s);
        QVERIFY(train.needs.has_value());
        QCOMPARE(train.needs->size(), std::size_t(1));
        QCOMPARE(train.needs->at(0).task, u"prepare"_s);
        QCOMPARE(train.needs->at(0).when, Need::When::Completed);
        QCOMPARE(train.needs->at(0).mark.column, 13);
        QCOMPARE(train.enable.text, u"${{ success() }}"_s);
        QCOMPARE(train.matrix.axes.size(), std::size_t(1));
        QCOMPARE(train.matrix.axes[0].first, u"lr"_s);
        QCOMPARE(train.matrix.axes[0].second, (std::vector<QCborValue>{0.1, 1}));
        QCOMPARE(train.matrix.mark.line, 50);
        QCOMPARE(train.failFast.text, u"true"_s);
        QCOMPARE(train.maxParallel.text, u"2"_s);
        QCOMPARE(train.command.python.text, u"print(1)"_s);

        const TaskSpec &report = doc.tasks[2];
        QVERIFY(!report.id.present);
        QVERIFY(report.id.text.isEmpty());
        QCOMPARE(report.command.cmd.text, u"./report"_s);
        QCOMPARE(report.needs->size(), std::size_t(2));
        QCOMPARE(report.needs->at(0).task, u"prepare"_s);
        QCOMPARE(report.needs->at(0).when, Need::When::Running);
        QCOMPARE(report.needs->at(0).mark.line, 59);
        QCOMPARE(report.needs->at(1).task, u"train_0.1"_s);
        QCOMPARE(report.needs->at(1).when, Need::When::Completed);

        QCOMPARE(ignoredKeys(doc), (QStringList{
                                       u"images@4:1"_s,
                                       u"volumes@7:1"_s,
                                       u"defaults.preset@26:3"_s,
                                       u"defaults.tags@27:3"_s,
                                       u"defaults.schedule_timeout@28:3"_s,
                                       u"tasks[0].image@32:5"_s,
                                       u"tasks[0].preset@33:5"_s,
                                       u"tasks[1].volumes@54:5"_s,
                                       u"tasks[1].http_port@56:5"_s,
                                   }));
        for (const IgnoredKey &k : doc.ignored)
            QCOMPARE(k.mark.file, path);
    }

    void idFromFileName()
    {
        const QString path = file(QStringLiteral("my-nice.flow.yaml"), yaml({"kind: batch", "tasks:", "  - bash: a"}));
        QCOMPARE(FlowParser::parseFile(path).id, u"my_nice.flow"_s);
    }

    // Apolo runs the image's own command for a task or job without one; a local run has no
    // image, so it is accepted, runs nothing, and the missing command is reported once.
    void noCommandIsReportedAsIgnored()
    {
        const FlowDocument batch = FlowParser::parse(yaml({"kind: batch", "tasks:", "  - bash: a", "  - title: nothing",
                                                           "    image: ubuntu"}),
                                                     m_dir.filePath(u"nocmd.yml"_s));
        QCOMPARE(ignoredKeys(batch), (QStringList{u"tasks[1] (no bash, cmd or python: the image's own command)@4:5"_s,
                                                  u"tasks[1].image@5:5"_s}));
        QVERIFY(!batch.tasks[1].command.bash.present && !batch.tasks[1].command.cmd.present);
        const FlowDocument live = FlowParser::parse(yaml({"kind: live", "jobs:", "  web:", "    image: nginx"}),
                                                    m_dir.filePath(u"nocmd-live.yml"_s));
        QCOMPARE(ignoredKeys(live), (QStringList{u"jobs.web.image@4:5"_s,
                                                 u"jobs.web (no bash, cmd or python: the image's own command)@4:5"_s}));
    }

    void paramsBothForms()
    {
        const QString path = file(QStringLiteral("params.yml"),
                                  yaml({"kind: batch",
                                        "params:",
                                        "  text: hello",
                                        "  none: ~",
                                        "  empty: \"\"",
                                        "  quoted: \"10\"",
                                        "  single: 'true'",
                                        "  flag: true",
                                        "  count: -3",
                                        "  ratio: 2.5e3",
                                        "  hex: 0x1F",
                                        "  octal: 0o17",
                                        "  infinity: .inf",
                                        "  expr: ${{ 1 }}",
                                        "  long:",
                                        "    default: False",
                                        "    descr: A switch",
                                        "  described:",
                                        "    descr: no default",
                                        "tasks:",
                                        "  - bash: a"}));
        const FlowDocument doc = FlowParser::parseFile(path);
        QStringList names;
        for (const Param &p : doc.params)
            names << p.name;
        QCOMPARE(names, (QStringList{u"text"_s, u"none"_s, u"empty"_s, u"quoted"_s, u"single"_s, u"flag"_s,
                                     u"count"_s, u"ratio"_s, u"hex"_s, u"octal"_s, u"infinity"_s, u"expr"_s,
                                     u"long"_s, u"described"_s}));
        // Params are text in Apolo: str() of the value PyYAML (YAML 1.1) reads, so True, 31, and
        // 2.5e3 and 0o17 stay as written (a YAML 1.1 float needs a '.' and a signed exponent).
        const std::vector<QJsonValue> expected = {
            QJsonValue(u"hello"_s), QJsonValue(QJsonValue::Null), QJsonValue(u""_s), QJsonValue(u"10"_s),
            QJsonValue(u"true"_s),  QJsonValue(u"True"_s),        QJsonValue(u"-3"_s), QJsonValue(u"2.5e3"_s),
            QJsonValue(u"31"_s),     QJsonValue(u"0o17"_s),        QJsonValue(u"inf"_s),
            QJsonValue(u"${{ 1 }}"_s), QJsonValue(u"False"_s), QJsonValue(QJsonValue::Null)};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(doc.params[i].defaultValue.type(), expected[i].type());
            QCOMPARE(doc.params[i].defaultValue, expected[i]);
        }
        QCOMPARE(doc.params[12].descr, u"A switch"_s);
        QCOMPARE(doc.params[12].mark.toString(), QString(path + u":15:3"));
        QCOMPARE(doc.params[13].descr, u"no default"_s);
        QVERIFY(doc.params[0].descr.isEmpty());
    }

    void matrixWithIncludeAndExclude()
    {
        const QString path = file(QStringLiteral("matrix.yml"),
                                  yaml({"kind: batch",
                                        "tasks:",
                                        "  - id: t_${{ matrix.os }}_${{ matrix.n }}",
                                        "    bash: run",
                                        "    strategy:",
                                        "      matrix:",
                                        "        os: [linux, \"mac\", 'true']",
                                        "        n: [1, 2.0, true, ~]",
                                        "        exclude:",
                                        "          - os: linux",
                                        "            n: 1",
                                        "        include:",
                                        "          - os: windows",
                                        "            n: 3"}));
        const MatrixSpec m = FlowParser::parseFile(path).tasks[0].matrix;
        QVERIFY(!m.empty());
        QCOMPARE(m.mark.line, 7);
        QCOMPARE(m.mark.column, 9);
        QCOMPARE(m.axes.size(), std::size_t(2));
        QCOMPARE(m.axes[0].first, u"os"_s);
        QCOMPARE(m.axes[0].second,
                 (std::vector<QCborValue>{QCborValue(u"linux"_s), QCborValue(u"mac"_s), QCborValue(u"true"_s)}));
        QCOMPARE(m.axes[1].first, u"n"_s);
        QCOMPARE(m.axes[1].second,
                 (std::vector<QCborValue>{QCborValue(1), QCborValue(2.0), QCborValue(true), QCborValue(nullptr)}));
        QVERIFY(m.axes[1].second[1].isDouble()); // 2.0 is a float, as PyYAML reads it
        QCOMPARE(m.exclude.size(), std::size_t(1));
        QCOMPARE(m.exclude[0], (QCborMap{{u"os"_s, u"linux"_s}, {u"n"_s, 1}}));
        QCOMPARE(m.include.size(), std::size_t(1));
        QCOMPARE(m.include[0], (QCborMap{{u"os"_s, u"windows"_s}, {u"n"_s, 3}}));
    }

    void mixinsMerge()
    {
        const QString path = file(QStringLiteral("mixins.yml"),
                                  yaml({"kind: batch",
                                        "mixins:",
                                        "  base:",
                                        "    env:",
                                        "      A: base",
                                        "      B: base",
                                        "    workdir: /base",
                                        "    inputs: [file:a.txt]",
                                        "    image: img",
                                        "  gpu:",
                                        "    inherits: [base]",
                                        "    env:",
                                        "      B: gpu",
                                        "      C: gpu",
                                        "    workdir: /gpu",
                                        "    inputs: [file:b.txt]",
                                        "  other:",
                                        "    workdir: /other",
                                        "    bash: from-mixin",
                                        "tasks:",
                                        "  - mixins: [gpu]",
                                        "    bash: run",
                                        "    env:",
                                        "      C: task",
                                        "    inputs: [file:c.txt]",
                                        "  - inherits: [gpu, other]",
                                        "  - inherits: [other, gpu]",
                                        "    workdir: /own"}));
        const FlowDocument doc = FlowParser::parseFile(path);
        QCOMPARE(doc.tasks.size(), std::size_t(3));

        const TaskSpec &first = doc.tasks[0];
        QCOMPARE(envKeys(first.env), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(envValue(first.env, u"A"_s), u"base"_s);
        QCOMPARE(envValue(first.env, u"B"_s), u"gpu"_s);
        QCOMPARE(envValue(first.env, u"C"_s), u"task"_s);
        QCOMPARE(first.env[2].second.mark.line, 24);
        QCOMPARE(first.env[0].second.mark.line, 5);
        QCOMPARE(first.workdir.text, u"/gpu"_s);
        QCOMPARE(texts(first.inputs), (QStringList{u"file:a.txt"_s, u"file:b.txt"_s, u"file:c.txt"_s}));
        QCOMPARE(first.command.bash.text, u"run"_s);
        QCOMPARE(first.mark.line, 21);

        // The command comes from a mixin; the rightmost mixin's scalar wins.
        const TaskSpec &second = doc.tasks[1];
        QCOMPARE(second.command.bash.text, u"from-mixin"_s);
        QCOMPARE(second.workdir.text, u"/other"_s);
        QCOMPARE(doc.tasks[2].workdir.text, u"/own"_s);
        QCOMPARE(doc.tasks[2].workdir.mark.line, 28);

        // A platform key in a mixin is reported once, where the mixin wrote it.
        QCOMPARE(ignoredKeys(doc), QStringList{u"mixins.base.image@9:5"_s});
    }

    void liveFlow()
    {
        const QString path = write(m_dir.filePath(QStringLiteral("liveproj/.neuro/live.yml")),
                                   yaml({"kind: live",
                                         "title: Live",
                                         "defaults:",
                                         "  env: {X: \"1\"}",
                                         "  workdir: /w",
                                         "  life_span: 2h",
                                         "  preset: cpu",
                                         "mixins:",
                                         "  shared:",
                                         "    env: {SHARED: yes}",
                                         "    http_port: 8080",
                                         "jobs:",
                                         "  notebook:",
                                         "    image: jupyter",
                                         "    bash: jupyter notebook",
                                         "    browse: true",
                                         "    detach: true",
                                         "    port_forward: [\"8888:8888\"]",
                                         "  worker:",
                                         "    mixins: [shared]",
                                         "    multi: true",
                                         "    params:",
                                         "      shard: 0",
                                         "      name:",
                                         "        default: w",
                                         "        descr: Worker name",
                                         "    cmd: python work.py ${{ params.shard }}",
                                         "    outputs: [model_weight:out/w.pt]"}));
        const FlowDocument doc = FlowParser::parseFile(path);
        QCOMPARE(doc.kind, FlowDocument::Kind::Live);
        QCOMPARE(doc.id, u"live"_s);
        QCOMPARE(doc.title.text, u"Live"_s);
        QVERIFY(doc.tasks.empty());
        QCOMPARE(envValue(doc.defaults.env, u"X"_s), u"1"_s);
        QCOMPARE(doc.defaults.workdir.text, u"/w"_s);
        QCOMPARE(doc.defaults.lifeSpan.text, u"2h"_s);

        QCOMPARE(doc.jobs.size(), std::size_t(2));
        const JobSpec *notebook = doc.job(u"notebook"_s);
        QVERIFY(notebook);
        QCOMPARE(notebook->mark.toString(), QString(path + u":13:3"));
        QCOMPARE(notebook->command.bash.text, u"jupyter notebook"_s);
        QVERIFY(!notebook->multi);
        QVERIFY(notebook->params.empty());

        const JobSpec *worker = doc.job(u"worker"_s);
        QVERIFY(worker);
        QVERIFY(worker->multi);
        QCOMPARE(worker->command.cmd.text, u"python work.py ${{ params.shard }}"_s);
        QCOMPARE(envValue(worker->env, u"SHARED"_s), u"yes"_s);
        QCOMPARE(worker->params.size(), std::size_t(2));
        QCOMPARE(worker->params[0].name, u"shard"_s);
        QCOMPARE(worker->params[0].defaultValue, QJsonValue(u"0"_s));
        QCOMPARE(worker->params[1].defaultValue, QJsonValue(u"w"_s));
        QCOMPARE(worker->params[1].descr, u"Worker name"_s);
        QCOMPARE(texts(worker->outputs), QStringList{u"model_weight:out/w.pt"_s});
        QVERIFY(!doc.job(u"nope"_s));

        QCOMPARE(ignoredKeys(doc), (QStringList{u"defaults.preset@7:3"_s, u"mixins.shared.http_port@11:5"_s,
                                                u"jobs.notebook.image@14:5"_s, u"jobs.notebook.browse@16:5"_s,
                                                u"jobs.notebook.detach@17:5"_s,
                                                u"jobs.notebook.port_forward@18:5"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column"); // 0: not checked
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");

        QTest::newRow("yaml syntax") << yaml({"kind: batch", "tasks:", "  - bash: [a, b", "  - cmd: x"}) << 4 << 8
                                     << QString() << u"YAML syntax: end of sequence flow not found"_s;
        QTest::newRow("quote left open to the end")
            << yaml({"kind: batch", "tasks:", "  - id: a", "    bash: \"echo a", "  - id: b", "    bash: echo 'b'"}) << 4 << 11
            << u"tasks[0].bash"_s << u"YAML syntax: the quoted value is not closed"_s;
        QTest::newRow("single quote left open")
            << yaml({"kind: batch", "tasks:", "  - bash: 'it''s", "  - cmd: x"}) << 3 << 11 << u"tasks[0].bash"_s
            << u"YAML syntax: the quoted value is not closed"_s;
        QTest::newRow("yaml tab") << yaml({"kind: batch", "\ttasks: []"}) << 2 << 1 << QString()
                                  << u"YAML syntax: illegal tab when looking for indentation"_s;
        QTest::newRow("unknown key with suggestion")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "  - bsh: b"}) << 4 << 5 << u"tasks[1].bsh"_s
            << u"unknown key 'bsh', did you mean 'bash'?"_s;
        QTest::newRow("unknown key listing the known ones")
            << yaml({"kind: batch", "zzz: 1", "tasks: []"}) << 2 << 1 << u"zzz"_s
            << u"unknown key 'zzz' (known keys: kind, id, title, params, defaults, mixins, tasks, images, volumes, "
               "life_span)"_s;
        QTest::newRow("a list where a mapping belongs")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    env: [A, B]"}) << 4 << 10 << u"tasks[0].env"_s
            << u"expected a mapping, found a list"_s;
        QTest::newRow("tasks as a mapping") << yaml({"kind: batch", "tasks: {a: 1}"}) << 2 << 8 << u"tasks"_s
                                            << u"expected a list, found a mapping"_s;
        QTest::newRow("two commands") << yaml({"kind: batch", "tasks:", "  - bash: a", "    cmd: b"}) << 4 << 5
                                      << u"tasks[0].cmd"_s << u"bash and cmd are mutually exclusive: write only one"_s;
        QTest::newRow("bad inputs kind")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    inputs: [file:a.txt, datset:b]"}) << 4 << 26
            << u"tasks[0].inputs[1]"_s << u"'datset:b' is not KIND:PATH, where KIND is project"_s;
        QTest::newRow("output without a path")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    outputs:", "      - \"folder:\""}) << 5 << 9
            << u"tasks[0].outputs[0]"_s << u"'folder:' names no path"_s;
        QTest::newRow("bad cache duration")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    cache:", "      life_span: 3 days"}) << 5 << 18
            << u"tasks[0].cache.life_span"_s
            << u"'3 days' is not a duration: write a number of seconds or a time like 1d6h15m45s"_s;
        QTest::newRow("bad task life_span")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    life_span: forever"}) << 4 << 16
            << u"tasks[0].life_span"_s << u"'forever' is not a duration"_s;
        QTest::newRow("bad defaults duration")
            << yaml({"kind: batch", "defaults:", "  life_span: soon", "tasks: []"}) << 3 << 14
            << u"defaults.life_span"_s << u"'soon' is not a duration"_s;
        QTest::newRow("inherit outside a task")
            << yaml({"kind: batch", "defaults:", "  cache:", "    strategy: inherit", "tasks: []"}) << 4 << 15
            << u"defaults.cache.strategy"_s << u"expected none or default, found 'inherit'"_s;
        QTest::newRow("max_parallel zero") << yaml({"kind: batch", "defaults:", "  max_parallel: 0", "tasks: []"})
                                           << 3 << 17 << u"defaults.max_parallel"_s
                                           << u"expected a whole number above 0, found '0'"_s;
        QTest::newRow("fail_fast not a bool")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    strategy:", "      fail_fast: maybe"})
            << 5 << 18 << u"tasks[0].strategy.fail_fast"_s << u"expected true or false, found 'maybe'"_s;
        QTest::newRow("kind missing") << yaml({"# a comment", "tasks:", "  - bash: a"}) << 2 << 1 << u"kind"_s
                                      << u"missing: write kind: batch or kind: live"_s;
        QTest::newRow("kind unknown") << yaml({"kind: batches", "tasks: []"}) << 1 << 7 << u"kind"_s
                                      << u"expected batch or live, found 'batches'"_s;
        QTest::newRow("batch flow with jobs") << yaml({"kind: batch", "jobs:", "  a:", "    bash: x"}) << 2 << 1
                                              << u"jobs"_s << u"a batch flow has tasks, not jobs"_s;
        QTest::newRow("live flow with tasks") << yaml({"kind: live", "tasks: []"}) << 2 << 1 << u"tasks"_s
                                              << u"a live flow has jobs, not tasks"_s;
        QTest::newRow("batch flow without tasks") << yaml({"kind: batch", "title: t"}) << 1 << 1 << u"tasks"_s
                                                  << u"missing: a batch flow needs a list of tasks"_s;
        QTest::newRow("duplicate key")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    env:", "      A: 1", "      A: 2"}) << 6 << 7
            << u"tasks[0].env.A"_s << u"duplicate key 'A' (first written at line 5)"_s;
        QTest::newRow("needs state")
            << yaml({"kind: batch", "tasks:", "  - id: a", "    bash: x", "  - bash: y", "    needs:", "      a: started"})
            << 7 << 10 << u"tasks[1].needs.a"_s << u"expected running or completed, found 'started'"_s;
        QTest::newRow("needs as text") << yaml({"kind: batch", "tasks:", "  - bash: y", "    needs: a"}) << 4 << 12
                                       << u"tasks[0].needs"_s << u"expected a list of task ids or a mapping"_s;
        QTest::newRow("columns count characters")
            << yaml({"kind: batch", "title: \"Größe über alles\"", "tasks:", "  - {bash: \"é\", env: {NAMÉ: é, B: [1]}}"})
            << 4 << 35 << u"tasks[0].env.B"_s << u"expected a value, found a list"_s;
        QTest::newRow("matrix value expression")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    strategy:", "      matrix:",
                     "        x: [1, \"${{ params.a }}\"]"})
            << 6 << 21 << u"tasks[0].strategy.matrix.x[1]"_s
            << u"unknown context 'params' (no contexts are available here) (a matrix value may use no contexts"_s;
        QTest::newRow("exclude names no axis")
            << yaml({"kind: batch", "tasks:", "  - bash: a", "    strategy:", "      matrix:", "        x: [1, 2]",
                     "        exclude:", "          - y: 1"})
            << 8 << 13 << u"tasks[0].strategy.matrix.exclude[0].y"_s << u"'y' is not an axis of the matrix"_s;
        QTest::newRow("unknown mixin")
            << yaml({"kind: batch", "mixins:", "  gpu:", "    env: {A: \"1\"}", "tasks:", "  - mixins: [gpx]",
                     "    bash: a"})
            << 6 << 14 << u"tasks[0].mixins[0]"_s << u"unknown mixin 'gpx', did you mean 'gpu'?"_s;
        QTest::newRow("mixin cycle")
            << yaml({"kind: batch", "mixins:", "  a:", "    inherits: [b]", "  b:", "    inherits: [a]", "tasks:",
                     "  - bash: x"})
            << 6 << 16 << u"mixins.b.inherits[0]"_s << u"mixins inherit from each other in a cycle: a -> b -> a"_s;
        QTest::newRow("unknown key in a mixin")
            << yaml({"kind: batch", "mixins:", "  m:", "    workdri: /x", "tasks:", "  - bash: x"}) << 4 << 5
            << u"mixins.m.workdri"_s << u"unknown key 'workdri', did you mean 'workdir'?"_s;
        QTest::newRow("mixin with an id") << yaml({"kind: batch", "mixins:", "  m:", "    id: x", "tasks: []"}) << 4
                                          << 5 << u"mixins.m.id"_s << u"a mixin cannot set a task's id"_s;
        QTest::newRow("action from GitHub") << yaml({"kind: batch", "tasks:", "  - action: gh:org/repo@v1"}) << 3 << 13
                                            << u"tasks[0].action"_s
                                            << u"only workspace actions (ws:NAME) run locally, not 'gh:org/repo@v1'"_s;
        QTest::newRow("unknown live action") << yaml({"kind: live", "jobs:", "  j:", "    action: ws:x"}) << 4 << 13
                                             << u"jobs.j.action"_s << u"there is no action ws:x"_s;
        QTest::newRow("multi from an expression")
            << yaml({"kind: live", "jobs:", "  j:", "    bash: a", "    multi: ${{ true }}"}) << 5 << 12
            << u"jobs.j.multi"_s << u"expected true or false, found an expression"_s;
        QTest::newRow("unclosed expression") << yaml({"kind: batch", "tasks:", "  - bash: echo ${{ params.x"}) << 3
                                             << 0 << u"tasks[0].bash"_s << u"${{ params.x"_s;
        // Only the line: where in the expression the problem lies is Expr's business.
        QTest::newRow("unclosed expression in a block")
            << yaml({"kind: batch", "tasks:", "  - bash: |-", "      echo start", "      echo ${{ params.x"}) << 5 << 0
            << u"tasks[0].bash"_s << u"${{ params.x"_s;
        QTest::newRow("not a mapping") << yaml({"- kind: batch"}) << 1 << 1 << QString()
                                       << u"expected a mapping of keys such as kind and tasks, found a list"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString path = file(QStringLiteral("broken.yml"), text);
        try {
            FlowParser::parseFile(path);
            QFAIL("no FlowError");
        } catch (const FlowError &e) {
            QVERIFY2(e.problem().contains(problem), qPrintable(e.message()));
            QCOMPARE(e.key(), key);
            QCOMPARE(e.mark().file, path);
            QCOMPARE(e.mark().line, line);
            if (column > 0)
                QCOMPARE(e.mark().column, column);
            QVERIFY(e.message().startsWith(e.mark().toString() + u": "));
            QCOMPARE(e.kind(), Error::Kind::Usage);
        }
    }

    void lifeSpanLimitsTasksAndJobs()
    {
        const FlowDocument batch = FlowParser::parse(
            yaml({"kind: batch", "tasks:", "  - id: a", "    life_span: 1h30m", "    bash: a", "  - id: b", "    bash: b"}),
            m_dir.filePath(QStringLiteral("limits.yml")));
        QCOMPARE(batch.tasks[0].lifeSpan.text, u"1h30m"_s);
        QCOMPARE(batch.tasks[0].lifeSpan.mark.line, 4);
        QVERIFY(!batch.tasks[1].lifeSpan.present);
        QVERIFY(batch.ignored.empty());
        const FlowDocument live = FlowParser::parse(
            yaml({"kind: live", "jobs:", "  serve:", "    life_span: 90", "    bash: serve"}),
            m_dir.filePath(QStringLiteral("live.yml")));
        QCOMPARE(live.jobs[0].lifeSpan.text, u"90"_s);
        QVERIFY(live.ignored.empty());
    }

    void unsavedTextParsesAsTheFile()
    {
        const QString text = yaml({"kind: batch", "tasks:", "  - bash: a", "    bsh: b"});
        try {
            FlowParser::parse(text, m_dir.filePath(QStringLiteral("unsaved.yml")));
            QFAIL("no FlowError");
        } catch (const FlowError &e) {
            QCOMPARE(e.message(), QString(m_dir.filePath(QStringLiteral("unsaved.yml"))
                                          + u":4:5: tasks[0].bsh: unknown key 'bsh', did you mean 'bash'?"));
        }
    }

    void findById()
    {
        const QString root = m_dir.filePath(QStringLiteral("proj"));
        const QString body = yaml({"kind: batch", "tasks:", "  - bash: a"});
        const QString apolo = write(root + u"/.apolo/train.yml", body);
        write(root + u"/.neuro/train.yml", body);
        const QString neuro = write(root + u"/.neuro/other.yaml", body);
        const QString nearer = write(root + u"/sub/.neuro/other.yml", body);
        QVERIFY(QDir().mkpath(root + u"/sub/deeper"));

        QCOMPARE(FlowParser::findById(u"train"_s, root), apolo);
        QCOMPARE(FlowParser::findById(u"train"_s, root + u"/sub/deeper"), apolo);
        QCOMPARE(FlowParser::findById(u"other"_s, root), neuro);
        QCOMPARE(FlowParser::findById(u"other"_s, root + u"/sub/deeper"), nearer);
        QVERIFY(FlowParser::findById(u"missing"_s, root + u"/sub/deeper").isEmpty());
        QVERIFY(FlowParser::findById(QString(), root).isEmpty());
    }

    void resolve()
    {
        const QString root = m_dir.filePath(QStringLiteral("res"));
        const QString flow = write(root + u"/.apolo/build.yml", yaml({"kind: batch", "tasks:", "  - bash: a"}));
        const QString loose = write(root + u"/flows/x.yml", yaml({"kind: batch", "tasks:", "  - bash: a"}));

        QCOMPARE(FlowParser::resolve(loose, u"/"_s), loose);
        QCOMPARE(FlowParser::resolve(u"flows/x.yml"_s, root), loose);
        QCOMPARE(FlowParser::resolve(u"build"_s, root + u"/flows"), flow);
        try {
            FlowParser::resolve(u"nope"_s, root);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Usage);
            QCOMPARE(e.message(), u"'nope' is neither a file nor the id of a workflow: looked for .apolo/nope.yml, "
                                  ".apolo/nope.yaml, .neuro/nope.yml, .neuro/nope.yaml in "_s
                                      + root + u" and every folder above it"_s);
        }
    }

    void unreadableFile()
    {
        try {
            FlowParser::parseFile(m_dir.filePath(QStringLiteral("absent.yml")));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().startsWith(u"cannot read "_s + m_dir.filePath(QStringLiteral("absent.yml"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFlowParse)
#include "tst_flowparse.moc"
