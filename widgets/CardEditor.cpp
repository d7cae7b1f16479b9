#include "widgets/CardEditor.h"

#include "model/graph/WorkflowModel.h"
#include "widgets/CardStyle.h"
#include "widgets/IconFont.h"
#include "widgets/IconPickerDialog.h"
#include "widgets/SetCardSettingsCommand.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wfs {

namespace {

void setSwatch(QPushButton *button, const QColor &color)
{
    button->setText(color.name());
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; }")
                              .arg(color.name(), color.lightness() > 140 ? QStringLiteral("#000") : QStringLiteral("#fff")));
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

CardEditor::CardEditor(WorkflowModel &model, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(undo), m_header(new QLabel(this)), m_title(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_icon(new QPushButton(this)), m_iconColor(new QPushButton(this)),
      m_iconBackground(new QPushButton(this)), m_clearIcon(new QPushButton(tr("Default icon"), this)),
      m_iconNote(new QLabel(this)), m_url(new QLineEdit(this)), m_urlTitle(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_reset(new QPushButton(tr("Reset card"), this)), m_form(new QWidget(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_iconNote->setWordWrap(true);
    m_iconNote->setText(tr("Project cards show a preview of their images instead of an icon."));
    m_icon->setToolTip(tr("Choose an icon"));
    // Long icon names and colour codes must not widen the dock when a card is selected.
    for (QPushButton *b : {m_icon, m_iconColor, m_iconBackground})
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_iconColor->setToolTip(tr("Icon colour"));
    m_iconBackground->setToolTip(tr("Icon background colour"));
    m_url->setPlaceholderText(tr("https://... or /path"));
    m_urlTitle->setPlaceholderText(tr("Link title"));

    auto *iconRow = new QHBoxLayout;
    iconRow->addWidget(m_icon, 1);
    iconRow->addWidget(m_clearIcon);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_iconColor);
    colourRow->addWidget(m_iconBackground);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    // The dock is narrow: labels above their fields give each field the whole width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Icon:"), iconRow);
    form->addRow(tr("Colours:"), colourRow);
    form->addRow(QString(), m_iconNote);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("Link t&itle:"), m_urlTitle);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_reset, 0, Qt::AlignRight);
    layout->addStretch(1);

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &t) { editText(&CardSettings::title, t, tr("Edit title")); });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &t) { editText(&CardSettings::description, t, tr("Edit description")); });
    connect(m_url, &QLineEdit::textEdited, this, &CardEditor::editLink);
    connect(m_urlTitle, &QLineEdit::textEdited, this, &CardEditor::editLink);
    for (QLineEdit *edit : {m_title, m_description, m_url, m_urlTitle})
        connect(edit, &QLineEdit::editingFinished, this, [this] { ++m_session; });
    connect(m_icon, &QPushButton::clicked, this, &CardEditor::chooseIcon);
    connect(m_iconColor, &QPushButton::clicked, this, [this] { chooseColor(false); });
    connect(m_iconBackground, &QPushButton::clicked, this, [this] { chooseColor(true); });
    connect(m_clearIcon, &QPushButton::clicked, this, [this] {
        CardSettings s = current();
        s.icon.reset();
        push(s, tr("Default icon"), false);
    });
    connect(m_reset, &QPushButton::clicked, this, &CardEditor::resetCard);
    connect(&m_model, &WorkflowModel::nodeChanged, this, [this](NodeId id) {
        if (id == m_node)
            refresh();
    });
    connect(&m_model, &WorkflowModel::nodeRemoved, this, [this](NodeId id) {
        if (id == m_node)
            setNode(0);
    });
    setNode(0);
}

void CardEditor::setNode(NodeId id)
{
    m_node = id;
    ++m_session;
    m_problem->clear();
    refresh();
}

QString CardEditor::problemText() const
{
    return m_problem->text();
}

CardSettings CardEditor::current() const
{
    const Node *n = m_model.node(m_node);
    return n ? n->settings : CardSettings{};
}

void CardEditor::refresh()
{
    const Node *n = m_model.node(m_node);
    m_form->setEnabled(n != nullptr);
    m_reset->setEnabled(n && !n->settings.isEmpty());
    if (!n) {
        // Nothing of the previous card stays: no title, icon or colours that belong to no card.
        m_iconNote->hide();
        m_header->setText(tr("Select a card to customise it."));
        for (QLineEdit *e : {m_title, m_description, m_url, m_urlTitle})
            e->clear();
        m_title->setPlaceholderText(QString());
        m_icon->setText(QString());
        m_icon->setToolTip(tr("Choose an icon"));
        for (QPushButton *b : {m_iconColor, m_iconBackground}) {
            b->setText(QString());
            b->setStyleSheet(QString());
        }
        return;
    }
    const cardstyle::Look look = cardstyle::effectiveLook(*n);
    m_header->setText(tr("%1 #%2").arg(cardstyle::defaultLook(*n).kindLabel).arg(n->id));
    m_title->setPlaceholderText(n->title);
    setTextIfDifferent(m_title, n->settings.title.value_or(QString()));
    setTextIfDifferent(m_description, n->settings.description.value_or(QString()));
    if (!m_url->hasFocus() && !m_urlTitle->hasFocus()) {
        setTextIfDifferent(m_url, n->settings.link ? n->settings.link->url : QString());
        setTextIfDifferent(m_urlTitle, n->settings.link ? n->settings.link->title : QString());
    }
    const bool project = n->kind == NodeKind::Project || n->kind == NodeKind::ProjectVersion;
    for (QWidget *w : std::initializer_list<QWidget *>{m_icon, m_iconColor, m_iconBackground, m_clearIcon})
        w->setEnabled(!project);
    m_iconNote->setVisible(project);
    m_icon->setFont(iconfont::font(18));
    m_icon->setText(iconfont::glyph(look.icon));
    m_icon->setToolTip(tr("Icon \"%1\": click to choose another").arg(look.icon));
    m_clearIcon->setEnabled(!project && n->settings.icon.has_value());
    setSwatch(m_iconColor, look.iconColor);
    setSwatch(m_iconBackground, look.iconBackground);
}

void CardEditor::push(const CardSettings &after, const QString &text, bool typing)
{
    const Node *n = m_model.node(m_node);
    if (!n)
        return;
    if (const auto problem = after.problem(n->kind)) {
        m_problem->setText(problem->message);
        return;
    }
    m_problem->clear();
    if (after == n->settings)
        return;
    m_undo.push(new SetCardSettingsCommand(m_model, m_node, n->settings, after, text, typing ? m_session : -1));
}

void CardEditor::editText(std::optional<QString> CardSettings::*field, const QString &value, const QString &label)
{
    CardSettings s = current();
    if (value.isEmpty())
        (s.*field).reset();
    else
        s.*field = value;
    push(s, label, true);
}

void CardEditor::editLink()
{
    CardSettings s = current();
    const QString url = m_url->text().trimmed();
    const QString title = m_urlTitle->text();
    if (url.isEmpty() && title.trimmed().isEmpty())
        s.link.reset();
    else
        s.link = CardLink{url, title};
    push(s, tr("Edit link"), true);
}

void CardEditor::applyIcon(const QString &name)
{
    const Node *n = m_model.node(m_node);
    if (!n)
        return;
    const cardstyle::Look look = cardstyle::effectiveLook(*n);
    CardSettings s = n->settings;
    s.icon = CardIcon{name, look.iconColor.name(), look.iconBackground.name()};
    push(s, tr("Change icon"), false);
}

void CardEditor::applyIconColors(const QColor &color, const QColor &background)
{
    const Node *n = m_model.node(m_node);
    if (!n)
        return;
    CardSettings s = n->settings;
    s.icon = CardIcon{cardstyle::effectiveLook(*n).icon, color.name(), background.name()};
    push(s, tr("Change icon colours"), false);
}

void CardEditor::resetCard()
{
    push(CardSettings{}, tr("Reset card"), false);
}

void CardEditor::chooseIcon()
{
    const Node *n = m_model.node(m_node);
    if (!n)
        return;
    if (const std::optional<QString> name = IconPickerDialog::pick(this, cardstyle::effectiveLook(*n).icon))
        applyIcon(*name);
}

void CardEditor::chooseColor(bool background)
{
    const Node *n = m_model.node(m_node);
    if (!n)
        return;
    const cardstyle::Look look = cardstyle::effectiveLook(*n);
    const QColor start = background ? look.iconBackground : look.iconColor;
    const QColor chosen = QColorDialog::getColor(start, this, background ? tr("Icon background colour") : tr("Icon colour"));
    if (!chosen.isValid())
        return;
    applyIconColors(background ? look.iconColor : chosen, background ? chosen : look.iconBackground);
}

} // namespace wfs
