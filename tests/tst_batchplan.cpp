#include "model/pipelines/BatchPlan.h"

#include <QtTest>

using namespace wfs::pipelines;
using namespace Qt::StringLiterals;

namespace {

const QString kFile = QStringLiteral("/work/flows/.apolo/demo.yml");

Mark at(int line)
{
    return Mark{kFile, line, 3};
}

Scalar scalar(const QString &text, int line)
{
    Scalar s;
    s.text = text;
    s.mark = at(line);
    s.present = true;
    return s;
}

// A task written at line 10 * (its position + 1); its id (if any) on the same line, column 3.
TaskSpec task(const FlowDocument &doc, const QString &id = {})
{
    TaskSpec t;
    const int line = 10 * int(doc.tasks.size() + 1);
    t.mark = Mark{kFile, line, 1};
    t.number = int(doc.tasks.size()) + 1;
    if (!id.isNull())
        t.id = scalar(id, line);
    t.command.bash = scalar(QStringLiteral("true"), line + 1);
    return t;
}

Need need(const QString &id, int line = 0, Need::When when = Need::When::Completed)
{
    return Need{id, when, at(line)};
}

TaskSpec &add(FlowDocument &doc, const QString &id = {}, std::optional<std::vector<Need>> needs = std::nullopt)
{
    TaskSpec t = task(doc, id);
    t.needs = std::move(needs);
    doc.tasks.push_back(std::move(t));
    return doc.tasks.back();
}

FlowDocument flow()
{
    FlowDocument doc;
    doc.file = kFile;
    doc.id = QStringLiteral("demo");
    return doc;
}

std::vector<QCborValue> strings(const QStringList &values)
{
    std::vector<QCborValue> out;
    for (const QString &v : values)
        out.emplace_back(v);
    return out;
}

std::vector<QCborValue> numbers(int from, int count)
{
    std::vector<QCborValue> out;
    for (int i = 0; i < count; ++i)
        out.emplace_back(from + i);
    return out;
}

QStringList ids(const BatchPlan &plan)
{
    QStringList out;
    for (const PlannedTask &t : plan.tasks())
        out << t.id;
    return out;
}

QStringList needsOf(const BatchPlan &plan, const QString &id)
{
    const PlannedTask *t = plan.find(id);
    if (!t)
        return {QStringLiteral("<no task %1>").arg(id)};
    QStringList out;
    for (const PlannedNeed &n : t->needs)
        out << n.task;
    return out;
}

// The FlowError that building `doc` throws; a default one (line 0) when none is thrown.
FlowError planError(const FlowDocument &doc, const QJsonObject &params = {})
{
    try {
        BatchPlan::build(doc, params);
    } catch (const FlowError &e) {
        return e;
    }
    return FlowError(Mark{}, QString(), QStringLiteral("no error"));
}

QJsonObject paramsObject()
{
    return {{QStringLiteral("prefix"), QStringLiteral("run")}};
}

} // namespace

class TestBatchPlan : public QObject
{
    Q_OBJECT

private slots:
    void linearTasksNeedThePreviousOne();
    void diamondIsOrderedByNeedsThenWrittenOrder();
    void matrixIsTheProductInWrittenOrder();
    void matrixExcludeThenInclude();
    void includeMustNameEveryAxis();
    void excludeMustNameAxes();
    void idsMayUseParamsAndMatrix();
    void matrixIsLimitedTo256();
    void defaultNeedsTakeEveryInstance();
    void needsOnBaseIdAndOnMatrixExpressions();
    void unknownNeedListsTheTasks();
    void cycleIsNamedFromItsFirstTask();
    void duplicateIdsAreRefused();
    void invalidIdsAreRefused();
    void idExpressionErrorsPointAtTheId();
    void paramsLayOverridesOverDefaults();
    void unknownOverrideIsAUsageError();
    void flowContextHasIdsTitleAndWorkspace();
    void referencesAreCheckedBeforeAnythingRuns_data();
    void referencesAreCheckedBeforeAnythingRuns();
    void declaredReferencesPass();
};

void TestBatchPlan::linearTasksNeedThePreviousOne()
{
    FlowDocument doc = flow();
    add(doc);
    add(doc);
    add(doc);
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("task-1"), QStringLiteral("task-2"), QStringLiteral("task-3")}));
    QCOMPARE(needsOf(plan, QStringLiteral("task-1")), QStringList());
    QCOMPARE(needsOf(plan, QStringLiteral("task-2")), QStringList{QStringLiteral("task-1")});
    QCOMPARE(needsOf(plan, QStringLiteral("task-3")), QStringList{QStringLiteral("task-2")});
    QCOMPARE(plan.tasks()[2].specIndex, 2);
    QVERIFY(plan.tasks()[2].matrix.isEmpty());
    QCOMPARE(plan.tasks()[1].needs.front().when, Need::When::Completed);
    QVERIFY(plan.find(QStringLiteral("task-4")) == nullptr);
}

void TestBatchPlan::diamondIsOrderedByNeedsThenWrittenOrder()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("report"), std::vector<Need>{need(QStringLiteral("left")), need(QStringLiteral("right"))});
    add(doc, QStringLiteral("left"), std::vector<Need>{need(QStringLiteral("root"), 0, Need::When::Running)});
    add(doc, QStringLiteral("right"), std::vector<Need>{need(QStringLiteral("root"))});
    add(doc, QStringLiteral("root"), std::vector<Need>{});
    add(doc, QStringLiteral("alone"), std::vector<Need>{});
    const BatchPlan plan = BatchPlan::build(doc, {});
    // report is ready before alone and was written before it
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("root"), QStringLiteral("left"), QStringLiteral("right"),
                                     QStringLiteral("report"), QStringLiteral("alone")}));
    QCOMPARE(needsOf(plan, QStringLiteral("report")), (QStringList{QStringLiteral("left"), QStringLiteral("right")}));
    QCOMPARE(plan.find(QStringLiteral("left"))->needs.front().when, Need::When::Running);
    QCOMPARE(plan.find(QStringLiteral("right"))->needs.front().when, Need::When::Completed);
    QCOMPARE(plan.find(QStringLiteral("report"))->specIndex, 0);
}

void TestBatchPlan::matrixIsTheProductInWrittenOrder()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("train"));
    t.matrix.axes = {{QStringLiteral("b"), strings({QStringLiteral("y"), QStringLiteral("x")})},
                     {QStringLiteral("a"), numbers(1, 2)}};
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("train-y-1"), QStringLiteral("train-y-2"),
                                     QStringLiteral("train-x-1"), QStringLiteral("train-x-2")}));
    // The keys in the order written (b before a), ORDINAL last, as Apolo's matrix context has them.
    const QCborMap third{{QStringLiteral("b"), QStringLiteral("x")}, {QStringLiteral("a"), 1},
                         {QStringLiteral("ORDINAL"), 2}};
    QCOMPARE(plan.find(QStringLiteral("train-x-1"))->matrix, third);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(plan.tasks()[size_t(i)].matrix.value(QStringLiteral("ORDINAL")).toInteger(-1), i);
}

void TestBatchPlan::matrixExcludeThenInclude()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("${{ matrix.p1 }}_${{ matrix.p2 }}_${{ matrix.p3 }}"));
    t.matrix.axes = {{QStringLiteral("p1"), strings({QStringLiteral("a"), QStringLiteral("b")})},
                     {QStringLiteral("p2"), strings({QStringLiteral("x"), QStringLiteral("y")})},
                     {QStringLiteral("p3"), numbers(1, 2)}};
    t.matrix.exclude = {{{QStringLiteral("p1"), QStringLiteral("a")}, {QStringLiteral("p2"), QStringLiteral("x")},
                         {QStringLiteral("p3"), 1}},
                        {{QStringLiteral("p1"), QStringLiteral("b")}, {QStringLiteral("p2"), QStringLiteral("y")}}};
    t.matrix.include = {{{QStringLiteral("p1"), QStringLiteral("a")}, {QStringLiteral("p2"), QStringLiteral("z")},
                         {QStringLiteral("p3"), 3}},
                        // already in the product: not added twice
                        {{QStringLiteral("p1"), QStringLiteral("a")}, {QStringLiteral("p2"), QStringLiteral("y")},
                         {QStringLiteral("p3"), 1.0}}};
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("a_x_2"), QStringLiteral("a_y_1"), QStringLiteral("a_y_2"),
                                     QStringLiteral("b_x_1"), QStringLiteral("b_x_2"), QStringLiteral("a_z_3")}));
    QCOMPARE(plan.find(QStringLiteral("a_z_3"))->matrix.value(QStringLiteral("ORDINAL")).toInteger(-1), 5);
    QCOMPARE(plan.find(QStringLiteral("a_z_3"))->matrix.value(QStringLiteral("p2")).toString(), QStringLiteral("z"));
}

void TestBatchPlan::includeMustNameEveryAxis()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("train"));
    t.matrix.mark = at(42);
    t.matrix.axes = {{QStringLiteral("p1"), strings({QStringLiteral("a")})},
                     {QStringLiteral("p2"), strings({QStringLiteral("x")})}};
    t.matrix.include = {{{QStringLiteral("p1"), QStringLiteral("b")}}};
    const FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 42);
    QCOMPARE(e.key(), QStringLiteral("strategy.matrix"));
    QCOMPARE(e.problem(), QStringLiteral("an include must give every axis (p1, p2); this one lacks 'p2'"));
}

void TestBatchPlan::excludeMustNameAxes()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("train"));
    t.matrix.mark = at(7);
    t.matrix.axes = {{QStringLiteral("p1"), strings({QStringLiteral("a"), QStringLiteral("b")})}};
    t.matrix.exclude = {{{QStringLiteral("q"), QStringLiteral("a")}}};
    const FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 7);
    QCOMPARE(e.problem(), QStringLiteral("an exclude names 'q', which is not an axis of the matrix (axes: p1)"));

    t.matrix.exclude = {{{QStringLiteral("p1"), QStringLiteral("a")}}, {{QStringLiteral("p1"), QStringLiteral("b")}}};
    QCOMPARE(planError(doc).problem(), QStringLiteral("leaves no combination to run"));
}

void TestBatchPlan::idsMayUseParamsAndMatrix()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("${{ params.prefix }}_${{ fmt('n{}', matrix.n ^ 1) }}"));
    t.matrix.axes = {{QStringLiteral("n"), numbers(1, 2)}};
    const FlowError e = planError(doc, paramsObject());
    QCOMPARE(e.key(), QStringLiteral("id")); // '^' is no operator
    QVERIFY2(e.problem().contains(QStringLiteral("unexpected character '^'")), qPrintable(e.problem()));

    t.id.text = QStringLiteral("${{ params.prefix }}_${{ fmt('n{}', matrix.n) }}");
    const BatchPlan plan = BatchPlan::build(doc, paramsObject());
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("run_n1"), QStringLiteral("run_n2")}));

    FlowDocument plain = flow();
    add(plain, QStringLiteral("${{ params.prefix }}_all"));
    QCOMPARE(ids(BatchPlan::build(plain, paramsObject())), QStringList{QStringLiteral("run_all")});
}

void TestBatchPlan::matrixIsLimitedTo256()
{
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("big"));
    t.matrix.axes = {{QStringLiteral("a"), numbers(0, 16)}, {QStringLiteral("b"), numbers(0, 16)}};
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(plan.tasks().size(), size_t(256));
    QCOMPARE(plan.tasks().back().id, QStringLiteral("big-15-15"));
    QCOMPARE(plan.tasks().back().matrix.value(QStringLiteral("ORDINAL")).toInteger(-1), 255);

    t.matrix.include = {{{QStringLiteral("a"), 99}, {QStringLiteral("b"), 99}}};
    QCOMPARE(planError(doc).problem(), QStringLiteral("expands to 257 combinations; at most 256 are allowed"));

    t.matrix.include.clear();
    t.matrix.axes = {{QStringLiteral("a"), numbers(0, 1000)}, {QStringLiteral("b"), numbers(0, 1000)}};
    QCOMPARE(planError(doc).problem(), QStringLiteral("expands to 1000000 combinations; at most 256 are allowed"));
}

void TestBatchPlan::defaultNeedsTakeEveryInstance()
{
    FlowDocument doc = flow();
    TaskSpec &m = add(doc);
    m.matrix.axes = {{QStringLiteral("os"), strings({QStringLiteral("linux"), QStringLiteral("mac")})}};
    add(doc, QStringLiteral("collect"));
    add(doc);
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("task-1-linux"), QStringLiteral("task-1-mac"),
                                     QStringLiteral("collect"), QStringLiteral("task-3")}));
    QCOMPARE(needsOf(plan, QStringLiteral("collect")),
             (QStringList{QStringLiteral("task-1-linux"), QStringLiteral("task-1-mac")}));
    QCOMPARE(needsOf(plan, QStringLiteral("task-3")), QStringList{QStringLiteral("collect")});
    QCOMPARE(needsOf(plan, QStringLiteral("task-1-mac")), QStringList());
}

void TestBatchPlan::needsOnBaseIdAndOnMatrixExpressions()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("report"), std::vector<Need>{need(QStringLiteral("train"))});
    TaskSpec &eval = add(doc, QStringLiteral("eval"), std::vector<Need>{need(QStringLiteral("train-${{ matrix.n }}"))});
    eval.matrix.axes = {{QStringLiteral("n"), numbers(2, 2)}};
    TaskSpec &train = add(doc, QStringLiteral("train"), std::vector<Need>{});
    train.matrix.axes = {{QStringLiteral("n"), numbers(1, 3)}};
    const BatchPlan plan = BatchPlan::build(doc, {});
    QCOMPARE(needsOf(plan, QStringLiteral("report")),
             (QStringList{QStringLiteral("train-1"), QStringLiteral("train-2"), QStringLiteral("train-3")}));
    QCOMPARE(needsOf(plan, QStringLiteral("eval-2")), QStringList{QStringLiteral("train-2")});
    QCOMPARE(needsOf(plan, QStringLiteral("eval-3")), QStringList{QStringLiteral("train-3")});
    // Each instance right after what it needs, ties in written order.
    QCOMPARE(ids(plan), (QStringList{QStringLiteral("train-1"), QStringLiteral("train-2"), QStringLiteral("eval-2"),
                                     QStringLiteral("train-3"), QStringLiteral("report"), QStringLiteral("eval-3")}));
}

void TestBatchPlan::unknownNeedListsTheTasks()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("a"));
    TaskSpec &m = add(doc, QStringLiteral("m"));
    m.matrix.axes = {{QStringLiteral("x"), numbers(1, 2)}};
    add(doc, QStringLiteral("b"), std::vector<Need>{need(QStringLiteral("a")), need(QStringLiteral("nope"), 33)});
    const FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 33);
    QCOMPARE(e.key(), QStringLiteral("needs"));
    QCOMPARE(e.problem(), QStringLiteral("needs 'nope', which is not a task of this flow (known: a, m, b)"));
    QCOMPARE(e.message(), kFile + QStringLiteral(":33:3: needs: ") + e.problem());
}

void TestBatchPlan::cycleIsNamedFromItsFirstTask()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("x"), std::vector<Need>{});
    add(doc, QStringLiteral("a"), std::vector<Need>{need(QStringLiteral("c"))});
    add(doc, QStringLiteral("b"), std::vector<Need>{need(QStringLiteral("a"))});
    add(doc, QStringLiteral("c"), std::vector<Need>{need(QStringLiteral("x")), need(QStringLiteral("b"))});
    FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 20);
    QCOMPARE(e.key(), QStringLiteral("needs"));
    QCOMPARE(e.problem(), QStringLiteral("the needs form a cycle (each task needs the next): a -> c -> b -> a"));

    // A task that only leads into a cycle is not named in it.
    FlowDocument lead = flow();
    add(lead, QStringLiteral("p"), std::vector<Need>{need(QStringLiteral("q"))});
    add(lead, QStringLiteral("q"), std::vector<Need>{need(QStringLiteral("r"))});
    add(lead, QStringLiteral("r"), std::vector<Need>{need(QStringLiteral("q"))});
    e = planError(lead);
    QCOMPARE(e.mark().line, 20);
    QCOMPARE(e.problem(), QStringLiteral("the needs form a cycle (each task needs the next): q -> r -> q"));

    FlowDocument self = flow();
    add(self, QStringLiteral("s"), std::vector<Need>{need(QStringLiteral("s"))});
    QCOMPARE(planError(self).problem(), QStringLiteral("the needs form a cycle (each task needs the next): s -> s"));
}

void TestBatchPlan::duplicateIdsAreRefused()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("a"));
    add(doc, QStringLiteral("a"));
    FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 20);
    QCOMPARE(e.key(), QStringLiteral("id"));
    QCOMPARE(e.problem(), QStringLiteral("'a' is already the id of another task (at %1:10:3)").arg(kFile));

    // An id built from an expression can collide with a written one; a matrix instance's id
    // (joined with '-', which written ids cannot hold) cannot.
    FlowDocument clash = flow();
    add(clash, QStringLiteral("a_x"));
    TaskSpec &m = add(clash, QStringLiteral("a_${{ matrix.v }}"));
    m.matrix.axes = {{QStringLiteral("v"), strings({QStringLiteral("x")})}};
    QCOMPARE(planError(clash).problem(), QStringLiteral("'a_x' is already the id of another task (at %1:10:3)").arg(kFile));
    m.id.text = QStringLiteral("a");
    QCOMPARE(ids(BatchPlan::build(clash, {})), (QStringList{QStringLiteral("a_x"), QStringLiteral("a-x")}));
}

void TestBatchPlan::invalidIdsAreRefused()
{
    // Issue 10 item 8: ids built from matrix values are never refused; what an id cannot hold
    // becomes '_'.
    FlowDocument doc = flow();
    TaskSpec &t = add(doc, QStringLiteral("train"));
    t.matrix.axes = {{QStringLiteral("lr"), {QCborValue(0.1), QCborValue(0.01)}}, {QStringLiteral("bs"), numbers(8, 1)}};
    QCOMPARE(ids(BatchPlan::build(doc, {})), (QStringList{QStringLiteral("train-0_1-8"), QStringLiteral("train-0_01-8")}));
    t.id.text = QStringLiteral("train_${{ matrix.lr }}");
    QCOMPARE(ids(BatchPlan::build(doc, {})), (QStringList{QStringLiteral("train_0_1"), QStringLiteral("train_0_01")}));
    t.id.text = QStringLiteral("train_${{ replace(str(matrix.lr), '.', 'p') }}");
    QCOMPARE(ids(BatchPlan::build(doc, {})), (QStringList{QStringLiteral("train_0p1"), QStringLiteral("train_0p01")}));

    // Ids as written follow Apolo's rule, and the message says what to write.
    const QList<std::pair<QString, QString>> refused = {
        {QStringLiteral("1st"), QStringLiteral("'1st' is not a valid task id: an id holds letters, digits and '_' and "
                                               "does not start with a digit (write '_1st')")},
        {QStringLiteral("train-a"), QStringLiteral("'train-a' is not a valid task id: an id holds letters, digits and "
                                                   "'_' and does not start with a digit (write 'train_a')")},
        {QStringLiteral("t.${{ matrix.lr }}"), QStringLiteral("'t.${{ matrix.lr }}' is not a valid task id: an id holds "
                                                              "letters, digits and '_' and does not start with a digit "
                                                              "(write 't_${{ matrix.lr }}')")},
        {QStringLiteral("TRAIN"), QStringLiteral("'TRAIN' is not a valid task id: all-uppercase ids are reserved "
                                                 "(write 'train')")}};
    for (const auto &[id, problem] : refused) {
        FlowDocument bad = flow();
        add(bad, id);
        const FlowError e = planError(bad);
        QCOMPARE(e.key(), QStringLiteral("id"));
        QCOMPARE(e.mark().line, 10);
        QCOMPARE(e.problem(), problem);
    }
}

void TestBatchPlan::idExpressionErrorsPointAtTheId()
{
    FlowDocument doc = flow();
    add(doc, QStringLiteral("ok"));
    TaskSpec &t = add(doc, QStringLiteral("t_${{ matrix.nope }}"));
    t.matrix.axes = {{QStringLiteral("n"), numbers(1, 1)}};
    const FlowError e = planError(doc);
    QCOMPARE(e.mark().line, 20);
    QCOMPARE(e.key(), QStringLiteral("id"));
    QCOMPARE(e.problem(), QStringLiteral("in '${{ matrix.nope }}': matrix has no 'nope'"));

    FlowDocument needs = flow();
    add(needs, QStringLiteral("a"));
    add(needs, QStringLiteral("b"), std::vector<Need>{need(QStringLiteral("${{ params.which }}"), 55)});
    const FlowError n = planError(needs, paramsObject());
    QCOMPARE(n.mark().line, 55);
    QCOMPARE(n.problem(), QStringLiteral("in '${{ params.which }}': params has no 'which'"));
}

void TestBatchPlan::paramsLayOverridesOverDefaults()
{
    FlowDocument doc = flow();
    doc.params = {Param{QStringLiteral("a"), QStringLiteral("1"), {}, at(2)},
                  Param{QStringLiteral("b"), QStringLiteral("${{ fmt('{}-{}', 'x', 2) }}"), {}, at(3)},
                  Param{QStringLiteral("c"), QJsonValue(), {}, at(4)},
                  Param{QStringLiteral("d"), 5, {}, at(5)},
                  Param{QStringLiteral("e"), QStringLiteral("${{ params.a }}"), {}, at(6)}};
    const QJsonObject params = BatchPlan::params(doc, {{QStringLiteral("a"), QStringLiteral("7")},
                                                       {QStringLiteral("e"), QStringLiteral("given")}});
    const QJsonObject expected{{QStringLiteral("a"), QStringLiteral("7")},
                               {QStringLiteral("b"), QStringLiteral("x-2")},
                               {QStringLiteral("c"), QJsonValue()},
                               {QStringLiteral("d"), QStringLiteral("5")}, // text, as `-p d 5` would give
                               {QStringLiteral("e"), QStringLiteral("given")}};
    QCOMPARE(params, expected);

    // c has no default: a bake needs a value for it.
    try {
        BatchPlan::requireParams(doc.params, params);
        QFAIL("a param without a value was accepted");
    } catch (const wfs::Error &e) {
        QCOMPARE(e.kind(), wfs::Error::Kind::Usage);
        // Issue 14 item 8: the error names where the param is declared.
        QCOMPARE(e.message(), kFile + QStringLiteral(":4:3: params.c: no value: a param without a default needs one "
                                                     "(-p c VALUE)"));
    }
    BatchPlan::requireParams(doc.params, BatchPlan::params(doc, {{QStringLiteral("c"), QStringLiteral("x")},
                                                          {QStringLiteral("e"), QStringLiteral("given")}}));

    // Without its override, e's default reads a context, which defaults may not do.
    try {
        BatchPlan::params(doc, {});
        QFAIL("a default using params was accepted");
    } catch (const FlowError &e) {
        QCOMPARE(e.mark().line, 6);
        QCOMPARE(e.key(), QStringLiteral("params.e.default"));
        QCOMPARE(e.problem(),
                 QStringLiteral("in '${{ params.a }}': unknown context 'params' (no contexts are available here)"));
    }
}

void TestBatchPlan::unknownOverrideIsAUsageError()
{
    FlowDocument doc = flow();
    doc.params = {Param{QStringLiteral("alpha"), QStringLiteral("1"), {}, at(2)},
                  Param{QStringLiteral("beta"), QStringLiteral("2"), {}, at(3)}};
    try {
        BatchPlan::params(doc, {{QStringLiteral("gamma"), QStringLiteral("3")}});
        QFAIL("an unknown param was accepted");
    } catch (const FlowError &) {
        QFAIL("a usage error was expected, not a FlowError");
    } catch (const wfs::Error &e) {
        QCOMPARE(e.kind(), wfs::Error::Kind::Usage);
        QCOMPARE(e.message(), QStringLiteral("unknown param 'gamma' of this flow (known: alpha, beta)"));
    }
    try {
        BatchPlan::params(flow(), {{QStringLiteral("gamma"), QStringLiteral("3")}});
        QFAIL("an unknown param was accepted");
    } catch (const wfs::Error &e) {
        QCOMPARE(e.message(), QStringLiteral("unknown param 'gamma': this flow has no params"));
    }
}

void TestBatchPlan::flowContextHasIdsTitleAndWorkspace()
{
    FlowDocument doc = flow();
    const QJsonObject untitled = BatchPlan::flowContext(doc, {}, QStringLiteral("/work/flows"));
    const QJsonObject expected{{QStringLiteral("flow_id"), QStringLiteral("demo")},
                               {QStringLiteral("project_id"), QStringLiteral("flows")},
                               {QStringLiteral("title"), QStringLiteral("demo")},
                               {QStringLiteral("workspace"), QStringLiteral("/work/flows")},
                               {QStringLiteral("username"), qEnvironmentVariable("USER")},
                               {QStringLiteral("id"), QStringLiteral("demo")}}; // Apolo's old name of flow_id
    QCOMPARE(untitled, expected);

    doc.title = scalar(QStringLiteral("Demo of ${{ params.prefix }}"), 1);
    QCOMPARE(BatchPlan::flowContext(doc, paramsObject(), QString()).value(QStringLiteral("title")).toString(),
             QStringLiteral("Demo of run"));
    doc.title.text = QStringLiteral("${{ params.nope }}");
    QVERIFY_THROWS_EXCEPTION(FlowError, BatchPlan::flowContext(doc, paramsObject(), QString()));
}

void TestBatchPlan::referencesAreCheckedBeforeAnythingRuns_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem");
    QTest::newRow("param") << u"bash"_s << u"echo ${{ params.prefix }} ${{ params.epochs }}"_s << u"tasks[1].bash"_s
                           << u"in '${{ params.epochs }}': the flow has no param 'epochs' (params: prefix)"_s;
    QTest::newRow("param by index") << u"env"_s << u"${{ params['nope'] }}"_s << u"tasks[1].env.X"_s
                                    << u"in '${{ params['nope'] }}': the flow has no param 'nope' (params: prefix)"_s;
    QTest::newRow("a task it does not need") << u"enable"_s << u"${{ needs.c.result == 'success' }}"_s
                                             << u"tasks[1].enable"_s
                                             << u"in '${{ needs.c.result == 'success' }}': 'c' is not among the tasks this "
                                                "task needs (needs: a)"_s;
    QTest::newRow("a need's unknown part") << u"bash"_s << u"echo ${{ needs.a.output.n }}"_s << u"tasks[1].bash"_s
                                           << u"in '${{ needs.a.output.n }}': needs.a has no 'output' (it has result and "
                                              "outputs)"_s;
    QTest::newRow("matrix without one") << u"bash"_s << u"echo ${{ matrix.os }}"_s << u"tasks[1].bash"_s
                                        << u"in '${{ matrix.os }}': the task's matrix has no 'os' (it has none)"_s;
    QTest::newRow("flow attribute") << u"bash"_s << u"echo ${{ flow.name }}"_s << u"tasks[1].bash"_s
                                    << u"in '${{ flow.name }}': flow has no 'name' (it has flow_id, project_id, title, "
                                       "workspace, username, id, action_path)"_s;
}

void TestBatchPlan::referencesAreCheckedBeforeAnythingRuns()
{
    QFETCH(QString, attribute);
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, problem);
    FlowDocument doc = flow();
    doc.params.push_back(Param{QStringLiteral("prefix"), QStringLiteral("run"), QString(), at(2)});
    add(doc, QStringLiteral("a"));
    add(doc, QStringLiteral("b"), std::vector<Need>{need(QStringLiteral("a"))});
    add(doc, QStringLiteral("c"), std::vector<Need>{});
    TaskSpec &b = doc.tasks[1];
    if (attribute == u"bash")
        b.command.bash = scalar(text, 24);
    else if (attribute == u"enable")
        b.enable = scalar(text, 24);
    else
        b.env = {{QStringLiteral("X"), scalar(text, 24)}};
    const FlowError e = planError(doc, paramsObject());
    QCOMPARE(e.mark().line, 24);
    QCOMPARE(e.key(), key);
    QCOMPARE(e.problem(), problem);
}

void TestBatchPlan::declaredReferencesPass()
{
    FlowDocument doc = flow();
    doc.params.push_back(Param{QStringLiteral("prefix"), QStringLiteral("run"), QString(), at(2)});
    add(doc, QStringLiteral("a"));
    TaskSpec &m = add(doc, QStringLiteral("m_${{ matrix.x }}"), std::vector<Need>{need(QStringLiteral("a"))});
    m.matrix.axes = {{QStringLiteral("x"), numbers(1, 2)}};
    m.command.bash = scalar(u"echo ${{ params.prefix }} ${{ matrix.x }} ${{ matrix.ORDINAL }} "
                            "${{ needs.a.outputs.n }} ${{ needs['a'].result }} ${{ flow.title }} ${{ env.HOME }} "
                            "${{ strategy.fail_fast }}"_s,
                            21);
    doc.defaults.env = {{QStringLiteral("P"), scalar(u"${{ params.prefix }}"_s, 3)}};
    const BatchPlan plan = BatchPlan::build(doc, paramsObject());
    QCOMPARE(ids(plan), (QStringList{u"a"_s, u"m_1"_s, u"m_2"_s}));
}

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
