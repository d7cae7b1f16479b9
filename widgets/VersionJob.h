#pragma once

#include "model/versions/Versions.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace wfs {

// Runs long version work (create, diff, restore, verify) on a thread of its own with its own
// connection to the workspace, behind a cancellable progress dialog; the window stays live.
// `work` runs on that thread; `done` runs on the GUI thread with the work's message, or an
// error message when it threw.
class VersionJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<QString(Versions &versions, const Progress &progress)>;
    using Done = std::function<void(bool ok, const QString &message)>;

    static void start(QWidget *parent, const QString &workspaceDir, const QString &title, Work work, Done done);

private:
    VersionJob(QWidget *parent, const QString &title);
    void report(const QString &stage, qint64 done, qint64 total);

    QProgressDialog *m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace wfs
