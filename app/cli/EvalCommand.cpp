#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/eval/EvalReport.h"
#include "model/graph/GraphStore.h"
#include "model/recording/Paths.h"
#include "model/recording/Recorder.h"
#include "model/versions/Versions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

eval::IouType iouType(const Args &args)
{
    const QString t = args.has(QStringLiteral("iou-type")) ? args.value(QStringLiteral("iou-type")) : QStringLiteral("bbox");
    if (t == u"bbox")
        return eval::IouType::Box;
    if (t == u"segm")
        return eval::IouType::Mask;
    throw Error::usage(Text::tr("--iou-type is bbox or segm, not '%1'").arg(t));
}

// The finished task that wrote `file`, when the workspace knows one.
std::optional<Node> producerOf(Cli &cli, const QString &file)
{
    const auto card = cli.store().findNode(NodeKind::File, paths::canonical(file));
    if (!card)
        return std::nullopt;
    const GraphSnapshot graph = cli.store().snapshot();
    for (const Edge &e : graph.edges) {
        const Node *from = e.to == *card ? graph.find(e.from) : nullptr;
        if (from && from->task && from->task->finishedMs > from->task->startedMs)
            return *from;
    }
    return std::nullopt;
}

// --speed-ms, else (with --task, so in a workspace) the run time of the task that wrote the
// predictions over the images they cover.
std::optional<double> speedOption(const Args &args)
{
    if (!args.has(QStringLiteral("speed-ms")))
        return std::nullopt;
    bool ok = false;
    const double ms = args.value(QStringLiteral("speed-ms")).toDouble(&ok);
    if (!ok || !std::isfinite(ms) || ms <= 0)
        throw Error::usage(Text::tr("--speed-ms takes a positive number, not '%1'").arg(args.value(QStringLiteral("speed-ms"))));
    return ms;
}

void chooseSpeed(Cli &cli, const Args &args, std::optional<NodeId> task, QJsonObject &report)
{
    if (const auto ms = speedOption(args)) {
        eval::setSpeed(report, *ms, QStringLiteral("--speed-ms"));
        return;
    }
    const qint64 images = report.value(QStringLiteral("images")).toInteger();
    if (!task || images <= 0)
        return;
    if (const auto producer = producerOf(cli, args.value(QStringLiteral("pred"))))
        eval::setSpeed(report, double(producer->task->finishedMs - producer->task->startedMs) / double(images),
                       QStringLiteral("task %1").arg(producer->id));
}

void writeReport(const QString &path, const QJsonObject &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Text::tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw Error(Text::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

// The project (with versions) whose folder holds `file`, if any.
std::optional<NodeId> versionedProjectOf(Cli &cli, const QString &file)
{
    Versions versions(cli.store());
    for (QDir dir = QFileInfo(paths::canonical(file)).dir();; ) {
        if (const auto project = cli.store().findNode(NodeKind::Project, paths::canonical(dir.path()))) {
            if (!versions.list(*project).empty())
                return project;
        }
        if (!dir.cdUp())
            return std::nullopt;
    }
}

void recordReport(Cli &cli, const Args &args, NodeId task, const QString &out, const QJsonObject &report)
{
    std::vector<Relation> relations;
    if (args.has(QStringLiteral("model"))) {
        Relation model;
        model.direction = Direction::Input;
        model.kind = NodeKind::ModelWeight;
        model.target = args.value(QStringLiteral("model"));
        relations.push_back(model);
    }
    if (const auto project = versionedProjectOf(cli, args.value(QStringLiteral("gt")))) {
        Relation data;
        data.direction = Direction::Input;
        data.kind = NodeKind::Project;
        data.target = QString::number(*project);
        cli.versionProjectInput(data);
        relations.push_back(data);
    }
    Relation card;
    card.direction = Direction::Output;
    card.kind = NodeKind::File;
    card.target = out;
    CardSettings settings;
    const QString title = report.value(QStringLiteral("title")).toString();
    settings.title = title.isEmpty() ? eval::headline(report) : QStringLiteral("%1 · %2").arg(title, eval::headline(report));
    settings.icon = CardIcon{QStringLiteral("file-chart"), QStringLiteral("#1e88e5"), QStringLiteral("#e3f2fd")};
    card.relationSettings = settings;
    relations.push_back(card);
    cli.recorder().recordAll(task, relations);
}

QString keyMetricLines(const QJsonObject &report)
{
    const QJsonObject km = report.value(QStringLiteral("keyMetrics")).toObject();
    auto f = [&](const char *key) { return QString::number(km.value(QLatin1String(key)).toDouble(), 'f', 3); };
    QString text = Text::tr("At the F1-optimal confidence %1: precision %2, recall %3, F1 %4, mean IoU %5; "
                            "TP %6, FP %7, FN %8; ECE %9\n")
                       .arg(f("confidence"), f("precision"), f("recall"), f("f1"), f("meanIou"))
                       .arg(km.value(QStringLiteral("tp")).toInteger())
                       .arg(km.value(QStringLiteral("fp")).toInteger())
                       .arg(km.value(QStringLiteral("fn")).toInteger())
                       .arg(f("ece"));
    const QJsonObject speed = report.value(QStringLiteral("speed")).toObject();
    if (!speed.isEmpty())
        text += Text::tr("Speed: %1 ms per image (%2 FPS)\n")
                    .arg(speed.value(QStringLiteral("msPerImage")).toDouble(), 0, 'f', 2)
                    .arg(speed.value(QStringLiteral("fps")).toDouble(), 0, 'f', 1);
    return text;
}

int runEval(Cli &cli, const Args &args)
{
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("wfs eval takes no PATH: pass --gt and --pred (or see wfs eval compare)"));
    if (!args.has(QStringLiteral("gt")) || !args.has(QStringLiteral("pred")))
        throw Error::usage(Text::tr("wfs eval needs --gt GT.json and --pred PRED.json"));
    eval::ReportInput in;
    in.type = iouType(args);
    in.gtFile = args.value(QStringLiteral("gt"));
    in.predFile = args.value(QStringLiteral("pred"));
    in.title = args.value(QStringLiteral("title"));
    if (args.has(QStringLiteral("model")))
        in.model = paths::canonical(args.value(QStringLiteral("model")));
    std::optional<NodeId> task;
    if (args.has(QStringLiteral("task"))) {
        if (!args.has(QStringLiteral("out")))
            throw Error::usage(Text::tr("--task needs --out REPORT.json: the report card is that file"));
        task = cli.taskFrom(args);
        cli.recorder().requireTask(*task);
    }
    speedOption(args); // a bad value is refused before the files are read
    QJsonObject report = eval::evaluateFiles(in);
    chooseSpeed(cli, args, task, report);
    if (args.has(QStringLiteral("out")))
        writeReport(args.value(QStringLiteral("out")), report);
    if (task)
        recordReport(cli, args, *task, args.value(QStringLiteral("out")), report);
    if (args.has(QStringLiteral("json")))
        cli.out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    else
        cli.out() << eval::summaryTable(report) << keyMetricLines(report);
    cli.out().flush();
    return 0;
}

} // namespace

std::vector<Command> evalCommands()
{
    return {
        {QStringLiteral("eval"),
         QStringLiteral("eval --gt GT.json --pred PRED.json [--iou-type bbox|segm] [--task T --out REPORT.json] [options]"),
         Text::tr("score detections against COCO ground truth (mAP, precision, recall, ...)"),
         Text::tr("Computes what pycocotools' COCOeval computes (the 12 summary figures, per-class AP) and\n"
                  "Supervisely's key metrics: precision, recall and F1 at the F1-optimal confidence, mean IoU\n"
                  "of true positives, per-class TP/FP/FN, a confusion matrix with 'none', PR curves and the\n"
                  "calibration error (ECE). GT is a COCO instances file, PRED a COCO results file.\n"
                  "With --task the report (--out) becomes an output card of the task, with the model weights\n"
                  "(--model) and the GT's project version (when GT lies in a versioned project) as inputs.\n"
                  "'wfs eval compare REPORT...' shows reports side by side."),
         {
             {QStringLiteral("gt"), QStringLiteral("GT.json"), Text::tr("the COCO ground truth (instances file)")},
             {QStringLiteral("pred"), QStringLiteral("PRED.json"), Text::tr("the COCO results file (detections)")},
             {QStringLiteral("iou-type"), QStringLiteral("TYPE"), Text::tr("bbox (default) or segm")},
             {QStringLiteral("task"), QStringLiteral("T"), Text::tr("record the report as an output of this task")},
             {QStringLiteral("model"), QStringLiteral("WEIGHTS"), Text::tr("the model weights evaluated (an input of the task)")},
             {QStringLiteral("title"), QStringLiteral("TEXT"), Text::tr("the report's title")},
             {QStringLiteral("speed-ms"), QStringLiteral("MS"), Text::tr("inference time per image, in milliseconds (default with --task: the run time of the task that wrote PRED, per image)")},
             {QStringLiteral("out"), QStringLiteral("REPORT.json"), Text::tr("write the report as JSON")},
             {QStringLiteral("json"), QString(), Text::tr("print the report as JSON instead of the table")},
         },
         runEval},
        evalCompareCommand(),
    };
}

} // namespace wfs::cli
