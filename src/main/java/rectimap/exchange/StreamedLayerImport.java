package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Epsg;
import rectimap.geo.GeometryCheck;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.model.StoreException;
import rectimap.store.BulkImportResult;
import rectimap.store.BulkProgress;
import rectimap.store.FeatureFeed;
import rectimap.store.GeoPackageStore;

/**
 * Imports a whole {@link FeatureSource} as a NEW layer of a project, streamed: records go from the file through
 * reprojection into one SQLite transaction ({@link GeoPackageStore#importNewLayer}) without ever being held
 * together, so a file of a million features imports in flat memory. All or nothing: a bad record, a value that
 * does not fit, a cancel or a full disk leave the project exactly as it was.
 *
 * <p>Records without geometry are left out (counted); invalid geometries are repaired or left out as asked
 * (counted). Fields named {@code fid} or {@code geom} (the GeoPackage's own columns) get a suffix {@code _1}.
 * Runs on the caller's (background) thread, which must own the store.
 */
public final class StreamedLayerImport {
    /** What to do with a geometry that is not OGC-valid (self-intersection, bow-tie). */
    public enum InvalidGeometries {
        /** Repair with JTS GeometryFixer; records whose repair leaves nothing are left out. */
        REPAIR,
        /** Leave such records out. */
        SKIP
    }

    /**
     * How the import ended.
     *
     * @param stored               the layer as written (table name, possibly suffixed) and the feature count
     * @param withoutGeometry      records left out because they had no geometry
     * @param repaired             invalid geometries repaired
     * @param skippedInvalid       records left out because their geometry was invalid (or repaired to nothing)
     */
    public record Outcome(BulkImportResult stored, long withoutGeometry, long repaired, long skippedInvalid) {
    }

    private StreamedLayerImport() {
    }

    /**
     * Reads {@code source} to the end into a new layer named after the source (title = the source name).
     *
     * @param file     the file being imported, named in messages
     * @param role     REFERENCE or PLANNING
     * @param progress told the number of features written; asked whether to cancel
     * @throws ExchangeException for a bad record (naming file and record), UNKNOWN_CRS when the source has none,
     *                           BAD_VALUE/BAD_GEOMETRY for a value or geometry the layer cannot hold, EMPTY when no
     *                           record had a geometry, CANCELLED, WRITE_FAILED — the project unchanged in each case
     */
    public static Outcome intoNewLayer(GeoPackageStore store, FeatureSource source, Path file, LayerRole role,
                                       InvalidGeometries invalid, BulkProgress progress) throws ExchangeException {
        SourceSchema schema = source.schema();
        if (!schema.crs().isKnown()) {
            throw new ExchangeException(ExchangeProblem.UNKNOWN_CRS, file, "choose the coordinate system ("
                    + schema.crs().description() + ")");
        }
        List<Field> fields = new ArrayList<>();
        Map<String, String> columnOf = new LinkedHashMap<>();
        for (Field field : schema.fields()) {
            String lower = field.name().toLowerCase(Locale.ROOT);
            String column = lower.equals("fid") || lower.equals("geom") ? field.name() + "_1" : field.name();
            columnOf.put(field.name(), column);
            fields.add(new Field(column, field.type()));
        }
        String table = schema.name().isBlank() ? "imported" : schema.name().trim();
        LayerInfo info = new LayerInfo(new FeatureType(table, schema.kind(), fields), table, role,
                Provenance.SURVEYED, "imported from " + file.getFileName(), Epsg.CGCS2000);
        Feed feed = new Feed(source, columnOf, invalid);
        try {
            BulkImportResult stored = store.importNewLayer(info, schema.crs().epsg(), feed, progress);
            if (stored.cancelled()) {
                throw new ExchangeException(ExchangeProblem.CANCELLED, file, "cancelled; nothing was written");
            }
            if (stored.features() == 0) {
                throw new ExchangeException(ExchangeProblem.EMPTY, file, "no record has a geometry");
            }
            return new Outcome(stored, feed.withoutGeometry, feed.repaired, feed.skippedInvalid);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(e.getMessage().contains(" is a ") ? ExchangeProblem.BAD_GEOMETRY
                    : ExchangeProblem.BAD_VALUE, file, feed.lastIndex, e.getMessage(), e);
        } catch (StoreException e) {
            throw new ExchangeException(ExchangeProblem.WRITE_FAILED, store.file(), e.getMessage(), e);
        }
    }

    /** The source's records as features: keys renamed, records without (valid) geometry left out and counted. */
    private static final class Feed implements FeatureFeed<ExchangeException> {
        private final FeatureSource source;
        private final Map<String, String> columnOf;
        private final InvalidGeometries invalid;
        long withoutGeometry;
        long repaired;
        long skippedInvalid;
        long lastIndex = -1;

        Feed(FeatureSource source, Map<String, String> columnOf, InvalidGeometries invalid) {
            this.source = source;
            this.columnOf = columnOf;
            this.invalid = invalid;
        }

        @Override
        public Feature next() throws ExchangeException {
            for (SourceRecord record = source.next(); record != null; record = source.next()) {
                lastIndex = record.index();
                Geometry geometry = record.geometryInSourceCrs();
                if (geometry == null || geometry.isEmpty()) {
                    withoutGeometry++;
                    continue;
                }
                if (!GeometryCheck.isValid(geometry)) {
                    geometry = invalid == InvalidGeometries.REPAIR ? GeometryCheck.repaired(geometry) : null;
                    if (geometry == null || geometry.isEmpty()) {
                        skippedInvalid++;
                        continue;
                    }
                    repaired++;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                record.values().forEach((name, value) -> values.put(columnOf.getOrDefault(name, name), value));
                return new Feature(record.index() + 1, geometry, values);
            }
            return null;
        }
    }
}
