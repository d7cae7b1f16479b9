// The window's Remote menu on real workspaces and a real shared-folder remote: Pull brings a
// teammate's task (who ran it) and project, whose versions the Versions panel shows as on the
// remote with their content not here yet; Push marks this workspace's own versions as on it.

#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/graph/GraphStore.h"
#include "model/graph/WorkflowModel.h"
#include "model/recording/Recorder.h"
#include "model/remote/FileStore.h"
#include "model/remote/LineagePush.h"
#include "model/remote/RemoteRegistry.h"
#include "model/remote/VersionPush.h"
#include "model/versions/Versions.h"
#include "model/workspace/Workspace.h"
#include "widgets/RemoteMenu.h"
#include "widgets/RemotePicker.h"
#include "widgets/VersionsPanel.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace wfs;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const Node *nodeTitled(const WorkflowModel &model, const QString &title)
{
    for (const Node &n : model.graph().nodes)
        if (n.title == title)
            return &n;
    return nullptr;
}

QString remoteCell(MainWindow &w, int row)
{
    auto *t = w.versionsPanel()->findChild<QTableWidget *>(u"versionsTable"_s);
    return t && t->rowCount() > row && t->item(row, 6) ? t->item(row, 6)->text() : QString();
}

} // namespace

class TestRemoteGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void pullShowsTeammatesWorkAndPushMarksVersions()
    {
        const remote::RemoteSpec spec{u"team"_s, u"file://"_s + m_tmp.filePath(u"share"_s), {}, {}, true};
        QDir().mkpath(m_tmp.filePath(u"share"_s));
        NodeId teammateProject = 0;
        {
            // The teammate records a version and a task, and pushes.
            Workspace ws(m_tmp.filePath(u"teammate"_s));
            GraphStore graph(ws);
            QVERIFY(writeFile(m_tmp.filePath(u"cats/a.txt"_s), "cat"));
            Versions versions(graph);
            teammateProject = versions.resolveProject(m_tmp.filePath(u"cats"_s));
            versions.create(teammateProject, u"Baseline"_s, {});
            Recorder recorder(graph);
            const NodeId task = recorder.startTask({u"Teammate's training"_s, {}, {}, {}});
            recorder.finishTask(task, TaskStatus::Succeeded, 0);
            remote::FileStore store(spec);
            remote::VersionPush(graph, store).push();
            remote::LineagePush(graph, store).push();
        }
        const QString mine = m_tmp.filePath(u"mine"_s);
        {
            Workspace ws(mine);
            remote::RemoteRegistry(ws).add(spec);
        }
        MainWindow w;
        QVERIFY(w.openWorkspace(mine));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.remoteMenu()->pullAction()->isEnabled());
        QStringList messages;
        connect(w.remoteMenu(), &RemoteMenu::message, this, [&](const QString &m) { messages << m; });
        w.remoteMenu()->pullAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(nodeTitled(*w.model(), u"Teammate's training"_s), 20000);
        const Node *task = nodeTitled(*w.model(), u"Teammate's training"_s);
        QVERIFY(task->task);
        QVERIFY(!task->task->user.isEmpty());
        QCOMPARE(task->task->host, QSysInfo::machineHostName());
        QTRY_VERIFY(w.remoteMenu()->pushAction()->isEnabled()); // the job is over
        // The message counts everything the pull brought, bakes and customisations too.
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(QRegularExpression(u"^Pulled [1-9][0-9]* card\\(s\\), 1 version\\(s\\), 0 bake\\(s\\) and 0 customisation\\(s\\) from team$"_s)
                     .match(messages.front()).hasMatch(),
                 qPrintable(messages.front()));

        NodeId pulledProject = 0;
        for (const Node &n : w.model()->graph().nodes)
            if (n.kind == NodeKind::ProjectVersion)
                pulledProject = n.projectId;
        QVERIFY(pulledProject != 0);
        w.versionsPanel()->setProject(pulledProject);
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"on team, content not here yet"_s, 10000);

        // A version of this workspace's own: only here, then on the remote once pushed.
        QVERIFY(writeFile(m_tmp.filePath(u"dogs/b.txt"_s), "dog"));
        NodeId ownProject = 0;
        {
            Workspace ws(mine);
            GraphStore graph(ws);
            Versions versions(graph);
            ownProject = versions.resolveProject(m_tmp.filePath(u"dogs"_s));
            versions.create(ownProject, u"Mine"_s, {});
        }
        w.versionsPanel()->setProject(ownProject);
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"only here"_s, 10000);
        w.remoteMenu()->pushAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.remoteMenu()->pushAction()->isEnabled(), 20000);
        QTRY_COMPARE(messages.size(), 2);
        QVERIFY2(messages.back().startsWith(u"Pushed 1 version(s), "_s) && messages.back().endsWith(u" bake(s) and 0 customisation(s) to team"_s),
                 qPrintable(messages.back()));
        w.versionsPanel()->setProject(0);
        w.versionsPanel()->setProject(ownProject);
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"on team"_s, 10000);
    }

    // Two remotes: the Remote menu offers both (the default marked and chosen), Push goes to the
    // one picked, and the Versions panel's Remote column speaks of the one picked.
    void pickerChoosesTheRemote()
    {
        const QString dir = m_tmp.filePath(u"picker-ws"_s);
        remote::RemoteSpec team{u"team"_s, u"file://"_s + m_tmp.filePath(u"picker-team"_s), {}, {}, true};
        remote::RemoteSpec nas{u"nas"_s, u"file://"_s + m_tmp.filePath(u"picker-nas"_s), {}, {}, false};
        for (const auto *spec : {&team, &nas})
            QDir().mkpath(spec->location().path);
        NodeId project = 0;
        QVERIFY(writeFile(m_tmp.filePath(u"birds/c.txt"_s), "bird"));
        {
            Workspace ws(dir);
            remote::RemoteRegistry(ws).add(team);
            remote::RemoteRegistry(ws).add(nas);
            GraphStore graph(ws);
            Versions versions(graph);
            project = versions.resolveProject(m_tmp.filePath(u"birds"_s));
            versions.create(project, u"Birds"_s, {});
        }
        MainWindow w;
        QVERIFY(w.openWorkspace(dir));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RemotePicker *picker = w.remoteMenu()->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->menuAction()->isVisible(), 10000);
        QCOMPARE(picker->actions().size(), 2);
        QAction *entries[2] = {};
        for (QAction *a : picker->actions())
            entries[a->data().toString() == u"team" ? 0 : 1] = a;
        QVERIFY(entries[0] && entries[1]);
        QCOMPARE(entries[0]->text(), u"team (default)"_s);
        QVERIFY(entries[0]->isChecked());
        QCOMPARE(entries[1]->text(), u"nas"_s);
        QVERIFY(!entries[1]->isChecked());

        w.versionsPanel()->setProject(project);
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"not on team"_s, 10000);
        entries[1]->trigger();
        QVERIFY(entries[1]->isChecked() && !entries[0]->isChecked());
        QCOMPARE(picker->chosen(), u"nas"_s);
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"not on nas"_s, 10000);

        w.remoteMenu()->pushAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"on nas"_s, 20000);
        QTRY_VERIFY(w.remoteMenu()->pushAction()->isEnabled());
        QCOMPARE(remote::FileStore(nas).list(u"versions/"_s).size(), std::size_t(1));
        QCOMPARE(remote::FileStore(team).list(u"versions/"_s).size(), std::size_t(0));
        entries[0]->trigger();
        QCOMPARE(picker->chosen(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(remoteCell(w, 0), u"not on team"_s, 10000);
    }
};

QTEST_MAIN(TestRemoteGui)
#include "tst_remotegui.moc"
