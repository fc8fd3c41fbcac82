package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;

/**
 * Writes a {@link TilePackage} as the GeoPackage standard's tile pyramid (so GDAL and QGIS list it too): the tile
 * table with its unique (zoom_level, tile_column, tile_row), its {@code gpkg_contents} row (data_type 'tiles',
 * extent of the stored tiles), {@code gpkg_tile_matrix_set} (the grid's whole extent) and one
 * {@code gpkg_tile_matrix} row per zoom level. Runs inside the caller's transaction.
 */
final class TilePackageWriter {
    private final Connection connection;

    TilePackageWriter(Connection connection) {
        this.connection = connection;
    }

    /** Stores the tiles {@code feed} gives; returns how many, or -1 when cancelled (the caller rolls back). */
    <E extends Exception> long write(TilePackage pkg, TilePackage.TileFeed<E> feed, BulkProgress progress)
            throws SQLException, E {
        String table = quoted(pkg.table());
        try (Statement sql = connection.createStatement()) {
            // The standard's tile tables, as the GeoPackage 1.3 specification writes them (a feature-only file has
            // neither).
            sql.execute("CREATE TABLE IF NOT EXISTS gpkg_tile_matrix_set (table_name TEXT NOT NULL PRIMARY KEY,"
                    + " srs_id INTEGER NOT NULL, min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL,"
                    + " max_y DOUBLE NOT NULL, CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES"
                    + " gpkg_contents(table_name), CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES"
                    + " gpkg_spatial_ref_sys (srs_id))");
            sql.execute("CREATE TABLE IF NOT EXISTS gpkg_tile_matrix (table_name TEXT NOT NULL,"
                    + " zoom_level INTEGER NOT NULL, matrix_width INTEGER NOT NULL, matrix_height INTEGER NOT NULL,"
                    + " tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL, pixel_x_size DOUBLE NOT NULL,"
                    + " pixel_y_size DOUBLE NOT NULL, CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),"
                    + " CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name))");
            sql.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL,"
                    + " tile_data BLOB NOT NULL, UNIQUE (zoom_level, tile_column, tile_row))");
        }
        registerGrid(pkg);
        Envelope stored = storedExtent(pkg.table());
        long written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO " + table
                + " (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)")) {
            for (TileAddress tile : pkg.tiles()) {
                if (progress.cancelRequested()) {
                    return -1;
                }
                Optional<byte[]> bytes = feed.bytes(tile);
                if (bytes.isEmpty()) {
                    continue;
                }
                insert.setInt(1, tile.matrix().zoom());
                insert.setLong(2, tile.column());
                insert.setLong(3, tile.row());
                insert.setBytes(4, bytes.get());
                insert.executeUpdate();
                stored.expandToInclude(tile.envelope());
                progress.written(++written);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?,"
                + " max_x = ?, max_y = ?, last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?")) {
            update.setDouble(1, stored.getMinX());
            update.setDouble(2, stored.getMinY());
            update.setDouble(3, stored.getMaxX());
            update.setDouble(4, stored.getMaxY());
            update.setString(5, pkg.table());
            update.executeUpdate();
        }
        return written;
    }

    private void registerGrid(TilePackage pkg) throws SQLException {
        int srs = pkg.set().crs().epsg();
        Envelope grid = pkg.set().coarsest().extent();
        try (PreparedStatement contents = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_contents"
                + " (table_name, data_type, identifier, description, srs_id) VALUES (?, 'tiles', ?, ?, ?)");
             PreparedStatement set = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_tile_matrix_set"
                     + " (table_name, srs_id, min_x, min_y, max_x, max_y) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement matrix = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_tile_matrix"
                     + " (table_name, zoom_level, matrix_width, matrix_height, tile_width, tile_height,"
                     + " pixel_x_size, pixel_y_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            contents.setString(1, pkg.table());
            contents.setString(2, pkg.title());
            contents.setString(3, pkg.description());
            contents.setInt(4, srs);
            contents.executeUpdate();
            set.setString(1, pkg.table());
            set.setInt(2, srs);
            set.setDouble(3, grid.getMinX());
            set.setDouble(4, grid.getMinY());
            set.setDouble(5, grid.getMaxX());
            set.setDouble(6, grid.getMaxY());
            set.executeUpdate();
            for (int zoom : pkg.tiles().stream().map(t -> t.matrix().zoom()).distinct().toList()) {
                TileMatrix level = pkg.set().zoom(zoom).orElseThrow();
                matrix.setString(1, pkg.table());
                matrix.setInt(2, zoom);
                matrix.setLong(3, level.matrixWidth());
                matrix.setLong(4, level.matrixHeight());
                matrix.setInt(5, level.tileWidth());
                matrix.setInt(6, level.tileHeight());
                matrix.setDouble(7, level.resolutionX());
                matrix.setDouble(8, level.resolutionY());
                matrix.executeUpdate();
            }
        }
    }

    private Envelope storedExtent(String table) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("SELECT min_x, min_y, max_x, max_y FROM"
                + " gpkg_contents WHERE table_name = ? AND min_x IS NOT NULL")) {
            sql.setString(1, table);
            try (ResultSet row = sql.executeQuery()) {
                return row.next() ? new Envelope(row.getDouble(1), row.getDouble(3), row.getDouble(2),
                        row.getDouble(4)) : new Envelope();
            }
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
