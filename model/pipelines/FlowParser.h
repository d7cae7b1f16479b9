#pragma once

#include "model/pipelines/FlowDocument.h"

namespace wfs::pipelines {

// Loads Apolo Flow workflow files (batch and live) into FlowDocuments: checks every key against
// the syntax (an unknown key is an error suggesting the nearest known one), merges mixins
// (`inherits`) by Apolo's rules, checks the syntax of every `${{ }}` expression and records
// platform-only keys as ignored. Throws FlowError; never runs anything.
class FlowParser
{
public:
    // `file` is read from disk; its text is kept in the document.
    static FlowDocument parseFile(const QString &file);
    // `text` as if read from `file` (the GUI parses its unsaved editor text).
    static FlowDocument parse(const QString &text, const QString &file);

    // Finds a workflow by id: PROJECT/.apolo/ID.yml, .apolo/ID.yaml, .neuro/ID.yml, .neuro/ID.yaml,
    // looking in `dir` and its parents. Empty when none exists.
    static QString findById(const QString &id, const QString &dir);
    // `fileOrId` is an existing path, else an id for findById(); throws a usage error naming the
    // places looked at.
    static QString resolve(const QString &fileOrId, const QString &dir);
};

} // namespace wfs::pipelines
