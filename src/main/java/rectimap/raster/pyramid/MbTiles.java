package rectimap.raster.pyramid;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import rectimap.geo.CrsTransform;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * An MBTiles 1.x file: Web Mercator XYZ levels (from the metadata's minzoom/maxzoom, else the zoom levels present),
 * tile rows stored TMS-style from the south, so row {@code y} of the map is stored as {@code 2^z − 1 − y}. The
 * metadata's {@code bounds} (lon/lat) is the data extent.
 */
public final class MbTiles implements TilePyramid {
    private final Connection connection;
    private final String where;
    private final String title;
    private final TileMatrixSet set;
    private final Envelope dataExtent;
    private final PreparedStatement tileQuery;

    private MbTiles(Connection connection, String where, String title, TileMatrixSet set, Envelope dataExtent)
            throws SQLException {
        this.connection = connection;
        this.where = where;
        this.title = title;
        this.set = set;
        this.dataExtent = dataExtent;
        this.tileQuery = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /** @throws RasterException NOT_A_RASTER when the file has no MBTiles tables, CORRUPT when they are unreadable */
    public static MbTiles open(Path file) throws RasterException {
        Connection connection = SqliteReadOnly.open(file);
        try {
            Map<String, String> metadata = new HashMap<>();
            try (var sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT name, value FROM metadata")) {
                while (rows.next()) {
                    metadata.put(rows.getString(1), rows.getString(2));
                }
            }
            int min;
            int max;
            if (metadata.containsKey("minzoom") && metadata.containsKey("maxzoom")) {
                min = Integer.parseInt(metadata.get("minzoom").trim());
                max = Integer.parseInt(metadata.get("maxzoom").trim());
            } else {
                try (var sql = connection.createStatement();
                     ResultSet row = sql.executeQuery("SELECT min(zoom_level), max(zoom_level) FROM tiles")) {
                    row.next();
                    min = row.getInt(1);
                    max = row.getInt(2);
                }
            }
            TileMatrixSet set = WellKnownSets.webMercator(file.getFileName().toString(), min, max);
            Envelope data = bounds(metadata.get("bounds")).orElse(set.coarsest().extent());
            return new MbTiles(connection, file.toString(), metadata.getOrDefault("name", file.getFileName()
                    .toString()), set, data);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing was written
            }
            boolean noTables = e.getMessage() != null && e.getMessage().contains("no such table");
            throw new RasterException(noTables ? RasterProblem.NOT_A_RASTER : RasterProblem.CORRUPT,
                    file.toString(), noTables ? "MBTiles" : "metadata", e);
        }
    }

    private static Optional<Envelope> bounds(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        CrsTransform toMercator = CrsTransform.between(4326, TileCrs.WEB_MERCATOR);
        double maxLat = 85.05112878;
        Coordinate low = toMercator.apply(Double.parseDouble(parts[0].trim()),
                Math.max(-maxLat, Double.parseDouble(parts[1].trim())));
        Coordinate high = toMercator.apply(Double.parseDouble(parts[2].trim()),
                Math.min(maxLat, Double.parseDouble(parts[3].trim())));
        return Optional.of(new Envelope(low, high));
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
    public synchronized Optional<byte[]> tileBytes(TileAddress tile) throws RasterException {
        try {
            tileQuery.setInt(1, tile.matrix().zoom());
            tileQuery.setLong(2, tile.column());
            tileQuery.setLong(3, tile.matrix().matrixHeight() - 1 - tile.row());
            try (ResultSet row = tileQuery.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RasterException(RasterProblem.CORRUPT, where, tile.key(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written
        }
    }
}
