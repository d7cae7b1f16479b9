#pragma once

// What the graph window suites share: GraphFixture's workspace, built afresh for each test and
// opened in a shown MainWindow as the program opens it, laid out before the test starts.

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "tests/GraphFixture.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

namespace graphtest {

class WindowTestCase : public QObject
{
protected:
    std::unique_ptr<GraphFixture> m_fx;
    std::unique_ptr<wfs::MainWindow> m_window;

    wfs::GraphScene &scene() { return *m_window->scene(); }
    wfs::WorkflowModel &model() { return *m_window->model(); }

    // For initTestCase(): settings of the suite's own, emptied.
    static void startSuite()
    {
        QStandardPaths::setTestModeEnabled(true);
        wfs::setApplicationIdentity();
        QSettings().clear();
    }

    // A new window on the fixture's workspace, shown.
    bool openWindow()
    {
        m_window = std::make_unique<wfs::MainWindow>();
        if (!m_window->openWorkspace(m_fx->wsDir))
            return false;
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // For init(): the fixture's workspace built, open and laid out. Fails the test otherwise (the
    // caller wraps it in CHECK).
    void openFixture()
    {
        m_fx = std::make_unique<GraphFixture>();
        CHECK(buildWorkspace(*m_fx));
        QVERIFY(openWindow());
        WAIT_FOR_LAYOUT(scene(), model());
    }

    // For cleanup().
    void closeFixture()
    {
        m_window.reset();
        m_fx.reset();
    }
};

} // namespace graphtest
