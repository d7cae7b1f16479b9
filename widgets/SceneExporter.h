#pragma once

#include <QString>

class QGraphicsScene;

namespace wfs::exporter {

// Renders the scene itself (not Graphviz) with selection and focus hidden, then restores them.
// Both throw wfs::Error with a message naming the file when it cannot be written.
void exportSvg(QGraphicsScene &scene, const QString &path, const QString &title);
void exportPng(QGraphicsScene &scene, const QString &path, double scale);

} // namespace wfs::exporter
