#include "widgets/ThumbnailCache.h"

#include "widgets/IconFont.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QImageReader>
#include <QtMath>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QRunnable>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>

namespace wfs {

// What a worker may touch. The cache clears `deliver` under the mutex when it is destroyed, so a
// worker that finishes later drops its result instead of posting to a deleted object.
struct ThumbnailCacheState
{
    QMutex mutex;
    std::function<void(const QString &, quint64, const QImage &, int)> deliver;
    std::atomic_bool cancelled{false};
    QString brokenGlyph; // drawn on the placeholder of an image that cannot be read
};

namespace {

// Qt's JPEG and PNG readers pass libjpeg's and libpng's complaints about a broken file to
// qWarning, one or more lines per file: an export of a folder of damaged photos would flood
// stderr. A preview is best effort, so a broken image becomes a placeholder cell and its
// messages are dropped. Only messages emitted on a worker while it decodes are caught; every
// other message of the program reaches the handler installed before.
thread_local bool t_decoding = false;
std::atomic<QtMessageHandler> previousHandler{nullptr};

void quietWhileDecoding(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_decoding && type != QtFatalMsg)
        return;
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void installQuietHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { previousHandler = qInstallMessageHandler(quietWhileDecoding); });
}

struct Decoding
{
    Decoding() { t_decoding = true; }
    ~Decoding() { t_decoding = false; }
};

constexpr int kMaxImages = 4;
// A folder of a million frames must not keep a worker busy: the walk reads at most this many
// entries in all.
constexpr int kMaxEntries = 5000;
constexpr qsizetype kCacheBytes = 32 * 1024 * 1024;

bool isImageFile(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                         QStringLiteral("gif"),  QStringLiteral("webp"),
                                         QStringLiteral("tif"),  QStringLiteral("tiff")};
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot >= 0 && suffixes.contains(fileName.mid(dot + 1), Qt::CaseInsensitive);
}

// Image files in path order: depth first, each folder's entries sorted by name. Each folder is
// read only up to the remaining entry budget and those entries are sorted, so the budget holds
// even for one huge folder (whose "first" images are then first among the entries read).
class ImageWalk
{
public:
    explicit ImageWalk(const std::atomic_bool &cancelled) : m_cancelled(cancelled) {}

    // Calls accept(path) for each image until it returns false or the walk ends.
    void run(const QString &folder, const std::function<bool(const QString &)> &accept)
    {
        m_accept = accept;
        m_done = false;
        visit(folder);
    }

private:
    void visit(const QString &folder)
    {
        QList<QFileInfo> entries;
        QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot);
        while (m_budget > 0 && it.hasNext()) {
            it.next();
            entries << it.fileInfo();
            --m_budget;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
        for (const QFileInfo &entry : std::as_const(entries)) {
            if (m_done || m_cancelled)
                return;
            if (entry.isDir()) {
                // Symbolic links to folders can form cycles.
                if (!entry.isSymLink())
                    visit(entry.filePath());
            } else if (isImageFile(entry.fileName()) && !m_accept(entry.filePath())) {
                m_done = true;
            }
        }
    }

    const std::atomic_bool &m_cancelled;
    std::function<bool(const QString &)> m_accept;
    int m_budget = kMaxEntries;
    bool m_done = false;
};

// Decodes the image already scaled down so its shorter side still covers `cover` pixels in any
// orientation; the JPEG and PNG readers then never hold a full-size photo in memory.
QImage readSmall(const QString &path, int cover)
{
    const Decoding quiet;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // Without a size the reader could only decode at full size, which may be huge.
    if (full.isEmpty())
        return {};
    const double scale = double(cover) / qMin(full.width(), full.height());
    if (scale < 1.0)
        reader.setScaledSize(QSize(qMax(1, qCeil(full.width() * scale)), qMax(1, qCeil(full.height() * scale))));
    return reader.read();
}

QImage cropToFill(const QImage &image, const QSize &cell)
{
    const QImage scaled = image.scaled(cell, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QPoint corner((scaled.width() - cell.width()) / 2, (scaled.height() - cell.height()) / 2);
    return scaled.copy(QRect(corner, cell));
}

// One image fills the tile; two share it side by side; three put the first in the left half;
// four make a 2x2 grid. No layout leaves an empty cell, which would read as a missing image.
QList<QRect> cells(int count, const QSize &size)
{
    const int gap = qMax(1, size.width() / 32);
    const int leftWidth = (size.width() - gap) / 2;
    const int rightX = leftWidth + gap;
    const int topHeight = (size.height() - gap) / 2;
    const int bottomY = topHeight + gap;
    const QRect left(0, 0, leftWidth, size.height());
    const QRect right(rightX, 0, size.width() - rightX, size.height());
    const QRect topRight(rightX, 0, size.width() - rightX, topHeight);
    const QRect bottomRight(rightX, bottomY, size.width() - rightX, size.height() - bottomY);
    switch (count) {
    case 1:
        return {QRect(QPoint(0, 0), size)};
    case 2:
        return {left, right};
    case 3:
        return {left, topRight, bottomRight};
    default:
        return {QRect(0, 0, leftWidth, topHeight), topRight, QRect(0, bottomY, leftWidth, size.height() - bottomY),
                bottomRight};
    }
}

// Stands for an image file that cannot be read, so a damaged data set shows as damaged.
QImage placeholder(int cover, const QString &glyph)
{
    QImage image(cover, cover, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xeceff1));
    QPainter painter(&image);
    painter.setPen(QColor(0x90a4ae));
    painter.setFont(iconfont::font(cover / 2.0));
    painter.drawText(QRectF(0, 0, cover, cover), Qt::AlignCenter, glyph);
    return image;
}

QImage makeThumbnail(const QString &folder, const QSize &size, const ThumbnailCacheState &state, int *broken)
{
    QList<QImage> images;
    const int cover = qMax(size.width(), size.height());
    ImageWalk(state.cancelled).run(folder, [&](const QString &path) {
        QImage image = readSmall(path, cover);
        if (image.isNull()) {
            ++*broken;
            image = placeholder(cover, state.brokenGlyph);
        }
        images << image;
        return images.size() < kMaxImages && !state.cancelled;
    });
    if (images.isEmpty() || state.cancelled)
        return {};

    QImage tile(size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const double radius = qMin(size.width(), size.height()) / 8.0;
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), radius, radius);
    painter.setClipPath(rounded);
    const QList<QRect> layout = cells(int(images.size()), size);
    for (qsizetype i = 0; i < images.size(); ++i)
        painter.drawImage(layout.at(i).topLeft(), cropToFill(images.at(i), layout.at(i).size()));
    return tile;
}

class ThumbnailJob : public QRunnable
{
public:
    ThumbnailJob(std::shared_ptr<ThumbnailCacheState> state, QString folder, quint64 generation, QSize size)
        : m_state(std::move(state)), m_folder(std::move(folder)), m_generation(generation), m_size(size)
    {
    }

    void run() override
    {
        if (m_state->cancelled)
            return;
        int broken = 0;
        const QImage image = makeThumbnail(m_folder, m_size, *m_state, &broken);
        QMutexLocker lock(&m_state->mutex);
        if (m_state->deliver)
            m_state->deliver(m_folder, m_generation, image, broken);
    }

private:
    std::shared_ptr<ThumbnailCacheState> m_state;
    QString m_folder;
    quint64 m_generation;
    QSize m_size;
};

} // namespace

ThumbnailCache::ThumbnailCache(QSize size, QObject *parent)
    : QObject(parent), m_size(size), m_state(std::make_shared<ThumbnailCacheState>()), m_done(kCacheBytes)
{
    // Runs on a worker with the mutex held, so `this` is alive while the call is queued; a
    // queued call still pending when the cache is destroyed is discarded by Qt.
    installQuietHandler();
    // The font is loaded here, on the GUI thread, before any worker draws a placeholder.
    iconfont::font(12);
    m_state->brokenGlyph = iconfont::glyph(QStringLiteral("image-broken-variant"));
    m_state->deliver = [this](const QString &folder, quint64 generation, const QImage &image, int broken) {
        QMetaObject::invokeMethod(
            this, [this, folder, generation, image, broken] { deliver(folder, generation, image, broken); },
            Qt::QueuedConnection);
    };
}

ThumbnailCache::~ThumbnailCache()
{
    m_state->cancelled = true;
    QMutexLocker lock(&m_state->mutex);
    m_state->deliver = nullptr;
}

QImage ThumbnailCache::thumbnail(const QString &folder)
{
    if (const QImage *cached = m_done.object(folder))
        return *cached;
    if (!m_loading.contains(folder) && !m_size.isEmpty()) {
        const quint64 generation = ++m_generation;
        m_loading.insert(folder, generation);
        QThreadPool::globalInstance()->start(new ThumbnailJob(m_state, folder, generation, m_size));
    }
    return {};
}

void ThumbnailCache::invalidate(const QString &folder)
{
    m_done.remove(folder);
    m_loading.remove(folder);
}

void ThumbnailCache::deliver(const QString &folder, quint64 generation, const QImage &image, int broken)
{
    // A load started before invalidate() describes the folder as it was.
    if (m_loading.value(folder) != generation)
        return;
    m_brokenImages += broken;
    m_loading.remove(folder);
    m_done.insert(folder, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
    emit thumbnailReady(folder);
}

} // namespace wfs
