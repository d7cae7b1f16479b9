#include "model/graph/IconCatalog.h"
#include "widgets/IconFont.h"
#include "widgets/IconPickerDialog.h"
#include "widgets/LogPanel.h"
#include "widgets/Minimap.h"
#include "widgets/ThumbnailCache.h"
#include "widgets/pipelines/BakeTree.h"

#include <QDialogButtonBox>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace wfs;

namespace {

QStringList shownNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

void appendTo(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush());
}

void saveImage(const QString &path, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QVERIFY2(image.save(path), qPrintable(path));
}

bool near(QColor actual, QColor expected)
{
    return actual.alpha() > 200 && qAbs(actual.red() - expected.red()) < 40
           && qAbs(actual.green() - expected.green()) < 40 && qAbs(actual.blue() - expected.blue()) < 40;
}

// Every thumbnail job has ended and what it posted to this thread was delivered: after this, a
// signal that has not come will not come.
bool settle()
{
    if (!QThreadPool::globalInstance()->waitForDone(60000))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestWidgetParts : public QObject
{
    Q_OBJECT

private slots:
    void iconFontHasTheGlyphs()
    {
        const QString glyph = iconfont::glyph(QStringLiteral("archive"));
        QVERIFY(!glyph.isEmpty());
        QVERIFY(QFontMetrics(iconfont::font(32)).inFontUcs4(glyph.toUcs4().value(0)));
        QVERIFY(iconfont::glyph(QStringLiteral("no-such-icon")).isEmpty());
    }

    void iconPickerPreselectsTheCurrentIcon()
    {
        IconPickerDialog dialog(QStringLiteral("home"));
        QCOMPARE(dialog.selectedIcon(), QStringLiteral("home"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("iconList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), int(icons::names().size()));

        IconPickerDialog prefixed(QStringLiteral("mdi-folder"));
        QCOMPARE(prefixed.selectedIcon(), QStringLiteral("folder"));
        IconPickerDialog unknown(QStringLiteral("no-such-icon"));
        QVERIFY(unknown.selectedIcon().isEmpty());
        QVERIFY(!unknown.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void iconPickerFiltersAndAcceptsAnotherIcon()
    {
        IconPickerDialog dialog(QStringLiteral("home"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("iconFilter"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("iconList"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(filter && list && ok);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::focusWidget(), filter);

        QTest::keyClicks(filter, QStringLiteral("ARCH"));
        const QStringList shown = shownNames(list->model());
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < icons::names().size());
        for (const QString &name : shown)
            QVERIFY2(name.contains(QStringLiteral("arch")), qPrintable(name));
        QVERIFY(shown.contains(QStringLiteral("archive")));
        // The current icon was filtered away: nothing is chosen, so OK is off.
        QVERIFY(dialog.selectedIcon().isEmpty());
        QVERIFY(!ok->isEnabled());

        list->setCurrentIndex(list->model()->index(int(shown.indexOf(QStringLiteral("archive"))), 0));
        QVERIFY(ok->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.selectedIcon(), QStringLiteral("archive"));
    }

    // Issue 11: a search that matches nothing says so instead of showing an empty grid.
    void iconPickerSaysWhenNothingMatches()
    {
        IconPickerDialog dialog(QStringLiteral("home"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("iconFilter"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("iconList"));
        auto *none = dialog.findChild<QLabel *>(QStringLiteral("iconNoMatch"));
        QVERIFY(filter && list && none);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!none->isVisible());
        QTest::keyClicks(filter, QStringLiteral("qqzz"));
        QVERIFY(none->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY2(none->text().contains(QStringLiteral("qqzz")), qPrintable(none->text()));
        filter->clear();
        QVERIFY(!none->isVisible());
        QVERIFY(list->isVisible());
    }

    void iconPickerEnterInTheFilterTakesTheFirstMatch()
    {
        IconPickerDialog dialog{QString()};
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("iconFilter"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(filter, QStringLiteral("folder-"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.selectedIcon(), QStringLiteral("folder-account"));
    }

    void logPanelFollowsAGrowingFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("run.log"));
        LogPanel panel;
        panel.showLog(QStringLiteral("train"), path);
        auto *status = panel.findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY(status);
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(QStringLiteral("does not exist")), qPrintable(status->text()));
        QVERIFY(panel.text().isEmpty());

        appendTo(path, "hello\n");
        QTRY_VERIFY(panel.text().contains(QStringLiteral("hello")));
        QVERIFY(status->isHidden());
        appendTo(path, "world \xc3\xa9t\xc3\xa9\n");
        QTRY_VERIFY(panel.text().contains(QStringLiteral("world")));
        QCOMPARE(panel.text(), QStringLiteral("hello\nworld \u00e9t\u00e9\n"));

        QFile rewrite(path);
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write("again\n");
        rewrite.close();
        QTRY_VERIFY(panel.text().contains(QStringLiteral("again")));
        QVERIFY(!panel.text().contains(QStringLiteral("hello")));

        // A rewritten log longer than the old one is still noticed.
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write("a second run with a longer first line\n");
        rewrite.close();
        QTRY_VERIFY(panel.text().startsWith(QStringLiteral("a second run")));
        QVERIFY(!panel.text().contains(QStringLiteral("again")));
    }

    void logPanelScrollsOnlyWhenAtTheBottom()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("run.log"));
        QByteArray lines;
        for (int i = 0; i < 300; ++i)
            lines += "line " + QByteArray::number(i) + '\n';
        appendTo(path, lines);
        LogPanel panel;
        panel.resize(400, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showLog(QStringLiteral("train"), path);
        QScrollBar *bar = panel.findChild<QPlainTextEdit *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        appendTo(path, "at the end\n");
        QTRY_VERIFY(panel.text().contains(QStringLiteral("at the end")));
        QCOMPARE(bar->value(), bar->maximum());

        bar->setValue(0);
        appendTo(path, "more\n");
        QTRY_VERIFY(panel.text().contains(QStringLiteral("more")));
        QCOMPARE(bar->value(), 0);
    }

    void logPanelShowsTheTailOfAHugeLog()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("big.log"));
        QByteArray line(99, 'x');
        line += '\n';
        appendTo(path, "first line\n" + line.repeated(30000) + "last line\n");
        LogPanel panel;
        panel.showLog(QStringLiteral("big"), path);
        QVERIFY(panel.text().endsWith(QStringLiteral("last line\n")));
        QVERIFY(!panel.text().contains(QStringLiteral("first line")));
        QVERIFY(panel.text().size() <= 2 * 1024 * 1024);
        QVERIFY(panel.text().size() > 2 * 1024 * 1024 - 200);
        QVERIFY(panel.text().startsWith(QString(99, u'x') + u'\n'));
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("logStatus"))->isHidden());
    }

    void minimapClickCentresTheMainView()
    {
        QGraphicsScene scene;
        for (const QPointF &at : {QPointF(0, 0), QPointF(900, 0), QPointF(0, 540), QPointF(900, 540), QPointF(450, 270)})
            scene.addRect(QRectF(at, QSizeF(100, 60)), QPen(Qt::black), Qt::gray);
        QGraphicsView main(&scene);
        main.resize(400, 300);
        main.scale(3, 3);
        main.centerOn(100, 100);
        Minimap minimap(&main);
        main.show();
        minimap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY(QTest::qWaitForWindowExposed(&minimap));
        QCOMPARE(minimap.size(), QSize(220, 150));

        auto centre = [&main] { return main.mapToScene(main.viewport()->rect().center()); };
        const QPoint click = minimap.mapFromScene(QPointF(700, 400));
        const QPointF expected = minimap.mapToScene(click);
        QVERIFY(QLineF(centre(), expected).length() > 100);
        QTest::mouseClick(minimap.viewport(), Qt::LeftButton, {}, click);
        QVERIFY2(QLineF(centre(), expected).length() < 3,
                 qPrintable(QStringLiteral("centre %1,%2 expected %3,%4")
                                .arg(centre().x()).arg(centre().y()).arg(expected.x()).arg(expected.y())));

        const QPoint from = minimap.mapFromScene(QPointF(300, 200));
        const QPoint to = minimap.mapFromScene(QPointF(600, 300));
        QTest::mousePress(minimap.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(minimap.viewport(), to);
        QTest::mouseRelease(minimap.viewport(), Qt::LeftButton, {}, to);
        QVERIFY(QLineF(centre(), minimap.mapToScene(to)).length() < 3);
    }

    void minimapHidesWhileTheSceneIsEmpty()
    {
        QGraphicsScene scene;
        QWidget host;
        QGraphicsView main(&scene, &host);
        Minimap minimap(&main, &host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(minimap.isHidden());
        scene.addRect(0, 0, 50, 50);
        QTRY_VERIFY(!minimap.isHidden());
    }

    void thumbnailShowsTheFirstImages()
    {
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        QVERIFY(dir.mkpath(QStringLiteral("set/a")));
        saveImage(tmp.filePath(QStringLiteral("set/a/z.png")), {300, 120}, Qt::red);
        saveImage(tmp.filePath(QStringLiteral("set/b.png")), {40, 90}, Qt::green);
        saveImage(tmp.filePath(QStringLiteral("set/c.PNG")), {2400, 1800}, Qt::blue);
        appendTo(tmp.filePath(QStringLiteral("set/notes.txt")), "not an image\n");
        const QString folder = tmp.filePath(QStringLiteral("set"));

        ThumbnailCache cache(QSize(64, 64));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(folder).isNull());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), folder);
        const QImage thumb = cache.thumbnail(folder);
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.size(), QSize(64, 64));
        // Path order puts set/a/z.png first: it fills the left half; the rounded corner is clear.
        QVERIFY(near(thumb.pixelColor(10, 12), Qt::red));
        QVERIFY(near(thumb.pixelColor(16, 50), Qt::red));
        QVERIFY(near(thumb.pixelColor(50, 14), Qt::green));
        QVERIFY(near(thumb.pixelColor(50, 50), Qt::blue));
        QCOMPARE(thumb.pixelColor(0, 0).alpha(), 0);
        // Asking again answers from the cache: no load starts, so no second signal can come.
        QVERIFY(!cache.thumbnail(folder).isNull());
        QVERIFY(!cache.isLoading(folder));
        QVERIFY(settle());
        QCOMPARE(ready.count(), 1);
    }

    void thumbnailOfAFolderWithoutImagesIsRememberedAsNull()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("empty")));
        appendTo(folder + QStringLiteral("/readme.txt"), "no images\n");
        const QString missing = tmp.filePath(QStringLiteral("missing"));

        ThumbnailCache cache;
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(folder).isNull());
        QVERIFY(cache.thumbnail(missing).isNull());
        QTRY_COMPARE(ready.count(), 2);
        QVERIFY(cache.thumbnail(folder).isNull());
        QVERIFY(cache.thumbnail(missing).isNull());
        QVERIFY(!cache.isLoading(folder) && !cache.isLoading(missing)); // remembered as "no preview"
        QVERIFY(settle());
        QCOMPARE(ready.count(), 2);

        // Only invalidate() makes it look again.
        saveImage(folder + QStringLiteral("/new.png"), {20, 20}, Qt::red);
        QVERIFY(cache.thumbnail(folder).isNull());
        QVERIFY(!cache.isLoading(folder));
        QVERIFY(settle());
        QCOMPARE(ready.count(), 2);
        cache.invalidate(folder);
        QVERIFY(cache.thumbnail(folder).isNull());
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(near(cache.thumbnail(folder).pixelColor(32, 32), Qt::red));
    }

    void thumbnailCacheCanBeDestroyedWhileLoading()
    {
        QTemporaryDir tmp;
        for (int i = 0; i < 4; ++i)
            saveImage(tmp.filePath(QStringLiteral("%1.png").arg(i)), {1600, 1200}, Qt::blue);
        auto *cache = new ThumbnailCache;
        QVERIFY(cache->thumbnail(tmp.path()).isNull());
        QVERIFY(cache->isLoading(tmp.path()));
        delete cache; // its workers are still decoding
        QVERIFY(settle());
        // The workers ended without touching the deleted cache, and the pool still serves.
        ThumbnailCache again;
        QSignalSpy ready(&again, &ThumbnailCache::thumbnailReady);
        QVERIFY(again.thumbnail(tmp.path()).isNull());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(near(again.thumbnail(tmp.path()).pixelColor(16, 16), Qt::blue));
    }

    // Bakes of one flow read alike unless the list says what differs: the params whose values
    // are not the same in every bake of that flow, in the row; all params in the tooltip.
    void bakeListNamesTheParamsThatDiffer()
    {
        auto bake = [](qint64 id, const QString &flow, const QJsonObject &params) {
            BakeTree::Entry e;
            e.bake.id = id;
            e.bake.flowId = flow;
            e.bake.title = QStringLiteral("Cats pipeline");
            e.bake.file = flow + QStringLiteral(".yml");
            e.bake.params = params;
            e.bake.last.bakeId = id;
            e.bake.last.number = 1;
            e.bake.last.status = pipelines::BakeStatus::Succeeded;
            e.attempts = {e.bake.last};
            return e;
        };
        const QJsonObject four{{QStringLiteral("epochs"), QStringLiteral("4")}, {QStringLiteral("lr"), QStringLiteral("0.1")}};
        const QJsonObject two{{QStringLiteral("epochs"), QStringLiteral("2")}, {QStringLiteral("lr"), QStringLiteral("0.1")}};
        BakeTree tree;
        tree.setBakes({bake(3, QStringLiteral("train"), four), bake(2, QStringLiteral("train"), two),
                       bake(1, QStringLiteral("other"), two)});
        QCOMPARE(tree.bakeItem(3)->text(0), QStringLiteral("#3 Cats pipeline (epochs=4)"));
        QCOMPARE(tree.bakeItem(2)->text(0), QStringLiteral("#2 Cats pipeline (epochs=2)"));
        QCOMPARE(tree.bakeItem(1)->text(0), QStringLiteral("#1 Cats pipeline")); // alone of its flow
        QVERIFY2(tree.bakeItem(1)->toolTip(0).contains(QStringLiteral("epochs=2<br>\nlr=0.1")), qPrintable(tree.bakeItem(1)->toolTip(0)));
        // A param some bakes of the flow lack tells them apart too.
        BakeTree lacking;
        lacking.setBakes({bake(5, QStringLiteral("train"), four), bake(4, QStringLiteral("train"), {{QStringLiteral("epochs"), QStringLiteral("4")}})});
        QCOMPARE(lacking.bakeItem(5)->text(0), QStringLiteral("#5 Cats pipeline (lr=0.1)"));
        QCOMPARE(lacking.bakeItem(4)->text(0), QStringLiteral("#4 Cats pipeline"));
        // Wide enough for the longest name and the other columns.
        QVERIFY(tree.contentWidth() > tree.fontMetrics().horizontalAdvance(tree.bakeItem(3)->text(0)));
    }
};

QTEST_MAIN(TestWidgetParts)
#include "tst_widgetparts.moc"
