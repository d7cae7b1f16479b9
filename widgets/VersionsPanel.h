#pragma once

#include "model/graph/NodeKind.h"

#include <QTimer>
#include <QWidget>
#include <map>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wfs {

class WorkflowModel;
struct ManifestDiff;
struct VersionInfo;

// The selected project's versions (seed 000 section 1): list, create, compare, restore, delete.
// Long work runs off the GUI thread with progress and cancel.
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VersionsPanel(WorkflowModel &model, QWidget *parent = nullptr);

    void setProject(NodeId project);
    NodeId project() const { return m_project; }
    // The remote whose state the Remote column shows; empty: every remote. Reads the list again.
    void setRemote(const QString &name);
    // The version ids shown, in order (for tests).
    QList<NodeId> shownVersions() const;

    void createVersion();
    // Compares `version` with the working folder, or with `other` when given.
    void compare(NodeId version, NodeId other = 0);
    void restore(NodeId version);
    void deleteVersion(NodeId version);

    // True once a list read for the current project is shown (versionsShown() then).
    bool isLoaded() const { return m_loaded; }

signals:
    void message(const QString &text);
    void versionsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showVersions(const std::vector<VersionInfo> &versions, const std::map<NodeId, QString> &states);
    void askToRestore(NodeId project, NodeId version, const QString &folder);
    QList<NodeId> selectedVersions() const;
    int numberOf(NodeId version) const;

    WorkflowModel &m_model;
    NodeId m_project = 0;
    QString m_remote;
    bool m_loaded = false;
    QLabel *m_header;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QTimer m_refreshSoon; // many cards arriving at once refresh the list once
};

// Shows what changed between two states of a project.
void showDiff(QWidget *parent, const QString &title, const ManifestDiff &diff);

} // namespace wfs
