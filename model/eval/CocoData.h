#pragma once

#include "model/eval/Rle.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace wfs::eval {

enum class IouType { Box, Mask };

struct CocoImage
{
    int64_t id = 0;
    uint32_t width = 0;
    uint32_t height = 0;
};

struct CocoCategory
{
    int64_t id = 0;
    QString name;
};

// A ground-truth annotation or a detection, with its image and category as indices into the
// ground truth's (id-sorted) lists.
struct Instance
{
    int64_t id = 0; // the annotation's id; a detection's 1-based position, as pycocotools numbers them
    uint32_t image = 0;
    uint32_t category = 0;
    bool crowd = false;
    double score = 0;
    double box[4] = {0, 0, 0, 0};
    double area = 0;
    Rle mask; // only for IouType::Mask
    // Columns of the mask's foreground (first > last when empty): a cheap test before the IoU walk.
    uint32_t firstColumn = 1;
    uint32_t lastColumn = 0;
};

struct CocoGroundTruth
{
    QString file;
    std::vector<CocoImage> images;         // sorted by id
    std::vector<CocoCategory> categories;  // sorted by id
    std::vector<Instance> annotations;     // in file order
};

// Readers of COCO files. Every problem throws wfs::Error with one line naming the file and the
// entry: its index and the offending id.
CocoGroundTruth loadGroundTruth(const QString &path, IouType type);
// A COCO results file, checked against the ground truth it is scored with.
std::vector<Instance> loadDetections(const QString &path, const CocoGroundTruth &gt, IouType type);

} // namespace wfs::eval
