#include "widgets/LogPanel.h"

#include "widgets/ToolTip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace wfs {

namespace {
constexpr qint64 kTailBytes = 2 * 1024 * 1024;
// Appends grow the view past the tail limit until this, then it is rebuilt from the file's tail:
// rebuilding on every append past 2 MiB would re-read 2 MiB twice a second.
constexpr qint64 kRebuildBytes = kTailBytes * 3 / 2;
// File system notifications are missed on network mounts and for some writers; polling the size
// is cheap and bounds the delay.
constexpr int kPollMs = 500;
// A log rewritten from the start (a task run again) can be longer than before; comparing its first
// bytes catches that where comparing sizes alone would not.
constexpr qint64 kHeadBytes = 64;

QByteArray readHead(QFile &file, qint64 limit)
{
    return file.seek(0) ? file.read(qMin(limit, kHeadBytes)) : QByteArray();
}
} // namespace

LogPanel::LogPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // user text: never markup
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_path = new QLabel(this);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not force the panel wider; the tooltip carries the whole path.
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 0, 6, 2);
    m_status->hide();

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("logText"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 2);
    header->addWidget(m_title);
    header->addWidget(m_path, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LogPanel::poll);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogPanel::poll);
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogPanel::poll);
}

void LogPanel::showLog(const QString &title, const QString &path)
{
    m_title->setText(title);
    m_path->setText(QDir::toNativeSeparators(path));
    // A log is shown: "double-click a card" would be wrong advice over an empty one.
    m_view->setPlaceholderText(path.isEmpty() ? m_placeholder : tr("Nothing written to this log yet."));
    m_path->setToolTip(plainToolTip(m_path->text()));

    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());

    m_file = path;
    m_offset = 0;
    m_shownBytes = 0;
    m_head.clear();
    m_cut = false;
    m_present = false;
    m_decoder.resetState();
    m_view->clear();
    poll();
    m_pollTimer.start();
}

void LogPanel::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (m_file.isEmpty())
        m_view->setPlaceholderText(text);
}

QString LogPanel::text() const
{
    return m_view->toPlainText();
}

void LogPanel::poll()
{
    if (m_file.isEmpty())
        return;
    watchPath();

    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        if (m_present) {
            m_view->clear();
            m_offset = m_shownBytes = 0;
            m_head.clear();
            m_cut = m_present = false;
            m_decoder.resetState();
        }
        setStatus(QFileInfo::exists(m_file)
                      ? tr("The log file cannot be read: %1").arg(file.errorString())
                      : tr("The log file does not exist yet. It is shown here as soon as it is created."));
        return;
    }

    m_present = true;
    const qint64 size = file.size();
    const qint64 appended = size - m_offset;
    if (appended < 0 || appended > kTailBytes || m_shownBytes + appended > kRebuildBytes
        || !readHead(file, size).startsWith(m_head)) {
        reload(size);
    } else if (appended > 0 && file.seek(m_offset)) {
        const QByteArray bytes = file.read(appended);
        m_offset += bytes.size();
        append(bytes);
    }
    if (m_head.size() < kHeadBytes)
        m_head = readHead(file, m_offset);
    setStatus(m_cut ? tr("This log is large: only its last %1 MiB are shown, the start was cut.")
                          .arg(kTailBytes / (1024 * 1024))
                    : QString());
}

void LogPanel::reload(qint64 size)
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_view->clear();
    m_decoder.resetState();
    m_shownBytes = 0;
    m_head.clear();

    const qint64 start = qMax<qint64>(0, size - kTailBytes);
    if (!file.seek(start))
        return;
    QByteArray bytes = file.read(size - start);
    m_offset = start + bytes.size();
    m_cut = start > 0;
    if (m_cut) {
        // Start on a whole line, which also never starts inside a UTF-8 sequence.
        const qsizetype newline = bytes.indexOf('\n');
        if (newline >= 0)
            bytes.remove(0, newline + 1);
    }
    append(bytes);
}

void LogPanel::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // The decoder keeps a UTF-8 sequence split between two reads.
    QString text = m_decoder.decode(bytes);
    // A bare carriage return redraws a progress line in a terminal; here each state gets a line.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    m_shownBytes += bytes.size();

    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void LogPanel::watchPath()
{
    const QFileInfo info(m_file);
    const QString dir = info.absolutePath();
    const bool exists = info.exists();
    if (exists) {
        // Writers that replace the file drop it from the watcher; it is added again here.
        if (!m_watcher->files().contains(m_file))
            m_watcher->addPath(m_file);
        if (m_watcher->directories().contains(dir))
            m_watcher->removePath(dir);
    } else if (QFileInfo(dir).isDir() && !m_watcher->directories().contains(dir)) {
        // Only the folder can tell when the file is created.
        m_watcher->addPath(dir);
    }
}

void LogPanel::setStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

} // namespace wfs
