package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/**
 * Reads which feature layers a GeoPackage holds and how they are described: title and note from
 * {@code gpkg_contents}, geometry kind and CRS from {@code gpkg_geometry_columns} and {@code gpkg_spatial_ref_sys},
 * fields from the table's columns, role and provenance from {@link LayerRoleMetadata} (REFERENCE and SURVEYED for
 * a table without our record, e.g. in a file written by GDAL or QGIS).
 */
final class LayerCatalog {
    /** For a layer without our record, e.g. one GDAL or QGIS wrote: reference data, as surveyed. */
    private static final LayerRoleMetadata.Roles DEFAULT_ROLES =
            new LayerRoleMetadata.Roles(LayerRole.REFERENCE, Provenance.SURVEYED);

    private final Connection connection;

    LayerCatalog(Connection connection) {
        this.connection = connection;
    }

    /**
     * All feature layers in gpkg_contents order whose table exists (see {@link #missingTables()} for the others, which
     * a program dropping a table without its registration leaves behind).
     */
    List<StoredLayer> featureLayers() throws SQLException {
        Map<String, LayerRoleMetadata.Roles> roles = LayerRoleMetadata.readAll(connection);
        String sql = "SELECT c.table_name, c.identifier, c.description, g.column_name, g.geometry_type_name, g.srs_id,"
                + " s.organization, s.organization_coordsys_id FROM gpkg_contents c"
                + " JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
                + " LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id"
                + " WHERE c.data_type = 'features' AND EXISTS (SELECT 1 FROM sqlite_master m"
                + " WHERE m.type IN ('table', 'view') AND lower(m.name) = lower(c.table_name)) ORDER BY c.rowid";
        List<StoredLayer> layers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                layers.add(describe(rows, roles.getOrDefault(rows.getString(1), DEFAULT_ROLES)));
            }
        }
        return layers;
    }

    /** The feature tables gpkg_contents registers that are not in the file, in registration order. */
    List<String> missingTables() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.table_name FROM gpkg_contents c"
                + " WHERE c.data_type = 'features' AND NOT EXISTS (SELECT 1 FROM sqlite_master m"
                + " WHERE m.type IN ('table', 'view') AND lower(m.name) = lower(c.table_name)) ORDER BY c.rowid");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                missing.add(rows.getString(1));
            }
        }
        return missing;
    }

    Optional<StoredLayer> find(String tableName) throws SQLException {
        return featureLayers().stream().filter(l -> l.tableName().equals(tableName)).findFirst();
    }

    boolean tableExists(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = lower(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private StoredLayer describe(ResultSet row, LayerRoleMetadata.Roles roles) throws SQLException {
        String table = row.getString(1);
        String title = row.getString(2) == null || row.getString(2).isBlank() ? table : row.getString(2);
        String note = row.getString(3);
        String geometryColumn = row.getString(4);
        GeometryKind kind = geometryKind(row.getString(5));
        int srsId = row.getInt(6);
        int epsg = "EPSG".equalsIgnoreCase(row.getString(7)) ? row.getInt(8) : srsId;

        List<Field> fields = new ArrayList<>();
        String idColumn = null;
        try (PreparedStatement info = connection.prepareStatement("SELECT name, type, pk FROM pragma_table_info(?)")) {
            info.setString(1, table);
            try (ResultSet columns = info.executeQuery()) {
                while (columns.next()) {
                    String name = columns.getString(1);
                    if (columns.getInt(3) == 1 && idColumn == null) {
                        idColumn = name;
                    } else if (!name.equalsIgnoreCase(geometryColumn)) {
                        fieldType(columns.getString(2)).ifPresent(type -> fields.add(new Field(name, type)));
                    }
                }
            }
        }
        if (idColumn == null) {
            // A view or an odd table: SQLite's rowid still identifies rows.
            idColumn = "rowid";
        }
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, fields), title, roles.role(),
                roles.provenance(), note, epsg);
        return new StoredLayer(info, idColumn, geometryColumn, srsId, tableExists(SqlNames.rtreeName(table, geometryColumn)));
    }

    private static GeometryKind geometryKind(String gpkgName) {
        for (GeometryKind kind : GeometryKind.values()) {
            if (kind.gpkgName().equalsIgnoreCase(gpkgName)) {
                return kind;
            }
        }
        return GeometryKind.GEOMETRY;
    }

    /** The field type for a declared column type; empty for BLOB columns, which the model cannot hold. */
    static Optional<FieldType> fieldType(String declared) {
        String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (type.startsWith("BLOB")) {
            return Optional.empty();
        }
        if (type.equals("DATE")) {
            return Optional.of(FieldType.DATE);
        }
        if (type.contains("INT") || type.equals("BOOLEAN")) {
            return Optional.of(FieldType.INTEGER);
        }
        if (type.equals("REAL") || type.equals("FLOAT") || type.equals("DOUBLE")) {
            return Optional.of(FieldType.REAL);
        }
        // TEXT, TEXT(n), DATETIME and anything unusual are read as text rather than dropped.
        return Optional.of(FieldType.TEXT);
    }
}
