package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same atlas printed twice, each time by its own process as a user runs it, gives the same pages and the same
 * file. It did not: classes were painted in an identity map's order (a new order each run), so pages differed by up to
 * 41 levels in about 20,000 pixels at 50 dpi and files differed in size; and PDFBox seeded the file identifier with
 * the clock.
 */
class AtlasReproducibilityTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsOfTheTownshipAtlasGiveIdenticalPagesAndFiles() throws Exception {
        Path first = dir.resolve("第一次.pdf");
        Path second = dir.resolve("第二次.pdf");
        for (Path out : List.of(first, second)) {
            CliProcessTest.Run run = CliProcessTest.cli("print", "--atlas", "township", "--paper", "a3", "--out",
                    out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        List<int[]> firstPages = pages(first);
        List<int[]> secondPages = pages(second);
        assertThat(firstPages).hasSize(22).hasSameSizeAs(secondPages);
        for (int page = 0; page < firstPages.size(); page++) {
            assertThat(secondPages.get(page)).as("page %d", page + 1).isEqualTo(firstPages.get(page));
        }
        assertThat(Files.mismatch(first, second)).as("first differing byte").isEqualTo(-1L);
    }

    /** Every page rendered at 50 dpi, as ARGB pixels. */
    private static List<int[]> pages(Path pdf) throws Exception {
        List<int[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                pages.add(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
            }
        }
        return pages;
    }
}
