#include "widgets/IconPickerDialog.h"

#include "model/graph/IconCatalog.h"
#include "widgets/IconFont.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace wfs {

namespace {

constexpr int kGlyphPx = 32;

// Every icon name, in the catalogue's sorted order; the glyph is drawn by GlyphDelegate.
class IconListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(icons::names().size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return icons::names().at(index.row());
        return {};
    }
};

// The name on at most two lines, broken after a hyphen so that long names such as
// "arrow-left-bold-circle-outline" keep their distinguishing end.
QStringList nameLines(const QString &name, const QFontMetrics &fm, int width)
{
    if (fm.horizontalAdvance(name) <= width)
        return {name};
    qsizetype cut = name.lastIndexOf(u'-');
    while (cut > 0 && fm.horizontalAdvance(name.left(cut + 1)) > width)
        cut = name.lastIndexOf(u'-', cut - 1);
    if (cut <= 0)
        return {fm.elidedText(name, Qt::ElideMiddle, width)};
    return {name.left(cut + 1), fm.elidedText(name.mid(cut + 1), Qt::ElideMiddle, width)};
}

// Draws the glyph with the icon font and the name under it, only for the cells being painted:
// no pixmap or widget exists per icon, so the grid stays fast with the whole catalogue.
class GlyphDelegate : public QStyledItemDelegate
{
public:
    explicit GlyphDelegate(QObject *parent) : QStyledItemDelegate(parent), m_glyphFont(iconfont::font(kGlyphPx)) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {104, kGlyphPx + 14 + 2 * option.fontMetrics.height()};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        // The panel alone: the style would otherwise draw the text where the glyph goes.
        opt.text.clear();
        // Highlight the whole cell, not the (empty) text's rectangle.
        opt.showDecorationSelected = true;
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                 : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect r = opt.rect.adjusted(3, 4, -3, -4);
        const int lineHeight = opt.fontMetrics.height();
        painter->setFont(m_glyphFont);
        painter->drawText(QRect(r.left(), r.top(), r.width(), kGlyphPx + 6), Qt::AlignCenter, iconfont::glyph(name));
        painter->setFont(opt.font);
        int y = r.top() + kGlyphPx + 8;
        for (const QString &line : nameLines(name, opt.fontMetrics, r.width())) {
            painter->drawText(QRect(r.left(), y, r.width(), lineHeight), Qt::AlignHCenter | Qt::AlignTop, line);
            y += lineHeight;
        }
        painter->restore();

        if (opt.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(opt);
            focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
    }

private:
    QFont m_glyphFont;
};

// Arrow keys in the filter field move into the grid, so the keyboard alone can pick an icon.
class FilterKeys : public QObject
{
public:
    FilterKeys(QListView *list, QObject *parent) : QObject(parent), m_list(list) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
                if (!m_list->currentIndex().isValid() && m_list->model()->rowCount() > 0)
                    m_list->setCurrentIndex(m_list->model()->index(0, 0));
                m_list->setFocus();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_list;
};

} // namespace

IconPickerDialog::IconPickerDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Choose an Icon"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("iconFilter"));
    m_filter->setPlaceholderText(tr("Search icons by name"));
    m_filter->setClearButtonEnabled(true);

    auto *model = new IconListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("iconList"));
    m_list->setModel(m_proxy);
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWrapping(true);
    // Every cell has the delegate's size; without this the view asks for all 1650 hints.
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *delegate = new GlyphDelegate(m_list);
    m_list->setItemDelegate(delegate);
    QStyleOptionViewItem probe;
    probe.fontMetrics = m_list->fontMetrics();
    m_list->setGridSize(delegate->sizeHint(probe, {}) + QSize(4, 4));
    m_filter->installEventFilter(new FilterKeys(m_list, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("iconNoMatch"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &IconPickerDialog::applyFilter);
    // Runs before the dialog sees the same Enter and clicks its default button, OK.
    connect(m_filter, &QLineEdit::returnPressed, this, &IconPickerDialog::selectFirstIfNone);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            accept();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IconPickerDialog::updateOkButton);

    const qsizetype row = icons::names().indexOf(icons::normalized(current));
    if (row >= 0)
        m_list->setCurrentIndex(m_proxy->mapFromSource(model->index(int(row))));

    m_filter->setFocus();
    updateOkButton();
    resize(730, 520);
}

QString IconPickerDialog::selectedIcon() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::DisplayRole).toString();
}

std::optional<QString> IconPickerDialog::pick(QWidget *parent, const QString &current)
{
    IconPickerDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedIcon().isEmpty())
        return std::nullopt;
    return dialog.selectedIcon();
}

void IconPickerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The icon grid is laid out after the first show; scrolling before that has no geometry.
    QTimer::singleShot(0, this, &IconPickerDialog::scrollToSelection);
}

void IconPickerDialog::applyFilter(const QString &text)
{
    const QString chosen = selectedIcon();
    m_proxy->setFilterFixedString(text.trimmed());
    const bool none = m_proxy->rowCount() == 0;
    m_noMatch->setText(tr("No icon's name contains \"%1\". Try a shorter or an English word, like \"chart\" or \"file\".")
                           .arg(text.trimmed()));
    m_noMatch->setVisible(none);
    m_list->setVisible(!none);
    // When the chosen icon is filtered away the view would select a neighbour of it, an icon
    // the user never picked; nothing stays selected instead, and Enter takes the first match.
    const QModelIndexList still = m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, chosen, 1, Qt::MatchExactly);
    if (chosen.isEmpty() || still.isEmpty()) {
        m_list->selectionModel()->clear();
        m_list->scrollToTop();
    } else {
        m_list->setCurrentIndex(still.first());
    }
    // Filtering may change the selection without a selectionChanged signal.
    updateOkButton();
    scrollToSelection();
}

void IconPickerDialog::selectFirstIfNone()
{
    if (selectedIcon().isEmpty() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void IconPickerDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedIcon().isEmpty());
}

void IconPickerDialog::scrollToSelection()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    if (!rows.isEmpty())
        m_list->scrollTo(rows.first(), QAbstractItemView::PositionAtCenter);
}

} // namespace wfs
