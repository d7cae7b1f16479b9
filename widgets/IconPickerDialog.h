#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace wfs {

// Lets the user choose one of the embedded Material Design icons: a filter field above a grid
// of every glyph with its name. The grid is one list view over a model, so all ~1650 icons
// cost nothing until they are scrolled into sight.
class IconPickerDialog : public QDialog
{
    Q_OBJECT
public:
    IconPickerDialog(const QString &current, QWidget *parent = nullptr);

    // The chosen icon's name, empty when nothing is selected.
    QString selectedIcon() const;

    // Runs the dialog; nullopt when the user cancels.
    static std::optional<QString> pick(QWidget *parent, const QString &current);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const QString &text);
    void selectFirstIfNone();
    void updateOkButton();
    void scrollToSelection();

    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_noMatch = nullptr; // said instead of an empty grid
};

} // namespace wfs
