package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import rectimap.model.GeometryKind;

/**
 * Each layer's Rectimap style in the table QGIS and GDAL use, {@code layer_styles}, as the layer's default QML
 * style, so a colleague opening the project in QGIS sees the same colours, classes, widths and labels. The table is
 * created as QGIS creates it (through GDAL) and registered in gpkg_contents as 'attributes', as GDAL registers it.
 * Written in the caller's transaction (the journal's step that changed the styles).
 */
final class QgisLayerStyles {
    static final String TABLE = "layer_styles";
    /** Our row per layer; another style a QGIS user saved stays, only no longer the default. */
    static final String STYLE_NAME = "Rectimap";

    private QgisLayerStyles() {
    }

    /** Writes the style of every state that has one (NULL = the built-in default, which stays unwritten). */
    static void write(Connection connection, List<LayerDisplayState> states) throws SQLException {
        ensureTable(connection);
        for (LayerDisplayState state : states) {
            if (state.style() == null) {
                continue;
            }
            String[] geometry = geometryOf(connection, state.tableName());
            if (geometry == null) {
                continue;
            }
            try (PreparedStatement others = connection.prepareStatement("UPDATE " + TABLE + " SET useAsDefault = 0"
                    + " WHERE f_table_name = ?");
                 PreparedStatement old = connection.prepareStatement("DELETE FROM " + TABLE
                         + " WHERE f_table_name = ? AND styleName = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (f_table_catalog,"
                         + " f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD,"
                         + " useAsDefault, description, owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?,"
                         + " '', NULL, strftime('%Y-%m-%dT%H:%M:%fZ','now'))")) {
                others.setString(1, state.tableName());
                others.executeUpdate();
                old.setString(1, state.tableName());
                old.setString(2, STYLE_NAME);
                old.executeUpdate();
                insert.setString(1, state.tableName());
                insert.setString(2, geometry[0]);
                insert.setString(3, STYLE_NAME);
                insert.setString(4, QgisStyleQml.of(state.style(), GeometryKind.valueOf(geometry[1])));
                insert.setString(5, "Rectimap 的图层样式 / the layer's style in Rectimap");
                insert.executeUpdate();
            }
        }
    }

    /** The tables that have a row in {@code layer_styles} (any style, ours or a QGIS user's); empty without the table. */
    static java.util.Set<String> styledTables(Connection connection) throws SQLException {
        java.util.Set<String> tables = new java.util.HashSet<>();
        if (!new LayerCatalog(connection).tableExists(TABLE)) {
            return tables;
        }
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT DISTINCT f_table_name FROM " + TABLE)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Writes the style of each state whose layer has no row in {@code layer_styles} yet (a layer never restyled
     * keeps Rectimap's default style, which QGIS should see too); rows already there, ours or a QGIS user's, stay.
     */
    static void writeMissing(Connection connection, List<LayerDisplayState> states) throws SQLException {
        ensureTable(connection);
        List<LayerDisplayState> missing = new java.util.ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + TABLE
                + " WHERE f_table_name = ?")) {
            for (LayerDisplayState state : states) {
                query.setString(1, state.tableName());
                try (ResultSet row = query.executeQuery()) {
                    if (row.getInt(1) == 0) {
                        missing.add(state);
                    }
                }
            }
        }
        write(connection, missing);
    }

    /** The table as QGIS makes it, registered as GDAL registers attribute tables; nothing when it exists. */
    static void ensureTable(Connection connection) throws SQLException {
        if (new LayerCatalog(connection).tableExists(TABLE)) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),"
                    + " f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,"
                    + " useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),"
                    + " update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
            sql.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
                    + " VALUES ('" + TABLE + "', 'attributes', '" + TABLE + "', '',"
                    + " strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
        }
    }

    /** The geometry column and GeoPackage type name of {@code table}, or null when it is no feature table. */
    private static String[] geometryOf(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, upper(geometry_type_name)"
                + " FROM gpkg_geometry_columns WHERE table_name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String type = row.getString(2);
                boolean known = java.util.Arrays.stream(GeometryKind.values()).anyMatch(k -> k.name().equals(type));
                return new String[] {row.getString(1), known ? type : GeometryKind.GEOMETRY.name()};
            }
        }
    }
}
