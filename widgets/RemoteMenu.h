#pragma once

#include <QMenu>
#include <functional>

namespace wfs {

class RemotePicker;

// The Remote menu: Push and Pull (also on the toolbar) to the default remote or the one picked
// (RemotePicker, when there are several), each a job with progress and Cancel, and the option to
// pull whenever a workspace opens.
class RemoteMenu : public QMenu
{
    Q_OBJECT
public:
    // `workspaceDir` gives the open workspace's folder, empty when none is open.
    RemoteMenu(QWidget *parent, std::function<QString()> workspaceDir);

    QAction *pushAction() const { return m_push; }
    QAction *pullAction() const { return m_pull; }
    RemotePicker *picker() const { return m_picker; }
    void push();
    void pull();
    // Pulls when the option is on; a failure then is only a message (no remote yet, offline).
    void workspaceOpened();
    static bool pullOnOpen();

signals:
    void message(const QString &text);
    // The workspace changed (a pull brought cards): time to reload.
    void pulled();
    // After a push: the versions' remote state changed.
    void pushed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    void retranslate();

    std::function<QString()> m_workspaceDir;
    QAction *m_push;
    QAction *m_pull;
    QAction *m_pullOnOpen;
    RemotePicker *m_picker;
};

} // namespace wfs
