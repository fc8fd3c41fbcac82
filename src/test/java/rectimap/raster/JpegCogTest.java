package rectimap.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rectimap.geo.Epsg;
import rectimap.store.GdalTools;

/**
 * JPEG-compressed COGs and tiled GeoTIFFs as GDAL writes them (YCbCr colour, grey; classic and BigTIFF; tiles left out
 * with SPARSE_OK) are drawn with exactly the pixels GDAL decodes from them, tile by tile at full resolution, and a
 * file cut short is reported as damaged when a missing tile is drawn.
 */
class JpegCogTest {

    private static final int WIDTH = 1300;
    private static final int HEIGHT = 1100;

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeFiles() {
        write("ycbcr-cog.tif", "rgb", "COG", "COMPRESS=JPEG", "BLOCKSIZE=256");
        write("ycbcr-bigtiff-cog.tif", "rgb", "COG", "COMPRESS=JPEG", "BLOCKSIZE=512", "BIGTIFF=YES");
        write("grey-tiled.tif", "grey", "GTiff", "COMPRESS=JPEG", "TILED=YES");
        // Tiles (1,1) and (2,1) of 256 px hold only zeros: SPARSE_OK leaves them out of the file.
        write("sparse-cog.tif", "rgb", "COG", "COMPRESS=JPEG", "BLOCKSIZE=256", "SPARSE_OK=TRUE", "--zero", "256",
                "256", "512", "256");
        write("sparse-nodata-cog.tif", "rgb", "COG", "COMPRESS=JPEG", "BLOCKSIZE=256", "SPARSE_OK=TRUE",
                "BIGTIFF=YES", "--zero", "256", "256", "512", "256", "--nodata", "0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ycbcr-cog.tif", "ycbcr-bigtiff-cog.tif", "grey-tiled.tif", "sparse-cog.tif"})
    void everyPixelIsTheOneGdalDecodes(String name) throws Exception {
        BufferedImage ours = fullResolution(folder.resolve(name));
        BufferedImage gdal = ImageIO.read(folder.resolve(name + ".png").toFile());
        int worst = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int drawn = ours.getRGB(x, y);
                assertThat(drawn >>> 24).as("alpha at %d,%d", x, y).isEqualTo(255);
                int expected = gdal.getRaster().getNumBands() == 1 ? gdal.getRaster().getSample(x, y, 0) * 0x10101
                        : gdal.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs((drawn >> shift & 0xff) - (expected >> shift & 0xff)));
                }
            }
        }
        // Both decoders are libjpeg with the same IDCT and upsampling: equal here; allow a level for other builds.
        assertThat(worst).as("largest difference from GDAL in any channel").isLessThanOrEqualTo(1);
    }

    @Test
    void tilesLeftOutOfTheFileReadAsGdalReadsThem() throws Exception {
        BufferedImage black = fullResolution(folder.resolve("sparse-cog.tif"));
        BufferedImage clear = fullResolution(folder.resolve("sparse-nodata-cog.tif"));
        for (int[] p : new int[][] {{256, 256}, {767, 511}, {600, 400}}) {
            assertThat(black.getRGB(p[0], p[1])).as("no no-data value: zeros, as GDAL").isEqualTo(0xff000000);
            assertThat(clear.getRGB(p[0], p[1]) >>> 24).as("no-data 0: transparent").isZero();
        }
        assertThat(clear.getRGB(100, 100) >>> 24).as("a stored tile").isEqualTo(255);
        assertThat(clear.getRGB(900, 400) >>> 24).as("the tile right of the gap").isEqualTo(255);
    }

    @Test
    void aCogCutShortOpensAndItsMissingTilesAreReportedAsDamaged() throws IOException {
        Path cut = folder.resolve("cut-cog.tif");
        byte[] bytes = Files.readAllBytes(folder.resolve("ycbcr-cog.tif"));
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Throwable thrown = catchThrowable(() -> fullResolution(cut));
        assertThat(thrown).isInstanceOf(RasterException.class);
        RasterException problem = (RasterException) thrown;
        assertThat(problem.problem()).isEqualTo(RasterProblem.CORRUPT);
        assertThat(problem.sentence(Locale.ROOT)).contains("cut-cog.tif").contains("已损坏或不完整");
    }

    /** The file drawn at its own pixel size on a grid aligned with its pixels (EPSG:4546, 1 m). */
    private static BufferedImage fullResolution(Path file) throws RasterException {
        try (RasterSource source = RasterSources.open(file.toString())) {
            RasterRequest grid = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, 500000, 3880000, 1.0, WIDTH, HEIGHT,
                    RasterRequest.Completeness.WAIT_FOR_ALL);
            return RasterFrame.prepare(new RasterLayer(file.toString(), source, true, 1), grid).image();
        }
    }

    /** A textured file written by GDAL, and GDAL's decoding of it as {@code name.png} beside it. */
    private static void write(String name, String kind, String driver, String... options) {
        List<String> args = new ArrayList<>(List.of(script().toString(), folder.resolve(name).toString(), kind,
                String.valueOf(WIDTH), String.valueOf(HEIGHT), driver));
        args.addAll(List.of(options));
        GdalTools.python(args.toArray(String[]::new)).requireSuccess();
    }

    private static Path script() {
        try {
            return Path.of(JpegCogTest.class.getResource("make_textured_tiff.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
