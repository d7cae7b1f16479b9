#include "widgets/VersionJob.h"

#include "model/core/Error.h"
#include "model/graph/GraphStore.h"
#include "model/workspace/Workspace.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace wfs {

VersionJob::VersionJob(QWidget *parent, const QString &title)
    : QObject(parent), m_dialog(new QProgressDialog(title, tr("Cancel"), 0, 0, parent)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick work never flashes a dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
}

void VersionJob::report(const QString &stage, qint64 done, qint64 total)
{
    m_dialog->setLabelText(stage);
    // QProgressDialog counts in int: scale large byte counts down.
    const int scale = total > (1 << 30) ? 1024 : 1;
    m_dialog->setMaximum(int(total / scale));
    m_dialog->setValue(int(std::min(done, total) / scale));
}

void VersionJob::start(QWidget *parent, const QString &workspaceDir, const QString &title, Work work, Done done)
{
    auto *job = new VersionJob(parent, title);
    QPointer<VersionJob> guard(job);
    std::shared_ptr<std::atomic<bool>> cancel = job->m_cancel;
    QThread *thread = QThread::create([=] {
        bool ok = true;
        QString message;
        try {
            Workspace workspace(workspaceDir);
            GraphStore store(workspace);
            Versions versions(store);
            Progress progress;
            progress.cancel = cancel.get();
            progress.report = [guard](const QString &stage, qint64 d, qint64 t) {
                QMetaObject::invokeMethod(guard, [guard, stage, d, t] {
                    if (guard)
                        guard->report(stage, d, t);
                }, Qt::QueuedConnection);
            };
            message = work(versions, progress);
        } catch (const Error &e) {
            ok = false;
            message = e.message();
        } catch (const std::exception &e) {
            ok = false;
            message = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(guard, [guard, ok, message, done] {
            if (!guard)
                return;
            guard->m_dialog->close();
            guard->m_dialog->deleteLater();
            done(ok, message);
            guard->deleteLater();
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace wfs
