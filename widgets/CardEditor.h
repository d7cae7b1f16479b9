#pragma once

#include "model/graph/CardSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace wfs {

class WorkflowModel;

// Edits the selected card's title, description, icon, colours and link within the seed's
// rules; every change is an undoable command on the window's undo stack.
class CardEditor : public QWidget
{
    Q_OBJECT
public:
    CardEditor(WorkflowModel &model, QUndoStack &undo, QWidget *parent = nullptr);

    void setNode(NodeId id);
    NodeId node() const { return m_node; }

    // For tests and the keyboard: the widgets by role.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *urlTitleEdit() const { return m_urlTitle; }
    QString problemText() const;

    // The same changes the buttons make, without their dialogs.
    void applyIcon(const QString &name);
    void applyIconColors(const QColor &color, const QColor &background);
    void resetCard();

private:
    void refresh();
    CardSettings current() const;
    void push(const CardSettings &after, const QString &text, bool typing);
    void editText(std::optional<QString> CardSettings::*field, const QString &value, const QString &label);
    void editLink();
    void chooseIcon();
    void chooseColor(bool background);

    WorkflowModel &m_model;
    QUndoStack &m_undo;
    NodeId m_node = 0;
    int m_session = 0;
    QLabel *m_header;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QPushButton *m_icon;
    QPushButton *m_iconColor;
    QPushButton *m_iconBackground;
    QPushButton *m_clearIcon;
    QLabel *m_iconNote;
    QLineEdit *m_url;
    QLineEdit *m_urlTitle;
    QLabel *m_problem;
    QPushButton *m_reset;
    QWidget *m_form;
};

} // namespace wfs
