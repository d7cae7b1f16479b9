#pragma once

#include <QString>

namespace wfs {

struct ExportOptions
{
    QString workspace;
    QString scope;    // "workspace", "project:ID" or "task:ID"
    QString svgPath;  // either or both
    QString pngPath;
    double scale = 1;
};

// Lays out and draws the scope exactly as the window would, writes the files, and returns the
// exit code (0, or 1 with a one-line message on stderr). Needs no display (offscreen platform).
int runHeadlessExport(const ExportOptions &options);

} // namespace wfs
