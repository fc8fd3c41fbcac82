package rectimap.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.geo.Epsg;
import rectimap.raster.GeoTiffFixtures.Recipe;
import rectimap.store.GdalTools;

/** Files that cannot be drawn give a clear sentence naming the file, in Chinese and English. */
class GeoTiffProblemsTest {

    @TempDir
    static Path folder;
    static Path good;

    @BeforeAll
    static void writeGood() {
        good = GeoTiffFixtures.write(folder.resolve("good.tif"), new Recipe(4546, 500000, 3880000, 1.0, 600, 500,
                300, 200, "rgb", "GTiff", List.of("TILED=YES", "COMPRESS=DEFLATE"), List.of(), false));
    }

    @Test
    void aTruncatedFileIsCorruptWhenOpenedOrDrawn() throws IOException {
        Path cut = folder.resolve("cut.tif");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));
        RasterException problem = openAndDraw(cut);
        assertThat(problem.problem()).isEqualTo(RasterProblem.CORRUPT);
        assertThat(problem.sentence(Locale.ROOT)).contains("cut.tif").contains("已损坏或不完整").doesNotContain("Exception");
        assertThat(problem.sentence(Locale.ENGLISH)).contains("cut.tif").contains("damaged or incomplete");
    }

    @Test
    void aTiffHeaderOverGarbageIsCorrupt() throws IOException {
        Path garbage = folder.resolve("garbage.tif");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 'I';
        bytes[1] = 'I';
        bytes[2] = 42;
        bytes[3] = 0;
        Files.write(garbage, bytes);
        RasterException problem = openAndDraw(garbage);
        assertThat(problem.problem()).isIn(RasterProblem.CORRUPT, RasterProblem.UNSUPPORTED_LAYOUT,
                RasterProblem.NO_GEOREFERENCE);
    }

    @Test
    void aTextFileNamedTifIsNotARaster() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.tif"), "这不是影像");
        RasterException problem = openAndDraw(text);
        assertThat(problem.problem()).isEqualTo(RasterProblem.NOT_A_RASTER);
        assertThat(problem.sentence(Locale.ROOT)).contains("notes.tif").contains("GeoTIFF");
    }

    @Test
    void aUserDefinedProjectionIsAnUnknownCrs() {
        Path lambert = GeoTiffFixtures.write(folder.resolve("lambert.tif"), new Recipe(0, 0, 4000000, 1.0, 100,
                100, 50, 50, "rgb", "GTiff", List.of(), List.of(), false));
        RasterException problem = openAndDraw(lambert);
        assertThat(problem.problem()).isEqualTo(RasterProblem.UNKNOWN_CRS);
        assertThat(problem.sentence(Locale.ROOT)).contains("lambert.tif").contains("坐标系无法识别")
                .contains("gdalwarp");
        assertThat(problem.sentence(Locale.ENGLISH)).contains("coordinate system").contains("not known");
    }

    @Test
    void sixteenBitElevationIsRefusedWithTheConversion() {
        Path sixteen = folder.resolve("dem16.tif");
        GdalTools.python("-c", "from osgeo import gdal; gdal.UseExceptions(); gdal.Translate('" + sixteen
                + "', '" + good + "', outputType=gdal.GDT_UInt16, bandList=[1])").requireSuccess();
        RasterException problem = openAndDraw(sixteen);
        assertThat(problem.problem()).isEqualTo(RasterProblem.UNSUPPORTED_LAYOUT);
        assertThat(problem.sentence(Locale.ROOT)).contains("16-bit").contains("gdal_translate");
    }

    @Test
    void aMissingFileIsNamed() {
        RasterException problem = openAndDraw(folder.resolve("gone.tif"));
        assertThat(problem.problem()).isEqualTo(RasterProblem.FILE_MISSING);
        assertThat(problem.sentence(Locale.ROOT)).contains("gone.tif").contains("找不到");
    }

    /** The problem opening {@code file} or, if it opens, drawing all of it. */
    private static RasterException openAndDraw(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (RasterSource source = RasterSources.open(file.toString())) {
                var e = source.extent();
                var grid = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, 500000, 3880000, 1, 600, 500,
                        RasterRequest.Completeness.WAIT_FOR_ALL);
                RasterFrame.prepare(new RasterLayer(file.toString(), source, true, 1), grid);
                assertThat(e).isNotNull();
            }
        });
        assertThat(thrown).as("a RasterException").isInstanceOf(RasterException.class);
        return (RasterException) thrown;
    }

    @Test
    void theGoodFileOpens() throws Exception {
        try (RasterSource source = RasterSources.open(good.toString())) {
            assertThat(source.epsg()).isEqualTo(4546);
        }
        assertThatThrownBy(() -> RasterSources.open(folder.resolve("x.png").toString()))
                .isInstanceOf(RasterException.class);
    }
}
