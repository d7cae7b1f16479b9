#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QGraphicsScene;

namespace wfs {

class GraphView;
class Workspace;
class GraphStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `dir` as the current workspace; on failure keeps the current one and says why.
    bool openWorkspace(const QString &dir);
    Workspace *workspace() const { return m_workspace.get(); }
    GraphView *view() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseWorkspace();
    void updateStatus();
    void showAbout();

    GraphView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GraphStore> m_store;
};

} // namespace wfs
