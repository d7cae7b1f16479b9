#pragma once

#include <QStringDecoder>
#include <QTimer>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;

namespace wfs {

// Shows a task's log file and follows it while it grows, like `tail -f`: only the bytes appended
// since the last read are decoded, a truncated file is reloaded, and a huge log shows its tail.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);

    void showLog(const QString &title, const QString &path);
    // The log text currently shown.
    QString text() const;
    // What the empty panel says: how to get a log shown here.
    void setPlaceholderText(const QString &text);

private:
    void poll();
    void reload(qint64 size);
    void append(const QByteArray &bytes);
    void watchPath();
    void setStatus(const QString &message);

    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_pollTimer;

    QString m_file;
    QString m_placeholder;
    qint64 m_offset = 0;      // Bytes of the file read so far.
    qint64 m_shownBytes = 0;  // Bytes decoded into the view, to keep it near the tail limit.
    QByteArray m_head;        // The file's first bytes as read, to notice a rewritten file.
    bool m_cut = false;       // The view starts after the beginning of the file.
    bool m_present = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace wfs
