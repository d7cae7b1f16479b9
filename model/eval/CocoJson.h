#pragma once

#include "model/eval/CocoData.h"

#include <simdjson.h>

// What the COCO readers share: reading a file into a bounded DOM, typed field access and the one
// error line that names the file and the entry. QJsonDocument took 2.8 s and 450 MB for 500,000
// detections on the project machine; simdjson takes 0.6 s and 210 MB.
namespace wfs::eval::json {

using simdjson::dom::element;

// A parsed file; `root` lives as long as this.
struct Document
{
    explicit Document(const QString &path);
    QString path;
    QString name; // the file name errors show
    simdjson::dom::parser parser;
    simdjson::padded_string text;
    element root;
};

// "FILE: WHERE: MESSAGE" as a wfs::Error.
[[noreturn]] void fail(const Document &doc, const QString &where, const QString &message);

bool field(element object, const char *key, element &out);
// A finite number (integers included).
bool number(element e, double &out);
// An integer id (a number with no fraction).
bool integer(element e, int64_t &out);

// A COCO segmentation (polygons, uncompressed or compressed RLE) as a mask of the image's size;
// an empty string on success, else what is wrong.
QString segmentation(element e, const CocoImage &image, Rle &out);

} // namespace wfs::eval::json
