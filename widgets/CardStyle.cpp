#include "widgets/CardStyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace wfs::cardstyle {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::CardStyle)
};

QString fileIcon(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto in = [&](std::initializer_list<const char *> list) {
        return std::any_of(list.begin(), list.end(), [&](const char *s) { return suffix == QLatin1String(s); });
    };
    if (in({"png", "jpg", "jpeg", "bmp", "gif", "webp", "tif", "tiff"}))
        return QStringLiteral("file-image");
    if (in({"mp4", "avi", "mov", "mkv", "webm"}))
        return QStringLiteral("file-video");
    if (in({"zip", "tar", "gz", "tgz", "xz", "bz2", "7z"}))
        return QStringLiteral("zip-box");
    if (in({"pdf"}))
        return QStringLiteral("file-pdf");
    if (in({"html", "htm", "ipynb"}))
        return QStringLiteral("file-chart");
    if (in({"csv", "tsv", "parquet", "xlsx"}))
        return QStringLiteral("table");
    if (in({"json", "yaml", "yml", "xml", "toml", "py", "sh", "cfg", "ini"}))
        return QStringLiteral("file-xml");
    if (in({"txt", "md", "log", "rst"}))
        return QStringLiteral("file-document");
    return QStringLiteral("file");
}

} // namespace

Look defaultLook(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Project:
        return {QStringLiteral("image-multiple"), QColor(0x1e88e5), QColor(0xe3f2fd), Text::tr("PROJECT"), QColor(0x1e88e5)};
    case NodeKind::ProjectVersion:
        return {QStringLiteral("source-branch"), QColor(0x3949ab), QColor(0xe8eaf6), Text::tr("PROJECT VERSION"), QColor(0x3949ab)};
    case NodeKind::Dataset:
        return {QStringLiteral("database"), QColor(0x00897b), QColor(0xe0f2f1), Text::tr("DATASET"), QColor(0x00897b)};
    case NodeKind::File:
        return {fileIcon(node.path), QColor(0x546e7a), QColor(0xeceff1), Text::tr("FILE"), QColor(0x78909c)};
    case NodeKind::ModelWeight:
        return {QStringLiteral("weight"), QColor(0x8e24aa), QColor(0xf3e5f5), Text::tr("MODEL WEIGHTS"), QColor(0x8e24aa)};
    case NodeKind::Folder:
        return {QStringLiteral("folder"), QColor(0xf9a825), QColor(0xfff8e1), Text::tr("FOLDER"), QColor(0xf9a825)};
    case NodeKind::Task:
        return {QStringLiteral("rocket"), QColor(0xffffff), QColor(0x455a64), Text::tr("TASK"), QColor(0x455a64)};
    case NodeKind::Job:
        return {QStringLiteral("account-multiple"), QColor(0xe65100), QColor(0xfff3e0), Text::tr("LABELING JOB"), QColor(0xef6c00)};
    case NodeKind::AppSession:
        return {QStringLiteral("application"), QColor(0x5d4037), QColor(0xefebe9), Text::tr("APP SESSION"), QColor(0x6d4c41)};
    }
    return {};
}

Look effectiveLook(const Node &node)
{
    Look look = defaultLook(node);
    if (node.settings.icon) {
        look.icon = node.settings.icon->name;
        if (!node.settings.icon->color.isEmpty())
            look.iconColor = QColor(node.settings.icon->color);
        if (!node.settings.icon->background.isEmpty())
            look.iconBackground = QColor(node.settings.icon->background);
    }
    return look;
}

QColor statusColor(TaskStatus status)
{
    return QColor(statusColorName(status));
}

QString statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Running:
        return Text::tr("running");
    case TaskStatus::Succeeded:
        return Text::tr("succeeded");
    case TaskStatus::Failed:
        return Text::tr("failed");
    case TaskStatus::Cancelled:
        return Text::tr("cancelled");
    case TaskStatus::Pending:
        return Text::tr("pending");
    case TaskStatus::Skipped:
        return Text::tr("skipped");
    case TaskStatus::Cached:
        return Text::tr("cached");
    }
    return {};
}

QString durationText(const TaskState &task, qint64 nowMs)
{
    if (task.startedMs <= 0)
        return {};
    const qint64 end = task.finishedMs > 0 ? task.finishedMs : nowMs;
    const qint64 s = std::max<qint64>(0, (end - task.startedMs) / 1000);
    QString text;
    if (s >= 3600)
        text = Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    else if (s >= 60)
        text = Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    else
        text = Text::tr("%1 s").arg(s);
    return text;
}

QFont titleFont()
{
    QFont f;
    f.setPixelSize(13);
    f.setBold(true);
    return f;
}

QFont textFont()
{
    QFont f;
    f.setPixelSize(11);
    return f;
}

QFont kindFont()
{
    QFont f;
    f.setPixelSize(9);
    f.setBold(true);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    return f;
}

} // namespace wfs::cardstyle
