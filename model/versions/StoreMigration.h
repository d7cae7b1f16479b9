#pragma once

namespace wfs {

class LocalObjectStore;
class Workspace;

// Stores written before content ids were SHA-256 (issue 12) named objects and manifests by
// XXH3-128. On the first open by this version, each old object the versions use is read once:
// its old id is checked, its SHA-256 computed, and it is stored under that (small ones into the
// store as new, big ones hard-linked: no copy). Manifests are rewritten with the new ids, the
// stat caches translated (so no project file is read again), the version rows updated in one
// transaction, and only then are the old objects removed. A migration killed half-way leaves
// the old store intact and is done again on the next open. Old content that is missing or
// damaged becomes missing content that `wfs version verify` names; damaged bytes go to
// store/damaged/. Does nothing when no version names an old id, or when the workspace is open
// read-only.
void migrateLegacyStore(Workspace &workspace, LocalObjectStore &store);

} // namespace wfs
