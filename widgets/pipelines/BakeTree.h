#pragma once

#include "model/pipelines/BakeStore.h"

#include <QTreeWidget>
#include <vector>

namespace wfs {

// Past and running bakes, newest first, each with its attempts (newest first) below it; a
// coloured dot and the status name say how each went. Updated in place, so that selection and
// expansion survive the live refresh.
class BakeTree : public QTreeWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        pipelines::Bake bake;
        std::vector<pipelines::BakeAttempt> attempts; // oldest first, as the store gives them
    };

    explicit BakeTree(QWidget *parent = nullptr);

    void setBakes(const std::vector<Entry> &entries);
    // The width that shows every column's text whole.
    int contentWidth() const;
    // Selects the attempt's row (attempt 0: the bake's row) without emitting attemptSelected.
    void selectAttempt(qint64 bake, int attempt);
    QTreeWidgetItem *bakeItem(qint64 bake) const;
    QTreeWidgetItem *attemptItem(qint64 bake, int attempt) const;

    static QColor statusColour(pipelines::BakeStatus status);
    static QString statusLabel(pipelines::BakeStatus status);

signals:
    // A bake's row means its newest attempt: `attempt` is then 0.
    void attemptSelected(qint64 bake, int attempt);

private:
    void fillAttempt(QTreeWidgetItem *item, const pipelines::BakeAttempt &attempt);

    bool m_filling = false;
};

} // namespace wfs
