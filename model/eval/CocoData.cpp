#include "model/eval/CocoData.h"

#include "model/eval/CocoJson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <unordered_map>

namespace wfs::eval {

using json::Document;
using json::element;
using json::fail;
using json::field;
using json::integer;
using json::number;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::eval)
};

using IdIndex = std::unordered_map<int64_t, uint32_t>;

QString entry(const char *list, size_t index, const char *idName, int64_t id, bool haveId)
{
    QString where = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    if (haveId)
        where += QStringLiteral(" (%1 %2)").arg(QLatin1String(idName)).arg(id);
    return where;
}

simdjson::dom::array listOf(const Document &doc, const char *key)
{
    element e;
    simdjson::dom::array list;
    if (!field(doc.root, key, e) || e.get_array().get(list) != simdjson::SUCCESS)
        fail(doc, QLatin1String(key), QCoreApplication::translate("wfs::eval", "missing, or not a list"));
    return list;
}

// pycocotools evaluates images and categories in id order; an id used twice is refused.
template<typename T>
void sortById(const Document &doc, const char *list, std::vector<T> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    for (size_t j = 1; j < items.size(); ++j) {
        if (items[j].id == items[j - 1].id)
            fail(doc, QLatin1String(list), Text::tr("id %1 appears twice").arg(items[j].id));
    }
}

void readImages(const Document &doc, IouType type, CocoGroundTruth &gt)
{
    size_t i = 0;
    for (element e : listOf(doc, "images")) {
        CocoImage img;
        element v;
        if (!field(e, "id", v) || !integer(v, img.id))
            fail(doc, entry("images", i, "id", 0, false), Text::tr("needs an integer 'id'"));
        int64_t w = 0, h = 0;
        const bool haveSize = field(e, "width", v) && integer(v, w) && field(e, "height", v) && integer(v, h);
        if (haveSize && (w < 0 || h < 0 || w > 100000 || h > 100000 || uint64_t(w) * uint64_t(h) > UINT32_MAX))
            fail(doc, entry("images", i, "id", img.id, true), Text::tr("width and height must be within 0..100000"));
        if (!haveSize && type == IouType::Mask)
            fail(doc, entry("images", i, "id", img.id, true), Text::tr("needs integer 'width' and 'height' for segm"));
        img.width = uint32_t(w);
        img.height = uint32_t(h);
        gt.images.push_back(img);
        ++i;
    }
    sortById(doc, "images", gt.images);
}

void readCategories(const Document &doc, CocoGroundTruth &gt)
{
    size_t i = 0;
    for (element e : listOf(doc, "categories")) {
        CocoCategory c;
        element v;
        if (!field(e, "id", v) || !integer(v, c.id))
            fail(doc, entry("categories", i, "id", 0, false), Text::tr("needs an integer 'id'"));
        std::string_view name;
        if (field(e, "name", v) && v.get_string().get(name) == simdjson::SUCCESS)
            c.name = QString::fromUtf8(name.data(), qsizetype(name.size()));
        gt.categories.push_back(c);
        ++i;
    }
    sortById(doc, "categories", gt.categories);
}

template<typename T>
IdIndex indexOf(const std::vector<T> &items)
{
    IdIndex index;
    index.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, uint32_t(i));
    return index;
}

// A box [x, y, w, h] of finite numbers with no negative side; empty on success.
QString readBox(element e, double box[4])
{
    simdjson::dom::array list;
    if (e.get_array().get(list) != simdjson::SUCCESS || list.size() != 4)
        return Text::tr("bbox must be [x, y, width, height]");
    size_t k = 0;
    for (element c : list) {
        if (!number(c, box[k++]))
            return Text::tr("bbox holds something other than a finite number");
    }
    if (box[2] < 0 || box[3] < 0)
        return Text::tr("bbox has a negative width or height");
    return {};
}

void finishMask(Instance &in)
{
    const auto [first, last] = in.mask.columns();
    in.firstColumn = first;
    in.lastColumn = last;
}

} // namespace

CocoGroundTruth loadGroundTruth(const QString &path, IouType type)
{
    const Document doc(path);
    if (!doc.root.is_object())
        fail(doc, QStringLiteral("top level"), Text::tr("a COCO instances file is an object with images, annotations and categories"));
    CocoGroundTruth gt;
    gt.file = path;
    readImages(doc, type, gt);
    readCategories(doc, gt);
    const IdIndex images = indexOf(gt.images), categories = indexOf(gt.categories);
    std::unordered_map<int64_t, size_t> seen;
    size_t i = 0;
    for (element e : listOf(doc, "annotations")) {
        Instance a;
        element v;
        if (!field(e, "id", v) || !integer(v, a.id))
            fail(doc, entry("annotations", i, "id", 0, false), Text::tr("needs an integer 'id'"));
        const QString where = entry("annotations", i, "id", a.id, true);
        if (!seen.emplace(a.id, i).second)
            fail(doc, where, Text::tr("the id is used by annotations[%1] too").arg(seen[a.id]));
        int64_t ref = 0;
        if (!field(e, "image_id", v) || !integer(v, ref) || !images.contains(ref))
            fail(doc, where, Text::tr("image_id %1 is not in images").arg(ref));
        a.image = images.at(ref);
        if (!field(e, "category_id", v) || !integer(v, ref) || !categories.contains(ref))
            fail(doc, where, Text::tr("category_id %1 is not in categories").arg(ref));
        a.category = categories.at(ref);
        if (!field(e, "area", v) || !number(v, a.area))
            fail(doc, where, Text::tr("needs a numeric 'area'"));
        int64_t crowd = 0;
        if (field(e, "iscrowd", v) && !integer(v, crowd))
            fail(doc, where, Text::tr("iscrowd must be 0 or 1"));
        a.crowd = crowd != 0;
        if (field(e, "bbox", v)) {
            if (const QString problem = readBox(v, a.box); !problem.isEmpty())
                fail(doc, where, problem);
        } else if (type == IouType::Box) {
            fail(doc, where, Text::tr("needs a 'bbox' for bbox evaluation"));
        }
        if (type == IouType::Mask) {
            if (!field(e, "segmentation", v))
                fail(doc, where, Text::tr("needs a 'segmentation' for segm evaluation"));
            if (const QString problem = json::segmentation(v, gt.images[a.image], a.mask); !problem.isEmpty())
                fail(doc, where, problem);
            finishMask(a);
        }
        gt.annotations.push_back(std::move(a));
        ++i;
    }
    return gt;
}

std::vector<Instance> loadDetections(const QString &path, const CocoGroundTruth &gt, IouType type)
{
    const Document doc(path);
    simdjson::dom::array list;
    if (doc.root.get_array().get(list) != simdjson::SUCCESS)
        fail(doc, QStringLiteral("top level"), Text::tr("a COCO results file is a list of detections"));
    const IdIndex images = indexOf(gt.images), categories = indexOf(gt.categories);
    const QString gtName = QFileInfo(gt.file).fileName();
    // Like pycocotools' loadRes, the first entry decides: a box gives every detection the area
    // w*h (even for segm), else the mask's area is used.
    bool boxes = false;
    if (list.size() > 0) {
        element b;
        simdjson::dom::array a;
        boxes = field(list.at(0).value_unsafe(), "bbox", b) && b.get_array().get(a) == simdjson::SUCCESS && a.size() > 0;
    }
    std::vector<Instance> dets;
    dets.reserve(list.size());
    size_t i = 0;
    for (element e : list) {
        Instance d;
        d.id = int64_t(i) + 1;
        element v;
        int64_t ref = 0;
        if (!e.is_object())
            fail(doc, QStringLiteral("[%1]").arg(i), Text::tr("a detection must be an object"));
        if (!field(e, "image_id", v) || !integer(v, ref))
            fail(doc, QStringLiteral("[%1]").arg(i), Text::tr("needs an integer 'image_id'"));
        const QString where = QStringLiteral("[%1] (image_id %2)").arg(i).arg(ref);
        if (!images.contains(ref))
            fail(doc, where, Text::tr("image %1 is not in %2").arg(ref).arg(gtName));
        d.image = images.at(ref);
        if (!field(e, "category_id", v) || !integer(v, ref))
            fail(doc, where, Text::tr("needs an integer 'category_id'"));
        if (!categories.contains(ref))
            fail(doc, where, Text::tr("category %1 is not in %2").arg(ref).arg(gtName));
        d.category = categories.at(ref);
        if (!field(e, "score", v) || !number(v, d.score))
            fail(doc, where, Text::tr("needs a numeric 'score'"));
        const bool hasBox = field(e, "bbox", v);
        if (hasBox || boxes) {
            if (!hasBox)
                fail(doc, where, Text::tr("needs a 'bbox' like the first detection"));
            if (const QString problem = readBox(v, d.box); !problem.isEmpty())
                fail(doc, where, problem);
        }
        const bool needMask = type == IouType::Mask || !boxes;
        if (needMask) {
            const CocoImage &img = gt.images[d.image];
            if (field(e, "segmentation", v)) {
                if (const QString problem = json::segmentation(v, img, d.mask); !problem.isEmpty())
                    fail(doc, where, problem);
            } else if (boxes) {
                d.mask = Rle::fromBox(d.box, img.height, img.width);
            } else {
                fail(doc, where, Text::tr("needs a 'bbox' or a 'segmentation'"));
            }
            finishMask(d);
        }
        d.area = boxes ? d.box[2] * d.box[3] : double(d.mask.area());
        if (!hasBox)
            d.mask.box(d.box);
        if (type == IouType::Box)
            d.mask = Rle{};
        dets.push_back(std::move(d));
        ++i;
    }
    return dets;
}

} // namespace wfs::eval
