package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.geo.GeometryCheck;
import rectimap.geo.GeometryProblem;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Runs an {@link ImportPlan} on a {@link FeatureSource}: reads every record, reprojects it into the project CRS
 * (EPSG:4490; WGS 84 sources are taken as CGCS2000, which differs by centimetres), checks the geometry and repairs or
 * skips invalid ones as planned, fits it to the target's kind and types the values — all in memory, writing
 * nothing. Any failure (an unreadable record, a value that does not fit, a cancel) is an {@link ExchangeException}
 * naming the file and record, and the project stays as it was; the caller writes the {@link ImportResult} only
 * once it is whole. Runs on a background thread; reads the immutable project only.
 */
public final class ImportRunner {
    private static final int PROGRESS_EVERY = 500;

    private ImportRunner() {
    }

    /** As {@link #run(FeatureSource, ImportPlan, Project, ImportProgress, LayerRules, AppendLimit)} with the limit of this JVM's heap. */
    public static ImportResult run(FeatureSource source, ImportPlan plan, Project project, ImportProgress progress,
                                   LayerRules rules) throws ExchangeException {
        return run(source, plan, project, progress, rules, AppendLimit.ofThisJvm());
    }

    /**
     * @param rules the domain rules of the append target (completed values, validation); {@link LayerRules#NONE} for a new layer
     * @param limit the most features an append may bring in: a source that says it holds more is refused before
     *              reading, one that does not say is stopped when it passes the limit (TOO_LARGE either way)
     */
    public static ImportResult run(FeatureSource source, ImportPlan plan, Project project, ImportProgress progress,
                                   LayerRules rules, AppendLimit limit) throws ExchangeException {
        Path file = plan.file();
        SourceSchema schema = source.schema();
        boolean append = plan.target() instanceof ImportTarget.Append;
        if (append) {
            limit.require(file, schema.countOrMinusOne(), -1);
        }
        CrsTransform toProject = transformFrom(file, sourceEpsg(plan, schema));
        FeatureAssembly assembly = FeatureAssembly.of(plan, schema, project, rules);
        GuessedCrsCheck guess = GuessedCrsCheck.of(plan, schema);
        List<RecordNote> notes = new ArrayList<>();
        long read = 0;
        for (SourceRecord record = source.next(); record != null; record = source.next()) {
            if (++read % PROGRESS_EVERY == 0) {
                if (progress.cancelled()) {
                    throw new ExchangeException(ExchangeProblem.CANCELLED, file, record.index(), "cancelled");
                }
                progress.advanced(read, schema.countOrMinusOne());
            }
            Geometry geometry = checked(file, record, toProject, plan.invalid(), assembly.kind(), notes::add);
            if (geometry != null) {
                guess.require(file, record.index(), geometry);
                assembly.add(file, record, geometry);
                if (append) {
                    limit.require(file, assembly.count(), record.index());
                }
            }
        }
        if (progress.cancelled()) {
            throw new ExchangeException(ExchangeProblem.CANCELLED, file, -1, "cancelled");
        }
        progress.advanced(read, read);
        if (assembly.count() == 0) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, read == 0 ? "the file holds no records"
                    : "every one of the " + read + " records was left out");
        }
        return assembly.result(plan, notes);
    }

    /** The CRS the plan's records are in: the one the user chose, else the one the source declares or guessed. */
    static int sourceEpsg(ImportPlan plan, SourceSchema schema) throws ExchangeException {
        int epsg = plan.sourceEpsg() > 0 ? plan.sourceEpsg() : schema.crs().epsg();
        if (epsg <= 0) {
            throw new ExchangeException(ExchangeProblem.UNKNOWN_CRS, plan.file(), -1,
                    "the coordinate system is unknown (" + schema.crs().description() + "); choose it");
        }
        return epsg;
    }

    /**
     * The record's geometry in the project CRS, valid and of the layer's {@code kind}; null when skipped. Records
     * repaired or skipped are told to {@code notes}.
     */
    static Geometry checked(Path file, SourceRecord record, CrsTransform toProject, InvalidGeometryPolicy policy,
                            GeometryKind kind, Consumer<RecordNote> notes)
            throws ExchangeException {
        Geometry source = record.geometryInSourceCrs();
        if (source == null || source.isEmpty()) {
            if (policy == InvalidGeometryPolicy.SKIP) {
                notes.accept(new RecordNote(record.index(), "没有几何", "no geometry", RecordNote.Action.SKIPPED));
                return null;
            }
            throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, record.index(),
                    "the record has no geometry; choose skip to leave such records out");
        }
        Geometry lonLat;
        try {
            lonLat = toProject == null ? source.copy() : toProject.apply(source);
        } catch (RuntimeException e) {
            throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, record.index(),
                    "cannot reproject: " + e.getMessage(), e);
        }
        GeometryProblem problem = GeometryCheck.problem(lonLat).orElse(null);
        if (problem != null) {
            if (policy == InvalidGeometryPolicy.SKIP) {
                notes.accept(new RecordNote(record.index(), problem.describeZh(), problem.describeEn(),
                        RecordNote.Action.SKIPPED));
                return null;
            }
            lonLat = GeometryCheck.repaired(lonLat);
            if (lonLat.isEmpty()) {
                throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, record.index(),
                        problem.describeEn() + " and nothing remains after repair; choose skip");
            }
            notes.accept(new RecordNote(record.index(), problem.describeZh(), problem.describeEn(),
                    RecordNote.Action.REPAIRED));
        }
        Geometry fitted = GeometryFit.fit(kind, lonLat);
        if (fitted == null) {
            if (mixed(lonLat)) {
                // A GeoJSON GeometryCollection or KML MultiGeometry of several kinds: GDAL stores it only in a
                // GEOMETRY layer (a new layer of this file is one); a layer of one kind cannot hold it.
                throw new ExchangeException(ExchangeProblem.MIXED_COLLECTION, file, record.index(), partTypes(lonLat));
            }
            throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, record.index(),
                    "a " + lonLat.getGeometryType() + " cannot go into a layer of " + kind + " features");
        }
        fitted.setSRID(Epsg.CGCS2000);
        return fitted;
    }

    private static boolean mixed(Geometry geometry) {
        return geometry.getClass() == org.locationtech.jts.geom.GeometryCollection.class;
    }

    private static String partTypes(Geometry collection) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (int i = 0; i < collection.getNumGeometries(); i++) {
            types.add(collection.getGeometryN(i).getGeometryType());
        }
        return String.join(", ", types);
    }

    /** The transformation from {@code epsg} into EPSG:4490; null when none is needed (4490, or WGS 84 taken as it). */
    static CrsTransform transformFrom(Path file, int epsg) throws ExchangeException {
        if (epsg == Epsg.CGCS2000 || epsg == 4326) {
            return null;
        }
        try {
            return CrsTransform.between(epsg, Epsg.CGCS2000);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(ExchangeProblem.UNKNOWN_CRS, file, -1, "EPSG:" + epsg + " is not known", e);
        }
    }
}
