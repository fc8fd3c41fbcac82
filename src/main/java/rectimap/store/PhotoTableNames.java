package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The photo tables of projects made before they were hidden: the media table {@code rectimap_photos} (listed in
 * {@code gpkg_contents}, so GDAL and QGIS offered it as a table) and the mapping tables
 * {@code rectimap_photos_of_<layer>} (offered by QGIS). {@link HiddenTableNames} calls this beside its own renames:
 * a connection that may write renames them to the {@link PhotoTables} names and moves every registration with them
 * ({@code gpkgext_relations}, {@code gpkg_extensions}; the media table leaves {@code gpkg_contents}); a read-only
 * connection reads them under the new names through temporary views.
 */
final class PhotoTableNames {
    static final String LEGACY_MEDIA = "rectimap_photos";
    private static final String LEGACY_MAPPING_PREFIX = LEGACY_MEDIA + "_of_";

    private PhotoTableNames() {
    }

    /** Whether the file holds the photo tables under their old names. */
    static boolean hasLegacy(Connection connection) throws SQLException {
        return inMain(connection, LEGACY_MEDIA) && !inMain(connection, PhotoTables.MEDIA);
    }

    /** Renames the old photo tables and their registrations; inside the caller's transaction. */
    static void migrate(Connection connection) throws SQLException {
        if (!hasLegacy(connection)) {
            return;
        }
        List<String> mappings = legacyMappings(connection);
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE " + LEGACY_MEDIA + " RENAME TO " + PhotoTables.MEDIA);
            for (String mapping : mappings) {
                sql.execute("ALTER TABLE " + quote(mapping) + " RENAME TO " + quote(current(mapping)));
            }
            sql.execute("DELETE FROM gpkg_contents WHERE table_name = '" + LEGACY_MEDIA + "'");
            if (inMain(connection, PhotoTables.RELATIONS)) {
                sql.execute("UPDATE " + PhotoTables.RELATIONS + " SET related_table_name = '" + PhotoTables.MEDIA
                        + "' WHERE related_table_name = '" + LEGACY_MEDIA + "'");
            }
        }
        for (String mapping : mappings) {
            renameIn(connection, "UPDATE gpkg_extensions SET table_name = ? WHERE table_name = ?", mapping);
            if (inMain(connection, PhotoTables.RELATIONS)) {
                renameIn(connection, "UPDATE " + PhotoTables.RELATIONS + " SET mapping_table_name = ?"
                        + " WHERE mapping_table_name = ?", mapping);
            }
        }
    }

    /** On a read-only connection: the old media and mapping tables also answer to their new names. */
    static void alias(Connection connection) throws SQLException {
        if (!hasLegacy(connection)) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP VIEW IF NOT EXISTS " + PhotoTables.MEDIA + " AS SELECT * FROM main."
                    + LEGACY_MEDIA);
            for (String mapping : legacyMappings(connection)) {
                sql.execute("CREATE TEMP VIEW IF NOT EXISTS " + quote(current(mapping)) + " AS SELECT * FROM main."
                        + quote(mapping));
            }
        }
    }

    private static String current(String legacyMapping) {
        return PhotoTables.MAPPING_PREFIX + legacyMapping.substring(LEGACY_MAPPING_PREFIX.length());
    }

    private static void renameIn(Connection connection, String update, String legacyMapping) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, current(legacyMapping));
            statement.setString(2, legacyMapping);
            statement.executeUpdate();
        }
    }

    private static List<String> legacyMappings(Connection connection) throws SQLException {
        return ColumnQuery.values(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND substr(name, 1, ?) = ? ORDER BY name", row -> row.getString(1),
                LEGACY_MAPPING_PREFIX.length(), LEGACY_MAPPING_PREFIX);
    }

    private static boolean inMain(Connection connection, String table) throws SQLException {
        return PhotoTables.tableExists(connection, table);
    }
}
