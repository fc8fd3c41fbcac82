package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * How the project store opens an SQLite connection to a GeoPackage: explicit open flags (never an empty file made
 * by accident), the busy timeout, the envelope functions for writers, and an older project's table names brought up
 * to date ({@link HiddenTableNames}).
 */
final class GpkgConnections {
    /** How long to wait for another program's lock before reporting LOCKED. */
    private static final int BUSY_TIMEOUT_MS = 2_000;

    private GpkgConnections() {
    }

    /** Opens {@code file} for {@code mode}; {@code create} is SQLite's CREATE flag for a new file, else null. */
    static Connection open(Path file, AccessMode mode, SQLiteOpenMode create) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Explicit flags: without CREATE, SQLite fails on a missing file instead of making an empty one.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (mode == AccessMode.READ_ONLY) {
            config.setReadOnly(true);
        } else {
            config.setOpenMode(SQLiteOpenMode.READWRITE);
        }
        if (create != null) {
            config.setOpenMode(create);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties());
        if (mode == AccessMode.READ_WRITE) {
            GpkgEnvelopeFunctions.registerOn(connection);
        }
        HiddenTableNames.applyOn(connection, mode);
        return connection;
    }

    /** Refuses (NOT_GEOPACKAGE) an SQLite file without the two tables every GeoPackage has. */
    static void requireGeoPackageTables(Connection connection, Path file) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM sqlite_master"
                + " WHERE type = 'table' AND name IN ('gpkg_contents', 'gpkg_spatial_ref_sys')");
             ResultSet row = query.executeQuery()) {
            if (row.getInt(1) != 2) {
                throw new StoreException(StoreProblem.NOT_GEOPACKAGE, file,
                        "an SQLite database without the GeoPackage tables gpkg_contents and gpkg_spatial_ref_sys");
            }
        }
    }

    /** Closes a connection while another failure is being reported. */
    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
