#include "model/eval/CocoJson.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace wfs::eval::json {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::eval)
};

// COCO nests five deep (file, list, entry, polygons, polygon); anything deeper is not COCO.
constexpr size_t maxDepth = 32;
// A polygon vertex this far outside any image is a broken file, and rasterising it would be costly.
constexpr double maxCoordinate = 1e5;
constexpr uint32_t maxSide = 100000;
// COCO walks a polygon's outline point by point at 5x: a longer outline than this (in pixels,
// along the larger axis of each edge) would take seconds and gigabytes for one object.
constexpr double maxOutline = 4e6;
} // namespace

Document::Document(const QString &path_) : path(path_), name(QFileInfo(path_).fileName())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Text::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > qint64(simdjson::SIMDJSON_MAXSIZE_BYTES))
        throw Error(Text::tr("%1: larger than the 4 GB a JSON file may have").arg(path));
    text = simdjson::padded_string(size_t(size));
    if (file.read(text.data(), size) != size)
        throw Error(Text::tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (parser.allocate(size_t(size), maxDepth) != simdjson::SUCCESS)
        throw Error(Text::tr("%1: out of memory for parsing").arg(path));
    const auto error = parser.parse(text).get(root);
    if (error)
        throw Error(Text::tr("%1: not valid JSON (%2)").arg(path, QString::fromUtf8(simdjson::error_message(error))));
}

void fail(const Document &doc, const QString &where, const QString &message)
{
    throw Error(QStringLiteral("%1: %2: %3").arg(doc.path, where, message));
}

bool field(element object, const char *key, element &out)
{
    return object[key].get(out) == simdjson::SUCCESS;
}

bool number(element e, double &out)
{
    if (!e.is_number() || e.get_double().get(out) != simdjson::SUCCESS)
        return false;
    return std::isfinite(out);
}

bool integer(element e, int64_t &out)
{
    if (e.is_int64())
        return e.get_int64().get(out) == simdjson::SUCCESS;
    double d = 0;
    if (!number(e, d) || std::floor(d) != d || std::fabs(d) > 9e15)
        return false;
    out = int64_t(d);
    return true;
}

namespace {

QString polygons(simdjson::dom::array list, const CocoImage &image, Rle &out)
{
    std::vector<std::vector<double>> polys;
    for (element p : list) {
        simdjson::dom::array coords;
        if (p.get_array().get(coords) != simdjson::SUCCESS)
            return Text::tr("segmentation must be a list of polygons, or an RLE object");
        std::vector<double> &xy = polys.emplace_back();
        for (element c : coords) {
            double v = 0;
            if (!number(c, v) || std::fabs(v) > maxCoordinate)
                return Text::tr("polygon %1 has a coordinate that is not a number within ±100000").arg(polys.size() - 1);
            xy.push_back(v);
        }
        if (xy.size() % 2 != 0 || xy.size() < 4)
            return Text::tr("polygon %1 needs an even number of coordinates, at least 4").arg(polys.size() - 1);
        double outline = 0;
        for (size_t j = 0; j < xy.size(); j += 2) {
            const size_t next = (j + 2) % xy.size();
            outline += std::max(std::fabs(xy[next] - xy[j]), std::fabs(xy[next + 1] - xy[j + 1]));
        }
        if (outline > maxOutline)
            return Text::tr("polygon %1 has an outline longer than 4,000,000 pixels").arg(polys.size() - 1);
    }
    if (polys.empty())
        return Text::tr("segmentation has no polygon");
    std::vector<Rle> parts;
    // pycocotools reads a list whose first polygon has 4 numbers as boxes [x, y, w, h].
    const bool boxes = polys.front().size() == 4;
    for (const auto &xy : polys) {
        if (boxes && xy.size() != 4)
            return Text::tr("segmentation mixes boxes (4 numbers) and polygons");
        parts.push_back(boxes ? Rle::fromBox(xy.data(), image.height, image.width)
                              : Rle::fromPolygon(xy, image.height, image.width));
    }
    out = Rle::merge(parts);
    return {};
}

QString rleObject(element e, Rle &out)
{
    element size, counts;
    if (!field(e, "size", size) || !field(e, "counts", counts))
        return Text::tr("an RLE segmentation needs 'size' and 'counts'");
    simdjson::dom::array hw;
    int64_t h = 0, w = 0;
    if (size.get_array().get(hw) != simdjson::SUCCESS || hw.size() != 2 || !integer(hw.at(0).value_unsafe(), h)
        || !integer(hw.at(1).value_unsafe(), w) || h < 0 || w < 0 || h > maxSide || w > maxSide
        || uint64_t(h) * uint64_t(w) > UINT32_MAX)
        return Text::tr("RLE 'size' must be [height, width] within 100000");
    if (counts.is_string()) {
        std::string_view s;
        if (counts.get_string().get(s) != simdjson::SUCCESS)
            return Text::tr("RLE 'counts' must be a string or a list of numbers");
        const std::string problem = Rle::fromString(s.data(), s.size(), uint32_t(h), uint32_t(w), out);
        if (!problem.empty())
            return QString::fromStdString(problem);
    } else {
        simdjson::dom::array list;
        if (counts.get_array().get(list) != simdjson::SUCCESS)
            return Text::tr("RLE 'counts' must be a string or a list of numbers");
        out = Rle{uint32_t(h), uint32_t(w), {}};
        for (element c : list) {
            int64_t n = 0;
            if (!integer(c, n) || n < 0 || n > int64_t(UINT32_MAX))
                return Text::tr("RLE 'counts' holds something other than a run length");
            out.counts.push_back(uint32_t(n));
        }
    }
    uint64_t total = 0;
    for (uint32_t c : out.counts)
        total += c;
    if (total != uint64_t(h) * uint64_t(w))
        return Text::tr("RLE runs cover %1 pixels, not height x width = %2").arg(total).arg(h * w);
    return {};
}

} // namespace

QString segmentation(element e, const CocoImage &image, Rle &out)
{
    simdjson::dom::array list;
    if (e.get_array().get(list) == simdjson::SUCCESS) {
        if (image.width == 0 || image.height == 0)
            return Text::tr("polygons need the image's width and height");
        return polygons(list, image, out);
    }
    if (e.is_object())
        return rleObject(e, out);
    return Text::tr("segmentation must be a list of polygons, or an RLE object");
}

} // namespace wfs::eval::json
