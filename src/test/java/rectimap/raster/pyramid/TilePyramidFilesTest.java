package rectimap.raster.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;

/** GeoPackage tiles and MBTiles written by GDAL, read back: the marker is where GDAL put it. */
class TilePyramidFilesTest {
    @TempDir
    static Path folder;
    static Path tif;

    @BeforeAll
    static void makeInputs() throws IOException {
        tif = TileFixtures.geoTiff(folder);
    }

    @Test
    void geoPackageTilesOfGdalHoldTheMarkerAtItsPlaceOnEveryLevel() throws Exception {
        Path gpkg = TileFixtures.geoPackageTiles(tif, folder);
        try (TilePyramid tiles = GeoPackageTiles.open(gpkg, null)) {
            assertThat(tiles.matrixSet().crs().epsg()).isEqualTo(3857);
            assertThat(tiles.matrixSet().matrices()).hasSize(4);
            assertThat(tiles.matrixSet().finest().resolutionX()).isEqualTo(TileFixtures.PIXEL_M);
            assertThat(tiles.dataExtent().getMinX()).isEqualTo(TileFixtures.MIN_X);
            for (TileMatrix level : tiles.matrixSet().matrices()) {
                assertThat(isMagenta(colourAt(tiles, level, TileFixtures.markerCentre()))).as("level " + level.id())
                        .isTrue();
            }
        }
        try (TilePyramid named = GeoPackageTiles.open(gpkg, "ortho")) {
            assertThat(named.title()).isEqualTo("ortho");
        }
        assertThatThrownBy(() -> GeoPackageTiles.open(gpkg, "nope")).isInstanceOf(RasterException.class)
                .extracting(e -> ((RasterException) e).problem()).isEqualTo(RasterProblem.NOT_A_RASTER);
    }

    @Test
    void mbTilesRowsAreFlippedFromTheSouth() throws Exception {
        Path mbtiles = TileFixtures.mbTiles(tif, folder);
        try (TilePyramid tiles = MbTiles.open(mbtiles)) {
            assertThat(tiles.matrixSet().crs().epsg()).isEqualTo(3857);
            TileMatrix finest = tiles.matrixSet().finest();
            assertThat(finest.zoom()).isEqualTo(14);
            assertThat(isMagenta(colourAt(tiles, finest, TileFixtures.markerCentre()))).isTrue();
            assertThat(tiles.dataExtent().contains(TileFixtures.markerCentre())).isTrue();
        }
    }

    @Test
    void aFileThatIsNoSqliteIsNotARaster() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.gpkg"), "not a database at all, just words ".repeat(40));
        assertThatThrownBy(() -> GeoPackageTiles.open(text, null)).isInstanceOf(RasterException.class)
                .extracting(e -> ((RasterException) e).problem()).isEqualTo(RasterProblem.NOT_A_RASTER);
        assertThatThrownBy(() -> MbTiles.open(folder.resolve("missing.mbtiles"))).isInstanceOf(RasterException.class)
                .extracting(e -> ((RasterException) e).problem()).isEqualTo(RasterProblem.FILE_MISSING);
    }

    /** Magenta within 16 per channel (GDAL resamples its overviews bilinearly). */
    static boolean isMagenta(int argb) {
        return (argb >>> 24) == 255 && ((argb >> 16) & 255) >= 239 && ((argb >> 8) & 255) <= 16 && (argb & 255) >= 239;
    }

    /** The decoded colour (ARGB) at {@code point} on {@code level}. */
    static int colourAt(TilePyramid tiles, TileMatrix level, Coordinate point) throws Exception {
        TileAddress tile = level.range(new Envelope(point)).tiles(1).get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(tiles.tileBytes(tile).orElseThrow()));
        Envelope box = tile.envelope();
        int x = (int) Math.floor((point.x - box.getMinX()) / level.resolutionX());
        int y = (int) Math.floor((box.getMaxY() - point.y) / level.resolutionY());
        return image.getRGB(x, y);
    }
}
