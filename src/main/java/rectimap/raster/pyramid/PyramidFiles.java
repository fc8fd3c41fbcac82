package rectimap.raster.pyramid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import rectimap.raster.RasterException;
import rectimap.raster.RasterSource;

/** Opens the tile pyramid files a location names: {@code file.gpkg}, {@code file.gpkg!table}, {@code file.mbtiles}. */
public final class PyramidFiles {
    private PyramidFiles() {
    }

    /** The source, or empty when {@code location} names no GeoPackage or MBTiles file. */
    public static Optional<RasterSource> open(String location) throws RasterException {
        String lower = location.toLowerCase(Locale.ROOT);
        int bang = lower.lastIndexOf(".gpkg!");
        if (lower.endsWith(".mbtiles")) {
            Path file = Path.of(location);
            TilePyramid tiles = MbTiles.open(file);
            return Optional.of(new PyramidSource(tiles, id(file, ""), tiles.title()));
        }
        if (lower.endsWith(".gpkg") || bang >= 0) {
            Path file = Path.of(bang >= 0 ? location.substring(0, bang + 5) : location);
            String table = bang >= 0 ? location.substring(bang + 6) : null;
            TilePyramid tiles = GeoPackageTiles.open(file, table);
            return Optional.of(new PyramidSource(tiles, id(file, tiles.matrixSet().id()), tiles.title()));
        }
        return Optional.empty();
    }

    private static String id(Path file, String table) {
        try {
            return file.toAbsolutePath() + "!" + table + "@" + Files.size(file) + "/"
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath() + "!" + table;
        }
    }
}
