package rectimap.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Test;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;

/** A known source pixel lands where proj4j puts it on the display grid, within half an output pixel. */
class RasterWarpTest {

    private static final int RED = 0xffff0000;
    private static final int GREY = 0xff808080;

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({
            // source CRS, centre x, centre y, source pixel size (source units)
            "4490, 111.02, 35.03, 0.00001",
            "3857, 12358000, 4168000, 1.2",
            "4546, 501800, 3877900, 1.0",
            "4326, 110.81, 35.31, 0.00001"})
    void aKnownPixelLandsWhereProj4jPutsIt(int epsg, double cx, double cy, double pixel) throws Exception {
        int size = 300;
        int redColumn = 187;
        int redRow = 61;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, GREY);
            }
        }
        image.setRGB(redColumn, redRow, RED);
        Envelope extent = new Envelope(cx - size / 2.0 * pixel, cx + size / 2.0 * pixel, cy - size / 2.0 * pixel,
                cy + size / 2.0 * pixel);
        double redX = extent.getMinX() + (redColumn + 0.5) * pixel;
        double redY = extent.getMaxY() - (redRow + 0.5) * pixel;
        Coordinate redDisplay = epsg == Epsg.CGCS2000_GK_CM_111E ? new Coordinate(redX, redY)
                : CrsTransform.between(epsg, Epsg.CGCS2000_GK_CM_111E).apply(redX, redY);

        // A view of 500 × 400 output pixels of 0.2 m around (not centred on) the red pixel: ~5 pixels per source pixel.
        double upp = 0.2;
        RasterRequest grid = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, redDisplay.x - 180.3 * upp,
                redDisplay.y + 150.7 * upp, upp, 500, 400, RasterRequest.Completeness.WAIT_FOR_ALL);
        RasterSource source = new GridImageSource(image, extent, epsg, 64);
        RasterFrame frame = RasterFrame.prepare(new RasterLayer("memory", source, true, 1), grid);

        double sumX = 0;
        double sumY = 0;
        int count = 0;
        int grey = 0;
        BufferedImage out = frame.image();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int argb = out.getRGB(x, y);
                if (argb == RED) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                } else if (argb == GREY) {
                    grey++;
                }
            }
        }
        assertThat(count).as("output pixels of the red source pixel").isGreaterThan(10);
        assertThat(grey).as("the rest is the grey ground: no gaps at tile edges")
                .isEqualTo(out.getWidth() * out.getHeight() - count);
        double expectedX = (redDisplay.x - grid.minX()) / upp;
        double expectedY = (grid.maxY() - redDisplay.y) / upp;
        assertThat(Math.hypot(sumX / count - expectedX, sumY / count - expectedY))
                .as("distance of the red pixel from its true place, output pixels").isLessThan(0.5);
        assertThat(frame.attribution()).isEqualTo("© test imagery");
    }

    @Test
    void whereNoPieceIsTheFrameIsTransparent() {
        RasterRequest grid = new RasterRequest(Epsg.CGCS2000_GK_CM_111E, 500000, 3870000, 1, 20, 10,
                RasterRequest.Completeness.WAIT_FOR_ALL);
        BufferedImage out = RasterWarp.warp(List.of(), 4490, grid);
        assertThat(out.getRGB(5, 5) >>> 24).isZero();
        assertThat(out.getWidth()).isEqualTo(20);
    }

    @Test
    void theTileCacheStaysWithinItsLimit() throws Exception {
        TileCache cache = new TileCache(10 * 256 * 256 * 4L);
        for (int i = 0; i < 25; i++) {
            cache.get(new TileKey("f", 0, i, 0), () -> new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB));
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(cache.limitBytes());
        assertThat(cache.size()).isEqualTo(10);
        assertThat(cache.get(new TileKey("f", 0, 24, 0))).as("the newest stays").isNotNull();
        assertThat(cache.get(new TileKey("f", 0, 0, 0))).as("the oldest went").isNull();
    }
}
