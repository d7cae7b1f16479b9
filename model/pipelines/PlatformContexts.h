#pragma once

#include "model/pipelines/FlowDocument.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>

namespace wfs::pipelines {

// The `volumes` and `images` contexts as Apolo gives them, from the flow's (and the project
// file's) `volumes:` and `images:` sections: a local run mounts and builds nothing, but commands
// may still read `${{ volumes.data.mount }}` or `${{ images.img.ref }}`. Each attribute is
// evaluated against `contexts` (flow and project); throws an Error naming the attribute.
QJsonObject volumesContext(const FlowDocument &doc, const QJsonObject &contexts);
QJsonObject imagesContext(const FlowDocument &doc, const QJsonObject &contexts);

// The `tags` context: defaults.tags (evaluated against `contexts`) with Apolo's system tags
// project:PROJECT-ID and flow:FLOW-ID, sorted.
QJsonArray tagsContext(const FlowDocument &doc, const QJsonObject &contexts);

// `contexts` with volumes, images, tags and git (when the flow reads it and the project folder is
// in a git repository) added.
QCborMap withPlatformContexts(const FlowDocument &doc, QCborMap contexts);

} // namespace wfs::pipelines
