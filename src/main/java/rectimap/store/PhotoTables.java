package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The photo tables as the GeoPackage Related Tables Extension (OGC 18-000) lays them out, so that GDAL (≥ 3.6
 * reads the relationships) and QGIS see which picture belongs to which feature:
 * <ul>
 * <li>{@value #MEDIA}: the user-defined media table (id, data, content_type as the spec requires, plus the photo's
 * facts, thumbnail and optional original);</li>
 * <li>one mapping table {@code gpkgext_rectimap_photos_of_<layer>} (base_id = the layer's fid, related_id = the
 * photo id) per layer that has photos, registered in {@code gpkg_extensions} as {@code related_tables};</li>
 * <li>{@code gpkgext_relations}: one row per mapping table, relation_name {@code media}.</li>
 * </ul>
 * The media and mapping tables carry the {@code gpkgext_} prefix and stay out of {@code gpkg_contents}, so GDAL and
 * QGIS do not offer them as layers (see {@link HiddenTableNames}); the 照片 point layer is the photos' face on the
 * map. Projects made before carry {@code rectimap_photos…} names: {@link PhotoTableNames} renames them. Everything
 * is created in the caller's transaction, only when the first photo arrives.
 */
public final class PhotoTables {
    /** The media table. */
    public static final String MEDIA = HiddenTableNames.PREFIX + "photos";
    /** The extension's relation list. */
    public static final String RELATIONS = "gpkgext_relations";
    static final String MAPPING_PREFIX = MEDIA + "_of_";
    private static final String EXTENSION = "related_tables";
    private static final String DEFINITION = "http://www.geopackage.org/18-000.html";

    private PhotoTables() {
    }

    /** The mapping table of {@code layer}'s photos. */
    public static String mappingOf(String layer) {
        return MAPPING_PREFIX + layer;
    }

    /**
     * Whether the project holds photo tables at all (a file without them has no photos); an older file's tables
     * count when a read-only connection reads them under the new names.
     */
    static boolean present(Connection connection) throws SQLException {
        return HiddenTableNames.readable(connection, MEDIA);
    }

    /** Whether the file has table {@code table}. */
    public static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Creates the media table, {@code gpkgext_relations} and their registrations where missing. */
    public static void ensureMedia(Connection connection) throws SQLException {
        if (tableExists(connection, MEDIA)) {
            return;
        }
        GpkgCoreSchema.ensureExtensionsTable(connection);
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + MEDIA + " (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL,"
                    + " content_type TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,"
                    + " taken_at TEXT, lon REAL, lat REAL, direction REAL, tag TEXT, who TEXT,"
                    + " width INTEGER, height INTEGER, added_at TEXT NOT NULL, thumbnail BLOB, original BLOB)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + RELATIONS + " (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id',"
                    + " related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id',"
                    + " relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)");
        }
        registerExtension(connection, RELATIONS);
    }

    /** Creates {@code layer}'s mapping table and its registrations where missing; returns its name. */
    public static String ensureMapping(Connection connection, String layer, String idColumn) throws SQLException {
        String mapping = mappingOf(layer);
        if (tableExists(connection, mapping)) {
            return mapping;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + quote(mapping) + " (base_id INTEGER NOT NULL, related_id INTEGER NOT NULL,"
                    + " UNIQUE (base_id, related_id))");
        }
        registerExtension(connection, mapping);
        try (PreparedStatement relation = connection.prepareStatement("INSERT INTO " + RELATIONS
                + " (base_table_name, base_primary_column, related_table_name, related_primary_column,"
                + " relation_name, mapping_table_name) VALUES (?, ?, '" + MEDIA + "', 'id', 'media', ?)")) {
            relation.setString(1, layer);
            relation.setString(2, idColumn);
            relation.setString(3, mapping);
            relation.executeUpdate();
        }
        return mapping;
    }

    private static void registerExtension(Connection connection, String table) throws SQLException {
        try (PreparedStatement extension = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_extensions"
                + " (table_name, column_name, extension_name, definition, scope) VALUES (?, NULL, ?, ?, 'read-write')")) {
            extension.setString(1, table);
            extension.setString(2, EXTENSION);
            extension.setString(3, DEFINITION);
            extension.executeUpdate();
        }
    }
}
