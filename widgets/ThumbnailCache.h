#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>

#include <memory>

namespace wfs {

struct ThumbnailCacheState;

// Previews of folders made from their first images, like a data set's card: up to four images
// cropped into one rounded tile. Folders are scanned and images decoded on a thread pool; the
// GUI asks again when thumbnailReady tells it the preview is there.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QSize size = QSize(64, 64), QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The folder's preview; null while it is being made and for a folder without images.
    // The first call for a folder starts making it.
    QImage thumbnail(const QString &folder);
    // Forgets the folder's preview, so the next thumbnail() makes it again.
    void invalidate(const QString &folder);
    // True while a load of `folder` is under way (thumbnailReady will follow).
    bool isLoading(const QString &folder) const { return m_loading.contains(folder); }
    // Image files that could not be read so far; their cells show a placeholder.
    int brokenImages() const { return m_brokenImages; }

signals:
    // Emitted once per preview made, also when the folder turned out to have no images.
    void thumbnailReady(const QString &folder);

private:
    void deliver(const QString &folder, quint64 generation, const QImage &image, int broken);

    QSize m_size;
    // Shared with the workers, which outlive the cache when it is destroyed mid-scan.
    std::shared_ptr<ThumbnailCacheState> m_state;
    // Null images stand for "no preview", so such folders are not scanned again.
    QCache<QString, QImage> m_done;
    QHash<QString, quint64> m_loading;  // Folder -> generation of the load under way.
    quint64 m_generation = 0;
    int m_brokenImages = 0;
};

} // namespace wfs
