package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The project's own tables beside the feature layers:
 * <ul>
 * <li>{@code rectimap_history} — the undo steps (position from 1, name, UTC time, changes in {@link ChangeSetCodec}
 * form) and {@code rectimap_state} — key/value pairs, among them the history cursor;</li>
 * <li>{@code rectimap_layer_state} — drawing order, visibility, opacity and style (text; null = default) of each
 * layer;</li>
 * <li>{@code rectimap_settings} — key/value settings that travel with the project (the print dialog's last
 * sheet); apart from {@code rectimap_state}, which is the undo history's bookkeeping;</li>
 * <li>{@code rectimap_change_log} — who changed what when, one row per written step.</li>
 * </ul>
 * Why only the change log is registered (in {@code gpkg_contents} as an "attributes" table titled 修改记录): GDAL,
 * hence QGIS, lists every table missing from gpkg_contents as a layer UNLESS the file has an attributes table
 * (its LIST_ALL_TABLES=AUTO rule). Registering the one table a user may want to read in QGIS (a readable log) hides
 * the binary history and state tables; registering those too would list them. No {@code gpkg_extensions} row:
 * GDAL then warns that a layer "relies on an extension" it does not implement. {@code validate_gpkg.py -k} accepts
 * the file either way.
 */
final class ProjectTables {
    static final String HISTORY = "rectimap_history";
    static final String STATE = "rectimap_state";
    static final String LAYER_STATE = "rectimap_layer_state";
    static final String CHANGE_LOG = "rectimap_change_log";
    static final String SETTINGS = "rectimap_settings";
    /** The change log's title in QGIS's layer list. */
    static final String CHANGE_LOG_TITLE = "修改记录 (Rectimap)";

    private ProjectTables() {
    }

    /** Creates whatever of the five tables is missing; inside the caller's transaction. */
    static void ensure(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (position INTEGER PRIMARY KEY NOT NULL,"
                    + " name TEXT NOT NULL, recorded_at TEXT NOT NULL, changes BLOB NOT NULL)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + STATE + " (key TEXT PRIMARY KEY NOT NULL, value TEXT)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + LAYER_STATE + " (table_name TEXT PRIMARY KEY NOT NULL,"
                    + " draw_order INTEGER NOT NULL, visible INTEGER NOT NULL, opacity REAL NOT NULL, style TEXT)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + CHANGE_LOG + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " changed_at TEXT NOT NULL, user_name TEXT, host TEXT, action TEXT NOT NULL, step_name TEXT,"
                    + " summary TEXT)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + SETTINGS + " (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
        }
        if (!hasStyleColumn(connection)) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("ALTER TABLE " + LAYER_STATE + " ADD COLUMN style TEXT");
            }
        }
        try (PreparedStatement register = connection.prepareStatement("INSERT INTO gpkg_contents (table_name,"
                + " data_type, identifier, description) SELECT ?, 'attributes', ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM gpkg_contents WHERE table_name = ?)")) {
            register.setString(1, CHANGE_LOG);
            register.setString(2, CHANGE_LOG_TITLE);
            register.setString(3, "Rectimap: who changed which features when (one row per edit, undo or redo)");
            register.setString(4, CHANGE_LOG);
            register.executeUpdate();
        }
    }

    /** Whether the layer state table has the style column (added when styles began to be kept). */
    static boolean hasStyleColumn(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet columns = sql.executeQuery("SELECT count(*)"
                + " FROM pragma_table_info('" + LAYER_STATE + "') WHERE name = 'style'")) {
            return columns.getInt(1) == 1;
        }
    }

    /** Whether the file has our tables (a plain GeoPackage from elsewhere has not). */
    static boolean present(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT count(*)"
                + " FROM sqlite_master WHERE type = 'table' AND name IN ('" + HISTORY + "', '" + STATE + "')")) {
            return row.getInt(1) == 2;
        }
    }
}
