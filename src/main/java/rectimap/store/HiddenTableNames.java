package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rectimap's own tables (undo history, layer states, settings, change log, review records) are named with the
 * {@code gpkgext_} prefix of GeoPackage extension tables, which GDAL (3.6 to today) leaves out of its layer list
 * even with {@code LIST_ALL_TABLES=YES}, the way QGIS opens a GeoPackage. Registering them anywhere does not help:
 * GDAL lists every table that is not in gpkg_contents and not named like {@code gpkg_%}, {@code rtree_%},
 * {@code vgpkg_%} or {@code sqlite_%}, and a table in gpkg_contents is a layer anyway. Projects made before carry
 * the {@code rectimap_} names: a connection that may write renames them at once (in one transaction, rows kept); a
 * read-only one sees them under the new names through temporary views, and the file is left as it is. The photo
 * tables follow the same rule ({@link PhotoTableNames}).
 */
final class HiddenTableNames {
    /** A table's name in older projects and its name now. */
    record Rename(String legacy, String current) {
    }

    static final String PREFIX = "gpkgext_rectimap_";
    static final List<Rename> ALL = List.of(
            rename("history"), rename("state"), rename("layer_state"), rename("change_log"), rename("settings"),
            rename("review_verdict"), rename("demonstration_mark"));

    private HiddenTableNames() {
    }

    private static Rename rename(String base) {
        return new Rename("rectimap_" + base, PREFIX + base);
    }

    /** Whether the file holds any table under its old name. */
    static boolean hasLegacy(Connection connection) throws SQLException {
        if (PhotoTableNames.hasLegacy(connection)) {
            return true;
        }
        for (Rename table : ALL) {
            if (inMain(connection, table.legacy()) && !inMain(connection, table.current())) {
                return true;
            }
        }
        return false;
    }

    /** Renames every table still under its old name; inside the caller's transaction. */
    static void migrate(Connection connection) throws SQLException {
        for (Rename table : ALL) {
            if (inMain(connection, table.legacy()) && !inMain(connection, table.current())) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("ALTER TABLE " + table.legacy() + " RENAME TO " + table.current());
                }
            }
        }
        PhotoTableNames.migrate(connection);
    }

    /** On a read-only connection: each table still under its old name also answers to its new one. */
    static void alias(Connection connection) throws SQLException {
        for (Rename table : ALL) {
            if (inMain(connection, table.legacy()) && !inMain(connection, table.current())) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("CREATE TEMP VIEW IF NOT EXISTS " + table.current() + " AS SELECT * FROM main."
                            + table.legacy());
                }
            }
        }
        PhotoTableNames.alias(connection);
    }

    /** Whether {@code table} can be read on this connection (a table of the file, or a view made by {@link #alias}). */
    static boolean readable(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM (SELECT name FROM"
                + " sqlite_master WHERE type = 'table' UNION ALL SELECT name FROM sqlite_temp_master WHERE type ="
                + " 'view') WHERE name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.getInt(1) > 0;
            }
        }
    }

    private static boolean inMain(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.getInt(1) > 0;
            }
        }
    }

    /**
     * An older project's own tables: renamed when this connection may write, else (or
     * while another program holds the file) read under their new names through temporary views.
     */
    static void applyOn(Connection connection, AccessMode mode) {
        try {
            if (!HiddenTableNames.hasLegacy(connection)) {
                return;
            }
            if (mode == AccessMode.READ_WRITE) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("BEGIN IMMEDIATE");
                    try {
                        HiddenTableNames.migrate(connection);
                        sql.execute("COMMIT");
                        return;
                    } catch (SQLException e) {
                        sql.execute("ROLLBACK");
                    }
                }
            }
            HiddenTableNames.alias(connection);
        } catch (SQLException e) {
            // Not a GeoPackage, or unreadable: the open's own checks say so in their words.
        }
    }
}
