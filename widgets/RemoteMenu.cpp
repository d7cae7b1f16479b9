#include "widgets/RemoteMenu.h"

#include "widgets/IconFont.h"
#include "widgets/RemoteJob.h"

#include <QMessageBox>
#include <QSettings>

namespace wfs {

namespace {
const QString pullOnOpenKey = QStringLiteral("remote/pullOnOpen");
}

RemoteMenu::RemoteMenu(QWidget *parent, std::function<QString()> workspaceDir)
    : QMenu(tr("&Remote"), parent), m_workspaceDir(std::move(workspaceDir))
{
    const QColor colour(0x455a64);
    m_push = addAction(iconfont::icon(QStringLiteral("cloud-upload"), colour), tr("&Push"), this, &RemoteMenu::push);
    m_push->setToolTip(tr("Send the versions and lineage the default remote lacks"));
    m_pull = addAction(iconfont::icon(QStringLiteral("cloud-download"), colour), tr("P&ull"), this, &RemoteMenu::pull);
    m_pull->setToolTip(tr("Bring teammates' lineage and versions from the default remote"));
    addSeparator();
    m_pullOnOpen = addAction(tr("Pull When a Workspace &Opens"));
    m_pullOnOpen->setCheckable(true);
    m_pullOnOpen->setChecked(pullOnOpen());
    connect(m_pullOnOpen, &QAction::toggled, this, [](bool on) { QSettings().setValue(pullOnOpenKey, on); });
}

bool RemoteMenu::pullOnOpen()
{
    return QSettings().value(pullOnOpenKey, false).toBool();
}

void RemoteMenu::setBusy(bool busy)
{
    m_push->setEnabled(!busy);
    m_pull->setEnabled(!busy);
}

void RemoteMenu::push()
{
    const QString dir = m_workspaceDir();
    if (dir.isEmpty())
        return;
    setBusy(true);
    remotejob::push(parentWidget(), dir, {}, [this](bool ok, const QString &text) {
        setBusy(false);
        if (ok)
            emit message(text);
        else
            QMessageBox::warning(parentWidget(), tr("Push failed"), text);
    });
}

void RemoteMenu::pull()
{
    const QString dir = m_workspaceDir();
    if (dir.isEmpty())
        return;
    setBusy(true);
    remotejob::pull(parentWidget(), dir, {}, [this](bool ok, const QString &text) {
        setBusy(false);
        emit pulled();
        if (ok)
            emit message(text);
        else
            QMessageBox::warning(parentWidget(), tr("Pull failed"), text);
    });
}

void RemoteMenu::workspaceOpened()
{
    const QString dir = m_workspaceDir();
    if (!pullOnOpen() || dir.isEmpty())
        return;
    setBusy(true);
    remotejob::pull(parentWidget(), dir, {}, [this](bool ok, const QString &text) {
        setBusy(false);
        emit pulled();
        emit message(ok ? text : tr("Pull when opening: %1").arg(text));
    });
}

} // namespace wfs
