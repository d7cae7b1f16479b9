#include "CardEditor.h"
#include "GraphFixture.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "SceneExporter.h"
#include "core/AppIdentity.h"
#include "core/Error.h"

#include <QApplication>
#include <QBuffer>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace wfs;

namespace {

// Every <text> element's content, as an SVG viewer would show it.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;

    GraphScene &scene() { return *m_window->scene(); }
    WorkflowModel &model() { return *m_window->model(); }
    QString status() { return m_window->statusBar()->currentMessage(); }

    // A drag from the file manager: enter, then drop, on the view's viewport.
    void drop(const QList<QUrl> &urls)
    {
        QWidget *viewport = m_window->view()->viewport();
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos = viewport->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(pos), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    std::vector<const Node *> nodesWithPath(const QString &path)
    {
        std::vector<const Node *> found;
        for (const Node &n : model().graph().nodes) {
            if (n.path == path)
                found.push_back(&n);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void init()
    {
        m_fx = std::make_unique<GraphFixture>();
        CHECK(buildWorkspace(*m_fx));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openWorkspace(m_fx->wsDir));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        WAIT_FOR_LAYOUT(scene(), model());
    }

    void cleanup()
    {
        m_window.reset();
        m_fx.reset();
    }

    void droppedFolderBecomesOneProjectCard()
    {
        const QString folder = QDir(m_fx->path(QStringLiteral("parking-lots"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        CHECK(drop({QUrl::fromLocalFile(folder)}));
        QCOMPARE(nodesWithPath(folder).size(), std::size_t(1));
        const Node *project = nodesWithPath(folder).front();
        QCOMPARE(project->kind, NodeKind::Project);
        QVERIFY2(status().contains(QStringLiteral("parking-lots")) && !status().contains(QStringLiteral("already")),
                 qPrintable(status()));
        const NodeId id = project->id;
        WAIT_FOR_LAYOUT(scene(), model());
        QVERIFY(scene().card(id)->isVisible());
        QCOMPARE(cardIds(scene()).size(), std::size_t(8));

        // The same folder again, by another spelling: still one card, and the status bar says so.
        scene().clearSelection();
        CHECK(drop({QUrl::fromLocalFile(folder + QStringLiteral("/"))}));
        QCOMPARE(nodesWithPath(folder).size(), std::size_t(1));
        QCOMPARE(model().graph().nodes.size(), std::size_t(8));
        QVERIFY2(status().contains(QStringLiteral("already on the graph")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("parking-lots")), qPrintable(status()));
        // The card that is already there is pointed out.
        QCOMPARE(scene().selectedNode(), id);
    }

    void droppedNewCardIsSelected()
    {
        const QString folder = QDir(m_fx->path(QStringLiteral("harbour"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        CHECK(drop({QUrl::fromLocalFile(folder)}));
        QCOMPARE(nodesWithPath(folder).size(), std::size_t(1));
        const NodeId id = nodesWithPath(folder).front()->id;
        WAIT_FOR_LAYOUT(scene(), model());
        // addDroppedPaths selects what was dropped, so that the card editor shows it.
        QCOMPARE(scene().selectedNode(), id);
    }

    void droppedFileBecomesAFileCard()
    {
        const QString file = QDir(m_fx->path(QStringLiteral("notes/labels.txt"))).absolutePath();
        CHECK(touchFile(file));
        CHECK(drop({QUrl::fromLocalFile(file)}));
        QCOMPARE(nodesWithPath(file).size(), std::size_t(1));
        QCOMPARE(nodesWithPath(file).front()->kind, NodeKind::File);
        QVERIFY2(status().contains(QStringLiteral("labels.txt")), qPrintable(status()));
        const NodeId id = nodesWithPath(file).front()->id;
        WAIT_FOR_LAYOUT(scene(), model());
        QVERIFY(scene().card(id)->isVisible());
    }

    void remoteUrlsAreRefused()
    {
        const std::size_t before = model().graph().nodes.size();
        CHECK(drop({QUrl(QStringLiteral("https://example.com/dataset.zip"))}));
        QCOMPARE(model().graph().nodes.size(), before);
        QVERIFY2(status().contains(QStringLiteral("not files or folders on this computer")), qPrintable(status()));
        // Text without urls is not taken at all.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window->view()->viewport(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void dropInANarrowScopeIsNotMistakenForADuplicate()
    {
        model().setScope({Scope::Type::Task, m_fx->evaluate});
        WAIT_FOR_LAYOUT(scene(), model());
        const QString folder = QDir(m_fx->path(QStringLiteral("new-project"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        CHECK(drop({QUrl::fromLocalFile(folder)}));
        GraphStore store(model().workspace());
        bool recorded = false;
        for (const Node &n : store.snapshot().nodes)
            recorded = recorded || (n.path == folder && n.kind == NodeKind::Project);
        QVERIFY(recorded);
        // The folder had no card before: the status bar must not call it a duplicate.
        QVERIFY2(!status().contains(QStringLiteral("already on the graph")), qPrintable(status()));
    }

    void svgHasEveryTitleAndNoSelection()
    {
        m_window->view()->setFocus();
        scene().selectNode(m_fx->train);
        QVERIFY(scene().card(m_fx->train)->isSelected());
        QGraphicsItem *focus = scene().focusItem();
        // The selection colour is what a selected card's border and its edges are drawn in.
        {
            QBuffer raw;
            QSvgGenerator svg;
            svg.setOutputDevice(&raw);
            QPainter p(&svg);
            scene().render(&p);
            p.end();
            QVERIFY(raw.data().toLower().contains("#1976d2"));
        }
        const QString path = m_fx->path(QStringLiteral("graph.svg"));
        exporter::exportSvg(scene(), path, QStringLiteral("My workflow"));
        const QByteArray svg = readAll(path);
        QString error;
        const QStringList texts = svgTexts(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Node &n : model().graph().nodes)
            QVERIFY2(texts.contains(n.displayTitle()), qPrintable(n.displayTitle() + QStringLiteral(" not in ") + texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Experiment")));
        QVERIFY(svg.contains("<title>My workflow</title>"));
        QVERIFY2(!svg.toLower().contains("#1976d2"), "the export shows the selection");
        // The selection and focus are back.
        QCOMPARE(scene().selectedNode(), m_fx->train);
        QVERIFY(scene().card(m_fx->train)->isSelected());
        QCOMPARE(scene().focusItem(), focus);
        QCOMPARE(m_window->cardEditor()->node(), m_fx->train);
    }

    void pngScales()
    {
        const QString one = m_fx->path(QStringLiteral("x1.png"));
        const QString two = m_fx->path(QStringLiteral("x2.png"));
        exporter::exportPng(scene(), one, 1);
        exporter::exportPng(scene(), two, 2);
        const QImage a(one);
        const QImage b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        const QSizeF expected = scene().itemsBoundingRect().size() + QSizeF(48, 48);
        QVERIFY2(qAbs(a.width() - expected.width()) <= 1 && qAbs(a.height() - expected.height()) <= 1,
                 qPrintable(QStringLiteral("%1x%2").arg(a.width()).arg(a.height())));
        QVERIFY2(qAbs(b.width() - 2 * a.width()) <= 2 && qAbs(b.height() - 2 * a.height()) <= 2,
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4").arg(b.width()).arg(b.height()).arg(a.width()).arg(a.height())));
        // Drawn, not blank: the task card is white on the grey background.
        const QPointF centre = scene().card(m_fx->train)->sceneBoundingRect().center() - scene().itemsBoundingRect().topLeft()
                               + QPointF(24, 24);
        QCOMPARE(QColor(a.pixel(centre.toPoint())), QColor(Qt::white));

        bool refused = false;
        try {
            exporter::exportPng(scene(), m_fx->path(QStringLiteral("x0.png")), 0);
        } catch (const Error &e) {
            refused = e.kind() == Error::Kind::Usage;
        }
        QVERIFY(refused);
        QVERIFY(!QFileInfo::exists(m_fx->path(QStringLiteral("x0.png"))));
        QString message;
        try {
            exporter::exportSvg(scene(), m_fx->path(QStringLiteral("missing/dir/g.svg")), QString());
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("missing/dir/g.svg")), qPrintable(message));
    }

    void cliExportsAScope()
    {
        model().setScope({Scope::Type::Project, m_fx->project});
        WAIT_FOR_LAYOUT(scene(), model());
        const QString svg = m_fx->path(QStringLiteral("cli.svg"));
        const QString png = m_fx->path(QStringLiteral("cli.png"));
        const CliHarness wfs(m_fx->wsDir);
        const QString scope = QStringLiteral("project:%1").arg(m_fx->project);
        const CliResult r = wfs.run({QStringLiteral("export"), QStringLiteral("--svg"), svg, QStringLiteral("--png"), png,
                                     QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--scope"), scope});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const QStringList texts = svgTexts(readAll(svg), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Node &n : model().graph().nodes)
            QVERIFY2(texts.contains(n.displayTitle()), qPrintable(n.displayTitle()));
        QVERIFY(!texts.contains(QStringLiteral("Evaluate")));
        // The same picture as the window's own export of that scope.
        const QImage cli(png);
        QVERIFY(!cli.isNull());
        const QString own = m_fx->path(QStringLiteral("own.png"));
        exporter::exportPng(scene(), own, 2);
        const QImage window(own);
        QVERIFY2(qAbs(cli.width() - window.width()) <= 2 && qAbs(cli.height() - window.height()) <= 2,
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4").arg(cli.width()).arg(cli.height()).arg(window.width()).arg(window.height())));

        const QString bad = m_fx->path(QStringLiteral("bad.png"));
        for (const QString &scale : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("17"), QStringLiteral("two")}) {
            const CliResult r2 = wfs.run({QStringLiteral("export"), QStringLiteral("--png"), bad, QStringLiteral("--scale"), scale});
            QVERIFY2(r2.exitCode == 2, qPrintable(scale + QStringLiteral(": ") + r2.err));
            QVERIFY2(r2.err.contains(QStringLiteral("--scale")), qPrintable(r2.err));
        }
        for (const QString &unknown : {QStringLiteral("project:99999"), QStringLiteral("task:%1").arg(m_fx->project)}) {
            const CliResult r3 = wfs.run({QStringLiteral("export"), QStringLiteral("--png"), bad, QStringLiteral("--scope"), unknown});
            QVERIFY2(r3.exitCode == 1, qPrintable(unknown + QStringLiteral(": ") + r3.err));
            QVERIFY2(r3.err.contains(unknown.section(u':', 1)), qPrintable(r3.err));
        }
        QVERIFY(!QFileInfo::exists(bad));
    }

    void germanMenus()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("wfs"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        const QString file = translator.translate("wfs::MainWindow", "&File");
        QCOMPARE(file, QStringLiteral("&Datei")); // translations/wfs_de.ts
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            MainWindow w;
            QCOMPARE(w.menuBar()->actions().value(0)->text(), file);
        }
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        MainWindow english;
        QCOMPARE(english.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
