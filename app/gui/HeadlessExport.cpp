#include "app/gui/HeadlessExport.h"

#include "model/core/Error.h"
#include "model/graph/WorkflowModel.h"
#include "model/layout/LayoutCache.h"
#include "model/workspace/Workspace.h"
#include "widgets/GraphScene.h"
#include "widgets/SceneExporter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>

namespace wfs {

int runHeadlessExport(const ExportOptions &options)
{
    try {
        Workspace workspace(options.workspace);
        WorkflowModel model(workspace);
        LayoutCache cache(model.reader(), model.writer());
        {
            QString failure;
            QEventLoop loop;
            QObject::connect(&model, &WorkflowModel::loaded, &loop, &QEventLoop::quit);
            QObject::connect(&model, &WorkflowModel::errorOccurred, &loop, [&](const QString &message) {
                failure = message;
                loop.quit();
            });
            loop.exec();
            if (!failure.isEmpty())
                throw Error(failure);
        }
        const Scope scope = Scope::parse(options.scope.isEmpty() ? QStringLiteral("workspace") : options.scope);
        if (scope.type != Scope::Type::Workspace) {
            const auto &index = model.projectsAndTasks();
            const NodeKind wanted = scope.type == Scope::Type::Project ? NodeKind::Project : NodeKind::Task;
            if (std::none_of(index.begin(), index.end(), [&](const Node &n) { return n.id == scope.id && n.kind == wanted; }))
                throw Error(QCoreApplication::translate("wfs::HeadlessExport", "There is no %1 with id %2 in this workspace")
                                .arg(kindName(wanted))
                                .arg(scope.id));
        }
        model.setScope(scope);
        GraphScene scene(model, &cache);

        QString failure;
        QEventLoop loop;
        QObject::connect(&scene, &GraphScene::layoutApplied, &loop, [&] {
            if (!scene.isLayoutPending())
                loop.quit();
        });
        QObject::connect(&scene, &GraphScene::layoutFailed, &loop, [&](const QString &message) {
            failure = message;
            loop.quit();
        });
        if (scene.cards().empty())
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        if (!failure.isEmpty())
            throw Error(failure);
        // Project cards show previews of their images; wait for them (bounded) before drawing.
        if (scene.loadPreviews() > 0) {
            QObject::connect(&scene, &GraphScene::previewsReady, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
        }

        const QString title = QCoreApplication::translate("wfs::HeadlessExport", "Workflow of %1 (%2)")
                                  .arg(workspace.dir(), scope.toString());
        if (!options.svgPath.isEmpty())
            exporter::exportSvg(scene, options.svgPath, title);
        if (!options.pngPath.isEmpty())
            exporter::exportPng(scene, options.pngPath, options.scale);
        // One line for all of them, not the image readers' own lines per file.
        if (const int broken = scene.brokenPreviewImages(); broken > 0)
            std::fprintf(stderr, "wfstudio: %s\n",
                         qPrintable(QCoreApplication::translate("wfs::HeadlessExport",
                                                                "%n image file(s) could not be read; their previews show a placeholder",
                                                                nullptr, broken)));
        return 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "wfstudio: %s\n", qPrintable(e.message()));
        return e.kind() == Error::Kind::Usage ? 2 : 1;
    }
}

} // namespace wfs
