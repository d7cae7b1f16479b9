#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/eval/EvalCompare.h"
#include "model/eval/EvalReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

int runCompare(Cli &cli, const Args &args)
{
    const QStringList files = args.positional();
    if (files.size() < 2)
        throw Error::usage(Text::tr("wfs eval compare needs two or more REPORT files"));
    std::vector<QJsonObject> reports;
    QStringList names;
    for (const QString &file : files) {
        reports.push_back(eval::readReport(file));
        const QString title = reports.back().value(QStringLiteral("title")).toString();
        names << (title.isEmpty() ? QFileInfo(file).fileName() : title);
    }
    if (args.has(QStringLiteral("json")))
        cli.out() << QString::fromUtf8(QJsonDocument(eval::compareJson(reports, names)).toJson(QJsonDocument::Indented));
    else
        cli.out() << eval::compareTable(reports, names);
    cli.out().flush();
    return 0;
}

} // namespace

Command evalCompareCommand()
{
    return {QStringLiteral("eval compare"), QStringLiteral("eval compare REPORT REPORT... [--json]"),
            Text::tr("show evaluation reports side by side"),
            Text::tr("One row per metric (the 12 COCO figures, the key metrics, speed), one column per report\n"
                     "(written by wfs eval --out), then each report's difference from the first.\n"
                     "--json prints every report's figures and the rows."),
            {{QStringLiteral("json"), QString(), Text::tr("print JSON instead of the table")}},
            runCompare};
}

} // namespace wfs::cli
