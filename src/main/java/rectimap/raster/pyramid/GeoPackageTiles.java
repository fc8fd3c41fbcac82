package rectimap.raster.pyramid;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.TileMatrixSet;

/**
 * Opens a GeoPackage tile table as the standard says: the grid's corner from {@code gpkg_tile_matrix_set}, one
 * level per {@code gpkg_tile_matrix} row that holds tiles (pixel sizes as stored, so GDAL's custom grids and the
 * global Web Mercator and lon/lat grids all work), tiles by zoom_level, tile_column and tile_row (row 0 north).
 */
public final class GeoPackageTiles {
    private GeoPackageTiles() {
    }

    /** The tile tables of {@code file} in name order (empty when it has none). */
    public static List<String> tileTables(Path file) throws RasterException {
        try (Connection connection = SqliteReadOnly.open(file)) {
            return tileTables(connection);
        } catch (SQLException e) {
            throw new RasterException(RasterProblem.CORRUPT, file.toString(), "gpkg_contents", e);
        }
    }

    /**
     * Opens {@code table} of {@code file}, or its only tile table when {@code table} is null.
     *
     * @throws RasterException NOT_A_RASTER (no tile table, or no such table), TILE_TABLE_CHOICE (several, none
     *         named), UNKNOWN_CRS, CORRUPT
     */
    public static TilePyramid open(Path file, String table) throws RasterException {
        Connection connection = SqliteReadOnly.open(file);
        String where = file + (table == null ? "" : "!" + table);
        try {
            List<String> tables = tileTables(connection);
            String chosen = table;
            if (chosen == null) {
                if (tables.size() != 1) {
                    throw new RasterException(tables.isEmpty() ? RasterProblem.NOT_A_RASTER
                            : RasterProblem.TILE_TABLE_CHOICE, where, String.join(", ", tables));
                }
                chosen = tables.get(0);
            } else if (!tables.contains(chosen)) {
                throw new RasterException(RasterProblem.NOT_A_RASTER, where, String.join(", ", tables));
            }
            return read(connection, where, chosen);
        } catch (SQLException e) {
            SqliteTilePyramid.closeQuietly(connection);
            throw new RasterException(RasterProblem.CORRUPT, where, "gpkg_tile_matrix", e);
        } catch (RasterException e) {
            SqliteTilePyramid.closeQuietly(connection);
            throw e;
        }
    }

    private static List<String> tileTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'tiles'"
                     + " ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException noContents) {
            if (!String.valueOf(noContents.getMessage()).contains("no such table")) {
                throw noContents;
            }
        }
        return tables;
    }

    private static TilePyramid read(Connection connection, String where, String table)
            throws SQLException, RasterException {
        Envelope grid;
        TileCrs crs;
        try (PreparedStatement sql = connection.prepareStatement("SELECT s.organization, "
                + "s.organization_coordsys_id, t.min_x, t.min_y, t.max_x, t.max_y FROM gpkg_tile_matrix_set t "
                + "JOIN gpkg_spatial_ref_sys s ON s.srs_id = t.srs_id WHERE t.table_name = ?")) {
            sql.setString(1, table);
            try (ResultSet row = sql.executeQuery()) {
                if (!row.next()) {
                    throw new RasterException(RasterProblem.CORRUPT, where, "gpkg_tile_matrix_set");
                }
                if (!"EPSG".equalsIgnoreCase(row.getString(1))) {
                    throw new RasterException(RasterProblem.UNKNOWN_CRS, where, row.getString(1) + ":"
                            + row.getInt(2));
                }
                crs = TileCrs.ofEpsg(row.getInt(2));
                grid = new Envelope(row.getDouble(3), row.getDouble(5), row.getDouble(4), row.getDouble(6));
            }
        }
        Set<Integer> filled = new HashSet<>();
        try (var sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT DISTINCT zoom_level FROM \"" + table.replace("\"", "\"\"")
                     + "\"")) {
            while (rows.next()) {
                filled.add(rows.getInt(1));
            }
        }
        List<TileMatrix> matrices = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("SELECT zoom_level, matrix_width, matrix_height,"
                + " tile_width, tile_height, pixel_x_size, pixel_y_size FROM gpkg_tile_matrix WHERE table_name = ?"
                + " ORDER BY zoom_level")) {
            sql.setString(1, table);
            try (ResultSet row = sql.executeQuery()) {
                while (row.next()) {
                    int zoom = row.getInt(1);
                    if (filled.contains(zoom)) {
                        matrices.add(new TileMatrix(Integer.toString(zoom), zoom, row.getDouble(6),
                                row.getDouble(7), grid.getMinX(), grid.getMaxY(), row.getInt(4), row.getInt(5),
                                row.getLong(2), row.getLong(3)));
                    }
                }
            }
        }
        if (matrices.isEmpty()) {
            throw new RasterException(RasterProblem.CORRUPT, where, "gpkg_tile_matrix");
        }
        String title = table;
        String attribution = "";
        Envelope data = grid;
        try (PreparedStatement sql = connection.prepareStatement("SELECT identifier, min_x, min_y, max_x, max_y, "
                + "description FROM gpkg_contents WHERE table_name = ?")) {
            sql.setString(1, table);
            try (ResultSet row = sql.executeQuery()) {
                if (row.next()) {
                    title = row.getString(1) == null || row.getString(1).isBlank() ? table : row.getString(1);
                    if (row.getObject(2) != null && row.getObject(5) != null) {
                        data = new Envelope(row.getDouble(2), row.getDouble(4), row.getDouble(3), row.getDouble(5));
                    }
                    attribution = creditIn(row.getString(6));
                }
            }
        }
        return new SqliteTilePyramid(connection, where, table, title, attribution,
                new TileMatrixSet(table, crs, matrices), data, SqliteTilePyramid.RowOrigin.NORTH);
    }

    /**
     * The credit a gpkg_contents description gives ({@code gdal_translate -co DESCRIPTION=…}); none for our own
     * download marker, whose source's service names the credit itself.
     */
    private static String creditIn(String description) {
        return description == null || description.startsWith(ProjectBasemaps.DESCRIPTION_PREFIX) ? ""
                : description.strip();
    }
}
