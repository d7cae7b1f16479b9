#include "widgets/pipelines/WfsProcess.h"

#include "model/core/Programs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace wfs::wfsprocess {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::PipelinesPanel)
};

QProcessEnvironment childEnvironment()
{
    // A window started from inside a task must not make its bakes children of that task.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WFS_TASK_ID"));
    return env;
}
} // namespace

QString program()
{
    return companionProgram(QStringLiteral("wfs"), {QStringLiteral("../cli"), QStringLiteral("../app/cli")});
}

qint64 startDetached(const QString &workspace, const QStringList &args, const QString &outputFile, QString *error)
{
    const QString wfs = program();
    if (wfs.isEmpty()) {
        *error = Text::tr("The wfs program was found neither beside Workflow Studio nor on PATH.");
        return 0;
    }
    QDir().mkpath(QFileInfo(outputFile).absolutePath());
    QProcess process;
    process.setProgram(wfs);
    process.setArguments(QStringList{QStringLiteral("--workspace"), workspace} + args);
    process.setProcessEnvironment(childEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(outputFile);
    process.setStandardErrorFile(outputFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        *error = Text::tr("Could not start %1: %2").arg(wfs, process.errorString());
        return 0;
    }
    return pid;
}

void run(QObject *context, const QString &workspace, const QStringList &args, std::function<void(const Result &)> done)
{
    const QString wfs = program();
    if (wfs.isEmpty()) {
        done({-1, {}, Text::tr("The wfs program was found neither beside Workflow Studio nor on PATH.")});
        return;
    }
    // No parent: a cancel or kill already asked for completes even if the window closes first.
    auto *process = new QProcess;
    process->setProcessEnvironment(childEnvironment());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::finished, context, [process, done](int exitCode, QProcess::ExitStatus status) {
        Result r;
        r.exitCode = status == QProcess::NormalExit ? exitCode : -1;
        r.out = QString::fromLocal8Bit(process->readAllStandardOutput());
        r.err = QString::fromLocal8Bit(process->readAllStandardError());
        done(r);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            process->deleteLater();
    });
    QObject::connect(process, &QProcess::errorOccurred, context, [process, done, wfs](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done({-1, {}, Text::tr("Could not start %1: %2").arg(wfs, process->errorString())});
    });
    process->start(wfs, QStringList{QStringLiteral("--workspace"), workspace} + args);
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QString line = lines.isEmpty() ? QString() : lines.back().trimmed();
    if (line.startsWith(u"wfs: "))
        line = line.mid(5);
    return line;
}

} // namespace wfs::wfsprocess
