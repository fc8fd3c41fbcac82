package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 22-township A3 atlas of the sample as one PDF: at most 25 KB a page, the font embedded once for the whole
 * document, the Chinese names still extractable as text, the same file whether its pages are painted on one thread or
 * several. It was 1.02 MB (46 KB a page): every page carried the
 * vertices of the whole district's roads and boundaries, most of them outside its map frame, each written with five
 * decimals.
 */
class AtlasPdfSizeTest {

    private static final int MAX_BYTES_PER_PAGE = 25_000;
    private static byte[] atlas;

    @BeforeAll
    static void printAtlas() throws Exception {
        AtlasPlan plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", SheetSpec.of(new SheetExtent.DistrictExtent()),
                AtlasPlan.Split.ONE_FILE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasWriter.write(plan.parts(PrintFixture.sampleContent()).get(0), PrintFixture.sampleContent(), out);
        atlas = out.toByteArray();
    }

    @Test
    void pagesPaintedOnSeveralThreadsGiveTheSameFileAsOneThread() throws Exception {
        AtlasPlan plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", SheetSpec.of(new SheetExtent.DistrictExtent()),
                AtlasPlan.Split.ONE_FILE);
        List<PreparedSheet> sheets = AtlasWriter.prepare(plan.parts(PrintFixture.sampleContent()).get(0).sheets(),
                PrintFixture.sampleContent());
        byte[] oneThread = written(sheets, new PageThreads(1));
        byte[] threeThreads = written(sheets, new PageThreads(3));
        assertThat(Arrays.mismatch(oneThread, threeThreads)).as("first differing byte of %,d", oneThread.length)
                .isEqualTo(-1);
        assertThat(Arrays.mismatch(oneThread, atlas)).as("first byte differing from the default writer's").isEqualTo(-1);
        try (PDDocument document = Loader.loadPDF(threeThreads)) {
            assertThat(document.getNumberOfPages()).isEqualTo(22);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(22);
            stripper.setEndPage(22);
            assertThat(stripper.getText(document)).contains("第 22 页");
        }
    }

    private static byte[] written(List<PreparedSheet> sheets, PageThreads threads) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetPdfWriter.write(sheets, EvidencePages.NONE, out, threads);
        return out.toByteArray();
    }

    @Test
    void aPageCostsAtMost25Kilobytes() throws Exception {
        try (PDDocument document = Loader.loadPDF(atlas)) {
            assertThat(document.getNumberOfPages()).isEqualTo(22);
            assertThat(atlas.length / document.getNumberOfPages()).as("bytes a page of %,d in all", atlas.length)
                    .isLessThanOrEqualTo(MAX_BYTES_PER_PAGE);
        }
    }

    @Test
    void theFontIsEmbeddedOnceForTheWholeDocument() throws Exception {
        try (PDDocument document = Loader.loadPDF(atlas)) {
            Map<Object, Boolean> fontFiles = new IdentityHashMap<>();
            Map<Object, Boolean> fontObjects = new IdentityHashMap<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fontObjects.put(font.getCOSObject(), true);
                    PDType0Font type0 = (PDType0Font) font;
                    fontFiles.put(type0.getDescendantFont().getFontDescriptor().getFontFile2().getCOSObject(), true);
                }
            }
            assertThat(fontObjects).as("font dictionaries across 22 pages").hasSize(1);
            assertThat(fontFiles).as("embedded font programs across 22 pages").hasSize(1);
        }
    }

    @Test
    void chineseNamesStayExtractableText() throws Exception {
        try (PDDocument document = Loader.loadPDF(atlas)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(document.getNumberOfPages());
            String text = stripper.getText(document);
            assertThat(text).contains("解州镇 环境整治责任区分布图", "图例", "比例尺 1:", "第 22 页");
        }
    }
}
