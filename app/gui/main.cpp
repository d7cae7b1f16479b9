#include "MainWindow.h"

#include "core/AppIdentity.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    wfs::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Workflow Studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Workflow Studio: how data and models came to be"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QObject::tr("Open the workspace in DIR."), QStringLiteral("DIR"));
    parser.addOption(workspace);
    parser.process(app);

    wfs::MainWindow window;
    window.openWorkspace(parser.isSet(workspace) ? parser.value(workspace) : wfs::Workspace::defaultDir());
    window.show();
    return app.exec();
}
