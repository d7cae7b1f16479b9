#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace wfs::eval {

// A binary mask as COCO's mask API keeps it: column-major run lengths over an h x w image,
// starting with a run of background (possibly 0). Facts from cocoapi's maskApi.c; code ours.
struct Rle
{
    uint32_t h = 0;
    uint32_t w = 0;
    std::vector<uint32_t> counts;

    uint64_t area() const;
    // The box [x, y, w, h] COCO reports for this mask (rleToBbox, quirks included).
    void box(double out[4]) const;
    // The first and last column holding foreground, or {1, 0} when empty: a cheap pre-test.
    std::pair<uint32_t, uint32_t> columns() const;

    // COCO's compressed "counts" string (6 bits a char, deltas from the 4th count on).
    std::string toString() const;
    // Empty string on success, else what is wrong with `text`.
    static std::string fromString(const char *text, size_t size, uint32_t h, uint32_t w, Rle &out);

    // A polygon [x1, y1, x2, y2, ...] rasterised exactly as COCO's rleFrPoly does.
    static Rle fromPolygon(std::span<const double> xy, uint32_t h, uint32_t w);
    // A box [x, y, w, h] as the polygon of its corners (rleFrBbox).
    static Rle fromBox(const double box[4], uint32_t h, uint32_t w);
    // The union of masks of one size (rleMerge with intersect = 0).
    static Rle merge(std::span<const Rle> parts);
};

// Intersection over union as COCO's rleIou computes it: for a crowd ground truth the union is the
// detection's area; masks of different sizes give -1. Callers pre-test with columns().
double maskIou(const Rle &dt, const Rle &gt, bool crowd);

// bbIou: boxes [x, y, w, h]; for a crowd ground truth the union is the detection's area.
inline double boxIou(const double *dt, const double *gt, bool crowd)
{
    const double iw = std::min(dt[0] + dt[2], gt[0] + gt[2]) - std::max(dt[0], gt[0]);
    if (iw <= 0)
        return 0;
    const double ih = std::min(dt[1] + dt[3], gt[1] + gt[3]) - std::max(dt[1], gt[1]);
    if (ih <= 0)
        return 0;
    const double inter = iw * ih;
    const double uni = crowd ? dt[2] * dt[3] : dt[2] * dt[3] + gt[2] * gt[3] - inter;
    return inter / uni;
}

} // namespace wfs::eval
