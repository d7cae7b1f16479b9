#pragma once

#include <QMenu>

class QActionGroup;

namespace wfs {

// Which remote Push and Pull use when a workspace has several: one checkable entry per remote,
// the default one marked and chosen until the user picks another. Shown only with two remotes
// or more. The list is read off the GUI thread.
class RemotePicker : public QMenu
{
    Q_OBJECT
public:
    explicit RemotePicker(QWidget *parent);

    // Reads the remotes of the workspace in `dir` (empty: none); `resetChoice` goes back to the default.
    void refresh(const QString &dir, bool resetChoice);
    // The remote chosen, empty for the default one.
    QString chosen() const { return m_chosen; }

    // The remote whose state the Versions panel shows: the one chosen, when there are several.
    QString shown() const;

signals:
    void remoteChosen(const QString &shown); // see shown()
    void listed(); // the entries show the remotes last read

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QStringList &names, const QString &defaultName);
    void retranslate();

    QString m_chosen;
    QStringList m_names;
    QString m_default;
    QActionGroup *m_group = nullptr;
};

} // namespace wfs
