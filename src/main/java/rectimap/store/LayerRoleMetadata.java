package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/**
 * Keeps each layer's role and provenance in the standard metadata extension ({@code gpkg_metadata} with a
 * table-scoped {@code gpkg_metadata_reference}, spec Annex F.8), one {@code text/plain} record per feature table
 * marked by {@link #STANDARD_URI}. Why not a table of our own: GDAL (hence QGIS) lists any table missing from
 * gpkg_contents as an extra layer, and registering it there as "attributes" lists it too, so users would see a
 * strange "rectimap_layers" layer; metadata records are where the standard puts such descriptions.
 */
final class LayerRoleMetadata {
    /** Marks our records among other programs' metadata. */
    static final String STANDARD_URI = "urn:rectimap:layer-role:1";
    private static final String EXTENSION_DEFINITION = "http://www.geopackage.org/spec120/#extension_metadata";

    /** What a layer record says. */
    record Roles(LayerRole role, Provenance provenance) {
    }

    private LayerRoleMetadata() {
    }

    /** Creates the two metadata tables and registers the extension for them, where missing. */
    static void ensureTables(Connection connection) throws SQLException {
        GpkgCoreSchema.ensureExtensionsTable(connection);
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL,"
                    + " md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL,"
                    + " mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')");
            sql.execute("CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL,"
                    + " table_name TEXT, column_name TEXT, row_id_value INTEGER,"
                    + " timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                    + " md_file_id INTEGER NOT NULL, md_parent_id INTEGER,"
                    + " CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),"
                    + " CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id))");
        }
        for (String table : new String[] {"gpkg_metadata", "gpkg_metadata_reference"}) {
            // Not INSERT OR IGNORE: the UNIQUE constraint treats the NULL column_name as distinct every time.
            try (PreparedStatement register = connection.prepareStatement("INSERT INTO gpkg_extensions (table_name,"
                    + " column_name, extension_name, definition, scope) SELECT ?, NULL, 'gpkg_metadata', ?, 'read-write'"
                    + " WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = ?"
                    + " AND extension_name = 'gpkg_metadata')")) {
                register.setString(1, table);
                register.setString(2, EXTENSION_DEFINITION);
                register.setString(3, table);
                register.executeUpdate();
            }
        }
    }

    /** Records role and provenance for {@code table} (which must be in gpkg_contents). */
    static void write(Connection connection, String table, LayerRole role, Provenance provenance) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gpkg_metadata (md_scope,"
                + " md_standard_uri, mime_type, metadata) VALUES ('featureType', ?, 'text/plain', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, STANDARD_URI);
            insert.setString(2, "role=" + role.name() + "; provenance=" + provenance.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement reference = connection.prepareStatement("INSERT INTO gpkg_metadata_reference"
                + " (reference_scope, table_name, md_file_id) VALUES ('table', ?, ?)")) {
            reference.setString(1, table);
            reference.setLong(2, id);
            reference.executeUpdate();
        }
    }

    /** Removes our record for {@code table}, if any; other programs' metadata stays. */
    static void delete(Connection connection, String table) throws SQLException {
        if (!hasTables(connection)) {
            return;
        }
        String ours = "SELECT m.id FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id"
                + " WHERE r.table_name = ? AND m.md_standard_uri = '" + STANDARD_URI + "'";
        try (PreparedStatement references = connection.prepareStatement(
                "DELETE FROM gpkg_metadata_reference WHERE md_file_id IN (" + ours + ")");
             PreparedStatement records = connection.prepareStatement("DELETE FROM gpkg_metadata WHERE md_standard_uri = '"
                     + STANDARD_URI + "' AND id NOT IN (SELECT md_file_id FROM gpkg_metadata_reference)")) {
            references.setString(1, table);
            references.executeUpdate();
            records.executeUpdate();
        }
    }

    /** Role and provenance by table name, for the tables that have our record. */
    static Map<String, Roles> readAll(Connection connection) throws SQLException {
        Map<String, Roles> roles = new HashMap<>();
        if (!hasTables(connection)) {
            return roles;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT r.table_name, m.metadata"
                + " FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id"
                + " WHERE m.md_standard_uri = ? AND r.reference_scope = 'table'")) {
            query.setString(1, STANDARD_URI);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.put(rows.getString(1), parse(rows.getString(2)));
                }
            }
        }
        return roles;
    }

    private static Roles parse(String text) {
        LayerRole role = LayerRole.REFERENCE;
        Provenance provenance = Provenance.SURVEYED;
        for (String line : text.split("[;\n]")) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals("role")) {
                role = parseEnum(LayerRole.class, pair[1].trim(), role);
            } else if (pair.length == 2 && pair[0].trim().equals("provenance")) {
                provenance = parseEnum(Provenance.class, pair[1].trim(), provenance);
            }
        }
        return new Roles(role, provenance);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT count(*)"
                + " FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_metadata', 'gpkg_metadata_reference')")) {
            return row.getInt(1) == 2;
        }
    }
}
