#include "app/gui/HeadlessExport.h"
#include "app/gui/MainWindow.h"

#include "model/core/AppIdentity.h"
#include "model/core/Translations.h"
#include "model/layout/LayoutService.h"
#include "model/workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    wfs::setApplicationIdentity();
    // View > Language wins; otherwise the system's locale picks the translation.
    wfs::installTranslations(wfs::uiLocale(QSettings().value(QStringLiteral("ui/language")).toString()));
    QApplication::setApplicationDisplayName(QObject::tr("Workflow Studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Workflow Studio: how data and models came to be"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QObject::tr("Open the workspace in DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption svg(QStringLiteral("export-svg"), QObject::tr("Export the scope as SVG to FILE and exit."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption png(QStringLiteral("export-png"), QObject::tr("Export the scope as PNG to FILE and exit."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption scale(QStringLiteral("scale"), QObject::tr("PNG scale (default 1)."), QStringLiteral("S"),
                                   QStringLiteral("1"));
    const QCommandLineOption scope(QStringLiteral("scope"), QObject::tr("workspace, project:ID or task:ID."),
                                   QStringLiteral("SCOPE"), QStringLiteral("workspace"));
    parser.addOptions({workspace, svg, png, scale, scope});
    parser.process(app);

    // --workspace, else $WFS_WORKSPACE, else the workspace open when the window last closed, else the default.
    QString dir = parser.value(workspace);
    if (dir.isEmpty() && qEnvironmentVariableIsEmpty("WFS_WORKSPACE") && !parser.isSet(svg) && !parser.isSet(png)) {
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            dir = last;
    }
    if (dir.isEmpty())
        dir = wfs::Workspace::defaultDir();
    if (parser.isSet(svg) || parser.isSet(png)) {
        bool ok = false;
        const double s = parser.value(scale).toDouble(&ok);
        if (!ok) {
            std::fprintf(stderr, "wfstudio: --scale takes a number, not '%s'\n", qPrintable(parser.value(scale)));
            return 2;
        }
        return wfs::runHeadlessExport({dir, parser.value(scope), parser.value(svg), parser.value(png), s});
    }

    wfs::MainWindow window;
    window.openWorkspace(dir);
    window.show();
    const int code = app.exec();
    wfs::LayoutService::shutdown();
    return code;
}
