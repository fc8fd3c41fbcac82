package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;

/**
 * Streams features into a new feature table inside the caller's transaction: table, registration, rows in JDBC
 * batches, the R-tree filled directly from the envelopes at hand (its triggers are created after the load, so no
 * SQL function runs per row), and the extent in gpkg_contents at the end. Geometries are reprojected from the
 * source CRS to EPSG:4490; a Polygon (LineString) going into a MULTIPOLYGON (MULTILINESTRING) layer is wrapped.
 * Memory: one batch of rows.
 */
final class LayerBulkImport {
    private static final int BATCH_ROWS = 500;

    private final Connection connection;
    private final GpkgGeometryCodec codec;

    LayerBulkImport(Connection connection, GpkgGeometryCodec codec) {
        this.connection = connection;
        this.codec = codec;
    }

    /** The counts of a finished load (before commit) or null when cancelled (the caller rolls back). */
    <E extends Exception> BulkImportResult load(LayerInfo info, int sourceEpsg, FeatureFeed<E> feed,
                                                BulkProgress progress) throws E, SQLException {
        String table = info.tableName();
        List<Field> fields = info.type().fields();
        GeometryKind kind = info.type().geometryKind();
        FeatureTableWriter tables = new FeatureTableWriter(connection, codec);
        tables.createTable(table, kind, fields);
        tables.register(info, new Envelope());
        RtreeIndex.createTable(connection, table, FeatureTableWriter.GEOMETRY_COLUMN);
        CrsTransform transform = sourceEpsg == Epsg.CGCS2000 ? null : CrsTransform.between(sourceEpsg, Epsg.CGCS2000);
        GeometryFactory factory = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), Epsg.CGCS2000);
        Envelope extent = new Envelope();
        long fid = 0;
        try (PreparedStatement insert = connection.prepareStatement(insertSql(table, fields));
             PreparedStatement index = RtreeIndex.prepareRows(connection, table, FeatureTableWriter.GEOMETRY_COLUMN)) {
            int pending = 0;
            for (Feature feature = feed.next(); feature != null; feature = feed.next()) {
                fid++;
                Geometry geometry = fitted(kind, reprojected(transform, feature.geometry(), fid), factory, fid);
                insert.setLong(1, fid);
                insert.setBytes(2, codec.encode(geometry, Epsg.CGCS2000));
                for (int i = 0; i < fields.size(); i++) {
                    bindValue(insert, 3 + i, fields.get(i), feature, fid);
                }
                insert.addBatch();
                if (!geometry.isEmpty()) {
                    Envelope box = geometry.getEnvelopeInternal();
                    extent.expandToInclude(box);
                    RtreeIndex.addRow(index, fid, box);
                }
                if (++pending == BATCH_ROWS) {
                    insert.executeBatch();
                    index.executeBatch();
                    pending = 0;
                    progress.written(fid);
                    if (progress.cancelRequested()) {
                        return null;
                    }
                }
            }
            insert.executeBatch();
            index.executeBatch();
        }
        if (progress.cancelRequested()) {
            return null;
        }
        progress.written(fid);
        RtreeIndex.createTriggers(connection, table, FeatureTableWriter.GEOMETRY_COLUMN, FeatureTableWriter.ID_COLUMN);
        writeExtent(table, extent);
        return new BulkImportResult(info, fid, extent, false);
    }

    private static String insertSql(String table, List<Field> fields) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table)).append(" (")
                .append(quote(FeatureTableWriter.ID_COLUMN)).append(", ").append(quote(FeatureTableWriter.GEOMETRY_COLUMN));
        fields.forEach(f -> sql.append(", ").append(quote(f.name())));
        return sql.append(") VALUES (?, ?").append(", ?".repeat(fields.size())).append(')').toString();
    }

    private static void bindValue(PreparedStatement insert, int at, Field field, Feature feature, long fid)
            throws SQLException {
        try {
            FeatureTableWriter.bind(insert, at, field, feature);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("feature " + fid + ": " + e.getMessage(), e);
        }
    }

    /** The geometry in EPSG:4490; IllegalArgumentException naming the feature when a position does not transform. */
    private static Geometry reprojected(CrsTransform transform, Geometry geometry, long fid) {
        if (transform == null) {
            return geometry;
        }
        Geometry lonLat;
        try {
            lonLat = transform.apply(geometry);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("feature " + fid + " is a geometry that cannot be reprojected from EPSG:"
                    + transform.sourceEpsg() + ": " + e.getMessage(), e);
        }
        Envelope box = lonLat.getEnvelopeInternal();
        if (!lonLat.isEmpty() && !(Double.isFinite(box.getMinX()) && Double.isFinite(box.getMaxX())
                && Double.isFinite(box.getMinY()) && Double.isFinite(box.getMaxY()))) {
            throw new IllegalArgumentException("feature " + fid + " is a geometry outside the range of EPSG:"
                    + transform.sourceEpsg());
        }
        return lonLat;
    }

    /** The geometry as the layer's kind holds it; IllegalArgumentException naming the feature when it does not fit. */
    static Geometry fitted(GeometryKind kind, Geometry geometry, GeometryFactory factory, long fid) {
        String type = geometry.getGeometryType().toUpperCase(Locale.ROOT);
        if (kind == GeometryKind.GEOMETRY || type.equals(kind.gpkgName())) {
            return geometry;
        }
        if (kind == GeometryKind.MULTIPOLYGON && geometry instanceof Polygon polygon) {
            return factory.createMultiPolygon(new Polygon[] {polygon});
        }
        if (kind == GeometryKind.MULTILINESTRING && geometry instanceof LineString line) {
            return factory.createMultiLineString(new LineString[] {line});
        }
        if (kind == GeometryKind.MULTIPOINT && geometry instanceof org.locationtech.jts.geom.Point point) {
            return factory.createMultiPoint(new org.locationtech.jts.geom.Point[] {point});
        }
        throw new IllegalArgumentException("feature " + fid + " is a " + type + " but the layer holds "
                + kind.gpkgName());
    }

    private void writeExtent(String table, Envelope extent) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?,"
                + " max_x = ?, max_y = ? WHERE table_name = ?")) {
            for (int i = 1; i <= 4; i++) {
                update.setNull(i, Types.DOUBLE);
            }
            if (!extent.isNull()) {
                update.setDouble(1, extent.getMinX());
                update.setDouble(2, extent.getMinY());
                update.setDouble(3, extent.getMaxX());
                update.setDouble(4, extent.getMaxY());
            }
            update.setString(5, table);
            update.executeUpdate();
        }
    }

    /** {@code wanted}, or wanted_2, wanted_3 ... whichever no table (or other schema object) has yet. */
    static String freeTableName(Connection connection, String wanted) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE lower(name) = lower(?) UNION ALL"
                        + " SELECT 1 FROM gpkg_contents WHERE lower(table_name) = lower(?)")) {
            String name = wanted;
            for (int n = 2; ; n++) {
                exists.setString(1, name);
                exists.setString(2, name);
                if (!exists.executeQuery().next()) {
                    return name;
                }
                name = wanted + "_" + n;
            }
        }
    }

    /** {@code wanted}, or "wanted (2)", "wanted (3)" ... whichever no layer has as its title (gpkg identifier). */
    static String freeTitle(Connection connection, String wanted) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM gpkg_contents WHERE identifier = ?")) {
            String title = wanted;
            for (int n = 2; ; n++) {
                exists.setString(1, title);
                if (!exists.executeQuery().next()) {
                    return title;
                }
                title = wanted + " (" + n + ")";
            }
        }
    }

    static void tuneForBulk(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            // 64 MB of page cache (native memory, not the Java heap) so index pages stay cached during the load.
            sql.execute("PRAGMA cache_size = -65536");
        }
    }
}
