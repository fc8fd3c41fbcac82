package rectimap.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * QGIS's own style table in PostgreSQL, {@code public.layer_styles}, laid out as QGIS creates it, so a QGIS user
 * opening a shared project's layer gets Rectimap's style as the default one. One row per layer styled by Rectimap
 * ({@code styleName = 'Rectimap'}, {@code useAsDefault = true}); another style a QGIS user saved stays, no longer
 * the default.
 */
final class QgisPgStyles {
    static final String STYLE_NAME = "Rectimap";

    private QgisPgStyles() {
    }

    static void ensureTable(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS public.layer_styles (id serial PRIMARY KEY,"
                    + " f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,"
                    + " f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,"
                    + " description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,"
                    + " update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)");
        }
    }

    /** Makes {@code qml} the default style of {@code schema.table} (geometry column geom). */
    static void put(Connection connection, String schema, String table, String qml) throws SQLException {
        try (PreparedStatement others = connection.prepareStatement("UPDATE public.layer_styles SET"
                + " useasdefault = false WHERE f_table_catalog = current_database() AND f_table_schema = ?"
                + " AND f_table_name = ? AND f_geometry_column = ?");
                PreparedStatement mine = connection.prepareStatement("DELETE FROM public.layer_styles"
                        + " WHERE f_table_catalog = current_database() AND f_table_schema = ? AND f_table_name = ?"
                        + " AND f_geometry_column = ? AND stylename = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO public.layer_styles"
                        + " (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, stylename, styleqml,"
                        + " useasdefault, description) VALUES (current_database(), ?, ?, ?, ?,"
                        + " XMLPARSE(DOCUMENT ?), true, 'Rectimap')")) {
            for (PreparedStatement statement : new PreparedStatement[] {others, mine, insert}) {
                statement.setString(1, schema);
                statement.setString(2, table);
                statement.setString(3, PgLayerTable.GEOMETRY);
            }
            others.executeUpdate();
            mine.setString(4, STYLE_NAME);
            mine.executeUpdate();
            insert.setString(4, STYLE_NAME);
            insert.setString(5, qml);
            insert.executeUpdate();
        }
    }

    /** The default style's QML of {@code schema.table}, or null. */
    static String defaultQml(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT styleqml::text FROM public.layer_styles"
                + " WHERE f_table_catalog = current_database() AND f_table_schema = ? AND f_table_name = ?"
                + " AND useasdefault ORDER BY update_time DESC LIMIT 1")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
