package rectimap.cli;

import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.FieldAliases;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.FieldMatching;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportRunner;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.NewLayerNames;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.PointTableSource;
import rectimap.exchange.RenamedSource;
import rectimap.exchange.SourceFormat;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.SourceCrs;
import rectimap.exchange.StreamedLayerImport;
import rectimap.exchange.TableAxes;
import rectimap.store.BulkProgress;
import rectimap.model.LayerRole;
import rectimap.model.LayerRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.exchange.GeoPackageExchange;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The command line's import: opens the project for editing (its lock keeps the app out meanwhile), reads and checks
 * the whole file in memory ({@link ImportRunner}), and only then writes — a new layer in one transaction, or the
 * append as one undoable step through an {@link EditSession} and the project's journal (one transaction). A
 * Shapefile into a new layer is streamed instead ({@link StreamedLayerImport}), so its size does not matter.
 */
final class ProjectImport {

    ImportOutcome run(ImportRequest request) throws ExchangeException {
        return run(request, ImportProgress.NONE);
    }

    /** As {@link #run(ImportRequest)}, telling {@code progress} and stopping (nothing written) when it cancels. */
    ImportOutcome run(ImportRequest request, ImportProgress progress) throws ExchangeException {
        try (ProjectFile file = ProjectFiles.open(request.project())) {
            Project project = ProjectAssembler.assemble(request.project(), file.store());
            ImportResult result;
            TableAxes axes;
            SourceCrs crs;
            try (FeatureSource source = new SourceOpener(new GeoPackageExchange()).open(request.file(),
                    request.source())) {
                axes = source instanceof PointTableSource table ? table.axes() : null;
                crs = source.schema().crs();
                if (request.appendTo() == null && SourceFormat.of(request.file()).orElse(null) == SourceFormat.SHAPEFILE) {
                    // Shapefiles can hold a million features: streamed into the file, never held in memory.
                    return ImportOutcome.of(StreamedLayerImport.intoNewLayer(file.store(),
                            new RenamedSource(source, NewLayerNames.unique(request.newLayerName() != null
                                    ? request.newLayerName() : source.schema().name(), project)), request.file(),
                            LayerRole.REFERENCE, request.invalid() == InvalidGeometryPolicy.SKIP
                                    ? StreamedLayerImport.InvalidGeometries.SKIP
                                    : StreamedLayerImport.InvalidGeometries.REPAIR, new BulkProgress() {
                                        @Override
                                        public boolean cancelRequested() {
                                            return progress.cancelled();
                                        }
                                    })).withSource(null, crs);
                }
                ImportTarget target;
                LayerRules rules = LayerRules.NONE;
                if (request.appendTo() != null) {
                    MapLayer layer = project.layer(request.appendTo()).orElseThrow(() -> new ExchangeException(
                            ExchangeProblem.UNSUPPORTED, request.file(), -1, "the project has no layer "
                            + request.appendTo()));
                    target = new ImportTarget.Append(layer.tableName(), FieldMatching.auto(
                            layer.info().type().fields(), source.schema().fields(),
                            FieldAliases.of(layer.info().type())));
                    rules = PlanningRules.INSTANCE;
                } else {
                    String name = NewLayerNames.unique(request.newLayerName() != null ? request.newLayerName()
                            : source.schema().name(), project);
                    target = new ImportTarget.NewLayer(name, request.title() != null ? request.title()
                            : source.schema().name(), LayerRole.REFERENCE);
                }
                ImportPlan plan = new ImportPlan(request.file(), target, request.sourceEpsg(), request.invalid());
                result = ImportRunner.run(source, plan, project, progress, rules);
            }
            if (result.newLayer() != null) {
                file.store().write(result.newLayer());
                return ImportOutcome.of(result.newLayer().tableName(), result).withSource(axes, crs);
            } else {
                EditSession session = new EditSession(project, UndoHistory.of(file.history(), file.historyCursor()),
                        file.journal().orElseThrow(), PlanningRules.INSTANCE);
                try {
                    session.execute(result.appendStep()).orElseThrow().durable().join();
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
            return ImportOutcome.of(request.appendTo(), result).withSource(axes, crs);
        }
    }
}
