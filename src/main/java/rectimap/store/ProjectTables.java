package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The project's own tables beside the feature layers (named {@code gpkgext_rectimap_…}, see {@link HiddenTableNames}
 * for why, and how older {@code rectimap_…} names are renamed):
 * <ul>
 * <li>{@code …history} — the undo steps (position from 1, name, UTC time, changes in {@link ChangeSetCodec}
 * form) and {@code …state} — key/value pairs, among them the history cursor;</li>
 * <li>{@code …layer_state} — drawing order, visibility, opacity and style (text; null = default) of each
 * layer;</li>
 * <li>{@code …settings} — key/value settings that travel with the project (the print dialog's last
 * sheet); apart from {@code …state}, which is the undo history's bookkeeping;</li>
 * <li>{@code …change_log} — who changed what when, one row per written step.</li>
 * </ul>
 * None of them is registered in {@code gpkg_contents} (a registered table is a layer to GDAL and QGIS), and their
 * prefix keeps GDAL from listing them even with LIST_ALL_TABLES=YES, as QGIS opens a GeoPackage. (The change log used
 * to be registered; opening an older project for editing removes that registration, in the same transaction that
 * renames and creates what is missing.) No {@code gpkg_extensions} row: GDAL then warns that a layer "relies on an
 * extension" it does not implement. {@code validate_gpkg.py -k} accepts the file.
 */
final class ProjectTables {
    static final String HISTORY = HiddenTableNames.PREFIX + "history";
    static final String STATE = HiddenTableNames.PREFIX + "state";
    static final String LAYER_STATE = HiddenTableNames.PREFIX + "layer_state";
    static final String CHANGE_LOG = HiddenTableNames.PREFIX + "change_log";
    static final String SETTINGS = HiddenTableNames.PREFIX + "settings";

    private ProjectTables() {
    }

    /** Creates whatever of the five tables is missing; inside the caller's transaction. */
    static void ensure(Connection connection) throws SQLException {
        HiddenTableNames.migrate(connection);
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
        QgisLayerStyles.ensureTable(connection);
        try (PreparedStatement unregister = connection.prepareStatement(
                "DELETE FROM gpkg_contents WHERE table_name IN (?, ?)")) {
            unregister.setString(1, CHANGE_LOG);
            unregister.setString(2, "rectimap_change_log");
            unregister.executeUpdate();
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
        return HiddenTableNames.readable(connection, HISTORY) && HiddenTableNames.readable(connection, STATE);
    }
}
