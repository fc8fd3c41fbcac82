package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables every GeoPackage 1.3 vector file has (spec clauses 1.1.2–1.1.3 and 2.1.5, DDL as in its Annex C),
 * with the required CRS rows plus CGCS2000 (EPSG:4490) and its GK zone CM 111E (EPSG:4546), and the metadata
 * tables that hold layer roles ({@link LayerRoleMetadata}).
 */
final class GpkgCoreSchema {
    /** 'GPKG' as a big-endian int, the SQLite application_id of GeoPackage 1.2 and later. */
    static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.3.0. */
    static final int USER_VERSION = 10300;

    private GpkgCoreSchema() {
    }

    /** Creates the core tables and required rows in a new, empty database; the caller owns the transaction. */
    static void create(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA application_id = " + APPLICATION_ID);
            sql.execute("PRAGMA user_version = " + USER_VERSION);
            sql.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            sql.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
                    + " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                    + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
                    + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                    + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
                    + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        }
        ensureExtensionsTable(connection);
        for (SpatialRefSys srs : SpatialRefSys.required()) {
            insertSrs(connection, srs);
        }
        insertSrs(connection, SpatialRefSys.ofEpsg(4490).orElseThrow());
        insertSrs(connection, SpatialRefSys.ofEpsg(4546).orElseThrow());
        LayerRoleMetadata.ensureTables(connection);
    }

    /** Adds the CRS row unless the file already has one with this srs_id. */
    static void insertSrs(Connection connection, SpatialRefSys srs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_spatial_ref_sys"
                + " (srs_name, srs_id, organization, organization_coordsys_id, definition, description)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, srs.name());
            insert.setInt(2, srs.srsId());
            insert.setString(3, srs.organization());
            insert.setInt(4, srs.organizationCoordsysId());
            insert.setString(5, srs.definitionWkt());
            insert.setString(6, srs.description());
            insert.executeUpdate();
        }
    }

    /**
     * Makes sure {@code file} (on {@code connection}) defines EPSG:{@code epsg}: a CRS we know is added when missing.
     *
     * @throws StoreException WRITE_FAILED for a code we do not know that the file does not define either
     */
    static void ensureSrs(Connection connection, java.nio.file.Path file, int epsg) throws SQLException {
        java.util.Optional<SpatialRefSys> known = SpatialRefSys.ofEpsg(epsg);
        if (known.isPresent()) {
            insertSrs(connection, known.get());
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            query.setInt(1, epsg);
            if (!query.executeQuery().next()) {
                throw new rectimap.model.StoreException(rectimap.model.StoreProblem.WRITE_FAILED, file,
                        "no definition for EPSG:" + epsg);
            }
        }
    }

    /** Creates gpkg_extensions where missing (it is optional in files other programs wrote). */
    static void ensureExtensionsTable(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,"
                    + " extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,"
                    + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
        }
    }
}
