#include "widgets/RemoteMenu.h"

#include "widgets/IconFont.h"
#include "widgets/RemoteJob.h"
#include "widgets/RemotePicker.h"

#include <QEvent>
#include <QMessageBox>
#include <QSettings>

namespace wfs {

namespace {
const QString pullOnOpenKey = QStringLiteral("remote/pullOnOpen");
}

RemoteMenu::RemoteMenu(QWidget *parent, std::function<QString()> workspaceDir)
    : QMenu(parent), m_workspaceDir(std::move(workspaceDir))
{
    const QColor colour(0x455a64);
    m_push = addAction(iconfont::icon(QStringLiteral("cloud-upload"), colour), QString(), this, &RemoteMenu::push);
    m_pull = addAction(iconfont::icon(QStringLiteral("cloud-download"), colour), QString(), this, &RemoteMenu::pull);
    m_picker = new RemotePicker(this);
    addMenu(m_picker);
    // The list may have changed from the command line since it was read.
    connect(this, &QMenu::aboutToShow, this, [this] { m_picker->refresh(m_workspaceDir(), false); });
    addSeparator();
    m_pullOnOpen = addAction(QString());
    m_pullOnOpen->setCheckable(true);
    m_pullOnOpen->setChecked(pullOnOpen());
    connect(m_pullOnOpen, &QAction::toggled, this, [](bool on) { QSettings().setValue(pullOnOpenKey, on); });
    retranslate();
}

void RemoteMenu::retranslate()
{
    setTitle(tr("&Remote"));
    m_push->setText(tr("&Push"));
    m_push->setToolTip(tr("Send the versions and lineage the remote lacks (the default one, or the one picked)"));
    m_pull->setText(tr("P&ull"));
    m_pull->setToolTip(tr("Bring teammates' lineage and versions from the remote (the default one, or the one picked)"));
    m_pullOnOpen->setText(tr("Pull When a Workspace &Opens"));
}

void RemoteMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
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
    remotejob::push(parentWidget(), dir, m_picker->chosen(), [this](bool ok, const QString &text) {
        setBusy(false);
        emit pushed();
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
    remotejob::pull(parentWidget(), dir, m_picker->chosen(), [this](bool ok, const QString &text) {
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
    m_picker->refresh(dir, true);
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
