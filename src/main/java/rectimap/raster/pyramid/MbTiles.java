package rectimap.raster.pyramid;

import java.nio.file.Path;
import java.sql.Connection;
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
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * Opens an MBTiles 1.x file: Web Mercator XYZ levels (from the metadata's minzoom/maxzoom, else the zoom levels present),
 * tile rows stored TMS-style from the south, so row {@code y} of the map is stored as {@code 2^z − 1 − y}. The
 * metadata's {@code bounds} (lon/lat) is the data extent, its {@code attribution} the credit printed with it.
 */
public final class MbTiles {
    private MbTiles() {
    }

    /** @throws RasterException NOT_A_RASTER when the file has no MBTiles tables, CORRUPT when they are unreadable */
    public static TilePyramid open(Path file) throws RasterException {
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
            return new SqliteTilePyramid(connection, file.toString(), "tiles", metadata.getOrDefault("name",
                    file.getFileName().toString()), metadata.getOrDefault("attribution", "").strip(), set, data,
                    SqliteTilePyramid.RowOrigin.SOUTH);
        } catch (SQLException | RuntimeException e) {
            SqliteTilePyramid.closeQuietly(connection);
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
}
