// `wfs eval` on a COCO-val-sized synthetic set: 5,000 images, 80 classes, ~36,000 ground-truth
// objects (polygons), 100 detections an image (500,000, with box and RLE mask), then bbox and
// segm evaluation as a child process: wall time and peak RSS from reading the JSON to the table.
//   bench_eval [--images N] [--keep DIR] [--wfs PATH]
#include "model/eval/Rle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

extern char **environ;

using wfs::eval::Rle;

namespace {

struct Shape
{
    double cx, cy, rx, ry;
    std::vector<double> polygon(int n = 12) const
    {
        std::vector<double> xy;
        for (int k = 0; k < n; ++k) {
            xy.push_back(std::round((cx + rx * std::cos(2 * M_PI * k / n)) * 100) / 100);
            xy.push_back(std::round((cy + ry * std::sin(2 * M_PI * k / n)) * 100) / 100);
        }
        return xy;
    }
};

void appendf(std::string &s, const char *fmt, auto... args)
{
    char buf[512];
    const int n = std::snprintf(buf, sizeof buf, fmt, args...);
    s.append(buf, size_t(n));
}

void appendPolygon(std::string &s, const std::vector<double> &xy)
{
    s += "[[";
    for (size_t i = 0; i < xy.size(); ++i)
        appendf(s, i ? ",%.2f" : "%.2f", xy[i]);
    s += "]]";
}

bool writeFile(const QString &path, const std::string &text)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

void generate(int images, const QString &gtPath, const QString &predPath)
{
    std::mt19937_64 rng(2026);
    std::uniform_real_distribution<double> u01(0, 1);
    std::string gt = "{\"images\":[", pred = "[";
    for (int i = 1; i <= images; ++i)
        appendf(gt, "%s{\"id\":%d,\"width\":640,\"height\":480,\"file_name\":\"%d.jpg\"}", i > 1 ? "," : "", i, i);
    gt += "],\"categories\":[";
    for (int c = 1; c <= 80; ++c)
        appendf(gt, "%s{\"id\":%d,\"name\":\"class%d\"}", c > 1 ? "," : "", c, c);
    gt += "],\"annotations\":[";
    long annId = 0;
    bool firstDet = true;
    for (int i = 1; i <= images; ++i) {
        const int objects = int(u01(rng) * 15.6); // 7.3 on average, ~36,000 in all
        int dets = 0;
        auto emitDet = [&](int cat, const Shape &s, double score) {
            const std::vector<double> xy = s.polygon(8);
            const Rle mask = Rle::fromPolygon(xy, 480, 640);
            double box[4];
            mask.box(box);
            appendf(pred, "%s{\"image_id\":%d,\"category_id\":%d,\"bbox\":[%.2f,%.2f,%.2f,%.2f],\"score\":%.4f,"
                          "\"segmentation\":{\"size\":[480,640],\"counts\":\"",
                    firstDet ? "" : ",", i, cat, s.cx - s.rx, s.cy - s.ry, 2 * s.rx, 2 * s.ry, score);
            for (const char c : mask.toString()) {
                if (c == '\\') // COCO's alphabet holds the backslash, which JSON escapes
                    pred += '\\';
                pred += c;
            }
            pred += "\"}}";
            firstDet = false;
            ++dets;
        };
        for (int o = 0; o < objects; ++o) {
            const int cat = 1 + int(u01(rng) * 80);
            // Log-uniform radii give small, medium and large objects in COCO-like shares.
            const Shape s{40 + u01(rng) * 560, 40 + u01(rng) * 400, std::exp(1 + u01(rng) * 3.5), std::exp(1 + u01(rng) * 3.5)};
            const std::vector<double> xy = s.polygon();
            appendf(gt, "%s{\"id\":%ld,\"image_id\":%d,\"category_id\":%d,\"iscrowd\":%d,\"area\":%.2f,"
                        "\"bbox\":[%.2f,%.2f,%.2f,%.2f],\"segmentation\":",
                    annId ? "," : "", annId + 1, i, cat, u01(rng) < 0.01 ? 1 : 0, M_PI * s.rx * s.ry, s.cx - s.rx,
                    s.cy - s.ry, 2 * s.rx, 2 * s.ry);
            appendPolygon(gt, xy);
            gt += "}";
            ++annId;
            for (int k = 0; k < 3 && dets < 100; ++k) {
                const double j = 0.3 * (u01(rng) - 0.5);
                const Shape d{s.cx + j * s.rx, s.cy + j * s.ry, s.rx * (0.85 + 0.3 * u01(rng)), s.ry * (0.85 + 0.3 * u01(rng))};
                emitDet(u01(rng) < 0.85 ? cat : 1 + int(u01(rng) * 80), d, 0.3 + 0.7 * u01(rng));
            }
        }
        while (dets < 100) {
            const Shape s{u01(rng) * 640, u01(rng) * 480, std::exp(1 + u01(rng) * 3), std::exp(1 + u01(rng) * 3)};
            emitDet(1 + int(u01(rng) * 80), s, 0.5 * u01(rng));
        }
    }
    gt += "]}";
    pred += "]";
    if (!writeFile(gtPath, gt) || !writeFile(predPath, pred))
        qFatal("cannot write the bench files");
    std::printf("generated %d images, %ld ground-truth objects, %d detections (GT %.0f MB, results %.0f MB)\n", images,
                annId, images * 100, gt.size() / 1e6, pred.size() / 1e6);
}

// Runs wfs with stdout into `outPath`; returns the child's peak RSS in MB and sets the wall
// seconds and its CPU seconds (user + system: what counts on a machine shared with other work).
double timed(const QString &wfs, const QStringList &args, const QString &outPath, double &seconds, double &cpu)
{
    std::vector<QByteArray> bytes{QFile::encodeName(wfs)};
    for (const QString &a : args)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(outPath).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", argv[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    seconds = timer.nsecsElapsed() / 1e9;
    cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("wfs eval failed (status %d)", status);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int images = option("--images", QStringLiteral("5000")).toInt();
    const QString wfs = option("--wfs", QStringLiteral(WFS_PROGRAM));
    QTemporaryDir tmp;
    const QString dir = option("--keep", tmp.path());
    QDir().mkpath(dir);
    const QString gt = dir + QStringLiteral("/gt.json"), pred = dir + QStringLiteral("/pred.json");
    if (!QFile::exists(gt) || !QFile::exists(pred))
        generate(images, gt, pred);
    for (const char *type : {"bbox", "segm"}) {
        double seconds = 0, cpu = 0;
        const double mb = timed(wfs,
                                {QStringLiteral("eval"), QStringLiteral("--gt"), gt, QStringLiteral("--pred"), pred,
                                 QStringLiteral("--iou-type"), QLatin1String(type), QStringLiteral("--workspace"), dir + QStringLiteral("/ws")},
                                dir + QStringLiteral("/table-%1.txt").arg(QLatin1String(type)), seconds, cpu);
        std::printf("%s: %.2f s wall, %.2f s CPU, peak RSS %.0f MB\n", type, seconds, cpu, mb);
    }
    return 0;
}
