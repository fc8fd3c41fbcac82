package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scale bar printed on a PDF measures its stated ground length at the stated 1:N within 1%: the PDF is rendered
 * by poppler at 10 pixels per mm, the bar's length measured in pixels, the scale and the bar's label read back as
 * text from the same PDF.
 */
class ScaleBarAccuracyTest {

    private static final double DPI = 254;
    private static final Pattern SCALE = Pattern.compile("比例尺 1:([0-9,]+)");
    private static final Pattern BAR_LABEL = Pattern.compile("([0-9.]+) (km|m)\\b");

    @ParameterizedTest
    @ValueSource(ints = {0, 10_000, 25_000, 50_000, 100_000})
    void barLengthMatchesTheStatedScale(int denominator) throws Exception {
        SheetSpec spec = SheetPdfWriterTest.jiezhou(Paper.A4, Orientation.LANDSCAPE).withScale(denominator);
        PreparedSheet sheet = PreparedSheet.prepare(spec, PrintFixture.sampleContent());
        Path pdf = Files.createTempFile("scalebar", ".pdf");
        try {
            Files.write(pdf, SheetPdfWriterTest.pdf(List.of(sheet)));
            MmBox frame = sheet.layout().map();
            double[] crop = {frame.x() + 1, frame.bottom() - 30, 75, 29};
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                // Only the text in the scale bar's corner: the legend also prints lengths in km.
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                double ptPerMm = 72 / 25.4;
                area.addRegion("bar", new Rectangle2D.Double(crop[0] * ptPerMm, crop[1] * ptPerMm,
                        crop[2] * ptPerMm, crop[3] * ptPerMm));
                area.extractRegions(document.getPage(0));
                text = area.getTextForRegion("bar");
            }
            Matcher scale = SCALE.matcher(text);
            assertThat(scale.find()).as(text).isTrue();
            double stated = Double.parseDouble(scale.group(1).replace(",", ""));
            if (denominator > 0) {
                assertThat(stated).isEqualTo(denominator);
            }
            Matcher label = BAR_LABEL.matcher(text);
            assertThat(label.find()).as(text).isTrue();
            double groundM = Double.parseDouble(label.group(1)) * (label.group(2).equals("km") ? 1000 : 1);
            double expectedMm = groundM / (stated / 1000);
            BufferedImage image = PdfRaster.render(pdf, 1, DPI, crop);
            double measuredMm = longestDarkRun(image) / (DPI / 25.4) - 0.2;
            assertThat(measuredMm).as("bar of %s m at 1:%s", groundM, stated)
                    .isCloseTo(expectedMm, org.assertj.core.data.Percentage.withPercentage(1));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** The longest horizontal run of dark pixels: the bar's outline, as long as the bar plus its stroke width. */
    private static int longestDarkRun(BufferedImage image) {
        int best = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = PdfRaster.luminance(image, x, y) < 110 ? run + 1 : 0;
                best = Math.max(best, run);
            }
        }
        return best;
    }
}
