package rectimap.cli;

import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.planning.FieldAliases;
import rectimap.campaign.planning.PlanningRules;
import rectimap.exchange.CrsGuess;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.FieldMatching;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportRunner;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.PointTableSource;
import rectimap.exchange.ShapefileEncodingChoice;
import rectimap.exchange.SourceCrs;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.TableAxes;
import rectimap.exchange.shapefile.DbfEncoding;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The command line's reading of an import source, the same for a project file and a shared project: the file
 * opened as the request says, a Shapefile's encoding required certain (nobody sees a preview to confirm a guess), a
 * guessed CRS required to land near the project's features, and how it was read (a table's axes, the CRS, the
 * encoding) for the report.
 */
final class ReadImport {
    /** What was read: the table axes (or null), the source CRS and a Shapefile's encoding (or null). */
    record HowRead(TableAxes axes, SourceCrs crs, DbfEncoding encoding) {
    }

    /** Work on the open source, told how it is being read. */
    interface OnSource<T> {
        T read(FeatureSource source, HowRead how) throws ExchangeException;
    }

    private ReadImport() {
    }

    /** Opens the request's source and hands it to {@code work}; closes it after. */
    static <T> T open(ImportRequest request, OnSource<T> work) throws ExchangeException {
        try (FeatureSource source = new SourceOpener(new GeoPackageExchange()).open(request.file(),
                request.source())) {
            TableAxes axes = source instanceof PointTableSource table ? table.axes() : null;
            DbfEncoding encoding = null;
            if (source instanceof ShapefileSource shapefile) {
                ShapefileEncodingChoice.requireCertain(request.file(), shapefile);
                encoding = shapefile.encoding();
            }
            return work.read(source, new HowRead(axes, source.schema().crs(), encoding));
        }
    }

    /**
     * The whole source read into memory ({@link ImportRunner}: reprojected, checked, typed, repaired or skipped as
     * planned) for {@code target}, under {@code rules}.
     */
    static ImportResult whole(ImportRequest request, FeatureSource source, ImportTarget target, Project project,
                              PlanningRules rules, ImportProgress progress) throws ExchangeException {
        return ImportRunner.run(source, plan(request, target, project), project, progress, rules);
    }

    /** The plan of {@code request} into {@code target} of {@code project}. */
    static ImportPlan plan(ImportRequest request, ImportTarget target, Project project) {
        return new ImportPlan(request.file(), target, request.sourceEpsg(), request.invalid(), guessArea(project));
    }

    /** The append target of {@code request}: its layer, fields matched by name and Chinese label. */
    static ImportTarget.Append appendTarget(ImportRequest request, FeatureSource source, Project project)
            throws ExchangeException {
        MapLayer layer = project.layer(request.appendTo()).orElseThrow(() -> new ExchangeException(
                ExchangeProblem.UNSUPPORTED, request.file(), -1, "the project has no layer " + request.appendTo()));
        return new ImportTarget.Append(layer.tableName(), FieldMatching.auto(layer.info().type().fields(),
                source.schema().fields(), FieldAliases.of(layer.info().type())));
    }

    /**
     * Where a CRS guessed from the numbers may put the data: around the project's features (nobody is asked to
     * confirm a guess on the command line, so a guess that lands elsewhere is refused and --crs asked for).
     */
    static Envelope guessArea(Project project) {
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
