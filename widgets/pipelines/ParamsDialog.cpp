#include "widgets/pipelines/ParamsDialog.h"

#include "model/pipelines/Expr.h"
#include "widgets/ToolTip.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wfs {

ParamsDialog::ParamsDialog(const QString &flowName, const std::vector<pipelines::Param> &params, QWidget *parent)
    : QDialog(parent), m_params(params)
{
    setWindowTitle(tr("Run %1").arg(flowName));
    auto *intro = new QLabel(tr("Values for the params of %1. Each starts at its default.").arg(flowName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const pipelines::Param &p : m_params) {
        auto *edit = new QLineEdit(defaultText(p.defaultValue), this);
        edit->setObjectName(QStringLiteral("param_") + p.name);
        if (p.defaultValue.isNull())
            edit->setPlaceholderText(tr("no default"));
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        if (!p.descr.isEmpty()) {
            auto *descr = new QLabel(p.descr, this);
            descr->setTextFormat(Qt::PlainText);
            descr->setWordWrap(true);
            descr->setStyleSheet(QStringLiteral("color: #607d8b;"));
            cell->addWidget(descr);
            edit->setToolTip(plainToolTip(p.descr));
        }
        form->addRow(p.name, cell);
        m_fields.push_back(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    auto *problem = new QLabel(this);
    problem->setTextFormat(Qt::PlainText);
    problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    problem->hide();
    // A param without a default has no value unless one is typed: the bake would refuse it.
    connect(buttons, &QDialogButtonBox::accepted, this, [this, problem] {
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            if (m_params[i].defaultValue.isNull() && m_fields[i]->text().isEmpty()) {
                problem->setText(tr("%1 has no default: give it a value.").arg(m_params[i].name));
                problem->show();
                m_fields[i]->setFocus();
                return;
            }
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString ParamsDialog::defaultText(const QJsonValue &value)
{
    return pipelines::expr::toText(value); // as the flow's expressions would print it
}

std::vector<std::pair<QString, QString>> ParamsDialog::overrides() const
{
    std::vector<std::pair<QString, QString>> result;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const QString text = m_fields[i]->text();
        if (text != defaultText(m_params[i].defaultValue))
            result.emplace_back(m_params[i].name, text);
    }
    return result;
}

QLineEdit *ParamsDialog::field(const QString &name) const
{
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (m_params[i].name == name)
            return m_fields[i];
    }
    return nullptr;
}

} // namespace wfs
