package rectimap.cli;

import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.FieldAliases;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import org.locationtech.jts.geom.Envelope;
import rectimap.exchange.CrsGuess;
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
import rectimap.exchange.PointTableSource;
import rectimap.exchange.ShapefileEncodingChoice;
import rectimap.exchange.shapefile.DbfEncoding;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.exchange.StreamedNewLayer;
import rectimap.exchange.SourceCrs;
import rectimap.exchange.TableAxes;
import rectimap.model.LayerRole;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.exchange.GeoPackageExchange;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.WritePatience;

/**
 * The command line's import: opens the project for editing (its lock keeps the app out meanwhile). A new layer is
 * streamed into the file in one transaction ({@link StreamedNewLayer}, as the app's wizard does), so its size does
 * not matter; an append is read and checked whole in memory ({@link ImportRunner}, within the heap's
 * {@code AppendLimit}) and only then written as one undoable step through an {@link EditSession} and the project's
 * journal (one transaction).
 */
final class ProjectImport {

    ImportOutcome run(ImportRequest request) throws ExchangeException {
        return run(request, ImportProgress.NONE);
    }

    /** As {@link #run(ImportRequest)}, telling {@code progress} and stopping (nothing written) when it cancels. */
    ImportOutcome run(ImportRequest request, ImportProgress progress) throws ExchangeException {
        // A new layer is one transaction of its own: no journal, whose start would add its tables to a file
        // Rectimap never opened even when the import then fails.
        try (ProjectFile file = request.appendTo() == null ? ProjectFiles.openForOneTransaction(request.project())
                : ProjectFiles.open(request.project(), WritePatience.GIVE_UP)) {
            Project project = ProjectAssembler.assemble(request.project(), file.store());
            // The window's rules, closing (销号) a case included: it needs a 整改后 photo unless the project relaxes it.
            PlanningRules rules = request.appendTo() == null ? PlanningRules.INSTANCE
                    : PlanningRules.withClosingEvidence(StoredClosingEvidence.of(file));
            ImportResult result;
            TableAxes axes;
            SourceCrs crs;
            DbfEncoding encoding = null;
            try (FeatureSource source = new SourceOpener(new GeoPackageExchange()).open(request.file(),
                    request.source())) {
                axes = source instanceof PointTableSource table ? table.axes() : null;
                crs = source.schema().crs();
                if (source instanceof ShapefileSource shapefile) {
                    // Nobody sees a preview here: an uncertain encoding is refused with the choices, not guessed.
                    ShapefileEncodingChoice.requireCertain(request.file(), shapefile);
                    encoding = shapefile.encoding();
                }
                if (request.appendTo() == null) {
                    // A new layer is streamed into the file, never held in memory (a Shapefile can hold a million
                    // features): the same reading and writing as the app's wizard.
                    String name = NewLayerNames.unique(request.newLayerName() != null ? request.newLayerName()
                            : source.schema().name(), project);
                    ImportPlan plan = new ImportPlan(request.file(), new ImportTarget.NewLayer(name,
                            request.title() != null ? request.title() : source.schema().name(), LayerRole.REFERENCE),
                            request.sourceEpsg(), request.invalid(), guessArea(project));
                    return ImportOutcome.of(StreamedNewLayer.run(file.store(), source, plan, progress))
                            .withSource(axes, crs).withEncoding(encoding);
                }
                MapLayer layer = project.layer(request.appendTo()).orElseThrow(() -> new ExchangeException(
                        ExchangeProblem.UNSUPPORTED, request.file(), -1, "the project has no layer "
                        + request.appendTo()));
                ImportTarget target = new ImportTarget.Append(layer.tableName(), FieldMatching.auto(
                        layer.info().type().fields(), source.schema().fields(), FieldAliases.of(layer.info().type())));
                ImportPlan plan = new ImportPlan(request.file(), target, request.sourceEpsg(), request.invalid(),
                        guessArea(project));
                result = ImportRunner.run(source, plan, project, progress, rules);
            }
            EditSession session = new EditSession(project, UndoHistory.of(file.history(), file.historyCursor()),
                    file.journal().orElseThrow(), rules);
            try {
                session.execute(result.appendStep()).orElseThrow().durable().join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            return ImportOutcome.of(request.appendTo(), result).withSource(axes, crs).withEncoding(encoding);
        }
    }

    /**
     * Where a CRS guessed from the numbers may put the data: around the project's features (nobody is asked to
     * confirm a guess on the command line, so a guess that lands elsewhere is refused and --crs asked for).
     */
    private static Envelope guessArea(Project project) {
        Envelope extent = new Envelope();
        for (MapLayer layer : project.layers()) {
            for (Feature feature : layer.layer().features()) {
                if (feature.geometry() != null) {
                    extent.expandToInclude(feature.geometry().getEnvelopeInternal());
                }
            }
        }
        return CrsGuess.plausibleArea(extent);
    }
}
