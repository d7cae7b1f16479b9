#include "model/eval/CocoEval.h"

#include <algorithm>
#include <numeric>

namespace wfs::eval {

namespace params {
// numpy.linspace: start + i * step, the last point exactly the stop; the thresholds must be the
// same doubles, or IoUs and recalls that sit exactly on one would fall the other way.
double iouThreshold(int t) { return t == T - 1 ? 0.95 : t * ((0.95 - 0.5) / (T - 1)) + 0.5; }
double recallPoint(int r) { return r == R - 1 ? 1.0 : r * (1.0 / (R - 1)); }
} // namespace params

using namespace params;

namespace {

constexpr double areaRange[A][2] = {{0, 1e10}, {0, 32 * 32}, {32 * 32, 96 * 96}, {96 * 96, 1e10}};

// Indices of instances grouped by (category, image), file order kept inside a group.
struct Buckets
{
    Buckets(std::span<const Instance> items, size_t images, size_t categories) : start(images * categories + 1, 0)
    {
        for (const Instance &in : items)
            ++start[key(in, images) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        order.resize(items.size());
        std::vector<uint32_t> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < items.size(); ++i)
            order[fill[key(items[i], images)]++] = uint32_t(i);
    }
    static size_t key(const Instance &in, size_t images) { return size_t(in.category) * images + in.image; }
    std::span<const uint32_t> at(size_t k, size_t i, size_t images) const
    {
        const size_t b = k * images + i;
        return {order.data() + start[b], order.data() + start[b + 1]};
    }
    std::vector<uint32_t> start;
    std::vector<uint32_t> order;
};

// One evaluated detection of a class, as accumulate() sees it.
struct Entry
{
    double score;
    uint32_t rank; // position among its image's detections of this class, by score
    std::array<DetOutcome::Kind, T> kind;
};

struct ClassWork
{
    std::array<std::vector<Entry>, A> entries;
    std::array<size_t, A> unignoredGt{};
    bool any = false;
};

} // namespace

double instanceIou(const Instance &d, const Instance &g, IouType type)
{
    if (type == IouType::Box)
        return boxIou(d.box, g.box, g.crowd);
    if (d.firstColumn > d.lastColumn || g.firstColumn > g.lastColumn || d.lastColumn < g.firstColumn
        || g.lastColumn < d.firstColumn)
        return 0;
    return maskIou(d.mask, g.mask, g.crowd);
}

namespace {

// evaluateImg for one image and class, every area range.
void evaluateCell(std::span<const Instance> gts, std::span<const Instance> dets, std::span<const uint32_t> g,
                  std::vector<uint32_t> d, IouType type, ClassWork &work, std::vector<DetOutcome> &outcomes)
{
    std::stable_sort(d.begin(), d.end(), [&](uint32_t a, uint32_t b) { return dets[a].score > dets[b].score; });
    if (d.size() > size_t(maxDets.back()))
        d.resize(size_t(maxDets.back()));
    const size_t D = d.size(), G = g.size();
    std::vector<double> iou(D * G);
    for (size_t i = 0; i < D; ++i)
        for (size_t j = 0; j < G; ++j)
            iou[i * G + j] = instanceIou(dets[d[i]], gts[g[j]], type);

    std::vector<uint32_t> order(G);
    std::vector<char> ignore(G), matched(G);
    for (int a = 0; a < A; ++a) {
        const double lo = areaRange[a][0], hi = areaRange[a][1];
        for (size_t j = 0; j < G; ++j) {
            const Instance &gt = gts[g[j]];
            ignore[j] = gt.crowd || gt.area < lo || gt.area > hi;
            work.unignoredGt[a] += !ignore[j];
        }
        // Ground truth to ignore goes last, so a detection prefers what counts.
        std::iota(order.begin(), order.end(), 0);
        std::stable_partition(order.begin(), order.end(), [&](uint32_t j) { return !ignore[j]; });
        std::vector<Entry> &entries = work.entries[size_t(a)];
        const size_t first = entries.size();
        for (size_t i = 0; i < D; ++i)
            entries.push_back({dets[d[i]].score, uint32_t(i), {}});
        for (int t = 0; t < T; ++t) {
            std::fill(matched.begin(), matched.end(), 0);
            for (size_t i = 0; i < D; ++i) {
                double best = std::min(iouThreshold(t), 1 - 1e-10);
                int m = -1;
                for (uint32_t j : order) {
                    if (matched[j] && !gts[g[j]].crowd)
                        continue;
                    if (m > -1 && !ignore[size_t(m)] && ignore[j])
                        break;
                    if (iou[i * G + j] < best)
                        continue;
                    best = iou[i * G + j];
                    m = int(j);
                }
                const Instance &det = dets[d[i]];
                // pycocotools records a match as the ground truth's id, so a match to id 0 reads as none.
                const bool hit = m > -1 && gts[g[size_t(m)]].id != 0;
                if (m > -1)
                    matched[size_t(m)] = 1;
                const bool outside = det.area < lo || det.area > hi;
                const bool ignored = (m > -1 && ignore[size_t(m)]) || (!hit && outside);
                const auto kind = ignored ? DetOutcome::Ignored : hit ? DetOutcome::TruePositive : DetOutcome::FalsePositive;
                entries[first + i].kind[size_t(t)] = kind;
                if (a == 0 && t == 0)
                    outcomes.push_back({d[i], kind, m > -1 ? float(best) : 0.f, m > -1 ? g[size_t(m)] : 0});
            }
        }
    }
}

void accumulate(ClassWork &work, int k, CocoEvalResult &out)
{
    if (!work.any)
        return;
    std::vector<double> rc, pr;
    for (int a = 0; a < A; ++a) {
        if (work.unignoredGt[size_t(a)] == 0)
            continue;
        const double npig = double(work.unignoredGt[size_t(a)]);
        auto &all = work.entries[size_t(a)];
        std::stable_sort(all.begin(), all.end(), [](const Entry &x, const Entry &y) { return x.score > y.score; });
        for (int m = 0; m < M; ++m) {
            for (int t = 0; t < T; ++t) {
                rc.clear();
                pr.clear();
                double tp = 0, fp = 0;
                // Ignored detections only repeat the point before them, so leaving them out
                // changes no sampled precision.
                for (const Entry &e : all) {
                    if (e.rank >= uint32_t(maxDets[size_t(m)]) || e.kind[size_t(t)] == DetOutcome::Ignored)
                        continue;
                    (e.kind[size_t(t)] == DetOutcome::TruePositive ? tp : fp) += 1;
                    rc.push_back(tp / npig);
                    pr.push_back(tp / ((fp + tp) + 2.220446049250313e-16));
                }
                out.rc(t, k, a, m) = rc.empty() ? 0 : rc.back();
                for (size_t i = pr.size(); i-- > 1;)
                    pr[i - 1] = std::max(pr[i - 1], pr[i]);
                for (int r = 0; r < R; ++r) {
                    const auto at = std::lower_bound(rc.begin(), rc.end(), recallPoint(r));
                    out.p(t, r, k, a, m) = at == rc.end() ? 0 : pr[size_t(at - rc.begin())];
                }
            }
        }
    }
}

double meanValid(const CocoEvalResult &res, bool ap, std::optional<int> t, int a, int m)
{
    double sum = 0;
    size_t n = 0;
    for (int ti = 0; ti < T; ++ti) {
        if (t && ti != *t)
            continue;
        for (int k = 0; k < res.K; ++k) {
            if (!ap) {
                if (const double v = res.rc(ti, k, a, m); v > -1)
                    sum += v, ++n;
                continue;
            }
            for (int r = 0; r < R; ++r)
                if (const double v = res.p(ti, r, k, a, m); v > -1)
                    sum += v, ++n;
        }
    }
    return n == 0 ? -1 : sum / double(n);
}

} // namespace

double CocoEvalResult::classAp(int k, std::optional<int> t) const
{
    double sum = 0;
    size_t n = 0;
    for (int ti = 0; ti < T; ++ti)
        for (int r = 0; r < R; ++r)
            if (const double v = p(ti, r, k, 0, M - 1); v > -1 && (!t || ti == *t))
                sum += v, ++n;
    return n == 0 ? -1 : sum / double(n);
}

std::vector<double> CocoEvalResult::prCurve(int k) const
{
    std::vector<double> curve(R, -1);
    for (int r = 0; r < R; ++r) {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < T; ++t)
            if (const double v = p(t, r, k, 0, M - 1); v > -1)
                sum += v, ++n;
        if (n > 0)
            curve[size_t(r)] = sum / n;
    }
    return curve;
}

CocoEvalResult evaluate(const CocoGroundTruth &gt, std::span<const Instance> dets, IouType type)
{
    const size_t I = gt.images.size(), K = gt.categories.size();
    CocoEvalResult out;
    out.K = int(K);
    out.precision.assign(size_t(T) * R * K * A * M, -1);
    out.recall.assign(size_t(T) * K * A * M, -1);
    out.gtCount.assign(K, 0);
    const Buckets gtb(gt.annotations, I, K), dtb(dets, I, K);
    for (size_t k = 0; k < K; ++k) {
        ClassWork work;
        for (size_t i = 0; i < I; ++i) {
            const auto g = gtb.at(k, i, I);
            const auto d = dtb.at(k, i, I);
            if (g.empty() && d.empty())
                continue;
            work.any = true;
            evaluateCell(gt.annotations, dets, g, {d.begin(), d.end()}, type, work, out.outcomes);
        }
        out.gtCount[k] = uint32_t(work.unignoredGt[0]);
        accumulate(work, int(k), out);
    }
    const int last = M - 1;
    out.stats = {meanValid(out, true, {}, 0, last),    meanValid(out, true, 0, 0, last),
                 meanValid(out, true, 5, 0, last),     meanValid(out, true, {}, 1, last),
                 meanValid(out, true, {}, 2, last),    meanValid(out, true, {}, 3, last),
                 meanValid(out, false, {}, 0, 0),      meanValid(out, false, {}, 0, 1),
                 meanValid(out, false, {}, 0, last),   meanValid(out, false, {}, 1, last),
                 meanValid(out, false, {}, 2, last),   meanValid(out, false, {}, 3, last)};
    return out;
}

} // namespace wfs::eval
