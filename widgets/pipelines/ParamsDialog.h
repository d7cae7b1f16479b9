#pragma once

#include "model/pipelines/FlowDocument.h"

#include <QDialog>
#include <utility>
#include <vector>

class QLineEdit;

namespace wfs {

// Asks for a flow's params before it runs: each with its default filled in and its description.
class ParamsDialog : public QDialog
{
    Q_OBJECT
public:
    ParamsDialog(const QString &flowName, const std::vector<pipelines::Param> &params, QWidget *parent = nullptr);

    // NAME VALUE pairs for `-p`, for the params whose value differs from their default.
    std::vector<std::pair<QString, QString>> overrides() const;
    QLineEdit *field(const QString &name) const;

    // How a default is written in the field: strings as they are, other values as JSON.
    static QString defaultText(const QJsonValue &value);

private:
    std::vector<pipelines::Param> m_params;
    std::vector<QLineEdit *> m_fields;
};

} // namespace wfs
