#pragma once

#include "model/pipelines/FlowDocument.h"
#include "model/pipelines/LiveJobs.h"

#include <QWidget>
#include <optional>
#include <vector>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wfs {

// The jobs of the open live workflow (each with its newest run) and every running live job,
// with Start and Kill buttons for the selected row.
class LiveJobsList : public QWidget
{
    Q_OBJECT
public:
    explicit LiveJobsList(QWidget *parent = nullptr);

    // `flow`: the open live workflow, or null.
    void setJobs(const pipelines::FlowDocument *flow, const std::vector<pipelines::LiveJob> &runs);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *killButton() const { return m_kill; }
    // Selects the row of job NAME (job or job-suffix).
    bool selectJob(const QString &name);

signals:
    void startRequested(const QString &job, bool multi);
    void killRequested(qint64 id, const QString &name);
    void logRequested(const QString &title, const QString &path);

private:
    struct Row
    {
        QString name;
        QString job;  // the job in the open flow, empty for a run of another flow
        bool multi = false;
        std::optional<pipelines::LiveJob> run;
        QString unavailable; // why the job cannot start here (a GitHub action)
    };
    void updateButtons();
    const Row *currentRow() const;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_kill = nullptr;
    std::vector<Row> m_rows;
};

} // namespace wfs
