package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;

/**
 * Writes a whole layer as a new feature table: the table, its registration in the GeoPackage tables, its role
 * row, the features and the R-tree. Runs inside the caller's transaction; any existing layer of that name must
 * have been dropped first ({@link #dropIfPresent}).
 */
final class FeatureTableWriter {
    static final String ID_COLUMN = "fid";
    static final String GEOMETRY_COLUMN = "geom";
    private static final int BATCH_ROWS = 1_000;

    private final Connection connection;
    private final GpkgGeometryCodec codec;

    FeatureTableWriter(Connection connection, GpkgGeometryCodec codec) {
        this.connection = connection;
        this.codec = codec;
    }

    /** Checks what SQLite would not: reserved column names and geometries of the layer's kind. */
    static void requireWritable(Layer layer) {
        for (Field field : layer.info().type().fields()) {
            if (field.name().equalsIgnoreCase(ID_COLUMN) || field.name().equalsIgnoreCase(GEOMETRY_COLUMN)) {
                throw new IllegalArgumentException(layer.tableName() + ": field name '" + field.name() + "' is reserved");
            }
        }
        GeometryKind kind = layer.info().type().geometryKind();
        for (Feature feature : layer.features()) {
            String type = feature.geometry().getGeometryType().toUpperCase(Locale.ROOT);
            if (kind != GeometryKind.GEOMETRY && !type.equals(kind.gpkgName())) {
                throw new IllegalArgumentException(layer.tableName() + ": feature " + feature.id() + " is a " + type
                        + " but the layer holds " + kind.gpkgName());
            }
        }
    }

    /** Removes a layer written earlier (by us or another program) with everything registered for it. */
    static void dropIfPresent(Connection connection, StoredLayer old) throws SQLException {
        String table = old.tableName();
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + quote(SqlNames.rtreeName(table, old.geometryColumn())));
            sql.execute("DROP TABLE IF EXISTS " + quote(table));
        }
        for (String registry : List.of("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents",
                "gpkg_data_columns")) {
            deleteRows(connection, registry, table);
        }
        LayerRoleMetadata.delete(connection, table);
        // gpkg_contents keeps its row (and rowid, i.e. the layer's place in the file order); write() updates it.
    }

    private static void deleteRows(Connection connection, String registry, String table) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            exists.setString(1, registry);
            if (!exists.executeQuery().next()) {
                return;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + quote(registry) + " WHERE lower(table_name) = lower(?)")) {
            delete.setString(1, table);
            delete.executeUpdate();
        }
    }

    /** Creates and fills the table for {@code layer}. */
    void write(Layer layer) throws SQLException {
        LayerInfo info = layer.info();
        String table = info.tableName();
        List<Field> fields = info.type().fields();
        createTable(table, info.type().geometryKind(), fields);
        register(info, layer.envelope());
        RtreeIndex.createTable(connection, table, GEOMETRY_COLUMN);
        insertFeatures(layer);
        RtreeIndex.createTriggers(connection, table, GEOMETRY_COLUMN, ID_COLUMN);
    }

    void createTable(String table, GeometryKind kind, List<Field> fields) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table)).append(" (")
                .append(quote(ID_COLUMN)).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ")
                // The spec wants the geometry type name as the column's declared type (validate_gpkg req 31).
                .append(quote(GEOMETRY_COLUMN)).append(' ').append(kind.gpkgName());
        for (Field field : fields) {
            ddl.append(", ").append(quote(field.name())).append(' ').append(field.type().name());
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(ddl.append(')').toString());
        }
    }

    /** Registers a new feature table in gpkg_contents, gpkg_geometry_columns, gpkg_extensions and its role. */
    void register(LayerInfo info, Envelope bounds) throws SQLException {
        try (PreparedStatement contents = connection.prepareStatement("INSERT INTO gpkg_contents (table_name,"
                + " data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)"
                + " VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name) DO UPDATE SET"
                + " data_type = excluded.data_type, identifier = excluded.identifier,"
                + " description = excluded.description, min_x = excluded.min_x, min_y = excluded.min_y,"
                + " max_x = excluded.max_x, max_y = excluded.max_y, srs_id = excluded.srs_id,"
                + " last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')")) {
            contents.setString(1, info.tableName());
            contents.setString(2, info.title());
            contents.setString(3, info.note());
            setBound(contents, 4, bounds.isNull() ? null : bounds.getMinX());
            setBound(contents, 5, bounds.isNull() ? null : bounds.getMinY());
            setBound(contents, 6, bounds.isNull() ? null : bounds.getMaxX());
            setBound(contents, 7, bounds.isNull() ? null : bounds.getMaxY());
            contents.setInt(8, info.srid());
            contents.executeUpdate();
        }
        try (PreparedStatement columns = connection.prepareStatement("INSERT INTO gpkg_geometry_columns"
                + " (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)")) {
            columns.setString(1, info.tableName());
            columns.setString(2, GEOMETRY_COLUMN);
            columns.setString(3, info.type().geometryKind().gpkgName());
            columns.setInt(4, info.srid());
            columns.executeUpdate();
        }
        RtreeIndex.declare(connection, info.tableName(), GEOMETRY_COLUMN);
        LayerRoleMetadata.write(connection, info.tableName(), info.role(), info.provenance());
    }

    private static void setBound(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private void insertFeatures(Layer layer) throws SQLException {
        List<Field> fields = layer.info().type().fields();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(layer.tableName())).append(" (")
                .append(quote(ID_COLUMN)).append(", ").append(quote(GEOMETRY_COLUMN));
        fields.forEach(f -> sql.append(", ").append(quote(f.name())));
        sql.append(") VALUES (?, ?").append(", ?".repeat(fields.size())).append(')');
        int srid = layer.info().srid();
        try (PreparedStatement insert = connection.prepareStatement(sql.toString());
             PreparedStatement index = RtreeIndex.prepareRows(connection, layer.tableName(), GEOMETRY_COLUMN)) {
            int pending = 0;
            for (Feature feature : layer.features()) {
                insert.setLong(1, feature.id());
                insert.setBytes(2, codec.encode(feature.geometry(), srid));
                for (int i = 0; i < fields.size(); i++) {
                    bind(insert, 3 + i, fields.get(i), feature);
                }
                insert.addBatch();
                Geometry geometry = feature.geometry();
                if (!geometry.isEmpty()) {
                    RtreeIndex.addRow(index, feature.id(), geometry.getEnvelopeInternal());
                }
                if (++pending == BATCH_ROWS) {
                    insert.executeBatch();
                    index.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
            index.executeBatch();
        }
    }

    static void bind(PreparedStatement insert, int index, Field field, Feature feature) throws SQLException {
        Object value = feature.get(field.name());
        if (value == null) {
            insert.setNull(index, Types.NULL);
            return;
        }
        boolean fits = switch (field.type()) {
            case TEXT -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof Short;
            case REAL -> value instanceof Number;
            case DATE -> value instanceof LocalDate;
        };
        if (!fits) {
            throw new IllegalArgumentException("feature " + feature.id() + ": field '" + field.name() + "' is "
                    + field.type() + " but holds a " + value.getClass().getSimpleName() + " (" + value + ")");
        }
        switch (field.type()) {
            case TEXT -> insert.setString(index, (String) value);
            case INTEGER -> insert.setLong(index, ((Number) value).longValue());
            case REAL -> insert.setDouble(index, ((Number) value).doubleValue());
            case DATE -> insert.setString(index, value.toString());
        }
    }
}
