package rectimap.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.raster.GeoTiffFixtures.Recipe;

/**
 * GDAL-made GeoTIFFs in every layout the issue names are drawn at the right place: the blue block at the top-left
 * corner of each lands within half an output pixel of where proj4j puts it on the EPSG:4546 display grid; the
 * overview that suits the scale is used; identify reads the stored values.
 */
class GeoTiffSourceTest {

    @TempDir
    static Path folder;

    static final Map<String, Recipe> RECIPES = Map.of(
            "gk-jpeg-ycbcr-internal-overviews", new Recipe(4546, 500000, 3880000, 1.0, 1200, 1000, 700, 600, "rgb",
                    "GTiff", List.of("TILED=YES", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR", "JPEG_QUALITY=95"),
                    List.of(2, 4, 8), false),
            "cgcs2000-paletted-cog-deflate", new Recipe(4490, 110.95, 35.05, 0.00001, 1200, 1000, 700, 600,
                    "palette", "COG", List.of("COMPRESS=DEFLATE", "BLOCKSIZE=256"), List.of(), false),
            "webmercator-striped-lzw-ovr-file", new Recipe(3857, 12355000, 4170000, 1.2, 1200, 1000, 700, 600,
                    "rgb", "GTiff", List.of("COMPRESS=LZW"), List.of(2, 4), true),
            "gk-bigtiff-grey-deflate", new Recipe(4546, 502000, 3878000, 1.0, 1200, 1000, 700, 600, "grey",
                    "GTiff", List.of("BIGTIFF=YES", "TILED=YES", "COMPRESS=DEFLATE"), List.of(2), false),
            "wgs84-rgba-cog-lzw", new Recipe(4326, 110.80, 35.30, 0.00001, 1200, 1000, 700, 600, "rgba", "COG",
                    List.of("COMPRESS=LZW", "BLOCKSIZE=256"), List.of(), false),
            "utm49n-cog-jpeg", new Recipe(32649, 501000, 3876000, 1.0, 1200, 1000, 700, 600, "rgb", "COG",
                    List.of("COMPRESS=JPEG", "QUALITY=95", "BLOCKSIZE=256"), List.of(), false));

    @BeforeAll
    static void writeFiles() {
        RECIPES.forEach((name, recipe) -> GeoTiffFixtures.write(folder.resolve(name + ".tif"), recipe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gk-jpeg-ycbcr-internal-overviews", "cgcs2000-paletted-cog-deflate",
            "webmercator-striped-lzw-ovr-file", "gk-bigtiff-grey-deflate", "wgs84-rgba-cog-lzw", "utm49n-cog-jpeg"})
    void theBlueCornerLandsWithinHalfAPixel(String name) throws Exception {
        Recipe recipe = RECIPES.get(name);
        try (RasterSource source = RasterSources.open(folder.resolve(name + ".tif").toString())) {
            assertThat(source.epsg()).isEqualTo(recipe.epsg());
            double blueX = recipe.minX() + 2 * recipe.pixel();
            double blueY = recipe.maxY() - 2 * recipe.pixel();
            Coordinate display = toDisplay(recipe.epsg(), blueX, blueY);
            double upp = 0.2;
            RasterRequest grid = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, display.x - 100.37 * upp,
                    display.y + 80.61 * upp, upp, 240, 200, RasterRequest.Completeness.WAIT_FOR_ALL);
            BufferedImage frame = RasterFrame.prepare(new RasterLayer(name, source, true, 1), grid).image();
            IntPredicate blue = recipe.kind().equals("grey")
                    ? argb -> (argb >>> 24) == 255 && (argb & 0xff) < 60
                    : argb -> (argb >>> 24) == 255 && (argb & 0xff) > 150 && ((argb >> 16) & 0xff) < 100;
            double[] centre = centroid(frame, blue);
            assertThat(centre[2]).as("blue output pixels").isGreaterThan(50);
            double expectedX = (display.x - grid.minX()) / upp;
            double expectedY = (grid.maxY() - display.y) / upp;
            // Each axis: a rasterised edge can be off by up to half a pixel however exact the warp is.
            assertThat(Math.max(Math.abs(centre[0] - expectedX), Math.abs(centre[1] - expectedY)))
                    .as("distance from the true place along x or y, output pixels").isLessThan(0.5);
        }
    }

    @Test
    void theOverviewThatSuitsTheScaleIsUsed() throws Exception {
        try (RasterSource source = RasterSources.open(folder.resolve("gk-jpeg-ycbcr-internal-overviews.tif")
                .toString())) {
            RasterRequest coarse = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, 500000, 3880000, 4.3, 100, 100,
                    RasterRequest.Completeness.WAIT_FOR_ALL);
            List<RasterPiece> pieces = source.piecesFor(coarse);
            assertThat(pieces).isNotEmpty().allSatisfy(p -> assertThat(p.pixelWidth()).isEqualTo(4.0));
            RasterRequest fine = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, 500100, 3879900, 0.5, 200, 200,
                    RasterRequest.Completeness.WAIT_FOR_ALL);
            List<RasterPiece> finePieces = source.piecesFor(fine);
            assertThat(finePieces).as("only the tiles in view").hasSize(1)
                    .allSatisfy(p -> assertThat(p.pixelWidth()).isEqualTo(1.0));
        }
        try (RasterSource source = RasterSources.open(folder.resolve("webmercator-striped-lzw-ovr-file.tif")
                .toString())) {
            Recipe recipe = RECIPES.get("webmercator-striped-lzw-ovr-file");
            Coordinate centre = toDisplay(3857, recipe.minX() + 600 * 1.2, recipe.maxY() - 500 * 1.2);
            RasterRequest coarse = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, centre.x, centre.y, 4.0, 50, 50,
                    RasterRequest.Completeness.WAIT_FOR_ALL);
            assertThat(source.piecesFor(coarse)).as("from the .ovr file").isNotEmpty()
                    .allSatisfy(p -> assertThat(p.pixelWidth()).isCloseTo(4.8, within(1e-9)));
        }
    }

    @Test
    void identifyReadsTheStoredValues() throws Exception {
        assertThat(valuesAtRed("cgcs2000-paletted-cog-deflate").values()).containsExactly(2, 255, 0, 0);
        assertThat(valuesAtRed("cgcs2000-paletted-cog-deflate").bands())
                .containsExactly(PixelValues.Band.INDEX, PixelValues.Band.RED, PixelValues.Band.GREEN,
                        PixelValues.Band.BLUE);
        assertThat(valuesAtRed("gk-bigtiff-grey-deflate").values()).containsExactly(250);
        assertThat(valuesAtRed("webmercator-striped-lzw-ovr-file").values()).containsExactly(255, 0, 0);
        assertThat(valuesAtRed("wgs84-rgba-cog-lzw").values()).containsExactly(255, 0, 0, 255);
        PixelValues red = valuesAtRed("webmercator-striped-lzw-ovr-file");
        assertThat(red.column()).isEqualTo(700);
        assertThat(red.row()).isEqualTo(600);
    }

    private static PixelValues valuesAtRed(String name) throws RasterException {
        Recipe recipe = RECIPES.get(name);
        try (RasterSource source = RasterSources.open(folder.resolve(name + ".tif").toString())) {
            return source.valuesAt(recipe.redX(), recipe.redY()).orElseThrow();
        }
    }

    static Coordinate toDisplay(int epsg, double x, double y) {
        return epsg == Epsg.CGCS2000_GK_CM_111E ? new Coordinate(x, y)
                : CrsTransform.between(epsg, Epsg.CGCS2000_GK_CM_111E).apply(x, y);
    }

    /** Mean x, mean y (pixel centres) and count of the pixels {@code match} accepts. */
    static double[] centroid(BufferedImage image, IntPredicate match) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (match.test(image.getRGB(x, y))) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }
        return new double[] {sumX / count, sumY / count, count};
    }
}
