#include "app/cli/BakeCommon.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QThread>

#include <cstdio>

namespace wfs::cli {

using namespace wfs::pipelines;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

void write(const QByteArray &bytes, FILE *stream = stdout)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

std::vector<std::pair<QString, QString>> paramPairs(const Args &args)
{
    std::vector<std::pair<QString, QString>> pairs;
    const QStringList values = args.values(QStringLiteral("param"));
    for (qsizetype i = 0; i + 1 < values.size(); i += 2)
        pairs.emplace_back(values[i], values[i + 1]);
    return pairs;
}

qint64 bakeIdFrom(const Args &args)
{
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::usage(Text::tr("'%1' is not a bake id (see wfs bakes)").arg(args.positional().value(0)));
    return id;
}

BakeAttempt lastAttempt(BakeStore &store, qint64 bake)
{
    const std::vector<BakeAttempt> attempts = store.attempts(bake);
    if (attempts.empty())
        throw Error::usage(Text::tr("there is no bake %1 in this workspace (see wfs bakes)").arg(bake));
    return attempts.back();
}

void reportIgnored(const pipelines::FlowDocument &doc)
{
    if (doc.ignored.empty())
        return;
    QStringList keys;
    for (const pipelines::IgnoredKey &k : doc.ignored)
        keys << QStringLiteral("%1 (line %2)").arg(k.key).arg(k.mark.line);
    write((QStringLiteral("wfs: ") + Text::tr("ignored when running locally: %1").arg(keys.join(QStringLiteral(", ")))
           + u'\n').toLocal8Bit(), stderr);
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

void printLog(bool follow, const std::function<LogState()> &state)
{
    QFile log;
    for (LogState now = state();; now = state()) {
        // A run that had not started had no log yet: its path is known once it runs.
        if (!log.isOpen() && !now.path.isEmpty()) {
            log.setFileName(now.path);
            log.open(QIODevice::ReadOnly);
        }
        if (log.isOpen())
            write(log.readAll());
        if (!follow || now.ended) {
            if (log.isOpen())
                write(log.readAll());
            return;
        }
        QThread::msleep(200);
    }
}

} // namespace wfs::cli
