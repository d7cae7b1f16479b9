#pragma once

#include <QMenu>
#include <functional>

namespace wfs {

// The Remote menu: Push and Pull (also on the toolbar) to the default remote, each a job with
// progress and Cancel, and the option to pull whenever a workspace opens.
class RemoteMenu : public QMenu
{
    Q_OBJECT
public:
    // `workspaceDir` gives the open workspace's folder, empty when none is open.
    RemoteMenu(QWidget *parent, std::function<QString()> workspaceDir);

    QAction *pushAction() const { return m_push; }
    QAction *pullAction() const { return m_pull; }
    void push();
    void pull();
    // Pulls when the option is on; a failure then is only a message (no remote yet, offline).
    void workspaceOpened();
    static bool pullOnOpen();

signals:
    void message(const QString &text);
    // The workspace changed (a pull brought cards): time to reload.
    void pulled();

private:
    void setBusy(bool busy);

    std::function<QString()> m_workspaceDir;
    QAction *m_push;
    QAction *m_pull;
    QAction *m_pullOnOpen;
};

} // namespace wfs
