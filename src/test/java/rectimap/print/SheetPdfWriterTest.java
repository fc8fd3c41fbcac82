package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A township sheet of the sample written as PDF and read back with PDFBox. */
class SheetPdfWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

    static byte[] pdf(List<PreparedSheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetPdfWriter.write(sheets, out);
        return out.toByteArray();
    }

    static SheetSpec jiezhou(Paper paper, Orientation orientation) {
        return SheetSpec.of(new SheetExtent.DivisionExtent("解州镇")).withPaper(paper, orientation)
                .withElements(EnumSet.allOf(SheetElement.class)).withCompilingUnit("盐湖区城乡环境整治办公室", DATE);
    }

    @Test
    void pageIsExactlyThePaperInPoints() throws Exception {
        for (Paper paper : Paper.values()) {
            for (Orientation orientation : Orientation.values()) {
                SheetSpec spec = jiezhou(paper, orientation).withElements(EnumSet.of(SheetElement.SCALE_BAR));
                try (PDDocument document = Loader.loadPDF(pdf(List.of(PreparedSheet.prepare(spec,
                        PrintFixture.sampleContent()))))) {
                    PDPage page = document.getPage(0);
                    assertThat(page.getMediaBox().getWidth()).as(paper + " " + orientation)
                            .isCloseTo((float) (paper.widthMm(orientation) * 72 / 25.4), within(0.01f));
                    assertThat(page.getMediaBox().getHeight()).as(paper + " " + orientation)
                            .isCloseTo((float) (paper.heightMm(orientation) * 72 / 25.4), within(0.01f));
                }
            }
        }
        assertThat(Paper.A3.widthMm(Orientation.LANDSCAPE) * 72 / 25.4).isCloseTo(1190.55, within(0.01));
    }

    @Test
    void titleLegendAndFooterAreRealTextInAnEmbeddedSubsetFont() throws Exception {
        PreparedSheet sheet = PreparedSheet.prepare(jiezhou(Paper.A3, Orientation.LANDSCAPE),
                PrintFixture.sampleContent());
        byte[] bytes = pdf(List.of(sheet));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("解州镇 环境整治责任区分布图", "图例", "编制单位：盐湖区城乡环境整治办公室",
                    "2026-11-29", "比例尺 1:" + SheetPreparation.grouped(sheet.scaleDenominator()), "示意");
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertThat(font).isInstanceOf(PDType0Font.class).isNotInstanceOf(PDType3Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // A subset font's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei.
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            }
            assertThat(fonts).isPositive();
            assertThat(resources.getXObjectNames()).as("no raster images: vectors stay vectors").isEmpty();
        }
    }

    @Test
    void legendCountsWhatIsOnTheSheetWithAreasInMu() throws Exception {
        PreparedSheet sheet = PreparedSheet.prepare(jiezhou(Paper.A3, Orientation.LANDSCAPE),
                PrintFixture.sampleContent());
        LegendEntry cadre = sheet.legend().stream().filter(e -> e.label().equals("乡镇干部包村")).findFirst()
                .orElseThrow();
        assertThat(cadre.withFigures()).isTrue();
        assertThat(cadre.count()).isPositive();
        assertThat(cadre.measure()).isPositive();
        assertThat(LegendPainter.figures(cadre, SheetText.chinese()))
                .matches(cadre.count() + " 处 / [0-9][0-9,]*(\\.[0-9])? 亩");
        double township = rectimap.geo.Measure.areaM2(sheet.content().areaLonLat(sheet.place()));
        assertThat(sheet.legend()).allSatisfy(e -> assertThat(e.measure()).isLessThanOrEqualTo(township));
    }

    private static org.assertj.core.data.Offset<Float> within(float value) {
        return org.assertj.core.data.Offset.offset(value);
    }

    private static org.assertj.core.data.Offset<Double> within(double value) {
        return org.assertj.core.data.Offset.offset(value);
    }
}
