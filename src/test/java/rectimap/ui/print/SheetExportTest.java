package rectimap.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.print.ExportFormat;
import rectimap.print.ExportPreset;
import rectimap.render.RenderLayer;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** Atlas exports from the dialog's task on the sample: files per township, pages and titles, cancel leaves no part. */
@ExtendWith(ApplicationExtension.class)
class SheetExportTest {
    private static final Envelope VIEW = new Envelope(37_490_000, 37_500_000, 3_870_000, 3_880_000);
    private static Project project;
    private static PrintCore core;
    private static SheetTitles titles;

    @BeforeAll
    static void readSample() {
        Path file = Path.of("maps", "yanhu-sample.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(file, store);
        }
        core = new PrintCore(RenderLayer.forDisplay(project.layers()), project);
        titles = new SheetTitles(new PrintPlaces(project), Optional.empty());
    }

    private static SheetExport export(SheetDesign design, ExportFormat format, Path target) {
        List<PlannedSheet> sheets = SheetPlans.of(design, titles, VIEW, LocalDate.of(2026, 11, 29));
        return new SheetExport(core, sheets, format, design.atlasFiles(), design.preset(), target,
                new Messages(UiLanguage.ZH));
    }

    @Test
    void aSitesAtlasSplitByTownshipWritesOnePdfPerTownshipWithEachPagesTitle(@TempDir Path dir) throws Exception {
        SheetDesign design = SheetDesign.defaults().withAtlas(AtlasChoice.DEMONSTRATION_SITES,
                AtlasFiles.PDF_PER_TOWNSHIP);
        SheetExport task = export(design, ExportFormat.PDF, dir);
        Thread thread = new Thread(task);
        thread.start();
        ExportReport report = task.get(300, TimeUnit.SECONDS);

        assertThat(report.pages()).isEqualTo(7);
        assertThat(report.files()).extracting(f -> f.getFileName().toString())
                .contains("解州镇.pdf", "龙居镇.pdf", "三路里镇.pdf").hasSizeBetween(4, 6);
        int pages = 0;
        for (Path pdf : report.files()) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                pages += document.getNumberOfPages();
                String text = new PDFTextStripper().getText(document);
                assertThat(text).as(pdf.toString()).contains("环境整治责任区分布图");
                if (pdf.getFileName().toString().equals("龙居镇.pdf")) {
                    assertThat(document.getNumberOfPages()).as("the town and its two cultural villages").isEqualTo(3);
                    assertThat(text).contains("龙居镇 环境整治责任区分布图", "雷家坡村委会 环境整治责任区分布图",
                            "西张耿村委会 环境整治责任区分布图", "第 3 页 共 3 页");
                }
            }
        }
        assertThat(pages).isEqualTo(7);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".writing"))).isEmpty();
        }
    }

    @Test
    void cancellingAPngAtlasLeavesOnlyWholeFiles(@TempDir Path dir) throws Exception {
        SheetDesign design = SheetDesign.defaults().withAtlas(AtlasChoice.PER_TOWNSHIP, AtlasFiles.ONE_PDF)
                .withPreset(ExportPreset.SCREEN);
        SheetExport task = export(design, ExportFormat.PNG, dir);
        Thread thread = new Thread(task);
        thread.start();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".png"));
            }
        });
        // A Task is cancelled from the FX thread, as the dialog's 取消 button does.
        WaitForAsyncUtils.asyncFx(() -> task.cancel()).get(30, TimeUnit.SECONDS);
        thread.join();
        assertThat(task.isCancelled()).isTrue();
        try (var files = Files.list(dir)) {
            List<Path> written = files.toList();
            assertThat(written).isNotEmpty().hasSizeLessThan(22)
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".png"));
            for (Path png : written) {
                assertThat(ImageIO.read(png.toFile())).as(png.toString()).isNotNull();
            }
        }
        assertThat(SheetExport.fileName("解州镇: 图/1")).isEqualTo("解州镇_ 图_1");
    }

    @Test
    void aFailureNamesTheFileInTheUiLanguage() throws IOException {
        Path file = Path.of("/proc/没有/图.pdf");
        Messages zh = new Messages(UiLanguage.ZH);
        assertThat(ExportFailureText.of(new java.nio.file.NoSuchFileException(file.toString()), file, zh))
                .isEqualTo("无法写入 /proc/没有/图.pdf：文件夹不存在、只读或没有权限。请换一个文件夹。");
        assertThat(ExportFailureText.of(new IOException("No space left on device"), file, new Messages(UiLanguage.EN)))
                .startsWith("The disk is full; /proc/没有/图.pdf was not written.");
    }
}
