#include "app/gui/MainWindow.h"
#include "model/core/AppIdentity.h"
#include "model/core/Error.h"
#include "tests/WindowTestSupport.h"
#include "widgets/CardEditor.h"
#include "widgets/GraphView.h"
#include "widgets/SceneExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTextDocument>
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

class TestGraphExport : public graphtest::WindowTestCase
{
    Q_OBJECT

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
    void initTestCase() { startSuite(); }

    void init() { openFixture(); }

    void cleanup() { closeFixture(); }

    void droppedFolderBecomesOneProjectCard()
    {
        const QString folder = QDir(m_fx->path(QStringLiteral("parking-lots"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        CHECK(drop({QUrl::fromLocalFile(folder)}));
        QTRY_COMPARE_WITH_TIMEOUT(nodesWithPath(folder).size(), std::size_t(1), 10000);
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
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("already on the graph")), 10000);
        QCOMPARE(nodesWithPath(folder).size(), std::size_t(1));
        QCOMPARE(model().graph().nodes.size(), std::size_t(8));
        QVERIFY2(status().contains(QStringLiteral("parking-lots")), qPrintable(status()));
        // The card that is already there is pointed out.
        QTRY_COMPARE_WITH_TIMEOUT(scene().selectedNode(), id, 10000);
    }

    void droppedNewCardIsSelected()
    {
        const QString folder = QDir(m_fx->path(QStringLiteral("harbour"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        CHECK(drop({QUrl::fromLocalFile(folder)}));
        QTRY_COMPARE_WITH_TIMEOUT(nodesWithPath(folder).size(), std::size_t(1), 10000);
        const NodeId id = nodesWithPath(folder).front()->id;
        WAIT_FOR_LAYOUT(scene(), model());
        // addDroppedPaths selects what was dropped, so that the card editor shows it.
        QTRY_COMPARE_WITH_TIMEOUT(scene().selectedNode(), id, 10000);
    }

    void droppedFileBecomesAFileCard()
    {
        const QString file = QDir(m_fx->path(QStringLiteral("notes/labels.txt"))).absolutePath();
        CHECK(touchFile(file));
        CHECK(drop({QUrl::fromLocalFile(file)}));
        QTRY_COMPARE_WITH_TIMEOUT(nodesWithPath(file).size(), std::size_t(1), 10000);
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
        auto recorded = [&] {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            for (const Node &n : store.snapshot().nodes) {
                if (n.path == folder && n.kind == NodeKind::Project)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recorded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("new-project")), 10000);
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
        // Icons are shapes, not text in an icon font the viewer's machine may not have.
        for (const QString &t : texts) {
            for (const char32_t c : t.toUcs4())
                QVERIFY2(c < 0xE000 || (c > 0xF8FF && c < 0xF0000), qPrintable(QStringLiteral("an icon as text in ") + t));
        }
        QVERIFY(!svg.contains("Material Design Icons"));
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

    // Issue 10 item 7: control characters in user text never make invalid SVG, Graphviz
    // input or rich text; they are shown as their symbols (ESC as U+241B).
    void controlCharactersStayValidXml()
    {
        const QString esc(QChar(0x1b));
        const QString title = QStringLiteral("A") + esc + QStringLiteral("[1m<b>B</b>&") + QChar(0x01);
        const QString shown = QStringLiteral("A") + QChar(0x241b) + QStringLiteral("[1m<b>B</b>&") + QChar(0x2401);
        NodeId task = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            Recorder rec(store);
            task = rec.startTask({title, QStringLiteral("run") + esc + QStringLiteral(".py"), QStringLiteral("G") + esc, {}});
            rec.finishTask(task, TaskStatus::Succeeded, 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(model().node(task) != nullptr, 10000);
        WAIT_FOR_LAYOUT(scene(), model());
        QCOMPARE(model().node(task)->displayTitle(), shown);
        // The tooltip shows the title as written, not as markup.
        QTextDocument tip;
        tip.setHtml(scene().card(task)->toolTip());
        QCOMPARE(tip.toPlainText(), shown);

        const QString svg = m_fx->path(QStringLiteral("hostile.svg"));
        const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("export"), QStringLiteral("--svg"), svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        QStringList texts = svgTexts(readAll(svg), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(texts.contains(shown), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("G") + QChar(0x241b)), qPrintable(texts.join(u'|')));

        // The export's own title (the workspace's path in the window) is user text too.
        const QString own = m_fx->path(QStringLiteral("own.svg"));
        exporter::exportSvg(scene(), own, title);
        texts = svgTexts(readAll(own), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(readAll(own).contains(QByteArray("<title>" + shown.toHtmlEscaped().toUtf8() + "</title>")));
    }

    // Issue 10 item 16: broken images in a project folder give a placeholder preview, and
    // `wfs export` prints at most one line about them, not the image readers' warnings.
    void brokenImagesAreQuiet()
    {
        const QString folder = QDir(m_fx->path(QStringLiteral("damaged"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QImage photo(120, 90, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        QBuffer jpeg;
        QVERIFY(jpeg.open(QIODevice::WriteOnly) && photo.save(&jpeg, "JPEG"));
        const QByteArray bytes = jpeg.data();
        CHECK(touchFile(folder + QStringLiteral("/a-corrupt.jpg"), bytes.left(4) + QByteArray(600, '\x5a')));
        CHECK(touchFile(folder + QStringLiteral("/b-truncated.jpg"), bytes.left(bytes.size() * 2 / 3)));
        CHECK(touchFile(folder + QStringLiteral("/c-corrupt.jpg"), bytes.left(2) + QByteArray(300, '\xff')));
        NodeId project = 0;
        {
            Workspace ws(m_fx->wsDir);
            GraphStore store(ws);
            project = Recorder(store).registerPath(NodeKind::Project, folder);
        }
        QTRY_VERIFY_WITH_TIMEOUT(model().node(project) != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!scene().projectPreview(folder).isNull(), 10000);

        const QString png = m_fx->path(QStringLiteral("damaged.png"));
        const CliResult r = CliHarness(m_fx->wsDir).run({QStringLiteral("export"), QStringLiteral("--png"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(png).isNull());
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) { return l.contains(QStringLiteral("XDG_RUNTIME_DIR")); }); // the test machine's
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("jpeg"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(lines.front().contains(u'3'), qPrintable(r.err));
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

        // Qt's own buttons and texts in German too: Debian's qt6-translations-l10n (scripts/dev.sh).
        QTranslator qt;
        QVERIFY(qt.load(QLocale(QStringLiteral("de")), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
