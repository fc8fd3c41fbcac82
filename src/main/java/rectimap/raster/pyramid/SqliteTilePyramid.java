package rectimap.raster.pyramid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;

/**
 * A tile table in an SQLite file read with one prepared query, the one shape GeoPackage tiles and MBTiles share;
 * they differ in where their levels come from ({@link GeoPackageTiles}, {@link MbTiles}) and in which end row 0 is.
 * Owns its read-only connection.
 */
final class SqliteTilePyramid implements TilePyramid {
    /** Which end of a level a stored tile_row of 0 is. */
    enum RowOrigin {
        /** GeoPackage: row 0 is the north edge, as the map counts. */
        NORTH,
        /** MBTiles (TMS): row 0 is the south edge, so map row {@code y} is stored as {@code height − 1 − y}. */
        SOUTH
    }

    private final Connection connection;
    private final String where;
    private final String title;
    private final String attribution;
    private final TileMatrixSet set;
    private final Envelope dataExtent;
    private final RowOrigin origin;
    private final PreparedStatement tileQuery;

    SqliteTilePyramid(Connection connection, String where, String table, String title, String attribution,
                      TileMatrixSet set, Envelope dataExtent, RowOrigin origin) throws SQLException {
        this.connection = connection;
        this.where = where;
        this.title = title;
        this.attribution = attribution;
        this.set = set;
        this.dataExtent = dataExtent;
        this.origin = origin;
        this.tileQuery = connection.prepareStatement("SELECT tile_data FROM \"" + table.replace("\"", "\"\"")
                + "\" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    @Override
    public TileMatrixSet matrixSet() {
        return set;
    }

    @Override
    public Envelope dataExtent() {
        return dataExtent;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public synchronized Optional<byte[]> tileBytes(TileAddress tile) throws RasterException {
        try {
            tileQuery.setInt(1, tile.matrix().zoom());
            tileQuery.setLong(2, tile.column());
            tileQuery.setLong(3, origin == RowOrigin.NORTH ? tile.row()
                    : tile.matrix().matrixHeight() - 1 - tile.row());
            try (ResultSet row = tileQuery.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RasterException(RasterProblem.CORRUPT, where, tile.key(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /** Closes a read-only connection; closing one loses nothing, so a failure is of no consequence. */
    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written
        }
    }
}
