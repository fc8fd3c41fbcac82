package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print} through the real CLI on the committed sample: files, page counts and bad input. */
class PrintCommandTest {

    @TempDir
    Path dir;

    @Test
    void townshipSheetByNameIsAnA3LandscapePdfUnderTwoMegabytes() throws Exception {
        Path pdf = dir.resolve("jiezhou.pdf");
        CliRun run = CliRun.of("print", "--extent", "township:解州镇", "--paper", "A3", "--orientation", "landscape",
                "--unit", "盐湖区城乡环境整治办公室", "--out", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("已写出 " + pdf, "共 1 页");
        assertThat(Files.size(pdf)).isLessThan(2_000_000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("解州镇 环境整治责任区分布图",
                    "盐湖区城乡环境整治办公室");
        }
    }

    /**
     * {@code --lang en} prints the sheet's own words in English: the legend's heading, layer and class titles (the
     * cases' traffic lights, the responsibility kinds), its figures (mu), north arrow and footer; place names and
     * persons stay as they are.
     */
    @Test
    void anEnglishSheetHasAnEnglishLegend() throws Exception {
        Path pdf = dir.resolve("jiezhou-en.pdf");
        CliRun run = CliRun.of("print", "--extent", "township:解州镇", "--paper", "A3", "--lang", "en",
                "--out", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Legend", "Counts and areas within this township", "Supervision cases", "Overdue",
                "Responsibility areas", "District leader for a township",
                "Shapes are schematic, not surveyed boundaries",
                "Illegal structures to demolish", "Roads (schematic)", "Expressway", "Date: ", "解州镇", "高某");
        assertThat(text).containsPattern("District leader for a township\\s+1 / 146,160 mu");
        assertThat(text).doesNotContain("图例", "非实测", "逾期", "区领导包乡镇", "亩", "编制日期", "高速公路");
    }

    /** The optional responsibility table's English headings are whole on the sheet (Phone was cut to "Pho…"). */
    @Test
    void theEnglishResponsibilityTableShowsEveryHeadingWhole() throws Exception {
        Path project = dir.resolve("盐湖区.gpkg");
        CliConsole.createPlannedSample(project).close();
        for (String paper : new String[] {"A3", "A4"}) {
            Path pdf = dir.resolve("table-en-" + paper + ".pdf");
            CliRun run = CliRun.of("print", "--project", project.toString(), "--lang", "en", "--paper", paper,
                    "--parts", "north,legend,scale,note,inset,grey,table", "--out", pdf.toString());
            assertThat(run.code()).as(run.err()).isZero();
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).as(paper).contains("Responsibility areas", "Area", "Responsible", "Unit", "Phone")
                    .doesNotContainPattern("(Pho|Uni|Are|Responsibl?)…");
        }
    }

    @Test
    void townshipAtlasHasEveryTownshipNamedOnItsOwnPage() throws Exception {
        Path pdf = dir.resolve("atlas.pdf");
        CliRun run = CliRun.of("print", "--atlas", "township", "--paper", "A4", "--out", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("共 22 页");
        List<String> names = rectimap.print.SheetContent.of(rectimap.print.PrintFixtureAccess.project())
                .townships().stream().map(rectimap.print.SheetPlace::name).toList();
        assertThat(names).hasSize(22);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(22);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 22; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains(names.get(page - 1) + " 环境整治责任区分布图",
                        "第 " + page + " 页 共 22 页");
            }
        }
    }

    @Test
    void splitWritesOnePdfPerTownship() throws Exception {
        Path folder = dir.resolve("atlas");
        CliRun run = CliRun.of("print", "--atlas", "township", "--split", "--paper", "A4", "--out", folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertThat(pdfs).hasSize(22);
            assertThat(pdfs).allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith("140802"));
        }
        assertThat(run.out()).contains("共 22 页");
    }

    @Test
    void pngAtThePresetDpiHasThePaperSizeInPixels() throws Exception {
        Path png = dir.resolve("sheet.png");
        CliRun run = CliRun.of("print", "--extent", "township:解州镇", "--paper", "A4", "--orientation", "portrait",
                "--format", "png", "--preset", "screen", "--out", png.toString());
        assertThat(run.code()).as(run.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(Math.round(210 / 25.4 * 150));
        assertThat(image.getHeight()).isEqualTo(Math.round(297 / 25.4 * 150));
    }

    @Test
    void anOutputNamedPngIsAPngWithoutFormatOrPreset() throws Exception {
        Path png = dir.resolve("解州镇.png");
        CliRun run = CliRun.of("print", "--extent", "township:解州镇", "--paper", "A4", "--out", png.toString());
        assertThat(run.code()).as(run.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image).as("a PNG, not a PDF under a .png name").isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.round(297 / 25.4 * 150));
    }

    @Test
    void unknownTownshipIsNamedAndNoFileIsMade() {
        Path pdf = dir.resolve("none.pdf");
        CliRun run = CliRun.of("print", "--extent", "township:不存在镇", "--out", pdf.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("没有名称或代码为“不存在镇”的乡镇");
        assertThat(pdf).doesNotExist();
        CliRun english = CliRun.of("print", "--extent", "township:Nowhere", "--lang", "en", "--out", pdf.toString());
        assertThat(english.err()).contains("No township or village is named or coded \"Nowhere\"");
    }

    @Test
    void unwritablePlacesGiveAClearMessageAndLeaveNoFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path underFile = blocker.resolve("sheet.pdf");
        CliRun run = CliRun.of("print", "--extent", "township:解州镇", "--out", underFile.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("无法写入", "sheet.pdf", "未生成文件");
        // /proc refuses new files even to root, like a read-only folder.
        Path readOnly = Path.of("/proc", "rectimap-print-test.pdf");
        CliRun refused = CliRun.of("print", "--extent", "township:解州镇", "--out", readOnly.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("无法写入", "rectimap-print-test.pdf");
        assertThat(readOnly).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(blocker);
        }
    }

    @Test
    void badOptionsAreNamed() {
        assertThat(CliRun.of("print", "--paper", "A5", "--out", "x.pdf").err()).contains("--paper 须为 a4, a3, a2, a1 之一");
        assertThat(CliRun.of("print", "--split", "--out", "x").err()).contains("--split 需要 --atlas");
        assertThat(CliRun.of("print", "--extent", "bbox:1,2", "--out", dir.resolve("b.pdf").toString()).code())
                .isEqualTo(2);
    }
}
