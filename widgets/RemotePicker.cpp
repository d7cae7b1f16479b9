#include "widgets/RemotePicker.h"

#include "model/core/Error.h"
#include "model/remote/RemoteRegistry.h"
#include "model/workspace/Workspace.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

#include <thread>

namespace wfs {

RemotePicker::RemotePicker(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("remotePicker"));
    menuAction()->setVisible(false);
    retranslate();
}

void RemotePicker::retranslate()
{
    setTitle(tr("Push and Pull &With"));
    show(m_names, m_default);
}

void RemotePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void RemotePicker::refresh(const QString &dir, bool resetChoice)
{
    if (resetChoice)
        m_chosen.clear();
    if (dir.isEmpty()) {
        show({}, {});
        return;
    }
    // The GUI thread runs no SQL: a connection of its own on a thread of its own; the answer
    // comes back through the event loop, to this menu if it still exists.
    std::thread([dir, self = QPointer<RemotePicker>(this)] {
        QStringList names;
        QString defaultName;
        try {
            Workspace ws(dir, Workspace::Access::ReadOnly);
            for (const remote::RemoteSpec &spec : remote::RemoteRegistry(ws).list()) {
                names << spec.name;
                if (spec.isDefault)
                    defaultName = spec.name;
            }
        } catch (const Error &) {
            // No workspace there any more: no remotes to pick from.
        }
        QMetaObject::invokeMethod(qApp, [self, names, defaultName] {
            if (self)
                self->show(names, defaultName);
        });
    }).detach();
}

void RemotePicker::show(const QStringList &names, const QString &defaultName)
{
    m_names = names;
    m_default = defaultName;
    if (!names.contains(m_chosen))
        m_chosen.clear(); // removed meanwhile
    clear();
    delete m_group;
    auto *group = m_group = new QActionGroup(this);
    for (const QString &name : names) {
        QAction *a = addAction(name == defaultName ? tr("%1 (default)").arg(name) : name);
        a->setData(name);
        a->setCheckable(true);
        a->setChecked(m_chosen.isEmpty() ? name == defaultName : name == m_chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name, defaultName] {
            m_chosen = name == defaultName ? QString() : name;
            emit remoteChosen(shown());
        });
    }
    menuAction()->setVisible(names.size() > 1);
    emit remoteChosen(shown());
    emit listed();
}

QString RemotePicker::shown() const
{
    if (m_names.size() < 2)
        return {};
    return m_chosen.isEmpty() ? m_default : m_chosen;
}

} // namespace wfs
