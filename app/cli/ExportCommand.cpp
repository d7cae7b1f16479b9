#include "app/cli/Cli.h"

#include "model/core/Error.h"
#include "model/core/Programs.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>

namespace wfs::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

// The GUI program draws exports: the CLI links no widgets, and an export must look exactly
// like the window. Beside wfs when installed, in ../gui in the build tree, else on PATH.
QString findStudio()
{
    return companionProgram(QStringLiteral("wfstudio"), {QStringLiteral("../gui")});
}

int exportGraph(Cli &cli, const Args &args)
{
    if (!args.positional().isEmpty())
        throw Error::usage(Text::tr("unexpected '%1' (see wfs export --help)").arg(args.positional().front()));
    const QString svg = args.value(QStringLiteral("svg"));
    const QString png = args.value(QStringLiteral("png"));
    if (svg.isEmpty() && png.isEmpty())
        throw Error::usage(Text::tr("wfs export needs --svg FILE and/or --png FILE"));
    const QString scale = args.has(QStringLiteral("scale")) ? args.value(QStringLiteral("scale")) : QStringLiteral("1");
    bool ok = false;
    const double s = scale.toDouble(&ok);
    if (!ok || s <= 0 || s > 16)
        throw Error::usage(Text::tr("--scale takes a number above 0 and at most 16, not '%1'").arg(scale));
    const QString studio = findStudio();
    if (studio.isEmpty())
        throw Error(Text::tr("wfstudio, which draws exports, was not found beside wfs or on PATH"));

    const QString workspace = cli.workspace().dir(); // opens (and checks) it first
    QStringList childArgs{QStringLiteral("--workspace"), workspace, QStringLiteral("--scale"), scale};
    if (args.has(QStringLiteral("scope")))
        childArgs << QStringLiteral("--scope") << args.value(QStringLiteral("scope"));
    if (!svg.isEmpty())
        childArgs << QStringLiteral("--export-svg") << QFileInfo(svg).absoluteFilePath();
    if (!png.isEmpty())
        childArgs << QStringLiteral("--export-png") << QFileInfo(png).absoluteFilePath();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(studio, childArgs);
    if (!child.waitForStarted())
        throw Error(Text::tr("Cannot start %1: %2").arg(studio, child.errorString()));
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit)
        throw Error(Text::tr("%1 crashed while exporting").arg(studio));
    return child.exitCode();
}

} // namespace

std::vector<Command> exportCommands()
{
    return {
        {QStringLiteral("export"), QStringLiteral("export --svg OUT.svg | --png OUT.png [--scale S] [--scope SCOPE]"),
         Text::tr("export the graph as SVG or PNG"),
         Text::tr("Lays out and draws a scope exactly as the window shows it, without a display, and writes\n"
            "an SVG (text stays text) and/or a PNG (--scale multiplies its size; default 1).\n"
            "SCOPE is workspace (default), project:ID or task:ID."),
         {{QStringLiteral("svg"), QStringLiteral("FILE"), Text::tr("write an SVG image")},
          {QStringLiteral("png"), QStringLiteral("FILE"), Text::tr("write a PNG image")},
          {QStringLiteral("scale"), QStringLiteral("S"), Text::tr("PNG scale, above 0 and at most 16 (default 1)")},
          {QStringLiteral("scope"), QStringLiteral("SCOPE"), Text::tr("workspace, project:ID or task:ID")}},
         exportGraph},
    };
}

} // namespace wfs::cli
