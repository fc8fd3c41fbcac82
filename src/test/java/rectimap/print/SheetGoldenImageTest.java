package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A township sheet rendered by poppler ({@code pdftoppm}) matches a committed golden image within a tolerance, as a
 * whole and in the corners where the north arrow, the scale bar and the legend belong; and those corners are not
 * blank. Regenerate after an intended layout change with {@code -Dgolden.update=true} and look at the new PNG.
 */
class SheetGoldenImageTest {

    private static final double DPI = 40;
    private static final Path GOLDEN = Path.of("src", "test", "resources", "rectimap", "print", "golden",
            "jiezhou-a4-landscape.png");

    @Test
    void legendScaleBarAndNorthArrowAreInPlace() throws Exception {
        SheetSpec spec = SheetPdfWriterTest.jiezhou(Paper.A4, Orientation.LANDSCAPE);
        PreparedSheet sheet = PreparedSheet.prepare(spec, PrintFixture.sampleContent());
        Path pdf = Files.createTempFile("golden", ".pdf");
        BufferedImage actual;
        try {
            Files.write(pdf, SheetPdfWriterTest.pdf(List.of(sheet)));
            actual = PdfRaster.render(pdf, 1, DPI, null);
        } finally {
            Files.deleteIfExists(pdf);
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            ImageIO.write(actual, "png", GOLDEN.toFile());
        }
        BufferedImage golden = ImageIO.read(GOLDEN.toFile());
        assertThat(actual.getWidth()).isEqualTo(golden.getWidth());
        assertThat(actual.getHeight()).isEqualTo(golden.getHeight());
        double pxPerMm = DPI / 25.4;
        MmBox frame = sheet.layout().map();
        MmBox panel = sheet.layout().panel();
        int[] whole = {0, 0, actual.getWidth(), actual.getHeight()};
        int[] northArrow = box(frame.x() + 2, frame.y() + 2, 14, 18, pxPerMm);
        int[] scaleBar = box(frame.x() + 2, frame.bottom() - 22, 60, 20, pxPerMm);
        int[] legend = box(panel.x(), panel.y(), panel.width(), 40, pxPerMm);
        assertThat(meanDifference(actual, golden, whole)).as("whole page").isLessThan(4);
        for (int[] region : List.of(northArrow, scaleBar, legend)) {
            assertThat(meanDifference(actual, golden, region)).as("region %s", region).isLessThan(10);
            assertThat(darkShare(actual, region)).as("something is drawn in %s", region).isGreaterThan(0.02);
        }
    }

    private static int[] box(double xMm, double yMm, double wMm, double hMm, double pxPerMm) {
        return new int[] {(int) (xMm * pxPerMm), (int) (yMm * pxPerMm), (int) (wMm * pxPerMm), (int) (hMm * pxPerMm)};
    }

    /** Mean absolute luminance difference (0–255) over the region. */
    private static double meanDifference(BufferedImage a, BufferedImage b, int[] region) {
        double sum = 0;
        for (int y = region[1]; y < region[1] + region[3]; y++) {
            for (int x = region[0]; x < region[0] + region[2]; x++) {
                sum += Math.abs(PdfRaster.luminance(a, x, y) - PdfRaster.luminance(b, x, y));
            }
        }
        return sum / ((double) region[2] * region[3]);
    }

    /** The share of pixels in the region darker than mid-grey (ink, not paper or pale fills). */
    private static double darkShare(BufferedImage image, int[] region) {
        int dark = 0;
        for (int y = region[1]; y < region[1] + region[3]; y++) {
            for (int x = region[0]; x < region[0] + region[2]; x++) {
                if (PdfRaster.luminance(image, x, y) < 100) {
                    dark++;
                }
            }
        }
        return dark / ((double) region[2] * region[3]);
    }
}
