#include "model/eval/KeyMetrics.h"

#include <algorithm>
#include <cmath>

namespace wfs::eval {

namespace {

std::vector<DetOutcome> counted(const CocoEvalResult &coco, std::span<const Instance> dets)
{
    std::vector<DetOutcome> out;
    for (const DetOutcome &o : coco.outcomes)
        if (o.kind != DetOutcome::Ignored)
            out.push_back(o);
    std::stable_sort(out.begin(), out.end(),
                     [&](const DetOutcome &a, const DetOutcome &b) { return dets[a.det].score > dets[b.det].score; });
    return out;
}

void chooseThreshold(const std::vector<DetOutcome> &sorted, std::span<const Instance> dets, uint32_t totalGt,
                     KeyMetrics &km)
{
    uint32_t tp = 0, fp = 0;
    double bestF1 = -1;
    for (size_t i = 0; i < sorted.size(); ++i) {
        (sorted[i].kind == DetOutcome::TruePositive ? tp : fp) += 1;
        const double score = dets[sorted[i].det].score;
        // A threshold keeps every detection of its score, so only the last of a run of ties counts.
        if (i + 1 < sorted.size() && dets[sorted[i + 1].det].score == score)
            continue;
        const double f1 = 2.0 * tp / (2.0 * tp + fp + (totalGt - tp));
        if (f1 > bestF1) {
            bestF1 = f1;
            km.confidence = score;
            km.tp = tp;
            km.fp = fp;
        }
    }
    km.fn = totalGt - km.tp;
    km.precision = km.tp + km.fp > 0 ? double(km.tp) / (km.tp + km.fp) : 0;
    km.recall = totalGt > 0 ? double(km.tp) / totalGt : 0;
    km.f1 = 2.0 * km.tp + km.fp + km.fn > 0 ? 2.0 * km.tp / (2.0 * km.tp + km.fp + km.fn) : 0;
}

void confusion(const CocoGroundTruth &gt, std::span<const Instance> dets, const std::vector<DetOutcome> &kept,
               IouType type, KeyMetrics &km)
{
    const size_t K = gt.categories.size(), I = gt.images.size();
    km.confusion.assign(K + 1, std::vector<uint32_t>(K + 1, 0));
    std::vector<std::vector<uint32_t>> gtOf(I), dtOf(I);
    for (uint32_t j = 0; j < gt.annotations.size(); ++j)
        if (!gt.annotations[j].crowd)
            gtOf[gt.annotations[j].image].push_back(j);
    for (const DetOutcome &o : kept) // already by score, highest first
        dtOf[dets[o.det].image].push_back(o.det);
    std::vector<char> taken;
    for (size_t i = 0; i < I; ++i) {
        taken.assign(gtOf[i].size(), 0);
        for (uint32_t d : dtOf[i]) {
            double best = 0.5;
            int m = -1;
            for (size_t j = 0; j < gtOf[i].size(); ++j) {
                if (taken[j])
                    continue;
                const double iou = instanceIou(dets[d], gt.annotations[gtOf[i][j]], type);
                if (iou >= best) {
                    best = iou;
                    m = int(j);
                }
            }
            const size_t row = m < 0 ? K : gt.annotations[gtOf[i][size_t(m)]].category;
            if (m >= 0)
                taken[size_t(m)] = 1;
            ++km.confusion[row][dets[d].category];
        }
        for (size_t j = 0; j < gtOf[i].size(); ++j)
            if (!taken[j])
                ++km.confusion[gt.annotations[gtOf[i][j]].category][K];
    }
}

void calibrate(const std::vector<DetOutcome> &sorted, std::span<const Instance> dets, KeyMetrics &km)
{
    constexpr int bins = 10;
    km.calibration.assign(bins, {});
    std::vector<double> scoreSum(bins, 0), hits(bins, 0);
    for (const DetOutcome &o : sorted) {
        const double s = std::clamp(dets[o.det].score, 0.0, 1.0);
        const int b = std::min(int(s * bins), bins - 1);
        ++km.calibration[size_t(b)].count;
        scoreSum[size_t(b)] += s;
        hits[size_t(b)] += o.kind == DetOutcome::TruePositive;
    }
    km.ece = 0;
    for (int b = 0; b < bins; ++b) {
        KeyMetrics::Bin &bin = km.calibration[size_t(b)];
        bin.from = double(b) / bins;
        bin.to = double(b + 1) / bins;
        if (bin.count == 0)
            continue;
        bin.confidence = scoreSum[size_t(b)] / bin.count;
        bin.accuracy = hits[size_t(b)] / bin.count;
        km.ece += double(bin.count) / double(sorted.size()) * std::fabs(bin.accuracy - bin.confidence);
    }
}

} // namespace

KeyMetrics keyMetrics(const CocoGroundTruth &gt, std::span<const Instance> dets, const CocoEvalResult &coco,
                      IouType type)
{
    KeyMetrics km;
    uint32_t totalGt = 0;
    for (uint32_t n : coco.gtCount)
        totalGt += n;
    const std::vector<DetOutcome> sorted = counted(coco, dets);
    chooseThreshold(sorted, dets, totalGt, km);

    std::vector<DetOutcome> kept;
    km.perClass.assign(gt.categories.size(), {});
    double iouSum = 0;
    for (const DetOutcome &o : sorted) {
        if (dets[o.det].score < km.confidence)
            break;
        kept.push_back(o);
        auto &c = km.perClass[dets[o.det].category];
        if (o.kind == DetOutcome::TruePositive) {
            ++c.tp;
            iouSum += o.iou;
        } else {
            ++c.fp;
        }
    }
    for (size_t k = 0; k < km.perClass.size(); ++k)
        km.perClass[k].fn = coco.gtCount[k] - km.perClass[k].tp;
    km.meanIou = km.tp > 0 ? iouSum / km.tp : 0;
    confusion(gt, dets, kept, type, km);
    calibrate(sorted, dets, km);
    return km;
}

} // namespace wfs::eval
