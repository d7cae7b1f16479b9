#pragma once

#include "model/eval/CocoData.h"

#include <array>
#include <optional>
#include <span>

namespace wfs::eval {

// pycocotools' COCOeval with its default parameters, for bbox and segm. Facts from cocoeval.py
// (matching, accumulation, summary); the code is ours.
namespace params {
constexpr int T = 10;  // IoU thresholds .50:.05:.95
constexpr int R = 101; // recall points 0:.01:1
constexpr int A = 4;   // all, small, medium, large
constexpr int M = 3;   // maxDets 1, 10, 100
constexpr std::array<int, M> maxDets{1, 10, 100};
double iouThreshold(int t);
double recallPoint(int r);
} // namespace params

// One detection as matched at IoU .50 over all areas, among its image's first 100 of its class.
struct DetOutcome
{
    enum Kind : uint8_t { FalsePositive, TruePositive, Ignored };
    uint32_t det = 0;  // index into the detections
    Kind kind = FalsePositive;
    float iou = 0;     // with the matched ground truth
    uint32_t gt = 0;   // index into the annotations, when matched
};

struct CocoEvalResult
{
    int K = 0;
    std::vector<double> precision; // [T][R][K][A][M], -1 where a class has no ground truth
    std::vector<double> recall;    // [T][K][A][M]
    std::array<double, 12> stats{};
    std::vector<DetOutcome> outcomes;
    std::vector<uint32_t> gtCount; // per class: ground truth that is not crowd

    double &p(int t, int r, int k, int a, int m) { return precision[(((size_t(t) * params::R + r) * K + k) * params::A + a) * params::M + m]; }
    double p(int t, int r, int k, int a, int m) const { return precision[(((size_t(t) * params::R + r) * K + k) * params::A + a) * params::M + m]; }
    double &rc(int t, int k, int a, int m) { return recall[((size_t(t) * K + k) * params::A + a) * params::M + m]; }
    double rc(int t, int k, int a, int m) const { return recall[((size_t(t) * K + k) * params::A + a) * params::M + m]; }

    // Mean over the valid (> -1) precisions of class k at all areas, 100 detections; -1 if none.
    double classAp(int k, std::optional<int> t = std::nullopt) const;
    // Class k's precision at each recall point, averaged over the IoU thresholds (all areas, 100).
    std::vector<double> prCurve(int k) const;
};

// The IoU COCOeval uses between a detection and a ground truth (box or mask).
double instanceIou(const Instance &det, const Instance &gt, IouType type);

CocoEvalResult evaluate(const CocoGroundTruth &gt, std::span<const Instance> dets, IouType type);

} // namespace wfs::eval
