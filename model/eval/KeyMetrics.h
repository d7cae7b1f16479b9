#pragma once

#include "model/eval/CocoEval.h"

namespace wfs::eval {

// Supervisely Model Benchmark's key metrics, from the COCOeval matches at IoU .50 (all areas,
// each image's first 100 detections of a class). Detections matched to crowd regions are left out.
struct KeyMetrics
{
    struct ClassCounts
    {
        uint32_t tp = 0, fp = 0, fn = 0;
    };
    struct Bin
    {
        double from = 0, to = 0;
        uint32_t count = 0;
        double confidence = 0; // mean score in the bin
        double accuracy = 0;   // share of true positives
    };

    // The score threshold with the best F1 over all classes (the highest such score on a tie).
    double confidence = 0;
    double precision = 0, recall = 0, f1 = 0;
    uint32_t tp = 0, fp = 0, fn = 0;
    double meanIou = 0; // of the true positives at that threshold
    std::vector<ClassCounts> perClass;
    // (K+1) x (K+1), row = ground-truth class, column = predicted class, index K = "none":
    // class-agnostic matching at IoU .50 of the detections at or above the threshold.
    std::vector<std::vector<uint32_t>> confusion;
    // Ten equal score bins over all matched-or-not detections; ECE weighs |accuracy - confidence|.
    std::vector<Bin> calibration;
    double ece = 0;
};

KeyMetrics keyMetrics(const CocoGroundTruth &gt, std::span<const Instance> dets, const CocoEvalResult &coco,
                      IouType type);

} // namespace wfs::eval
